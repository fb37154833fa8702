"""What an editor reads and uses to contribute: the guide in three languages, the
pre-commit hook, the pull-request and issue templates."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import yaml

from scripts.languages import REPO_ROOT
from scripts.markdown_page import parse

GUIDES = ("CONTRIBUTING.md", "README.md", "docs/about-site/contributing.md", "docs_lt/about-site/contributing.md")
# The topics of the site's guide, by section ID (the same in both languages).
TOPICS = ["edit-in-browser", "work-locally", "set-up", "preview", "run-the-check", "submit", "new-page",
          "page-format", "front-matter", "headings", "links", "videos", "abbreviations", "admonitions", "numbers",
          "check-messages", "translation-freshness", "after-submitting"]
ABOUT_SITE_PAGES = ["contributing.md", "translation-status.md", "accessibility.md", "privacy.md"]
SCRIPT_PATH = re.compile(r"(?<![\w/.])((?:scripts|\.ci)/[\w./-]*[\w])")


@pytest.mark.parametrize("guide", GUIDES)
def test_every_script_a_guide_names_exists(guide):
    text = (REPO_ROOT / guide).read_text(encoding="utf-8")
    named = set(SCRIPT_PATH.findall(text))
    assert named, guide
    missing = sorted(path for path in named if not (REPO_ROOT / path).exists())
    assert missing == [], f"{guide} names {missing}"


@pytest.mark.parametrize("tree", ["docs", "docs_lt"])
def test_the_site_guide_covers_every_topic_in_both_languages(tree):
    page = parse((REPO_ROOT / tree / "about-site" / "contributing.md").read_text(encoding="utf-8"))
    assert [heading.explicit_id for heading in page.headings if heading.level > 1] == TOPICS
    assert page.meta["description"]


@pytest.mark.parametrize("tree", ["docs", "docs_lt"])
def test_the_about_site_overview_links_each_page_of_its_section(tree):
    text = (REPO_ROOT / tree / "about-site" / "index.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([\w-]+\.md)(?:#[\w-]+)?\)", text)
    assert [link for link in dict.fromkeys(links)] == ABOUT_SITE_PAGES


def test_pre_commit_runs_whitespace_yaml_and_the_check():
    path = REPO_ROOT / ".pre-commit-config.yaml"
    result = subprocess.run([sys.executable, "-m", "pre_commit", "validate-config", str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    hooks = {hook["id"]: hook for repo in yaml.safe_load(path.read_text(encoding="utf-8"))["repos"]
             for hook in repo["hooks"]}
    assert {"trailing-whitespace", "end-of-file-fixer", "check-yaml"} <= hooks.keys()
    check = hooks["scripts-check"]
    assert check["entry"] == "scripts/check" and check["language"] == "system" and check["pass_filenames"] is False
    assert (REPO_ROOT / "scripts" / "check").stat().st_mode & 0o111
    assert re.search(check["files"], "docs_lt/guidelines/planning.md") and re.search(check["files"], "mkdocs.yml")


def test_pull_request_checklist_is_in_latvian_lithuanian_and_english():
    text = (REPO_ROOT / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    items = re.findall(r"^- \[ \] \*\*LV:\*\* .+\n\s+\*\*LT:\*\* .+\n\s+\*\*EN:\*\* .+$", text, re.MULTILINE)
    assert len(items) == text.count("- [ ]") >= 4
    assert "scripts/check" in text and "scripts/translation.py mark" in text


@pytest.mark.parametrize("name, title", [("error-in-text.yml", "Error in the text"),
                                         ("new-material.yml", "New material")])
def test_issue_templates_are_valid_forms_in_three_languages(name, title):
    path = REPO_ROOT / ".github" / "ISSUE_TEMPLATE" / name
    result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema",
                             "vendor.github-issue-forms", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    form = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert form["name"].endswith(title) and form["name"].count(" / ") == 2
    intro = form["body"][0]["attributes"]["value"]
    assert all(f"**{code}:**" in intro for code in ("LV", "LT", "EN"))
    for field in form["body"][1:]:
        assert field["attributes"]["label"].count(" / ") == 2, field["id"]
