"""Checks that a page fetched nothing beyond loopback: its resource timing, DevTools' record of
the requests it started (failed ones included) and the sink proxy's log."""
from urllib.parse import urlsplit

LOOPBACK = ("127.0.0.1", "localhost", "[::1]", "::1")


def off_loopback(url):
    parts = urlsplit(url)
    if parts.scheme in ("data", "about", "blob", "chrome-error", "javascript"):
        return False
    return parts.hostname not in LOOPBACK


def check_page(browser, since, label):
    """Problems with the current page's requests; `since` is when the visit began (time.time())."""
    problems = []
    entries = browser.js("return performance.getEntriesByType('resource').map(e => e.name)") or []
    problems += [f"{label}: resource timing shows {url}" for url in entries if off_loopback(url)]
    problems += [f"{label}: the page started a request to {url}" for url in browser.drain_network_log() if off_loopback(url)]
    hosts = {urlsplit(url).hostname for url in browser.page_requests if off_loopback(url)}
    for request in browser.sink.since(since):
        from_page = request["host"] in hosts or any(h in (request["referer"] + request["origin"]) for h in LOOPBACK)
        if from_page:
            problems.append(f"{label}: the sink proxy was asked for {request['method']} {request['target']}")
    return problems
