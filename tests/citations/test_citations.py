"""Every page ends with a citation of itself, in its own language, and shows
when it was last changed according to git."""

from __future__ import annotations

import html
import re
import subprocess
from datetime import datetime, timezone

import pytest

from scripts.languages import REPO_ROOT
from tests.test_site_build import html_path, page_paths

CITATION = re.compile(r'<details class="citation" id="cite-this-page">(.*?)</details>', re.S)
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)"')
H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)
SUMMARY = {"lv": "Kā citēt šo lapu", "lt": "Kaip cituoti šį puslapį"}
AUTHOR = {"lv": "Zemgales plānošanas reģions / projekts OCTOPUS", "lt": "Žiemgalos planavimo regionas / projektas OCTOPUS"}


def text_of(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).replace("¶", "").strip()


@pytest.mark.parametrize("language", ["lv", "lt"])
@pytest.mark.parametrize("md_path", page_paths("docs"))
def test_page_has_citation_with_its_own_url_and_title(site_dir, md_path, language):
    page = html_path(site_dir, language, md_path).read_text(encoding="utf-8")
    box = CITATION.search(page)
    assert box, f"{language} {md_path}: no citation box"
    citation = html.unescape(box.group(1))
    url = CANONICAL.search(page).group(1)
    assert SUMMARY[language] in citation
    assert citation.count(url) == 2, "the reference and the BibTeX entry both carry the page URL"
    assert AUTHOR[language] in citation
    if md_path != "index.md":
        assert f" {text_of(H1.search(page).group(1))}. " in citation
    assert "@misc{octopus-" in citation and f"language     = {{{'latvian' if language == 'lv' else 'lithuanian'}}}" in citation


def git_date(path) -> str | None:
    out = subprocess.run(["git", "log", "-1", "--format=%at", "--", str(path)], cwd=REPO_ROOT,
                         capture_output=True, text=True).stdout.strip()
    if not out:
        return None
    return datetime.fromtimestamp(int(out), timezone.utc).date().isoformat()


@pytest.mark.parametrize("md_path", page_paths("docs"))
def test_last_updated_date_comes_from_git_in_the_page_language(site_dir, md_path):
    for language, tree in (("lv", "docs"), ("lt", "docs_lt")):
        source = REPO_ROOT / tree / md_path
        dirty = subprocess.run(["git", "status", "--porcelain", "--", str(source)], cwd=REPO_ROOT,
                               capture_output=True, text=True).stdout.strip()
        expected = git_date(source)
        if expected is None or dirty:
            pytest.skip(f"{source} has changes not committed yet: its date is not settled")
        page = html_path(site_dir, language, md_path).read_text(encoding="utf-8")
        assert f"atjaunināts {expected}" in page or f"atnaujinta {expected}" in page
        shown = re.search(r'git-revision-date-localized-plugin-date"[^>]*>([^<]+)<', page).group(1)
        year, month, day = expected.split("-")
        if language == "lv":
            assert shown.startswith(f"{year}. gada {int(day)}. "), shown
        else:
            assert shown.startswith(f"{year} m. ") and shown.endswith(f"{int(day)} d."), shown


def test_citation_has_copy_buttons_in_the_browser(page, site_server):
    page.goto(site_server.base_url + "lt/guidelines/")
    box = page.locator("#cite-this-page")
    box.locator("summary").click()
    buttons = box.locator("button[data-md-type=copy]")
    assert buttons.count() == 2
    assert buttons.first.get_attribute("title") == "Kopijuoti į iškarpinę"


def test_citation_cff_matches_the_site_version(mkdocs_config):
    import yaml

    cff = yaml.safe_load((REPO_ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["cff-version"] == "1.2.0"
    assert cff["version"] == mkdocs_config["extra"]["guidelines_version"]
    assert cff["title"] and cff["authors"] and cff["message"]
