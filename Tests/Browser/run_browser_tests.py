"""Runs Signpost's pages in headless Chromium against a live server on loopback.

    python3 Tests/Browser/run_browser_tests.py --base http://127.0.0.1:PORT --hostile-id ID --out DIR

Prints one line per test and closes with "N passed, M failures"; exits non-zero on any failure.
Needs Debian's chromium and chromium-driver, and Python's selenium and axe-playwright-python
(for axe-core 4.x), all installed by .ci/run. Nothing is sent beyond 127.0.0.0/8.
"""
import argparse, os, sys, time, traceback

sys.dont_write_bytecode = True  # leave no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("SE_OFFLINE", "true")

from browser import Browser, Sink
from pages import Site, Problems
import test_search_flow, test_hna_flow, test_accessibility, test_phone, test_hostile, test_weight, test_network

# In this order: the network test runs last so it covers every page the others visited.
MODULES = [test_search_flow, test_hna_flow, test_accessibility, test_phone, test_hostile, test_weight, test_network]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="http://127.0.0.1:PORT of a running signpost serve")
    parser.add_argument("--hostile-id", type=int, required=True, help="id of the service whose text holds markup")
    parser.add_argument("--out", required=True, help="folder for screenshots")
    parser.add_argument("-k", default="", help="run only tests whose name contains this")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    sink = Sink()
    browser = Browser(args.base, sink)
    site = Site(browser, args.hostile_id, args.out)
    passed = failed = 0
    try:
        for module in MODULES:
            for name in [n for n in dir(module) if n.startswith("test_") and args.k in n]:
                started = time.time()
                try:
                    getattr(module, name)(site)
                    passed += 1
                    print(f"PASS {name} ({time.time() - started:.1f} s)", flush=True)
                except Problems as problems:
                    failed += 1
                    print(f"FAIL {name}:\n  " + str(problems).replace("\n", "\n  "), flush=True)
                except Exception:
                    failed += 1
                    print(f"FAIL {name} at {browser.path}:\n  " + traceback.format_exc().replace("\n", "\n  "), flush=True)
                site.reset()
                browser.cdp("Emulation.setEmulatedMedia", {"media": ""})
        background = [f"{r['method']} {r['target']}" for r in sink.requests]
        if background:
            print(f"note: Chromium itself asked the sink proxy for {len(background)} request(s), none from a page: {background[:5]}")
        print(f"screenshots in {args.out}")
    finally:
        browser.quit()
        sink.close()
    print(f"{passed} passed, {failed} failures")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
