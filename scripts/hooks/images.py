"""MkDocs hook: every image has alt text and stays light (see scripts/images.py).

Problems are reported as `file:line:` warnings, all of a language build at once
and sorted, so that `mkdocs build --strict` fails and `mkdocs serve` keeps serving.
"""

import logging
import os
import sys
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts.images import alt_problems, images, weight_problem  # noqa: E402
from scripts.languages import display_path, language_of, relative_path  # noqa: E402

log = logging.getLogger("mkdocs.plugins.images")
_problems: list[tuple[str, int, str]] = []


def on_pre_build(config):
    _problems.clear()


def on_page_content(html, page, config, files):
    src_uri = page.file.src_uri
    path = display_path(language_of(src_uri), relative_path(src_uri))
    source = page.file.content_string
    found = alt_problems(html, source)
    by_url = {file.url: file for file in files.media_files()}
    for image in images(html):
        src = image.get("src", "")
        if not src or urlsplit(src).scheme or src.startswith("//"):
            continue
        url = unquote(urlsplit(urljoin("/" + page.url, src)).path).lstrip("/")
        file = by_url.get(url)
        # A language build may leave the shared assets of docs/ out of its files.
        path_on_disk = file.abs_src_path if file is not None else os.path.join(config.docs_dir, url)
        if path_on_disk and os.path.isfile(path_on_disk):
            problem = weight_problem(src, os.path.getsize(path_on_disk), source)
            if problem:
                found.append(problem)
    _problems.extend((path, problem.line, problem.format(path)) for problem in found)
    return html


def on_env(env, config, files):
    for _path, _line, message in sorted(_problems):
        log.warning(message)
    _problems.clear()
    return env
