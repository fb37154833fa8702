"""MkDocs hook: each language gets its own search index (see scripts/search_index.py).

mkdocs-static-i18n builds Latvian, builds Lithuanian inside Latvian's
`on_post_build` (priority -100), then writes the stacked index of both, from
which it drops Lithuanian entries identical to Latvian ones. This runs after
it, at the end of each language's build. The Lithuanian build sees only its own
entries and writes `lt/search/search_index.json`; the outer Latvian build then
sees the stacked entries and writes `search/search_index.json` from its own,
leaving the Lithuanian index as its build wrote it.
"""

import sys
from pathlib import Path

from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts.search_index import entries_by_language, language_root, write_language_index  # noqa: E402

_written: set[str] = set()  # languages whose index this build has written


def on_pre_build(config):
    _written.clear()


def on_env(env, config, files):
    """Tell overrides/main.html where this language's site starts ("" or "lt")."""
    env.globals["language_root"] = language_root(config.theme.get("language")).rstrip("/")
    return env


@event_priority(-200)
def on_post_build(config):
    search = config.plugins.get("material/search") or config.plugins.get("search")
    if search is None or not search.config.enabled:
        return
    for language, entries in entries_by_language(search.search_index.entries).items():
        if language not in _written:
            write_language_index(config.site_dir, entries, language, search.config)
            _written.add(language)
