"""The pages under test and the ways to reach them, shared by the test modules.

Every arrival on a page goes through `arrived`, which runs the loopback-only network check on it,
so the check covers every page any test visits.
"""
import re, time
from network import check_page
from loopback import fetch

RESULTS = "/search?postcode=DD1+4HN&need=money"
BAD_POSTCODE = "/search?postcode=ZZ99+9ZZZ"
MISSING_SERVICE = "/services/987654321"
HNA_CONCERNS = {"postcode": ["E1 6AN"], "concern": ["hna.money_housing", "hna.fatigue"],
                "score.hna.money_housing": ["9"], "score.hna.fatigue": ["6"]}


class Problems(AssertionError):
    pass


class Site:
    def __init__(self, browser, hostile_id, out):
        self.browser, self.hostile_id, self.out = browser, hostile_id, out
        self.base = browser.base
        self.network_problems = []
        self.pages_checked = []
        self._problems = []

    # Expectations: collect every mismatch in a test, fail it at the end ------------------------

    def expect(self, condition, message):
        if not condition:
            self._problems.append(message)
        return condition

    def require(self, condition, message):
        if not condition:
            self._problems.append(message)
            self.finish()

    def reset(self):
        """Forgets a failed test's leftover expectations before the next test."""
        self._problems = []

    def finish(self):
        problems, self._problems = self._problems, []
        if problems:
            raise Problems("\n".join(problems))

    # Navigation ---------------------------------------------------------------------------------

    def visit(self, path, label=None):
        started = time.time()
        self.browser.visit(path)
        self.arrived(label or path, started)
        return self.browser

    def arrived(self, label, started):
        self.pages_checked.append(label)
        self.network_problems += check_page(self.browser, started, label)

    def get(self, path, data=None):
        return fetch(self.base + path, data)

    def a_service_id(self):
        """The first service listed for the standard results page (not the hostile one)."""
        status, _, body = self.get(RESULTS)
        ids = [int(i) for i in re.findall(r'id="service-(\d+)"', body.decode())]
        ids = [i for i in ids if i != self.hostile_id] or ids
        if not ids:
            raise Problems(f"{RESULTS} answered {status} with no service cards")
        return ids[0]

    def submit(self, form_css, arrive_at, label):
        """Submits a form the quick way (not by keyboard), for tests that only need the next page."""
        self.browser.mark_page()
        started = time.time()
        self.browser.js("document.querySelector(arguments[0]).requestSubmit()", form_css)
        self.browser.wait_for_path(arrive_at)
        self.arrived(label, started)

    def open_suggestions(self):
        self.visit("/hna")
        self.browser.js("""
            document.querySelector('#hna-postcode').value = 'E1 6AN';
            for (const [key, score] of [['money_housing', '9'], ['fatigue', '6']]) {
                document.querySelector('#concern-' + key).checked = true;
                document.querySelector('#score-' + key).value = score;
            }""")
        self.submit("#hna-form", "/hna", "suggestions (POST /hna)")

    def open_shortlist(self):
        self.open_suggestions()
        picked = self.browser.js("""
            const boxes = [...document.querySelectorAll('#shortlist-form input[name=pick]')].slice(0, 2);
            boxes.forEach(b => b.checked = true);
            return boxes.length;""")
        if picked < 1:
            raise Problems("the suggestions page offers no services to pick")
        self.submit("#shortlist-form", "/shortlists/", "shortlist")
        return self.browser.path
