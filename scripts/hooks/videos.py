"""MkDocs hook: turn `::video <ID> "Title"` lines into local video placeholders.

The syntax, the ID check and the HTML live in scripts/videos.py. This adapter
replaces the lines page by page and reports every bad video line of a language
build at once (one warning per line, sorted by file), after all pages have been
read, so that `mkdocs build --strict` fails and `mkdocs serve` keeps serving.
"""

import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mkdocs.utils.meta import get_data  # noqa: E402

from scripts.languages import display_path, language_of, relative_path  # noqa: E402
from scripts.videos import replace  # noqa: E402

# Under "mkdocs." so that --strict counts the warnings; the message starts with file:line.
log = logging.getLogger("mkdocs.plugins.videos")
_problems: list[tuple[str, int, str]] = []


def on_pre_build(config):
    _problems.clear()


def on_page_markdown(markdown, page, config, files):
    src_uri = page.file.src_uri
    language = language_of(src_uri)
    markdown, problems = replace(markdown, language, _first_body_line(page.file.content_string))
    path = display_path(language, relative_path(src_uri))
    _problems.extend((path, problem.line, problem.format(path)) for problem in problems)
    return markdown


def on_env(env, config, files):
    # Every page of this language build has been read by now.
    for _path, _line, message in sorted(_problems):
        log.warning(message)
    _problems.clear()
    return env


def _first_body_line(source: str) -> int:
    """Source line number of the first line MkDocs passes on after the front matter."""
    body, _meta = get_data(source)
    return source[: len(source) - len(body)].count("\n") + 1
