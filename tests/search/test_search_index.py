"""One search index per language (scripts/search_index.py,
scripts/hooks/search_language.py, overrides/main.html)."""

from __future__ import annotations

import json
import re

from scripts.search_index import PIPELINE, entries_by_language, index_path, language_index

ENTRIES = [
    {"location": "", "title": "Sākums", "text": "a"},
    {"location": "#audience", "title": "Kam", "text": "b"},
    {"location": "guidelines/registration/", "title": "Reģistrācija", "text": "c"},
    {"location": "lt/", "title": "Pradžia", "text": "d"},
    {"location": "lt/guidelines/registration/#why-register", "title": "Kodėl", "text": "e"},
]
CONFIG_BASE = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.S)


def load_index(site_dir, language):
    return json.loads(index_path(site_dir, language).read_text(encoding="utf-8"))


def config_of(html: str) -> dict:
    return json.loads(CONFIG_BASE.search(html).group(1))


def test_entries_are_grouped_by_language_and_located_below_its_root():
    groups = entries_by_language(ENTRIES)
    assert [e["location"] for e in groups["lv"]] == ["", "#audience", "guidelines/registration/"]
    assert [e["location"] for e in groups["lt"]] == ["", "guidelines/registration/#why-register"]
    assert groups["lt"][1]["title"] == "Kodėl"


def test_index_names_its_language_and_every_step_of_our_pipeline():
    index = language_index([], "lt", {"separator": r"[\s\-]+", "fields": {"title": {"boost": 1000}}})
    assert index["config"]["lang"] == ["lt"]
    assert index["config"]["pipeline"] == PIPELINE == ["trimmer", "stopWordFilter", "stemmer"]


def test_each_language_has_its_own_index_with_only_its_pages(site_dir):
    lv, lt = load_index(site_dir, "lv"), load_index(site_dir, "lt")
    assert index_path(site_dir, "lt") == site_dir / "lt" / "search" / "search_index.json"
    assert lv["config"]["lang"] == ["lv"] and lt["config"]["lang"] == ["lt"]
    assert not any(doc["location"].startswith("lt/") for doc in lv["docs"] + lt["docs"])
    # the same pages, each index in its own language
    pages = lambda index: {d["location"] for d in index["docs"] if "#" not in d["location"]}
    assert pages(lv) == pages(lt)
    titles = lambda index: {d["location"]: d["title"] for d in index["docs"]}
    assert titles(lv)[""] == "Daudzfunkcionālo centru vadlīnijas"
    assert titles(lt)[""] == "Daugiafunkcinių centrų gairės"


def test_lithuanian_pages_search_from_the_lithuanian_root(site_dir):
    assert config_of((site_dir / "index.html").read_text(encoding="utf-8"))["base"] == "."
    assert config_of((site_dir / "guidelines/concept/index.html").read_text(encoding="utf-8"))["base"] == "../.."
    assert config_of((site_dir / "lt/index.html").read_text(encoding="utf-8"))["base"] == "../lt/"
    assert config_of((site_dir / "lt/guidelines/concept/index.html").read_text(encoding="utf-8"))["base"] == "../../../lt/"
    lt_404 = config_of((site_dir / "lt/404.html").read_text(encoding="utf-8"))["base"]
    assert lt_404.endswith("/lt/") and "//lt" not in lt_404


def test_our_lunr_language_files_are_shipped(site_dir):
    lunr = site_dir / "assets/javascripts/lunr"
    for name in ("min/lunr.lv.min.js", "min/lunr.lt.min.js", "baltic.js"):
        assert (lunr / name).is_file(), name
    # Material's own support file, loaded before ours, is still there
    assert (lunr / "min/lunr.stemmer.support.min.js").is_file()
