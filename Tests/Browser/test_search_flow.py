"""A resident searches by postcode and need and opens a service, using the keyboard alone."""
import time
from selenium.webdriver.common.keys import Keys
from pages import BAD_POSTCODE

CARD_PARTS = [".organisation", ".summary", ".hours", ".contact", ".cost", ".last-checked"]
FILTERS = ["#filter-open-now[type=checkbox]", "#filter-free[type=checkbox]", "select#filter-delivery",
           "select#filter-language", "select#sort", "#filter-wheelchair[type=checkbox]", "#apply-filters"]


def test_resident_search_by_keyboard(site):
    b = site.browser
    site.visit("/")
    site.require(b.find("form#search-form[action='/search']"), "/ has no form#search-form with action /search")
    site.expect((b.js("return document.querySelector('#search-form').method") or "").lower() == "get",
                "the search form is not method=get")
    b.tab_to("#postcode")
    b.type_into("#postcode", "DD1 4HN")
    b.tab_to("input[type=checkbox][name=need][value=money]#need-money")
    b.press(Keys.SPACE, on="#need-money")
    site.require(b.js("return document.querySelector('#need-money').checked"), "SPACE did not tick #need-money")
    b.tab_to("#search-button")
    b.mark_page()
    started = time.time()
    b.press(Keys.ENTER, on="#search-button")
    path = b.wait_for_path("/search")
    site.arrived("results (keyboard search)", started)
    site.expect("postcode=DD1" in path and "need=money" in path, f"the results URL {path} lost the postcode or need")

    site.expect(b.find("h1#results-heading"), "results have no h1#results-heading")
    cards = b.find("ol#results > li > article.service-card")
    site.require(cards, "no ol#results > li > article.service-card on the results page")
    for card in cards[:10]:
        card_id = card.get_attribute("id") or ""
        site.expect(card_id.startswith("service-"), f"a card's id is {card_id!r}, not service-ID")
        service_id = card_id.removeprefix("service-")
        site.expect(card.find_elements("css selector", f"h2 a[href='/services/{service_id}']"),
                    f"#{card_id} has no h2 link to /services/{service_id}")
        for part in CARD_PARTS:
            site.expect(card.find_elements("css selector", part), f"#{card_id} has no {part}")
        site.expect(card.find_elements("css selector", ".distance, .covers-area"), f"#{card_id} has neither .distance nor .covers-area")
        links = card.find_elements("css selector", ".contact a[href^='tel:'], .contact a[href^='mailto:']")
        site.expect(links, f"#{card_id} .contact has no tel: or mailto: link")
        for badge in card.find_elements("css selector", ".badge.open-now"):
            site.expect(badge.text.strip() == "Open now", f"#{card_id} open-now badge says {badge.text!r}")
    distances = [e.text for e in b.find("ol#results .distance")]
    site.expect(all("mile" in d for d in distances), f"distances not in miles: {distances[:3]}")
    for control in FILTERS:
        site.expect(b.find(control), f"the results page has no {control}")

    first = cards[0].get_attribute("id").removeprefix("service-")
    b.tab_to(f"#service-{first} h2 a")
    b.mark_page()
    started = time.time()
    b.press(Keys.ENTER, on=f"a[href='/services/{first}']")
    b.wait_for_path(f"/services/{first}")
    site.arrived("detail (keyboard)", started)
    headings = b.find("h1")
    site.expect(len(headings) == 1, f"the detail page has {len(headings)} h1 elements")
    site.expect(headings and headings[0].text.strip(), "the detail page's h1 is empty")
    sections = b.js("""return [...document.querySelectorAll('#main section')].map(s => ({
        heading: (s.querySelector('h2, h3')?.innerText || '').toLowerCase(),
        contact: !!s.querySelector("a[href^='tel:'], a[href^='mailto:']"),
        address: !!s.querySelector('.address, address')}))""")
    site.expect(any(s["contact"] for s in sections), "the detail page has no section with a tel: or mailto: link")
    site.expect(any("opening" in s["heading"] for s in sections), "the detail page has no section headed 'Opening times'")
    site.expect(any(s["address"] or "address" in s["heading"] for s in sections),
                "the detail page has no section with an .address (or headed 'Address')")
    site.finish()


def test_filters_and_paging(site):
    b = site.browser
    site.visit("/search?postcode=DD1+4HN&need=money&open_now=1&free=1&delivery=phone&wheelchair=1&language=Polish&sort=distance")
    site.expect(b.js("return document.querySelector('#filter-open-now')?.checked"), "open_now=1 is not shown ticked in #filter-open-now")
    site.expect(b.js("return document.querySelector('#filter-free')?.checked"), "free=1 is not shown ticked in #filter-free")
    site.expect(b.js("return document.querySelector('#filter-wheelchair')?.checked"), "wheelchair=1 is not shown ticked")
    site.expect(b.js("return document.querySelector('#filter-delivery')?.value") == "phone", "delivery=phone is not selected")
    site.expect(b.js("return document.querySelector('#sort')?.value") == "distance", "sort=distance is not selected")
    site.expect(b.js("return document.querySelector('#filter-language')?.value") == "Polish", "language=Polish is not selected")

    site.visit("/search?postcode=DD1+4HN")
    next_links = b.find("nav.pagination a[rel=next]")
    site.require(next_links, "a search for DD1 4HN with no need shows no nav.pagination a[rel=next]")
    href = next_links[0].get_attribute("href")
    site.visit(href.removeprefix(site.base), "results page 2")
    site.expect("page=2" in b.path, f"the next link went to {b.path}")
    site.expect(b.find("nav.pagination a[rel=prev]"), "page 2 has no a[rel=prev]")
    site.expect(b.find("ol#results > li"), "page 2 lists no results")
    site.finish()


def test_bad_postcode_no_results_and_crisis(site):
    b = site.browser
    status, _, _ = site.get(BAD_POSTCODE)
    site.expect(status == 400, f"{BAD_POSTCODE} answered {status}, not 400")
    site.visit(BAD_POSTCODE, "bad postcode")
    site.expect(b.find("#error-summary[role=alert] a[href='#postcode']"), "no #error-summary[role=alert] linking to #postcode")
    site.expect(b.js("return document.querySelector('#postcode')?.getAttribute('aria-invalid')") == "true",
                "#postcode is not aria-invalid=true")
    described = b.js("return document.querySelector('#postcode')?.getAttribute('aria-describedby') || ''").split()
    site.expect("postcode-error" in described, f"#postcode aria-describedby is {described}, not postcode-error")
    site.expect(b.find("p#postcode-error.error-message"), "no p#postcode-error.error-message")

    site.visit("/search?postcode=DD1+4HN&q=zzxqvy+wuggle+plonk", "no results")
    site.expect(b.find("#no-results a"), "a search with no results shows no #no-results with suggestion links")

    site.visit("/search?q=thinking+of+ending+my+life&postcode=DD1+4HN", "crisis")
    site.require(b.find("section#crisis"), "urgent phrasing shows no section#crisis")
    site.expect(b.js("""const c = document.querySelector('#crisis'), r = document.querySelector('#results');
                        return !r || !!(c.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_FOLLOWING);"""),
                "#crisis does not come before #results")
    site.finish()
