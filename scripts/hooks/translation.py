"""MkDocs hook: keep the two languages in step (scripts/parity.py, scripts/translation.py).

- Reports every parity problem (structure, videos, images, links, blocks,
  figures, front matter) and every outdated or never-marked translation, once
  per build (in the default language's pass), together with the link problems
  and sorted by file (scripts/findings.py). Problems are warnings, so
  `mkdocs build --strict` fails and `mkdocs serve` keeps serving; translation
  states are INFO lines.
- Replaces the `<!-- translation-status -->` line of a page (an HTML comment,
  which Markdown passes on) with the status table of every page, in that page's
  language, so the table is never stale.
- Puts a notice on an outdated translation, with a link to its source page.
"""

import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts import anchors, parity, translation  # noqa: E402
from scripts.findings import REPORT  # noqa: E402
from scripts.languages import DEFAULT, language_of, relative_path  # noqa: E402
from scripts.links import relative_url  # noqa: E402
from scripts.navigation import nav_paths  # noqa: E402
from scripts.site_pages import load_site, page_url  # noqa: E402

# Under "mkdocs." so that --strict counts the warnings; each message starts with file:line.
log = logging.getLogger("mkdocs.plugins.translation")
_states: dict[str, translation.PairState] = {}


def on_pre_build(config):
    REPORT.clear()


def on_files(files, config):
    if config.theme.get("language", DEFAULT) != DEFAULT and _states:
        return files  # mkdocs-static-i18n builds each language in turn; the default one came first
    root = Path(config.config_file_path).parent
    site = load_site(root, config.site_url or "")
    states = translation.pair_states(site)
    _states.clear()
    _states.update((state.rel, state) for state in states)
    REPORT.add(parity.check_site(site, anchors.AnchorList(root).renamed))  # renamed IDs: includes/anchors.yml
    REPORT.add(translation.freshness_findings(states, site))
    return files


def on_env(env, config, files):
    REPORT.flush(log)  # the first hook to get here logs the findings of all of them
    return env


def on_page_content(html, page, config, files):
    if translation.STATUS_MARKER in html:
        table = translation.status_table(list(_states.values()), language_of(page.file.src_uri), page.url,
                                         nav_paths(config.nav))
        html = translation.replace_marker(html, table)
    rel = relative_path(page.file.src_uri)
    state = _states.get(rel)
    if state is None or state.target != language_of(page.file.src_uri) or state.target_state != translation.OUTDATED:
        return html
    notice = translation.notice_html(state, relative_url(page.url, page_url(state.source, rel)))
    end = html.find("</h1>")
    return html[: end + 5] + notice + html[end + 5:] if end >= 0 else notice + html

