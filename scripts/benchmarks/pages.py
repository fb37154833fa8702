"""Benchmark section "pages": what a reader's phone downloads, and how soon it shows something.

For the home page, a long chapter and a video page in each language it reports
the bytes sent by type and the number of requests before any interaction, and
the time to first contentful paint with the network throttled through the
Chrome DevTools Protocol (Chrome DevTools' "Slow 4G" and "3G" presets); and the
size of each language's search index. The site is served by
scripts/benchmarks/server.py the way GitHub Pages serves it (gzip for text), at
the address it was built for, and the server counts every byte it sends.

Budgets (checked here; `scripts/benchmark.py pages` exits 1 if one is broken):
every page under 500 KB sent before any interaction, and no page over 30
requests. tests/privacy/test_weight.py holds every page of the site to the same
budgets with the same `visit()`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from scripts.benchmarks.server import Sent, StaticSite
from scripts.languages import LANGUAGES, REPO_ROOT

BUDGET_BYTES = 500_000
BUDGET_REQUESTS = 30
PREFIX = "/octopus-guidelines/"  # the path of the default site_url
PHONE = {"width": 360, "height": 740}


@dataclass(frozen=True)
class NetworkProfile:
    """A throttled network as Chrome DevTools emulates it (throughput in kbit/s)."""

    name: str
    latency_ms: float
    down_kbps: float
    up_kbps: float

    def conditions(self) -> dict:
        return {
            "offline": False,
            "latency": self.latency_ms,
            "downloadThroughput": self.down_kbps * 1000 / 8,
            "uploadThroughput": self.up_kbps * 1000 / 8,
        }


# Chrome DevTools' presets: "Slow 4G" (before Chrome 125 called "Fast 3G") and "3G" (formerly "Slow 3G").
PROFILES = {
    "slow-4g": NetworkProfile("Slow 4G (562.5 ms, 1.44 Mbit/s down, 675 kbit/s up)", 562.5, 1440, 675),
    "3g": NetworkProfile("3G (2000 ms, 400 kbit/s down, 400 kbit/s up)", 2000, 400, 400),
}


def kind(sent: Sent) -> str:
    """The type of a response as a reader's data plan sees it."""
    content_type, path = sent.content_type, sent.path
    if sent.status == 404:
        return "404"
    if content_type == "text/html":
        return "html"
    if content_type == "text/css":
        return "css"
    if "javascript" in content_type:
        return "js"
    if content_type == "application/json":
        return "json"
    if content_type.endswith("xml"):
        return "xml"
    if content_type.startswith("image/"):
        return "image"
    if content_type.startswith("font/") or path.endswith((".woff", ".woff2", ".ttf")):
        return "font"
    return "other"


@dataclass
class PageVisit:
    """One cold visit of a page: what went over the wire and what the browser kept."""

    url: str
    sent: list[Sent] = field(default_factory=list)  # every response of the site's own server
    foreign: list[str] = field(default_factory=list)  # requests to any other host (aborted)
    fcp_ms: float | None = None
    local_storage: dict[str, str] = field(default_factory=dict)
    session_storage: dict[str, str] = field(default_factory=dict)
    cookies: list[dict] = field(default_factory=list)
    scroll_width: int = 0
    viewport_width: int = 0

    @property
    def total_bytes(self) -> int:
        return sum(s.total for s in self.sent)

    @property
    def requests(self) -> int:
        return len(self.sent) + len(self.foreign)

    def bytes_by_kind(self) -> dict[str, int]:
        totals: dict[str, int] = {}
        for s in self.sent:
            totals[kind(s)] = totals.get(kind(s), 0) + s.total
        return dict(sorted(totals.items(), key=lambda item: -item[1]))

    def requests_by_kind(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for s in self.sent:
            counts[kind(s)] = counts.get(kind(s), 0) + 1
        return counts


FCP_SCRIPT = "() => { const e = performance.getEntriesByName('first-contentful-paint')[0]; return e ? e.startTime : null; }"


def first_contentful_paint(browser, server: StaticSite, url: str, profile: NetworkProfile,
                           viewport: dict = PHONE, timeout_s: float = 60.0) -> float | None:
    """Milliseconds from navigation to first contentful paint, cold, on a throttled network."""
    context = browser.new_context(viewport=viewport)
    context.route(lambda u: urlsplit(u).scheme in ("http", "https") and not u.startswith(server.origin),
                  lambda route: route.abort())
    try:
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", profile.conditions())
        page.goto(url, wait_until="commit", timeout=timeout_s * 1000)
        page.wait_for_function(FCP_SCRIPT, timeout=timeout_s * 1000)
        return page.evaluate(FCP_SCRIPT)
    finally:
        context.close()


def visit(browser, server: StaticSite, url: str, *, viewport: dict = PHONE,
          quiet_ms: int = 400, timeout_s: float = 60.0) -> PageVisit:
    """Open `url` in a fresh context (empty cache, no storage) and wait until the network is quiet.

    Nothing is clicked or typed: this is what the page costs before any interaction.
    Requests to hosts other than the server's are aborted and listed.
    """
    result = PageVisit(url)
    context = browser.new_context(viewport=viewport)
    own = server.origin

    def is_foreign(request_url: str) -> bool:
        return urlsplit(request_url).scheme in ("http", "https", "ws", "wss") and not request_url.startswith(own)

    def abort(route):
        result.foreign.append(route.request.url)
        route.abort()

    context.route(is_foreign, abort)
    in_flight: set = set()
    last_change = [time.monotonic()]

    def started(request):
        in_flight.add(request)
        last_change[0] = time.monotonic()

    def ended(request):
        in_flight.discard(request)
        last_change[0] = time.monotonic()

    context.on("request", started)
    context.on("requestfinished", ended)
    context.on("requestfailed", ended)
    page = context.new_page()
    first = len(server.log)
    try:
        page.goto(url, wait_until="load", timeout=timeout_s * 1000)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            page.wait_for_timeout(50)
            if not in_flight and (time.monotonic() - last_change[0]) * 1000 >= quiet_ms:
                break
        result.sent = list(server.log[first:])
        result.fcp_ms = page.evaluate(FCP_SCRIPT)
        result.local_storage = page.evaluate("() => Object.fromEntries(Object.entries(localStorage))")
        result.session_storage = page.evaluate("() => Object.fromEntries(Object.entries(sessionStorage))")
        result.cookies = context.cookies()
        result.scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
        result.viewport_width = page.evaluate("() => window.innerWidth")
    finally:
        context.close()
    return result


def budget_problems(label: str, page_visit: PageVisit) -> list[str]:
    """The budgets a page breaks, one line each (empty if it keeps them)."""
    problems = []
    if page_visit.total_bytes >= BUDGET_BYTES:
        problems.append(f"{label}: {page_visit.total_bytes / 1000:.1f} KB sent before any interaction "
                        f"(budget: under {BUDGET_BYTES // 1000} KB); largest: {page_visit.bytes_by_kind()}")
    if page_visit.requests > BUDGET_REQUESTS:
        problems.append(f"{label}: {page_visit.requests} requests (budget: at most {BUDGET_REQUESTS})")
    return problems


@dataclass(frozen=True)
class IndexSize:
    language: str
    path: str
    raw_bytes: int
    gzip_bytes: int
    documents: int


def search_indexes(site_dir: Path) -> list[IndexSize]:
    """Every search index of the site, with its language (lt/ is Lithuanian).

    If one index holds both languages, its documents are counted per language
    from their locations.
    """
    sizes = []
    for index in sorted(site_dir.rglob("search_index.json")):
        relative = index.relative_to(site_dir).as_posix()
        data = index.read_bytes()
        docs = json.loads(data).get("docs", [])
        folder = relative.split("/", 1)[0]
        language = folder if folder in LANGUAGES else "lv"
        languages = {("lt" if d.get("location", "").startswith("lt/") else language) for d in docs}
        label = language if len(languages) <= 1 else "+".join(sorted(languages))
        sizes.append(IndexSize(label, relative, len(data), len(gzip.compress(data, 6, mtime=0)), len(docs)))
    return sizes


ARTICLE = re.compile(r"<article[^>]*>(.*?)</article>", re.S)


def words_in_article(html_file: Path) -> int:
    match = ARTICLE.search(html_file.read_text(encoding="utf-8"))
    return len(re.sub(r"<[^>]+>", " ", match.group(1)).split()) if match else 0


def default_pages(site_dir: Path) -> list[tuple[str, str]]:
    """(label, path under the site) for the home page, the longest chapter and a video page, in each language."""
    chapters = sorted((site_dir / "guidelines").glob("*/index.html"))
    longest = max(chapters, key=words_in_article, default=None)
    video = next((p for p in sorted(site_dir.rglob("index.html"))
                  if not p.relative_to(site_dir).as_posix().startswith("lt/")
                  and "data-video-id=" in p.read_text(encoding="utf-8")), None)
    picked = [("home", "")]
    if longest is not None:
        picked.append(("long chapter", longest.parent.relative_to(site_dir).as_posix() + "/"))
    if video is not None:
        picked.append(("video page", video.parent.relative_to(site_dir).as_posix() + "/"))
    return [(f"{label} ({language})", ("lt/" if language == "lt" else "") + path)
            for label, path in picked for language in LANGUAGES]


def build_site(site_dir: Path, site_url: str) -> None:
    """Build the real site for the address it will be served at."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=site_url)
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--clean", "-d", str(site_dir)],
                          cwd=REPO_ROOT, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"mkdocs build failed:\n{proc.stdout}{proc.stderr}")


def launch_browser(playwright):
    """Debian's Chromium, without its calls to Google services."""
    executable = os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"
    args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
    return playwright.chromium.launch(executable_path=executable, headless=True, args=args)


def kb(value: int) -> str:
    return f"{value / 1000:.1f} KB"


def run(site_dir: Path | None = None, profiles: tuple[str, ...] = ("slow-4g", "3g"),
        pages: list[tuple[str, str]] | None = None, runs: int = 3) -> dict:
    """Measure; returns the figures (also as JSON-ready data) and the budget problems."""
    from playwright.sync_api import sync_playwright

    temporary = None
    if site_dir is None:
        temporary = tempfile.TemporaryDirectory(prefix="benchmark-site-")
        site_dir = Path(temporary.name)
        build_first = True
    else:
        build_first = False
    figures: dict = {"pages": [], "search_indexes": [], "problems": []}
    try:
        with StaticSite(site_dir, PREFIX) as server, sync_playwright() as playwright:
            if build_first:
                build_site(site_dir, server.base_url)
            browser = launch_browser(playwright)
            for label, path in pages or default_pages(site_dir):
                row = {"page": label, "path": path, "fcp_ms": {}}
                plain = visit(browser, server, server.base_url + path)
                row.update(bytes=plain.total_bytes, requests=plain.requests,
                           bytes_by_type=plain.bytes_by_kind(), requests_by_type=plain.requests_by_kind(),
                           foreign=plain.foreign,
                           uncompressed_bytes=_uncompressed(site_dir, plain))
                for name in profiles:
                    # The median of a few cold loads: one load's paint time varies with the CPU.
                    times = sorted(first_contentful_paint(browser, server, server.base_url + path, PROFILES[name])
                                   for _ in range(runs))
                    row["fcp_ms"][name] = times[len(times) // 2]
                figures["pages"].append(row)
                figures["problems"] += budget_problems(label, plain)
            browser.close()
        figures["search_indexes"] = [index.__dict__ for index in search_indexes(site_dir)]
    finally:
        if temporary is not None:
            temporary.cleanup()
    return figures


def _uncompressed(site_dir: Path, page_visit: PageVisit) -> int:
    """What the same responses would weigh without compression (bodies only)."""
    total = 0
    for s in page_visit.sent:
        relative = s.path[len(PREFIX):] if s.path.startswith(PREFIX) else ""
        file = site_dir / relative
        if file.is_dir():
            file = file / "index.html"
        if s.status == 404:
            file = site_dir / ("lt/404.html" if relative.startswith("lt/") else "404.html")
        total += file.stat().st_size if file.is_file() else s.body_bytes
    return total


def format_report(figures: dict) -> str:
    lines = [f"Pages (served like GitHub Pages: gzip for text; phone viewport {PHONE['width']}x{PHONE['height']}; "
             f"budgets: under {BUDGET_BYTES // 1000} KB and at most {BUDGET_REQUESTS} requests before any interaction)"]
    for row in figures["pages"]:
        fcp = ", ".join(f"{name} {value / 1000:.2f} s" if value is not None else f"{name} n/a"
                        for name, value in row["fcp_ms"].items())
        by_type = ", ".join(f"{k} {kb(v)}" for k, v in row["bytes_by_type"].items())
        lines.append(f"  {row['page']:<22} /{row['path']:<40} {kb(row['bytes']):>9} sent "
                     f"({kb(row['uncompressed_bytes'])} uncompressed), {row['requests']:>2} requests; "
                     f"first contentful paint (median): {fcp}")
        lines.append(f"  {'':<22} by type: {by_type}")
        if row["foreign"]:
            lines.append(f"  {'':<22} requests to other hosts (aborted): {row['foreign']}")
    lines.append("Search indexes")
    for index in figures["search_indexes"]:
        lines.append(f"  {index['language']:<6} {index['path']:<32} {kb(index['raw_bytes']):>9} "
                     f"({kb(index['gzip_bytes'])} gzip), {index['documents']} entries")
    if figures["problems"]:
        lines.append("BUDGET EXCEEDED")
        lines += [f"  {problem}" for problem in figures["problems"]]
    else:
        lines.append("Budgets kept on every measured page.")
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("pages")
    group.add_argument("--pages-site", type=Path, help="pages: measure this built site instead of building one")
    group.add_argument("--pages-profiles", default="slow-4g,3g", help=f"pages: network profiles ({', '.join(PROFILES)})")
    group.add_argument("--pages-runs", type=int, default=3,
                       help="pages: cold loads per page and profile; the median paint time is reported")


def main(args: argparse.Namespace | list[str] | None = None) -> int:
    """`scripts/benchmark.py pages [--pages-site DIR] ...`; exit status 1 if a budget is broken."""
    if not isinstance(args, argparse.Namespace):
        parser = argparse.ArgumentParser(prog="scripts/benchmark.py pages", description=__doc__.split("\n\n")[0])
        add_arguments(parser)
        args = parser.parse_args(args)
    figures = run(args.pages_site, tuple(p for p in args.pages_profiles.split(",") if p), runs=args.pages_runs)
    print(format_report(figures), flush=True)
    if isinstance(getattr(args, "results", None), dict):
        args.results["pages"] = figures
    return 1 if figures["problems"] else 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO_ROOT))
    sys.exit(main())
