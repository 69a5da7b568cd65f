"""axe-core 4.x, injected into the page and run there.

axe-selenium-python on Python < 3.12 bundles axe-core 3.1.1 (2018), so the script comes from the
axe-playwright-python wheel instead, which ships a current axe.min.js (installed by .ci/run).
"""
import importlib.util, os

BLOCKING = ("serious", "critical")


def axe_source():
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or spec.origin is None:
        raise AssertionError("axe-playwright-python is not installed (it carries axe-core 4.x)")
    path = os.path.join(os.path.dirname(spec.origin), "axe.min.js")
    with open(path, encoding="utf-8") as f:
        source = f.read()
    if "axe v4." not in source[:200]:
        raise AssertionError(f"{path} is not axe-core 4.x")
    return source


_SOURCE = None


def run_axe(browser):
    """Runs axe on the current page; returns its version and the serious or critical violations."""
    global _SOURCE
    _SOURCE = _SOURCE or axe_source()
    browser.js(_SOURCE)
    result = browser.driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ['violations']})
           .then(r => done({version: axe.version, violations: r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: (n.failureSummary || '').slice(0, 300)}))}))}))
           .catch(e => done({error: String(e)}));""")
    if "error" in result:
        raise AssertionError(f"axe failed: {result['error']}")
    return result["version"], [v for v in result["violations"] if v["impact"] in BLOCKING]


def describe(violations):
    lines = []
    for v in violations:
        lines.append(f"  [{v['impact']}] {v['id']}: {v['help']}")
        for node in v["nodes"][:5]:
            lines.append(f"      at {node['target']}: {node['summary']}")
    return "\n".join(lines)
