"""MkDocs hook: the edit button of a Lithuanian page opens docs_lt/<path>, not docs/lt/<path>.

The rule lives in scripts/edit_links.py; this adapter applies it to every page
before it is rendered (Material shows the button with `content.action.edit`).
"""

import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts.edit_links import edit_root, edit_url  # noqa: E402

log = logging.getLogger("mkdocs.plugins.edit_links")


def on_config(config):
    if config.edit_uri:
        try:
            edit_root(config.edit_uri, Path(config.docs_dir).name)
        except ValueError as error:
            log.warning(f"mkdocs.yml:{_line_of(config.config_file_path, 'edit_uri:')}: {error}; "
                        f"the edit buttons are left out until it is fixed")
            config.edit_uri = None
    return config


def _line_of(path, prefix: str) -> int:
    lines = Path(path).read_text(encoding="utf-8").splitlines() if path else []
    return next((number for number, line in enumerate(lines, start=1) if line.startswith(prefix)), 1)


def on_pre_page(page, config, files):
    if page.edit_url and config.edit_uri:
        page.edit_url = edit_url(config.edit_uri, page.file.src_uri, Path(config.docs_dir).name)
    return page
