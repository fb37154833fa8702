"""Readers on slow rural connections: every page of both languages keeps the
budgets of scripts/benchmarks/pages.py (under 500 KB sent and at most 30
requests before any interaction, served like GitHub Pages) and fits a 320 px
wide phone screen without scrolling sideways (WCAG 1.4.10 Reflow).

The figures are reported; scripts/benchmark.py pages adds paint times on
throttled networks."""

from __future__ import annotations

import pytest

from scripts.benchmarks.pages import (BUDGET_BYTES, BUDGET_REQUESTS, PROFILES, budget_problems,
                                      first_contentful_paint, search_indexes, visit)
from tests.support.report import report

REFLOW_PAGES = ["", "lt/", "guidelines/management/", "lt/guidelines/checklist/", "events/seniors/",
                "lt/about-site/accessibility/"]


def test_every_page_keeps_the_weight_and_request_budgets(phone_visits):
    problems = [line for path, v in phone_visits.items() for line in budget_problems(f"/{path}", v)]
    assert problems == []
    heaviest = max(phone_visits.items(), key=lambda item: item[1].total_bytes)
    most = max(phone_visits.items(), key=lambda item: item[1].requests)
    lightest = min(phone_visits.items(), key=lambda item: item[1].total_bytes)
    report(f"weight: {len(phone_visits)} pages, {lightest[1].total_bytes / 1000:.1f}-"
           f"{heaviest[1].total_bytes / 1000:.1f} KB sent (heaviest /{heaviest[0]}), "
           f"at most {most[1].requests} requests (/{most[0]}); budgets {BUDGET_BYTES // 1000} KB, {BUDGET_REQUESTS}")


def test_budget_check_catches_a_heavy_page(phone_visits):
    """The check that guards the budgets fails on a page that breaks them."""
    page_visit = next(iter(phone_visits.values()))
    heavy = type(page_visit)(page_visit.url, sent=page_visit.sent * 4, foreign=["https://example.invalid/"] * 31)
    problems = budget_problems("/heavy/", heavy)
    assert len(problems) == 2 and "KB sent" in problems[0] and "requests" in problems[1]


@pytest.mark.parametrize("path", REFLOW_PAGES)
def test_page_fits_a_320_px_screen(browser, reader_site, path):
    page_visit = visit(browser, reader_site, reader_site.base_url + path,
                       viewport={"width": 320, "height": 640}, quiet_ms=100)
    assert page_visit.scroll_width <= page_visit.viewport_width, (
        f"/{path} is {page_visit.scroll_width} px wide on a {page_visit.viewport_width} px screen")


def test_no_page_scrolls_sideways_on_a_360_px_phone(phone_visits):
    wide = {path: v.scroll_width for path, v in phone_visits.items() if v.scroll_width > v.viewport_width}
    assert wide == {}


def test_benchmark_measures_paint_on_a_throttled_network_and_each_search_index(browser, reader_site):
    """The benchmark's own measurements work on the real site (their figures are reported, not asserted)."""
    fast = first_contentful_paint(browser, reader_site, reader_site.base_url, PROFILES["slow-4g"])
    assert fast is not None and 500 < fast < 30_000  # the emulated latency alone is 562.5 ms
    indexes = search_indexes(reader_site.site_dir)
    assert indexes and all(index.raw_bytes > index.gzip_bytes > 0 for index in indexes)
    report("search indexes: " + ", ".join(f"{i.language} {i.path} {i.raw_bytes / 1000:.1f} KB "
                                          f"({i.gzip_bytes / 1000:.1f} KB gzip)" for i in indexes))
    report(f"first contentful paint of / on Slow 4G (one cold load): {fast / 1000:.2f} s")
