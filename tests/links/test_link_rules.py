"""The link rules on a tiny two-language site, without a build (the hook and the CLI share them)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from scripts import links, parity
from scripts.site_pages import load_site, page_url, url_to_source
from tests.support.build import REPO_ROOT

PAGES = {
    "docs/index.md": "# Sākums\n\n[Plānošana](guidelines/planning.md#needs).\n",
    "docs/guidelines/planning.md": "# Plānošana\n\n## Vajadzības {#needs}\n\nTeksts.\n",
    "docs_lt/index.md": "# Pradžia\n\n[Planavimas](guidelines/planning.md#needs).\n",
    "docs_lt/guidelines/planning.md": "# Planavimas\n\n## Poreikiai {#needs}\n\nTekstas.\n",
}


@pytest.fixture
def site(tmp_path):
    for path, text in PAGES.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    return tmp_path


def test_addresses_of_pages():
    assert page_url("lv", "index.md") == ""
    assert page_url("lt", "guidelines/index.md") == "lt/guidelines/"
    assert page_url("lt", "guidelines/planning.md") == "lt/guidelines/planning/"
    assert links.relative_url("guidelines/planning/", "lt/guidelines/planning/") == "../../lt/guidelines/planning/"
    assert links.relative_url("lt/", "") == "../"
    assert links.relative_url("", "lt/") == "lt/"


def test_the_two_languages_link_the_same_target(site):
    loaded = load_site(site)
    assert url_to_source(loaded, "lt/guidelines/planning/") == ("lt", "guidelines/planning.md", "page")
    lv = links.internal_key(loaded, "lv", "index.md", "guidelines/planning.md#needs")
    lt = links.internal_key(loaded, "lt", "index.md", "guidelines/planning.md#needs")
    assert lv == lt == "guidelines/planning.md#needs"
    assert (links.internal_key(loaded, "lv", "guidelines/planning.md", "../../lt/guidelines/planning/#needs")
            == links.internal_key(loaded, "lt", "guidelines/planning.md", "../../../guidelines/planning/#needs")
            == "other-language:guidelines/planning.md#needs")
    assert links.check_site(loaded) == []


def test_renamed_heading_ids_can_be_plugged_in(site):
    """A later issue adds a list of renamed heading IDs; both checks already take it."""
    (site / "docs_lt/index.md").write_text("# Pradžia\n\n[Planavimas](guidelines/planning.md#needs).\n")
    (site / "docs/guidelines/planning.md").write_text("# Plānošana\n\n## Vajadzības {#needs-assessment}\n")
    (site / "docs/index.md").write_text("# Sākums\n\n[Plānošana](guidelines/planning.md#needs).\n")
    loaded = load_site(site)
    renamed = {"guidelines/planning.md": {"needs": "needs-assessment"}}
    assert [f.format() for f in links.check_page(loaded, "lv", "index.md", renamed=renamed)] == [
        "docs/index.md:3: link 'guidelines/planning.md#needs' points to section #needs of "
        "docs/guidelines/planning.md, which was renamed to #needs-assessment; link '#needs-assessment'"]
    findings = [f.format() for f in parity.check_site(loaded, renamed) if f.path.endswith("planning.md")]
    assert findings == [
        "docs_lt/guidelines/planning.md:3: heading ID 'needs' was renamed to 'needs-assessment' "
        "(docs/guidelines/planning.md:3); change it to {#needs-assessment}"]


def test_command_line_checks_internal_links_offline(tmp_path):
    """scripts/check_links.py without --external: the build's link check, from a shell."""
    project = tmp_path / "project"
    shutil.copytree(REPO_ROOT / "scripts", project / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    for path, text in PAGES.items():
        (project / path).parent.mkdir(parents=True, exist_ok=True)
        (project / path).write_text(text.replace("#needs)", "#need)") if path == "docs/index.md" else text)
    result = subprocess.run([sys.executable, "scripts/check_links.py"], cwd=project, capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stdout == ("docs/index.md:3: link 'guidelines/planning.md#need' points to #need, which is not an "
                             "ID on docs/guidelines/planning.md; did you mean '#needs'?\n")
