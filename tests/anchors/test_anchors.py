"""Published section IDs keep working: a renamed ID needs an entry in
includes/anchors.yml, which the build checks and the page follows in the browser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scripts import anchors
from scripts.site_pages import load_site
from tests.support.build import REPO_ROOT, build, copy_project
from tests.support.server import SiteServer

OLD, NEW = "recruitment", "rural-recruitment"
PAGE = "guidelines/personnel.md"


def test_every_section_id_of_the_site_is_recorded_and_the_list_is_clean():
    """The committed list knows every current ID, so a rename is caught from now on."""
    site = load_site(REPO_ROOT)
    anchor_list = anchors.AnchorList(REPO_ROOT)
    assert anchors.check(site, anchor_list) == []
    for rel in site.rel_paths():
        _, headings = anchors.section_ids(site, rel)
        missing = [h.explicit_id for h in headings if h.explicit_id not in anchor_list.published.get(rel, [])]
        assert missing == [], f"{rel}: run scripts/anchors.py record ({missing})"


def rename_everywhere(project: Path) -> None:
    """Rename the section in both languages and update the site's own links to it, as an editor would."""
    pattern = re.compile(rf"(personnel\.md)?#{OLD}\b")
    for tree in ("docs", "docs_lt"):
        for path in (project / tree / "guidelines").glob("*.md"):
            text = path.read_text(encoding="utf-8")
            if path.name == "personnel.md":
                text = text.replace(f"{{#{OLD}}}", f"{{#{NEW}}}")
            path.write_text(pattern.sub(lambda m: f"{m.group(1) or ''}#{NEW}", text), encoding="utf-8")


def add_alias(project: Path) -> None:
    path = project / anchors.ANCHORS_FILE
    text = path.read_text(encoding="utf-8")
    assert "renamed: {}" in text
    path.write_text(text.replace("renamed: {}", f"renamed:\n  {PAGE}:\n    {OLD}: {NEW}"), encoding="utf-8")


@pytest.fixture(scope="module")
def renamed_project(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("anchors") / "project")
    rename_everywhere(project)
    return project


@pytest.mark.slow
def test_a_renamed_id_without_an_alias_fails_the_build_naming_the_heading(renamed_project, tmp_path):
    result = build(renamed_project, tmp_path / "site")
    assert result.returncode != 0
    line = next(n for n, text in enumerate((renamed_project / "docs" / PAGE).read_text().splitlines(), 1)
                if f"{{#{NEW}}}" in text)
    expected = (f"WARNING -  docs/{PAGE}:{line}: section ID '{OLD}' is gone, but it was published and links to "
                f"#{OLD} would break; if you renamed it, add '{OLD}: {NEW}' under 'renamed: {PAGE}:' in "
                f"includes/anchors.yml; otherwise put {{#{OLD}}} back on its heading here and in docs_lt/{PAGE}")
    assert expected in result.output.splitlines()
    assert len(result.problems) == 1, "\n".join(result.problems)


@pytest.mark.slow
def test_with_the_alias_the_build_passes_and_the_old_anchor_opens_the_section(renamed_project, tmp_path, browser,
                                                                             site_path_prefix):
    add_alias(renamed_project)
    result = build(renamed_project, tmp_path / "site")
    assert result.returncode == 0 and result.problems == [], result.output
    with SiteServer(tmp_path / "site", site_path_prefix) as server:
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        for language in ("", "lt/"):
            page.goto(f"{server.base_url}{language}guidelines/personnel/#{OLD}")
            page.wait_for_function(f"() => location.hash === '#{NEW}'")
            top = page.evaluate(f"() => document.getElementById('{NEW}').getBoundingClientRect().top")
            assert 0 <= top < 300, f"/{language}guidelines/personnel/#{OLD}: the section is not in view ({top})"
            # A link followed on the same page (hashchange) is sent on too.
            page.evaluate("() => { window.scrollTo(0, 0); location.hash = 'recruitment'; }")
            page.wait_for_function(f"() => location.hash === '#{NEW}'")
        page.close()


def parse(tmp_path: Path, text: str) -> anchors.AnchorList:
    (tmp_path / "includes").mkdir(exist_ok=True)
    (tmp_path / anchors.ANCHORS_FILE).write_text(text, encoding="utf-8")
    return anchors.AnchorList(tmp_path)


def test_a_wrong_alias_is_reported_at_its_line(tmp_path):
    site = load_site(REPO_ROOT)
    text = (REPO_ROOT / anchors.ANCHORS_FILE).read_text(encoding="utf-8").replace(
        "renamed: {}", f"renamed:\n  {PAGE}:\n    {OLD}: no-such-id\n    roles: supervision")
    messages = [f.format() for f in anchors.check(site, parse(tmp_path, text))]
    line = text.splitlines().index("    recruitment: no-such-id") + 1
    assert (f"includes/anchors.yml:{line}: 'recruitment' is renamed to 'no-such-id', but docs/{PAGE} has no "
            f"section {{#no-such-id}}; write the ID that the heading has now") in messages
    assert (f"includes/anchors.yml:{line}: 'recruitment' is renamed, but docs/{PAGE} still has a section "
            f"{{#recruitment}}; remove this line or rename that heading") in messages
    assert any(m.startswith(f"includes/anchors.yml:{line + 1}: 'roles' is renamed, but") for m in messages)


def test_a_broken_list_is_one_line_not_a_crash(tmp_path):
    found = parse(tmp_path, "renamed:\n  guidelines/x.md:\n    old: [unclosed\n").problems
    assert len(found) == 1 and found[0].path == "includes/anchors.yml" and "not valid YAML" in found[0].message


def test_the_redirect_script_escapes_what_it_embeds():
    script = anchors.redirect_script({"a": "</script><b>"})
    assert script.count("</script>") == 1 and "<\\/script>" in script
