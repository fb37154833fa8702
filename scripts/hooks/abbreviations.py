"""MkDocs hook: append the page language's shared abbreviation list to every page.

The lists live in `includes/abbreviations.<lang>.md` (one `*[ABBR]: meaning` per
line), so each abbreviation is explained once and shows as a tooltip on every
page of that language. pymdownx.snippets does the including.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts.languages import language_of  # noqa: E402


def on_page_markdown(markdown, page, config, files):
    language = language_of(page.file.src_uri)
    return f'{markdown}\n\n--8<-- "abbreviations.{language}.md"\n'
