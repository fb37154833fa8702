"""MkDocs hook: every internal link, image and #anchor must resolve (scripts/links.py).

The check runs on the Markdown sources of both languages once per build (in the
default language's pass) and its findings are logged together with the
translation checks, sorted by file (scripts/findings.py): warnings, so
`mkdocs build --strict` fails and `mkdocs serve` keeps serving. MkDocs' own
"target is not found" warning is lowered to INFO in mkdocs.yml (`validation:`),
so each broken link is reported once, with its line and a fix.
"""

import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts import anchors, links  # noqa: E402
from scripts.findings import REPORT  # noqa: E402
from scripts.languages import DEFAULT  # noqa: E402
from scripts.site_pages import load_site  # noqa: E402

log = logging.getLogger("mkdocs.plugins.links")


def on_files(files, config):
    if config.theme.get("language", DEFAULT) == DEFAULT:  # mkdocs-static-i18n builds each language in turn
        root = Path(config.config_file_path).parent
        site = load_site(root, config.site_url or "")
        REPORT.add(links.check_site(site, renamed=anchors.AnchorList(root).renamed))  # includes/anchors.yml
    return files


def on_env(env, config, files):
    REPORT.flush(log)
    return env
