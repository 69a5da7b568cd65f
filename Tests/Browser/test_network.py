"""No page fetches anything beyond loopback: resource timing, DevTools' request log and the sink
proxy agree. Runs last, so it covers every page every test visited, plus one visit of each kind."""
import time
from network import off_loopback
from test_accessibility import every_page


def test_no_page_makes_an_external_request(site):
    b = site.browser
    for label, open_page in every_page(site):
        open_page()
        time.sleep(0.2)  # late requests (fonts, lazy images) would land in the sink by now
    site.arrived("last page, re-checked", time.time() - 1)
    site.expect(len(site.pages_checked) >= 8, f"only {len(site.pages_checked)} pages were checked")
    for problem in site.network_problems:
        site.expect(False, problem)
    site.expect(b.page_requests and not any(off_loopback(u) for u in b.page_requests),
                "DevTools saw requests off loopback")
    site.finish()
