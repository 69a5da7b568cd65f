"""axe-core finds no serious or critical violation on any page; the first two controls are the
skip link and the quick exit; focus is visible."""
from axe import run_axe, describe
from pages import RESULTS, BAD_POSTCODE, MISSING_SERVICE


def every_page(site):
    """(label, how to open it) for each kind of page."""
    detail = f"/services/{site.a_service_id()}"
    return [
        ("home", lambda: site.visit("/")),
        ("results", lambda: site.visit(RESULTS)),
        ("detail", lambda: site.visit(detail)),
        ("hna", lambda: site.visit("/hna")),
        ("suggestions", site.open_suggestions),
        ("shortlist", site.open_shortlist),
        ("bad postcode (400)", lambda: site.visit(BAD_POSTCODE)),
        ("not found (404)", lambda: site.visit(MISSING_SERVICE)),
    ]


def test_axe_finds_no_serious_or_critical_violations(site):
    for label, open_page in every_page(site):
        open_page()
        version, violations = run_axe(site.browser)
        site.expect(version.startswith("4."), f"axe-core is {version}, not 4.x")
        site.expect(not violations, f"{label} ({site.browser.path}):\n{describe(violations)}")
    site.finish()


def test_every_page_has_the_common_frame(site):
    b = site.browser
    for label, open_page in every_page(site):
        open_page()
        where = f"{label} ({b.path})"
        site.expect(b.js("return document.documentElement.lang") == "en-GB", f"{where}: <html lang> is not en-GB")
        site.expect(b.find("meta[name=viewport][content='width=device-width, initial-scale=1']"), f"{where}: no viewport meta")
        site.expect(len(b.find("main#main")) == 1, f"{where}: no single main#main")
        site.expect(b.find("header a#quick-exit[href='https://www.bbc.co.uk/weather']"), f"{where}: no header a#quick-exit to the BBC weather page")
        sheets = b.js("return [...document.querySelectorAll('link[rel=stylesheet]')].map(e => e.getAttribute('href'))")
        site.expect(sheets == ["/assets/signpost.css"], f"{where}: stylesheets are {sheets}, not just /assets/signpost.css")
        scripts = b.js("return [...document.querySelectorAll('script[src]')].map(e => e.getAttribute('src'))")
        site.expect(all(s == "/assets/signpost.js" for s in scripts), f"{where}: scripts {scripts}")
        # Fresh load, focus on the document: TAB once → skip link, TAB again → quick exit.
        first = b.tab_to("*", limit=1)[-1]
        site.expect(b.active_matches("a.skip-link[href='#main']"), f"{where}: the first TAB stop is {first}, not a.skip-link")
        second = b.tab_to("*", limit=1)[-1]
        site.expect(b.active_matches("#quick-exit"), f"{where}: the second TAB stop is {second}, not #quick-exit")
    site.finish()


def test_focus_is_visible(site):
    b = site.browser
    for path, controls in (("/", ("a.skip-link", "#postcode", "#search-button")),
                           (RESULTS, ("a.skip-link", "#main a[href]", "#apply-filters"))):
        site.visit(path)
        for css in controls:
            b.tab_to(css)
            style = b.js("""const s = getComputedStyle(document.activeElement);
                            return {outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow,
                                    what: document.activeElement.outerHTML.slice(0, 80)}""")
            visible = (style["outline"] != "none" and style["width"] > 0) or style["shadow"] not in ("none", "")
            site.expect(visible, f"{path}: focus on {style['what']} shows neither outline nor box-shadow ({style})")
    site.finish()
