"""Results on a 360 px phone: screenshot saved, nothing wider than the screen."""
import os
from pages import RESULTS


def test_results_fit_a_360px_phone(site):
    b = site.browser
    b.cdp("Emulation.setDeviceMetricsOverride", {"width": 360, "height": 800, "deviceScaleFactor": 2, "mobile": True})
    try:
        for label, path in (("results", RESULTS), ("home", "/"), ("hna", "/hna")):
            site.visit(path, f"{label} at 360 px")
            shot = os.path.join(site.out, f"{label}-360.png")
            b.driver.save_screenshot(shot)
            site.expect(os.path.getsize(shot) > 0, f"no screenshot written to {shot}")
            width = b.js("return document.scrollingElement.scrollWidth")
            site.expect(width <= 360, f"{label}: the page is {width} px wide at 360 px; widest: {widest(b)}")
    finally:
        b.cdp("Emulation.clearDeviceMetricsOverride")
    site.finish()


def widest(b):
    return b.js("""return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 360)
                   .slice(-3).map(e => e.outerHTML.slice(0, 120) + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)')""")
