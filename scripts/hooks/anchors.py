"""MkDocs hook: published section IDs keep working (scripts/anchors.py).

Checks `includes/anchors.yml` against both trees once per build (in the default
language's pass; findings are logged with the other checks, sorted by file),
and ends each page that has renamed IDs with the small script that sends
`#old-id` to `#new-id`.
"""

import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts import anchors  # noqa: E402
from scripts.findings import REPORT  # noqa: E402
from scripts.languages import DEFAULT, relative_path  # noqa: E402
from scripts.site_pages import load_site  # noqa: E402

log = logging.getLogger("mkdocs.plugins.anchors")
_renamed: anchors.Renamed = {}


def on_files(files, config):
    if config.theme.get("language", DEFAULT) == DEFAULT:  # mkdocs-static-i18n builds each language in turn
        root = Path(config.config_file_path).parent
        anchor_list = anchors.AnchorList(root)
        _renamed.clear()
        _renamed.update(anchor_list.renamed)
        REPORT.add(anchors.check(load_site(root, config.site_url or ""), anchor_list))
    return files


def on_env(env, config, files):
    REPORT.flush(log)
    return env


def on_page_content(html, page, config, files):
    renamed = _renamed.get(relative_path(page.file.src_uri))
    return html + anchors.redirect_script(renamed) if renamed else html
