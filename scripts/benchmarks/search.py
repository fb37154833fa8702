"""Search benchmark: realistic queries typed into the real search box of the
built site in headless Chromium, per language, for our search and for
Material's out of the box (with mkdocs-static-i18n's defaults).

Queries live in tests/search/queries.<lang>.yaml, each with the page expected
among the first three results. Reported per language and per search: recall@1,
recall@3, results from the other language, the size of the index the
language's pages load, and the time from the key that completes the query to
the results shown (median and 95th percentile, measured in the page).
tests/search/test_benchmark.py asserts recall@3 and the language separation of
ours; timings are only reported.

    scripts/benchmark.py search        # or: python -m scripts.benchmarks.search
    scripts/benchmark.py search --search-site site --search-no-baseline
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from scripts.languages import DEFAULT, LANGUAGES  # noqa: E402
from scripts.search_index import index_path, language_root  # noqa: E402

QUERIES_DIR = REPO_ROOT / "tests" / "search"
KINDS = ("inflected", "no-diacritics", "words", "place")

# In the page: time from the keyup that sends the query to the results shown.
_INSTALL_TIMER = """() => {
  if (window.__searchTimer) return
  window.__searchTimer = { start: 0, done: 0 }
  const input = document.querySelector("input.md-search__input")
  const meta = document.querySelector(".md-search-result__meta")
  input.addEventListener("keyup", () => { window.__searchTimer.start = performance.now() }, true)
  new MutationObserver(() => { window.__searchTimer.done = performance.now() })
    .observe(meta, { childList: true, characterData: true, subtree: true })
}"""
_RESULTS = """() => [...document.querySelectorAll(".md-search-result__item")]
  .map(item => item.querySelector("a").getAttribute("href"))"""


@dataclass
class Query:
    query: str
    page: str          # expected page, relative to the language's root ("" is the home page)
    kind: str


@dataclass
class Outcome:
    query: Query
    pages: list[tuple[str, str]]    # (language, page) of each result, best first
    ms: float

    def rank(self, language: str) -> int | None:
        """1-based rank of the expected page, or None."""
        for i, hit in enumerate(self.pages, 1):
            if hit == (language, self.query.page):
                return i
        return None


@dataclass
class Summary:
    language: str
    queries: int
    recall_at_1: float
    recall_at_3: float
    other_language: int             # results, over all queries, from the other language
    median_ms: float
    p95_ms: float
    index_kb: float
    misses: list[Outcome] = field(default_factory=list)
    recall_at_3_by_kind: dict[str, float] = field(default_factory=dict)


def load_queries(language: str) -> list[Query]:
    data = yaml.safe_load((QUERIES_DIR / f"queries.{language}.yaml").read_text(encoding="utf-8"))
    return [Query(str(item["query"]), str(item["page"] or ""), str(item["kind"])) for item in data]


def page_of(href: str, site_prefix: str) -> tuple[str, str]:
    """(language, page) of a result link: `/prefix/lt/guidelines/x/?h=..#id` -> ("lt", "guidelines/x/")."""
    path = unquote(urlsplit(href).path)
    rel = path[len(site_prefix):] if path.startswith(site_prefix) else path.lstrip("/")
    for language in LANGUAGES:
        root = language_root(language)
        if root and rel.startswith(root):
            return language, rel[len(root):]
    return DEFAULT, rel


def open_search_box(page):
    """Focus the search box of the open page and wait until the search is ready;
    returns the box and the placeholder text it shows while empty."""
    box = page.locator("input.md-search__input")
    box.click()
    placeholder = page.evaluate("() => JSON.parse(document.getElementById('__config').textContent)"
                                ".translations['search.result.placeholder']")
    page.wait_for_function("p => document.querySelector('.md-search-result__meta').textContent.trim() === p",
                           arg=placeholder, timeout=30_000)
    return box, placeholder


def run_language(page, base_url: str, site_prefix: str, language: str, queries: list[Query]) -> list[Outcome]:
    """Type each query into the search box of the language's home page."""
    page.goto(base_url + language_root(language))
    box, placeholder = open_search_box(page)
    page.evaluate(_INSTALL_TIMER)
    outcomes = []
    for query in queries:
        box.fill("")                        # back to the placeholder: the same text twice sends no query
        box.press("End")
        page.wait_for_function("p => document.querySelector('.md-search-result__meta').textContent.trim() === p",
                               arg=placeholder, timeout=10_000)
        page.evaluate("() => { window.__searchTimer.start = window.__searchTimer.done = 0 }")
        box.fill(query.query)
        box.press("End")
        page.wait_for_function("() => window.__searchTimer.start > 0 "
                               "&& window.__searchTimer.done > window.__searchTimer.start", timeout=10_000)
        timer = page.evaluate("() => window.__searchTimer")
        hrefs = page.evaluate(_RESULTS)
        pages = [page_of(href, site_prefix) for href in hrefs]
        outcomes.append(Outcome(query, pages, timer["done"] - timer["start"]))
    return outcomes


def summarize(language: str, outcomes: list[Outcome], index_kb: float) -> Summary:
    ranks = [o.rank(language) for o in outcomes]
    times = sorted(o.ms for o in outcomes)
    n = len(outcomes)
    return Summary(
        language=language,
        queries=n,
        recall_at_1=sum(1 for r in ranks if r == 1) / n,
        recall_at_3=sum(1 for r in ranks if r is not None and r <= 3) / n,
        other_language=sum(1 for o in outcomes for lang, _ in o.pages if lang != language),
        median_ms=statistics.median(times),
        p95_ms=times[min(n - 1, round(0.95 * (n - 1)))],
        index_kb=index_kb,
        misses=[o for o, r in zip(outcomes, ranks) if r is None or r > 3],
        recall_at_3_by_kind={
            kind: sum(1 for o, r in zip(outcomes, ranks) if o.query.kind == kind and r is not None and r <= 3)
            / max(1, sum(1 for o in outcomes if o.query.kind == kind))
            for kind in KINDS
        },
    )


def loaded_index_kb(site_dir: Path, language: str) -> float:
    """Size of the index the language's pages load (ours: their own; the
    baseline's: the one stacked index, which every page loads)."""
    path = index_path(site_dir, language)
    if not path.exists():
        path = index_path(site_dir, DEFAULT)
    return path.stat().st_size / 1024


def benchmark_site(browser, site_dir: Path, site_prefix: str) -> dict[str, Summary]:
    from tests.support.browser import ExternalRequestLog
    from tests.support.server import SiteServer

    results = {}
    with SiteServer(site_dir, site_prefix) as server:
        context = browser.new_context()
        ExternalRequestLog(server.origin).attach(context)
        page = context.new_page()
        for language in LANGUAGES:
            outcomes = run_language(page, server.base_url, site_prefix, language, load_queries(language))
            results[language] = summarize(language, outcomes, loaded_index_kb(site_dir, language))
        context.close()
    return results


def make_baseline_project(target: Path) -> Path:
    """A copy of the project with our search taken out: Material's search out
    of the box and mkdocs-static-i18n's defaults (one stacked index, `en`)."""
    from tests.support.build import copy_project

    project = copy_project(target)
    config = project / "mkdocs.yml"
    config.write_text(re.sub(r"^\s*- scripts/hooks/search_language\.py.*\n", "",
                             config.read_text(encoding="utf-8"), flags=re.MULTILINE), encoding="utf-8")
    # without the hook, `language_root` is undefined and overrides/main.html leaves `base` alone
    for path in sorted((project / "overrides/assets/javascripts/lunr").rglob("*"), reverse=True):
        path.rmdir() if path.is_dir() else path.unlink()
    return project


def site_prefix() -> str:
    text = (REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    match = re.search(r'^site_url:.*"(https?://[^"]+)"', text, re.MULTILINE)
    return urlsplit(match.group(1)).path if match else "/"


def format_report(ours: dict[str, Summary], baseline: dict[str, Summary] | None) -> str:
    rows = ["| language | search | queries | recall@1 | recall@3 | other-language results | index KB | median ms | p95 ms |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for language in LANGUAGES:
        for name, results in (("Material out of the box", baseline), ("ours", ours)):
            if not results:
                continue
            s = results[language]
            rows.append(f"| {language} | {name} | {s.queries} | {s.recall_at_1:.0%} | {s.recall_at_3:.0%} | "
                        f"{s.other_language} | {s.index_kb:.0f} | {s.median_ms:.0f} | {s.p95_ms:.0f} |")
    lines = rows + ["", "recall@3 by kind of query: " + ", ".join(KINDS)]
    for language in LANGUAGES:
        for name, results in (("Material out of the box", baseline), ("ours", ours)):
            if results:
                by_kind = results[language].recall_at_3_by_kind
                lines.append(f"- {language}, {name}: " + ", ".join(f"{by_kind[k]:.0%}" for k in KINDS))
    for language in LANGUAGES:
        for miss in ours[language].misses:
            lines.append(f"ours {language} miss: {miss.query.query!r} expected {miss.query.page or '(home)'}, "
                         f"got {[p for _, p in miss.pages[:3]]}")
    return "\n".join(lines)


def run(site_dir: Path | None = None, baseline_dir: Path | None = None,
        with_baseline: bool = True) -> dict[str, dict[str, Summary]]:
    """Build what is missing and benchmark: {"ours": {lang: Summary}, "baseline": ...}."""
    from playwright.sync_api import sync_playwright

    from tests.support.browser import CHROMIUM_ARGS, chromium_path
    from tests.support.build import build

    with tempfile.TemporaryDirectory(prefix="search-benchmark-") as tmp:
        tmp = Path(tmp)
        if site_dir is None:
            site_dir = tmp / "site"
            result = build(REPO_ROOT, site_dir, strict=False)
            if result.returncode:
                raise SystemExit(f"build failed:\n{result.output}")
        if with_baseline and baseline_dir is None:
            baseline_dir = tmp / "baseline-site"
            result = build(make_baseline_project(tmp / "baseline"), baseline_dir, strict=False)
            if result.returncode:
                raise SystemExit(f"baseline build failed:\n{result.output}")
        prefix = site_prefix()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
            results = {"ours": benchmark_site(browser, site_dir, prefix)}
            if with_baseline:
                results["baseline"] = benchmark_site(browser, baseline_dir, prefix)
            browser.close()
    return results


def figures(results: dict[str, dict[str, Summary]]) -> dict:
    """The figures as plain data, for scripts/benchmark.py --json."""
    return {
        name: {
            language: {
                "queries": s.queries, "recall_at_1": s.recall_at_1, "recall_at_3": s.recall_at_3,
                "other_language_results": s.other_language, "index_kb": round(s.index_kb, 1),
                "median_ms": round(s.median_ms, 1), "p95_ms": round(s.p95_ms, 1),
                "recall_at_3_by_kind": s.recall_at_3_by_kind,
                "misses": [{"query": o.query.query, "expected": o.query.page, "top3": [p for _, p in o.pages[:3]]}
                           for o in s.misses],
            }
            for language, s in by_language.items()
        }
        for name, by_language in results.items()
    }


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("search")
    group.add_argument("--search-site", type=Path, help="an already built site (default: build one)")
    group.add_argument("--search-baseline-site", type=Path,
                       help="an already built site without our search (default: build one)")
    group.add_argument("--search-no-baseline", action="store_true", help="benchmark our search only")


def main(args: argparse.Namespace) -> int:
    """`scripts/benchmark.py search`: print the report, store the figures."""
    results = run(args.search_site, args.search_baseline_site, not args.search_no_baseline)
    print(format_report(results["ours"], results.get("baseline")))
    if hasattr(args, "results"):
        args.results["search"] = figures(results)
    return 0


if __name__ == "__main__":
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_arguments(cli)
    sys.exit(main(cli.parse_args()))
