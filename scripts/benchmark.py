#!/usr/bin/env python3
"""Benchmarks of the site, reported, not asserted by the tests (budgets are checked by their section).

Usage: scripts/benchmark.py [SECTION ...] [--json FILE] [section options]

Each section is a module in scripts/benchmarks/ with `add_arguments(parser)`
and `main(args) -> exit status`; it prints its figures and stores them in
`args.results[<section>]`. With no SECTION every section runs. To add one,
write scripts/benchmarks/<name>.py and list it in SECTIONS.

  pages   what a reader's phone downloads per page, requests, first contentful
          paint on throttled networks, search index sizes; budgets: under
          500 KB and at most 30 requests per page (scripts/benchmarks/pages.py)
  build   the full strict build with and without the checking hooks, on the
          real site and on one 20 times larger; budget: the checks add under
          10 % (scripts/benchmarks/build.py)
  search  realistic queries in the real search box, per language, ours and
          Material's out of the box: recall@1/@3, results from the other
          language, index size, time to results (scripts/benchmarks/search.py)
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# Section name -> module; in the order they run.
SECTIONS = {
    "pages": "scripts.benchmarks.pages",
    "build": "scripts.benchmarks.build",
    "search": "scripts.benchmarks.search",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sections", nargs="*", choices=[[], *SECTIONS], metavar="SECTION",
                        help=f"sections to run (default: all): {', '.join(SECTIONS)}")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    modules = {name: importlib.import_module(module) for name, module in SECTIONS.items()}
    for module in modules.values():
        module.add_arguments(parser)
    args = parser.parse_args(argv)
    args.results = {}
    status = 0
    for name in args.sections or list(SECTIONS):
        print(f"== {name} ==")
        status = max(status, modules[name].main(args))
    if args.json:
        args.json.write_text(json.dumps(args.results, indent=2, ensure_ascii=False), encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
