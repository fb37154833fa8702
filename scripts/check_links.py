#!/usr/bin/env python3
"""Check the links of every page of docs/ and docs_lt/.

Usage:
  scripts/check_links.py              internal links, images and #anchors, offline
                                      (the same check as the build; `file:line: problem; fix`)
  scripts/check_links.py --external   whether the external (http/https) links answer, online

Online options: --concurrency N (all hosts, default 8), --per-host N (default 2),
--timeout S (per request, default 10), --retries N (default 2), --cache FILE
(default .cache/external-links.json), --max-age 7d (good answers), --failure-max-age 1h
(failed answers), --refresh (ignore the cache). Exit status 1 if anything is broken.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts import links  # noqa: E402
from scripts.external_links import Cache, check_urls, failure_table, parse_duration  # noqa: E402
from scripts.findings import sort_findings  # noqa: E402
from scripts.languages import REPO_ROOT  # noqa: E402
from scripts.site_pages import load_site  # noqa: E402


def site_url(root: Path) -> str:
    """`site_url` of mkdocs.yml (its default when it reads an environment variable)."""
    import os

    import yaml

    class Loader(yaml.SafeLoader):
        pass

    def env(loader, node):
        values = loader.construct_sequence(node)
        return next((os.environ[name] for name in values[:-1] if name in os.environ), values[-1])

    Loader.add_constructor("!ENV", env)
    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    path = root / "mkdocs.yml"
    if not path.exists():
        return ""
    config = yaml.load(path.read_text(encoding="utf-8"), Loader=Loader) or {}
    return str(config.get("site_url") or "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/check_links.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--external", action="store_true", help="check that external links answer (online)")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--per-host", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--retries", type=int, default=2)
    parser.add_argument("--backoff", type=float, default=0.5, help="first pause before a retry, in seconds")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--max-age", default="7d")
    parser.add_argument("--failure-max-age", default="1h")
    parser.add_argument("--refresh", action="store_true", help="check every URL again, ignoring the cache")
    args = parser.parse_args(argv)
    root = REPO_ROOT
    site = load_site(root, site_url(root))

    if not args.external:
        findings = sort_findings(links.check_site(site))
        for finding in findings:
            print(finding.format())
        if findings:
            print(f"{len(findings)} link problem(s).", file=sys.stderr)
        return 1 if findings else 0

    where = links.external_links(site)
    cache_path = args.cache or root / ".cache" / "external-links.json"
    cache = Cache(cache_path, parse_duration(args.max_age), parse_duration(args.failure_max_age))
    if args.refresh:
        cache.entries.clear()
    started = time.monotonic()
    results = check_urls(where, concurrency=args.concurrency, per_host=args.per_host, timeout=args.timeout,
                         retries=args.retries, backoff=args.backoff, cache=cache)
    elapsed = time.monotonic() - started
    table = failure_table(results, where)
    if table:
        print(table)
    failed = sum(1 for result in results.values() if not result.ok)
    cached = sum(1 for result in results.values() if result.cached)
    print(f"{len(results)} external URL(s) checked in {elapsed:.1f} s ({cached} from the cache, {cache_path}): "
          f"{failed} broken.", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
