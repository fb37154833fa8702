#!/usr/bin/env python3
"""Start a new page in both languages, ready to build.

Usage: scripts/new_page.py PATH LATVIAN_TITLE LITHUANIAN_TITLE [--after PAGE]

  scripts/new_page.py guidelines/volunteers "Brīvprātīgie" "Savanoriai"

creates docs/guidelines/volunteers.md and docs_lt/guidelines/volunteers.md, each
with its `description` front matter, the title (H1) and a first section whose
heading has an ID, and lists the page in the navigation of mkdocs.yml (one entry
serves both languages), after the last page of the same folder or after PAGE.
The result passes `scripts/check`; then replace the sample text in both files.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts import navigation  # noqa: E402
from scripts.languages import LANGUAGES, REPO_ROOT, display_path, source_file  # noqa: E402

SEGMENT = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

# The first lines of a page, in each language: front matter, title, a first section with an ID.
TEMPLATES = {
    "lv": """---
description: Viens teikums par to, ko lasītājs atradīs šajā lapā.
---

# {title}

Ievadā īsi pastāstiet, kam šī lapa domāta un ko lasītājs no tās uzzinās. Pēc tam aizstājiet šo tekstu ar savējo.

## Pārskats {{#overview}}

Šeit rakstiet pirmās sadaļas tekstu. Katram otrā un trešā līmeņa virsrakstam ir savs identifikators angļu valodā, abās valodās vienāds.
""",
    "lt": """---
description: Vienas sakinys apie tai, ką skaitytojas ras šiame puslapyje.
---

# {title}

Įžangoje trumpai paaiškinkite, kam skirtas šis puslapis ir ką skaitytojas iš jo sužinos. Paskui pakeiskite šį tekstą savo tekstu.

## Apžvalga {{#overview}}

Čia rašykite pirmojo skyriaus tekstą. Kiekviena antrojo ir trečiojo lygio antraštė turi savo identifikatorių anglų kalba, abiem kalbomis vienodą.
""",
}


def page_path(path: str) -> str:
    """`guidelines/volunteers` (or `.md`) as the page path both trees share; SystemExit if unusable."""
    rel = path.strip().strip("/").removesuffix(".md")
    for prefix in ("docs_lt/", "docs/lt/", "docs/"):
        rel = rel.removeprefix(prefix)
    segments = rel.split("/")
    if not rel or not all(SEGMENT.fullmatch(segment) for segment in segments):
        raise SystemExit(f"{path}: use lower-case English words joined by hyphens, folders separated by '/', "
                         f"e.g. guidelines/volunteers")
    if len(segments) > 1 and len(segments[0]) == 2:
        raise SystemExit(f"{path}: a top-level folder with a two-letter name is taken for a language by the "
                         f"site's language plugin; choose a longer folder name")
    return rel + ".md"


def page_text(language: str, title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise SystemExit("the page title must not be empty")
    return TEMPLATES[language].format(title=title)


def create(root: Path, path: str, titles: dict[str, str], after: str | None = None) -> list[str]:
    """Write both pages and the navigation entry; returns what was done, line by line.

    Checks everything before writing anything, so a refused call changes nothing.
    """
    rel = page_path(path)
    files = {language: source_file(root, language, rel) for language in LANGUAGES}
    existing = [display_path(language, rel) for language, file in files.items() if file.exists()]
    if existing:
        raise SystemExit(f"{', '.join(existing)} already exists; edit it instead, or choose another path")
    config_file = root / "mkdocs.yml"
    config_text = config_file.read_text(encoding="utf-8")
    pages = navigation.nav_pages(config_text)
    anchor = page_path(after) if after else navigation.default_anchor(pages, rel)
    try:
        new_config = navigation.add_page(config_text, rel, anchor)
    except ValueError as error:
        raise SystemExit(f"mkdocs.yml: {error}") from None
    texts = {language: page_text(language, titles[language]) for language in LANGUAGES}

    for language, file in files.items():
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(texts[language], encoding="utf-8")
    config_file.write_text(new_config, encoding="utf-8")
    where = f"after {anchor}" if anchor else "at the end"
    return [
        *(f"created {display_path(language, rel)}" for language in LANGUAGES),
        f"mkdocs.yml: added '- {rel}' to the navigation ({where}); both languages use it",
        f"next: write both pages (replace the sample text, keep the heading IDs identical), run scripts/check, "
        f"and when the Lithuanian page says what the Latvian one says, run "
        f"'python3 scripts/translation.py mark {display_path('lt', rel)}'",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/new_page.py", description=__doc__.split("\n\n")[0],
                                     epilog='example: scripts/new_page.py guidelines/volunteers "Brīvprātīgie" "Savanoriai"')
    parser.add_argument("path", help="the page's path in both trees, e.g. guidelines/volunteers")
    parser.add_argument("lv_title", help="the Latvian title (H1)")
    parser.add_argument("lt_title", help="the Lithuanian title (H1)")
    parser.add_argument("--after", metavar="PAGE", help="list the page after this one in the navigation "
                                                        "(default: after the last page of the same folder)")
    args = parser.parse_args(argv)
    for line in create(REPO_ROOT, args.path, {"lv": args.lv_title, "lt": args.lt_title}, args.after):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
