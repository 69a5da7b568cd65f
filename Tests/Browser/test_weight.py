"""Each page, HTML plus its CSS, is under 60 KB."""
import re
from pages import RESULTS, BAD_POSTCODE, MISSING_SERVICE, HNA_CONCERNS

LIMIT = 60 * 1024


def test_pages_are_under_60_kb(site):
    css_sizes = {}
    pages = [("home", "/", None), ("results", RESULTS, None), ("detail", f"/services/{site.a_service_id()}", None),
             ("hna", "/hna", None), ("suggestions", "/hna", HNA_CONCERNS), ("bad postcode", BAD_POSTCODE, None),
             ("not found", MISSING_SERVICE, None)]
    shortlist = site.open_shortlist()
    pages.append(("shortlist", shortlist, None))
    for label, path, form in pages:
        status, _, body = site.get(path, form)
        site.expect(status in (200, 400, 404), f"{label}: {path} answered {status}")
        total = len(body)
        for href in re.findall(r'<link[^>]+rel="?stylesheet"?[^>]*href="([^"]+)"', body.decode("utf-8", "replace")):
            if href not in css_sizes:
                site.expect(href.startswith("/"), f"{label}: stylesheet {href} is not on this server")
                css_status, _, css = site.get(href) if href.startswith("/") else (0, None, b"")
                site.expect(css_status == 200, f"{label}: {href} answered {css_status}")
                css_sizes[href] = len(css)
            total += css_sizes[href]
        site.expect(total < LIMIT, f"{label}: {total} bytes of HTML+CSS (limit {LIMIT})")
        print(f"    {label}: {len(body)} B HTML + CSS = {total} B")
    site.finish()
