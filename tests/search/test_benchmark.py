"""The search benchmark (scripts/benchmarks/search.py) on the built site: its
realistic queries reach their page among the first three results in each
language, and no result comes from the other language. Timings are printed by
the benchmark, not asserted here."""

from __future__ import annotations

import pytest

from scripts.benchmarks.search import KINDS, load_queries, run_language, summarize
from scripts.languages import LANGUAGES, REPO_ROOT, SOURCE_DIRS
from tests.support.report import report

RECALL_AT_3 = 0.95


def source_of(language: str, page: str) -> str:
    """The Markdown file of a page path: "guidelines/x/" -> docs/guidelines/x.md or .../index.md."""
    tree = REPO_ROOT / SOURCE_DIRS[language]
    stem = page.rstrip("/")
    candidates = [tree / f"{stem}/index.md", tree / f"{stem}.md"] if stem else [tree / "index.md"]
    found = [p for p in candidates if p.exists()]
    return found[0].read_text(encoding="utf-8") if found else ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_query_lists_are_realistic_and_complete(language):
    queries = load_queries(language)
    assert len(queries) >= 40
    assert {q.kind for q in queries} == set(KINDS)
    for q in queries:
        if q.kind == "no-diacritics":
            assert q.query.isascii(), q.query
        text = source_of(language, q.page)
        assert text, f"{q.query}: no page {q.page!r}"
        assert "PLACEHOLDER" not in text, f"{q.query}: page {q.page!r} is still a placeholder"


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_finds_the_expected_page_in_its_own_language(browser_context, site_server, site_path_prefix,
                                                            site_dir, language):
    page = browser_context.new_page()
    outcomes = run_language(page, site_server.base_url, site_path_prefix, language, load_queries(language))
    summary = summarize(language, outcomes, 0)
    report(f"search {language}: {len(outcomes)} queries, recall@1 {summary.recall_at_1:.0%}, recall@3 "
           f"{summary.recall_at_3:.0%}, other language {summary.other_language}, typing to results median "
           f"{summary.median_ms:.0f} ms, p95 {summary.p95_ms:.0f} ms")
    misses = [(o.query.query, o.query.page, [p for _, p in o.pages[:3]]) for o in summary.misses]
    assert summary.recall_at_3 >= RECALL_AT_3, misses
    assert summary.other_language == 0
    assert browser_context.external_requests.blocked == []
