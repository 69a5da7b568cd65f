"""A link worker turns HNA concerns into suggestions, a shortlist, a plain-text copy and a print,
using the keyboard alone."""
import html, re, time
from selenium.webdriver.common.keys import Keys

SCREEN_ONLY = ["#quick-exit", "header nav", "nav", "form", "#print-button"]


def tick_and_score(b, key, score):
    b.tab_to(f"input[type=checkbox][name=concern][value='hna.{key}']#concern-{key}")
    b.press(Keys.SPACE, on=f"#concern-{key}")
    b.tab_to(f"input[type=number][min='0'][max='10'][name='score.hna.{key}']#score-{key}")
    b.type_into(f"#score-{key}", str(score))


def test_hna_to_shortlist_to_print_by_keyboard(site):
    b = site.browser
    site.visit("/hna")
    site.require(b.find("form#hna-form[method=post][action='/hna']"), "/hna has no form#hna-form method=post action=/hna")
    b.tab_to("#hna-postcode[name=postcode]")
    b.type_into("#hna-postcode", "E1 6AN")
    # Fatigue is earlier in the checklist; ticking it first also checks that order comes from the scores.
    order = b.js("return [...document.querySelectorAll('#hna-form input[name=concern]')].map(e => e.value)")
    for key, score in sorted([("money_housing", 9), ("fatigue", 6)], key=lambda ks: order.index("hna." + ks[0]) if "hna." + ks[0] in order else 0):
        tick_and_score(b, key, score)
    site.require(b.js("return document.querySelector('#concern-money_housing').checked && document.querySelector('#concern-fatigue').checked"),
                 "SPACE did not tick both concerns")
    b.tab_to("#suggest-button")
    b.mark_page()
    started = time.time()
    b.press(Keys.ENTER, on="#suggest-button")
    b.wait_for_path("/hna")
    site.arrived("suggestions (keyboard)", started)

    site.require(b.find("form#shortlist-form[method=post][action='/shortlists']"), "no form#shortlist-form method=post action=/shortlists")
    groups = b.js("return [...document.querySelectorAll('section.need-group')].map(e => e.id)")
    site.require("group-money" in groups and "group-fatigue" in groups, f"need groups are {groups}; expected group-money and group-fatigue")
    site.expect(groups.index("group-money") < groups.index("group-fatigue"), f"money (score 9) is not before fatigue (score 6): {groups}")
    site.expect(groups and groups[0] in ("group-money", "group-housing", "group-energy", "group-food"),
                f"the first group is {groups[0]}, not a need of the highest-scored concern")
    picks = []
    for group in ("group-money", "group-fatigue"):
        boxes = b.js(f"return [...document.querySelectorAll('#{group} input[type=checkbox][name=pick]')].map(e => [e.id, e.value])")
        site.require(boxes, f"#{group} offers no services to pick")
        box_id, value = boxes[0]
        site.expect(re.fullmatch(r"\d+:" + group.removeprefix("group-"), value), f"#{box_id} has value {value!r}, not ID:SLUG")
        site.expect(box_id == "pick-" + value.replace(":", "-"), f"checkbox id {box_id} does not match its value {value}")
        site.expect(b.js(f"return !!document.querySelector('#{box_id}').closest('li, article, div, section').querySelector('.reason')"),
                    f"#{box_id} has no .reason beside it")
        b.tab_to(f"#{box_id}")
        b.press(Keys.SPACE, on=f"#{box_id}")
        site.require(b.js(f"return document.querySelector('#{box_id}').checked"), f"SPACE did not tick #{box_id}")
        heading = b.js(f"return document.querySelector('#{group} h2, #{group} h3')?.innerText || ''").strip()
        picks.append((int(value.split(":")[0]), group.removeprefix("group-"), heading))
    b.tab_to("#make-shortlist")
    status, headers, _ = site.get("/shortlists", {"pick": [f"{i}:{slug}" for i, slug, _ in picks]})
    site.expect(status == 303 and re.fullmatch(r"/shortlists/[^/]+", urlpath(headers.get("Location", ""))),
                f"POST /shortlists answered {status} Location {headers.get('Location')!r}, not 303 to /shortlists/ID")
    b.mark_page()
    started = time.time()
    b.press(Keys.ENTER, on="#make-shortlist")
    path = b.wait_for_path("/shortlists/")
    site.arrived("shortlist (keyboard)", started)
    short_id = path.removeprefix("/shortlists/")
    site.expect(len(short_id) >= 16, f"shortlist id {short_id!r} looks guessable (under 16 characters)")

    site.expect(b.find("h1"), "the shortlist has no h1")
    items = b.js("return [...document.querySelectorAll('article.shortlist-item')].map(e => e.innerText)")
    site.expect(len(items) == 2, f"the shortlist has {len(items)} article.shortlist-item, expected 2")
    plain_link = b.find(f"a#plain-text[href='/shortlists/{short_id}/text']")
    site.expect(plain_link, f"no a#plain-text to /shortlists/{short_id}/text")
    site.expect(b.find("#print-button"), "no #print-button")
    site.expect(re.search(r"expir|delete|until", b.text(), re.I), "the shortlist says nothing about when it expires")
    status, headers, body = site.get(f"/shortlists/{short_id}/text")
    plain = body.decode("utf-8", "replace")
    site.expect(status == 200 and headers.get("Content-Type", "").startswith("text/plain"),
                f"the plain-text version answered {status} {headers.get('Content-Type')}")
    for service_id, slug, heading in picks:
        name = service_name(site, service_id)
        site.expect(any(name in item for item in items), f"the shortlist does not show {name!r}")
        site.expect(name in plain, f"the plain-text version does not show {name!r}")
        need = next((item for item in items if name in item), "")
        site.expect(heading and heading.lower() in need.lower() or slug in need.lower(),
                    f"the shortlist item for {name!r} does not name its need ({heading!r})")
        site.expect(heading.lower() in plain.lower(), f"the plain-text version does not name the need {heading!r}")

    b.cdp("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        for css in SCREEN_ONLY:
            shown = b.js("""return [...document.querySelectorAll(arguments[0])].filter(e => {
                                const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
                                return s.display !== 'none' && s.visibility !== 'hidden' && r.width > 0 && r.height > 0;
                            }).map(e => e.outerHTML.slice(0, 80))""", css)
            site.expect(not shown, f"in print, {css} is still shown: {shown[:2]}")
        breaks = b.js("return [...document.querySelectorAll('.shortlist-item')].map(e => getComputedStyle(e).breakInside)")
        site.expect(breaks and all(v == "avoid" for v in breaks), f"in print, .shortlist-item break-inside is {breaks}")
        site.expect(b.find("article.shortlist-item") and b.find("article.shortlist-item")[0].is_displayed(),
                    "in print, the shortlist items are hidden")
    finally:
        b.cdp("Emulation.setEmulatedMedia", {"media": ""})
    site.finish()


def urlpath(location):
    return re.sub(r"^https?://[^/]+", "", location)


def service_name(site, service_id):
    status, _, body = site.get(f"/services/{service_id}")
    match = re.search(r"<h1[^>]*>(.*?)</h1>", body.decode(), re.S)
    if status != 200 or not match:
        raise AssertionError(f"/services/{service_id} answered {status} without an h1")
    return html.unescape(re.sub(r"<[^>]+>", "", match.group(1))).strip()
