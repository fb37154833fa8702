"""Run axe-core in a Playwright page, from the copy the PyPI package
axe-playwright-python ships (pinned in pyproject.toml's test extra): nothing is
fetched at run time."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

# WCAG 2.0 and 2.1, levels A and AA: what EN 301 549 and the Web Accessibility Directive require.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations", "incomplete"]}
# The WCAG A/AA rules whose outcome depends on colours: all that a change of palette can change.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
COLOUR_OPTIONS = {"runOnly": {"type": "rule", "values": COLOUR_RULES}, "resultTypes": ["violations", "incomplete"]}


def axe_path() -> Path:
    from axe_playwright_python.base import AXE_FILE_PATH

    return Path(AXE_FILE_PATH)


@lru_cache(maxsize=1)
def axe_source() -> str:
    return axe_path().read_text(encoding="utf-8")


def axe_version() -> str:
    match = re.search(r"axe v([\d.]+)", axe_source()[:200])
    return match.group(1) if match else "?"


def start(page, *, colours_only: bool = False) -> None:
    """Load axe into the page if needed and start a run of the whole page without waiting for it.

    Two pages (one per palette) can then be checked at the same time, each in
    its own renderer process. `colours_only` runs only COLOUR_RULES: enough for
    a second palette of a page whose every rule ran in the first.
    """
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=axe_source())
    page.evaluate("options => { window.__axeRun = axe.run(document, options); }",
                  COLOUR_OPTIONS if colours_only else OPTIONS)


def finish(page) -> dict:
    """The result of the run `start` began (violations and incomplete checks)."""
    return page.evaluate("() => window.__axeRun")


def describe(violations: list[dict]) -> str:
    """A readable report: rule, impact, help, and each offending element."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} [{violation['helpUrl']}]")
        for node in violation["nodes"][:10]:
            messages = [check["message"] for key in ("any", "all", "none") for check in node.get(key, [])]
            lines.append(f"    {' '.join(node['target'])}: {node['html'][:160]}")
            lines += [f"        {message}" for message in messages[:2]]
    return "\n".join(lines)
