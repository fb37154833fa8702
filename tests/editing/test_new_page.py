"""scripts/new_page.py: a new page in both languages that builds and is in both menus."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from scripts import navigation
from scripts.markdown_page import parse
from scripts.new_page import TEMPLATES, create, page_path, page_text
from scripts.spellcheck import check_markdown, load_wordlist
from tests.support.build import build, copy_project

NAV = """site_name: x
# a comment that must survive
nav:
  - Sākums: index.md
  - Vadlīnijas:
      - guidelines/index.md
      - guidelines/planning.md
      - Pielikums: guidelines/checklist.md  # keep this comment
      - glossary.md
  - Projekts:
      - about/index.md

markdown_extensions:
  - toc
"""


def test_a_page_goes_after_the_last_page_of_its_folder():
    pages = navigation.nav_pages(NAV)
    assert navigation.default_anchor(pages, "guidelines/volunteers.md") == "guidelines/checklist.md"
    result = navigation.add_page(NAV, "guidelines/volunteers.md", "guidelines/checklist.md")
    assert result.splitlines()[8] == "      - guidelines/volunteers.md"
    assert navigation.nav_pages(result) == ["index.md", "guidelines/index.md", "guidelines/planning.md",
                                             "guidelines/checklist.md", "guidelines/volunteers.md", "glossary.md",
                                             "about/index.md"]
    # Nothing else changes: one line more, comments kept.
    assert [line for line in result.splitlines() if line != "      - guidelines/volunteers.md"] == NAV.splitlines()


def test_a_page_of_a_new_folder_goes_to_the_end_of_the_navigation():
    assert navigation.default_anchor(navigation.nav_pages(NAV), "tools/budget.md") is None
    result = navigation.add_page(NAV, "tools/budget.md")
    assert navigation.nav_pages(result)[-1] == "tools/budget.md"
    assert "  - tools/budget.md\n\nmarkdown_extensions:" in result


def test_nav_line_finds_plain_and_titled_entries():
    assert navigation.nav_line(NAV, "guidelines/planning.md") == 7
    assert navigation.nav_line(NAV, "guidelines/checklist.md") == 8
    assert navigation.nav_line(NAV, "missing.md") is None


def test_a_page_already_listed_or_an_unknown_anchor_is_refused():
    with pytest.raises(ValueError, match="already in the navigation"):
        navigation.add_page(NAV, "glossary.md")
    with pytest.raises(ValueError, match="not in the navigation"):
        navigation.add_page(NAV, "guidelines/volunteers.md", "guidelines/nothing.md")


@pytest.mark.parametrize("path, expected", [("guidelines/volunteers", "guidelines/volunteers.md"),
                                            ("guidelines/volunteers.md", "guidelines/volunteers.md"),
                                            ("docs_lt/guidelines/volunteers.md", "guidelines/volunteers.md"),
                                            ("glossary-2", "glossary-2.md")])
def test_page_paths_are_normalised(path, expected):
    assert page_path(path) == expected


@pytest.mark.parametrize("path, reason", [("guidelines/Brīvprātīgie", "lower-case English words"),
                                          ("guidelines/two words", "lower-case English words"),
                                          ("ai/tools", "two-letter name"),
                                          ("", "lower-case English words")])
def test_unusable_paths_are_refused_with_the_reason(path, reason):
    with pytest.raises(SystemExit, match=reason):
        page_path(path)


@pytest.mark.parametrize("language", ["lv", "lt"])
def test_the_sample_text_passes_the_spelling_check(language):
    text = page_text(language, {"lv": "Brīvprātīgie", "lt": "Savanoriai"}[language])
    assert check_markdown(text, language, load_wordlist(language)) == []
    assert text.startswith("---\ndescription: ")
    assert "{#overview}" in text


def test_both_templates_have_the_same_headings_and_ids():
    shapes = [[(h.level, h.explicit_id) for h in parse(page_text(language, "X")).headings] for language in TEMPLATES]
    assert shapes[0] == shapes[1] == [(1, None), (2, "overview")]


def test_existing_pages_are_never_overwritten(tmp_path):
    (tmp_path / "docs" / "guidelines").mkdir(parents=True)
    (tmp_path / "docs_lt" / "guidelines").mkdir(parents=True)
    (tmp_path / "mkdocs.yml").write_text(NAV, encoding="utf-8")
    (tmp_path / "docs_lt" / "guidelines" / "volunteers.md").write_text("keep me", encoding="utf-8")
    with pytest.raises(SystemExit, match="already exists"):
        create(tmp_path, "guidelines/volunteers", {"lv": "Brīvprātīgie", "lt": "Savanoriai"})
    assert not (tmp_path / "docs" / "guidelines" / "volunteers.md").exists()
    assert (tmp_path / "docs_lt" / "guidelines" / "volunteers.md").read_text(encoding="utf-8") == "keep me"
    assert (tmp_path / "mkdocs.yml").read_text(encoding="utf-8") == NAV


@pytest.mark.slow
def test_the_new_page_builds_and_is_in_both_navigations(tmp_path):
    project = copy_project(tmp_path / "project")
    before = (project / "mkdocs.yml").read_text(encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "scripts/new_page.py", "guidelines/volunteers", "Brīvprātīgie", "Savanoriai"],
        cwd=project, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "created docs/guidelines/volunteers.md" in result.stdout
    assert "created docs_lt/guidelines/volunteers.md" in result.stdout

    after = (project / "mkdocs.yml").read_text(encoding="utf-8")
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert added == ["      - guidelines/volunteers.md"]

    built = build(project, tmp_path / "site")
    assert built.returncode == 0, built.output
    assert built.problems == []
    site = tmp_path / "site"
    for language, prefix, title in (("lv", "", "Brīvprātīgie"), ("lt", "lt/", "Savanoriai")):
        page = (site / prefix / "guidelines" / "volunteers" / "index.html").read_text(encoding="utf-8")
        assert f'<html lang="{language}"' in page
        assert re.search(r'<h1 id="[^"]*">' + title, page), f"{language}: no H1 '{title}'"
        assert 'id="overview"' in page
        # In the menu of every page of that language, e.g. the home page.
        home = (site / prefix / "index.html").read_text(encoding="utf-8")
        assert re.search(r'href="guidelines/volunteers/"[^>]*>\s*(?:<span[^>]*>\s*)?' + title, home), \
            f"{language}: '{title}' is not in the navigation"
