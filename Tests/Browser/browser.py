"""Headless Chromium that can reach loopback only, and the sink proxy that catches anything else.

Every flag below comes from shared/reference/browser-testing.md: name lookups fail for all hosts
but loopback, and whatever is still routed goes to `Sink`, a proxy on 127.0.0.1 that answers 502
and writes down what it was asked. Nothing here ever opens a connection beyond 127.0.0.0/8.
"""
import json, os, socketserver, threading, time, http.server
from urllib.parse import urlsplit

os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never try to download a driver

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

CHROMIUM = "/usr/lib/chromium/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


class Sink:
    """An HTTP proxy on 127.0.0.1 that forwards nothing: it answers 502 and records each request."""

    def __init__(self):
        self.requests = []  # dicts: method, target, host, referer, origin, at
        self.lock = threading.Lock()
        sink = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _record(self):
                target = self.path
                host = urlsplit(target).hostname if "://" in target else target.rsplit(":", 1)[0]
                with sink.lock:
                    sink.requests.append({"method": self.command, "target": target, "host": host or "",
                                          "referer": self.headers.get("Referer", ""),
                                          "origin": self.headers.get("Origin", ""), "at": time.time()})
                self.send_response(502)
                self.send_header("Content-Length", "0")
                self.send_header("Connection", "close")
                self.end_headers()

            do_GET = do_POST = do_HEAD = do_PUT = do_OPTIONS = do_CONNECT = do_DELETE = _record

            def log_message(self, *args):
                pass

        class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
            daemon_threads = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def since(self, moment):
        with self.lock:
            return [r for r in self.requests if r["at"] >= moment]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def chromium_options(sink_port):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
        "--disable-domain-reliability", "--disable-client-side-phishing-detection", "--metrics-recording-only",
        "--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,"
        "CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions,NetworkTimeServiceQuerying",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
        f"--proxy-server=http://127.0.0.1:{sink_port}",
        "--proxy-bypass-list=127.0.0.1;localhost;[::1]",
        "--window-size=1280,1000",
    ]:
        options.add_argument(flag)
    # The DevTools network log names every request the page starts, failed ones included
    # (resource timing leaves out requests that never got an answer).
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    return options


_DESCRIBE = """() => {
    const e = document.activeElement;
    if (!e || e === document.body) return 'body';
    return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
           (e.className && typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '') +
           (e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : '');
}"""


class Browser:
    """One Chromium for the whole run, with the few moves the tests need."""

    def __init__(self, base, sink):
        parts = urlsplit(base)
        if parts.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise SystemExit(f"refusing to test {base}: tests talk to loopback only")
        self.base = base.rstrip("/")
        self.sink = sink
        self.driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=chromium_options(sink.port))
        self.driver.set_page_load_timeout(30)
        self.driver.set_script_timeout(30)
        self.page_requests = []  # every request URL the pages started, from the DevTools log

    # Navigation ---------------------------------------------------------------------------------

    def visit(self, path):
        self.driver.get(self.base + path)
        return self

    @property
    def path(self):
        parts = urlsplit(self.driver.current_url)
        return parts.path + (("?" + parts.query) if parts.query else "")

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def find(self, css):
        return self.driver.find_elements("css selector", css)

    def text(self):
        return self.js("return document.body ? document.body.innerText : ''")

    # Keyboard -----------------------------------------------------------------------------------

    def active(self):
        """A short description of the focused element: tag#id.class[href=…]."""
        return self.js("return (" + _DESCRIBE + ")()")

    def active_matches(self, css):
        return self.js("return !!document.activeElement && document.activeElement.matches(arguments[0])", css)

    def keys(self, *keys):
        ActionChains(self.driver).send_keys(*keys).perform()

    def tab_to(self, css, limit=150, backwards=False):
        """Presses TAB until the focused element matches `css`; returns the elements passed on the way."""
        passed = []
        for _ in range(limit):
            if backwards:
                ActionChains(self.driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
            else:
                self.keys(Keys.TAB)
            matched, where = self.js("return [!!document.activeElement && document.activeElement.matches(arguments[0]), "
                                     "(" + _DESCRIBE + ")()]", css)
            passed.append(where)
            if matched:
                return passed
        raise AssertionError(f"TAB never reached {css}; focus went {' → '.join(passed[:25])}")

    def press(self, key, on):
        """Presses `key` with the focus on an element matching `on`, checked first: a stray ENTER
        must never follow a link off the site (the quick-exit link points at an outside address)."""
        if not self.active_matches(on):
            raise AssertionError(f"expected focus on {on} before pressing a key, found {self.active()}")
        if self.active_matches("#quick-exit, a[href^='http']:not([href^='http://127.0.0.1'])"):
            raise AssertionError("refusing to press a key on a link that leaves the site")
        self.keys(key)

    def type_into(self, css, text):
        """Replaces the focused field's text by typing (select all, then the keys)."""
        if not self.active_matches(css):
            raise AssertionError(f"expected focus on {css} before typing, found {self.active()}")
        ActionChains(self.driver).key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).perform()
        self.keys(Keys.DELETE, text)

    def mark_page(self):
        """Marks the current document, so `wait_for_path` can tell a new one (even at the same URL, after a POST)."""
        self.js("window.__signpostTestOldPage = true")

    def wait_for_path(self, prefix, timeout=15):
        """Waits for a new document (see `mark_page`), fully loaded, at a path starting with `prefix`."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                fresh = self.js("return !window.__signpostTestOldPage && document.readyState === 'complete'")
            except Exception:  # the old document went away mid-call
                fresh = False
            if fresh:
                if not self.path.startswith(prefix):
                    raise AssertionError(f"expected to arrive at {prefix}…, arrived at {self.path}")
                return self.path
            time.sleep(0.05)
        raise AssertionError(f"expected to arrive at {prefix}…, still at {self.path}")

    # Emulation ----------------------------------------------------------------------------------

    def cdp(self, command, params=None):
        return self.driver.execute_cdp_cmd(command, params or {})

    # Network log --------------------------------------------------------------------------------

    def drain_network_log(self):
        """Request URLs the pages started since the last call (from DevTools' performance log)."""
        urls = []
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                urls.append(message["params"]["request"]["url"])
        self.page_requests += urls
        return urls

    def quit(self):
        try:
            self.driver.quit()
        except Exception:
            pass
