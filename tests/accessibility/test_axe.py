"""axe-core on every page of the built site, both languages, light and dark palette:
no violation of the WCAG 2.0/2.1 level A and AA rules (EN 301 549, the Web
Accessibility Directive). The palette only changes colours: every rule runs in
the light palette and the rules that depend on colours (axe.COLOUR_RULES) in the
dark one, each palette in its own browser context and renderer, side by side.
Every page is checked whole: header, navigation (which differs from page to page:
the current page and its section are open) and footer included."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.accessibility import axe
from tests.support.browser import ExternalRequestLog
from tests.support.report import report
from tests.test_site_build import page_paths


PALETTES = {"light": "default", "dark": "slate"}  # prefers-color-scheme -> Material's scheme
PHONE = {"width": 360, "height": 740}


def url_path(language: str, md_path: str) -> str:
    stem = md_path[: -len(".md")]
    directory = "" if stem == "index" else stem.removesuffix("/index").removesuffix("index") + "/"
    return ("lt/" if language == "lt" else "") + directory.lstrip("/")


SITE_PAGES = [url_path(language, md) for language in ("lv", "lt") for md in page_paths("docs")] + [
    "404.html", "lt/404.html"]
PHONE_PAGES = ["", "lt/", "guidelines/management/", "lt/events/seniors/"]


class Tally:
    """What the runs found, reported once at the end of the session."""

    def __init__(self):
        self.pages = 0
        self.violations = 0
        self.incomplete: Counter = Counter()
        self.incomplete_where: Counter = Counter()
        self.incomplete_pages: dict[str, set[str]] = {}

    def add(self, result: dict, url: str = "") -> None:
        self.violations += sum(len(v["nodes"]) for v in result["violations"])
        self.incomplete.update(item["id"] for item in result["incomplete"])
        for item in result["incomplete"]:
            for node in item["nodes"]:
                target = " ".join(node["target"])
                region = "navigation" if ".md-nav" in target or ".md-ellipsis" in target else target
                self.incomplete_where[f"{item['id']} in the {region}"] += 1
                self.incomplete_pages.setdefault(f"{item['id']} in the {region}", set()).add(url)


@pytest.fixture(scope="module")
def palette_pages(browser, site_server, published_url):
    """One page per palette, each in its own context, reused for every URL."""
    contexts, pages = [], {}
    for palette in PALETTES:
        context = browser.new_context(color_scheme=palette)
        ExternalRequestLog(site_server.origin, published_url).attach(context)
        contexts.append(context)
        pages[palette] = context.new_page()
    tally = Tally()
    yield pages, tally
    report(f"axe-core {axe.axe_version()} (WCAG 2.0/2.1 A and AA rules): {tally.pages} pages x "
           f"{len(PALETTES)} palettes (dark: the colour rules), {tally.violations} violating elements; "
           f"left for manual review (axe 'incomplete'): {dict(tally.incomplete) or 'none'}")
    for where, count in sorted(tally.incomplete_where.items()):
        report(f"  axe 'incomplete' {where}: {count} elements on {len(tally.incomplete_pages[where])} pages")
    for context in contexts:
        context.close()


def check(pages: dict, url: str, tally: Tally) -> dict[str, str]:
    for page in pages.values():
        page.goto(url)
    for palette, page in pages.items():
        assert page.locator("body").get_attribute("data-md-color-scheme") == PALETTES[palette], palette
        axe.start(page, colours_only=palette != "light")
    failures = {}
    for palette, page in pages.items():
        result = axe.finish(page)
        tally.add(result, url)
        if result["violations"]:
            failures[palette] = axe.describe(result["violations"])
    tally.pages += 1
    return failures


@pytest.mark.parametrize("path", SITE_PAGES)
def test_no_wcag_violation_in_light_or_dark_palette(palette_pages, site_server, path):
    pages, tally = palette_pages
    failures = check(pages, site_server.base_url + path, tally)
    assert failures == {}, "\n".join(f"[{palette}] {text}" for palette, text in failures.items())


@pytest.mark.parametrize("path", PHONE_PAGES)
def test_no_wcag_violation_in_the_phone_layout(browser, site_server, published_url, path):
    """The narrow layout hides the navigation in a drawer and the search behind a button."""
    context = browser.new_context(viewport=PHONE)
    ExternalRequestLog(site_server.origin, published_url).attach(context)
    try:
        page = context.new_page()
        page.goto(site_server.base_url + path)
        axe.start(page)
        result = axe.finish(page)
    finally:
        context.close()
    assert result["violations"] == [], axe.describe(result["violations"])
