"""Markup in a service's text is shown as text, never run."""
from pages import RESULTS


def test_hostile_text_is_shown_as_text(site):
    b = site.browser
    pages = [(f"/services/{site.hostile_id}", "detail"), (RESULTS, "results")]
    for path, label in pages:
        site.visit(path, f"hostile {label}")
        where = f"{label} ({path})"
        site.expect(b.js("return typeof window.__pwned") == "undefined", f"{where}: window.__pwned is set: a script ran")
        site.expect(not b.find("img[src='x']"), f"{where}: an <img src=x> element exists")
        site.expect(not b.js("return [...document.querySelectorAll('script')].some(s => s.textContent.includes('__pwned'))"),
                    f"{where}: a <script> element holds the hostile text")
        site.expect(not b.js("""return [...document.querySelectorAll('marquee, #main b, #main i')]
                                    .some(e => e.tagName === 'MARQUEE' || e.textContent.includes('Hostile'))"""),
                    f"{where}: markup from the organisation, location or hours became elements")
        text = b.text()
        site.expect("<script>" in text, f"{where}: the literal text <script> is not visible")
        site.expect("Hostile Help" in text, f"{where}: the hostile service's name is not shown")
        if label == "results":
            site.expect(b.find(f"#service-{site.hostile_id}"), f"{where}: the hostile service #{site.hostile_id} is not listed")
        if label == "detail":
            site.expect("<script>" in (b.find("h1")[0].text if b.find("h1") else ""), f"{where}: the h1 does not show the name as text")
            site.expect('"><img src=x' in text, f"{where}: the description's markup is not shown as text")
    site.finish()
