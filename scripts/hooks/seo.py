"""MkDocs hook: descriptions, absolute hreflang alternates and robots.txt (see scripts/seo.py).

A page without its own `description:` fails `mkdocs build --strict` with one
`file:1:` warning per page (all of a language build at once, sorted);
`mkdocs serve` keeps serving.
"""

import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts.languages import display_path, language_of, relative_path  # noqa: E402
from scripts.seo import absolute_alternates, description_problem, robots_txt  # noqa: E402

log = logging.getLogger("mkdocs.plugins.seo")
_problems: list[str] = []


def on_pre_build(config):
    _problems.clear()


def on_page_markdown(markdown, page, config, files):
    problem = description_problem(page.meta, page.file.content_string)
    if problem:
        src_uri = page.file.src_uri
        _problems.append(f"{display_path(language_of(src_uri), relative_path(src_uri))}:1: {problem}")
    return markdown


def on_env(env, config, files):
    for message in sorted(_problems):
        log.warning(message)
    _problems.clear()
    return env


def on_post_page(output, page, config):
    return absolute_alternates(output, page.canonical_url)


def on_post_build(config):
    # Every language build writes the same file to the site's root; none goes to lt/.
    (Path(config.site_dir) / "robots.txt").write_text(robots_txt(config.site_url), encoding="utf-8")
