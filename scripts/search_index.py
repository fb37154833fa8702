"""One search index per language, so that each language's site searches only
its own pages, with its own stemmer.

mkdocs-static-i18n stacks every language's entries into the one index that
Material's search plugin writes at `search/search_index.json`. Here the entries
of one language become that language's index, at `search/search_index.json`
for Latvian and `lt/search/search_index.json` for Lithuanian, with locations
relative to the language's root and `config.lang` naming the language, so that
Material's search worker loads our lunr plugin for it
(overrides/assets/javascripts/lunr/min/lunr.<lang>.min.js). The Lithuanian
pages point their search at `lt/` (overrides/main.html, block `config`).
"""

from __future__ import annotations

import json
from pathlib import Path

from scripts.languages import DEFAULT, language_of

# Every step of our lunr plugin; Material removes the ones not named here.
PIPELINE = ["trimmer", "stopWordFilter", "stemmer"]


def language_root(language: str) -> str:
    """The folder a language's pages live in, relative to the site: "" or "lt/"."""
    return "" if language == DEFAULT else f"{language}/"


def entries_by_language(entries: list[dict]) -> dict[str, list[dict]]:
    """Entries grouped by language, in their order, located relative to the
    language's root (`lt/guidelines/x/#id` -> `guidelines/x/#id` in "lt")."""
    groups: dict[str, list[dict]] = {}
    for entry in entries:
        language = language_of(entry["location"])
        location = entry["location"][len(language_root(language)):]
        groups.setdefault(language, []).append({**entry, "location": location})
    return groups


def language_index(docs: list[dict], language: str, search_config: dict) -> dict:
    """The search index of one language, in the form Material's worker reads;
    `docs` are entries located relative to the language's root."""
    config = {
        "lang": [language],
        "separator": search_config["separator"],
        "pipeline": PIPELINE,
        "fields": search_config["fields"],
    }
    return {"config": config, "docs": docs}


def index_path(site_dir: Path, language: str) -> Path:
    return Path(site_dir) / language_root(language) / "search" / "search_index.json"


def write_language_index(site_dir: Path, docs: list[dict], language: str, search_config: dict) -> Path:
    """Write the index of `language` where its pages look for it; returns the path."""
    path = index_path(site_dir, language)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = language_index(docs, language, search_config)
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str), encoding="utf-8")
    return path
