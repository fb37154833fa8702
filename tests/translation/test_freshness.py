"""Translation freshness: the hash, `scripts/translation.py mark/status/diff`, and what the build does.

The build tests change a marked source page in a copy of the project and look
at the build's messages, the published translation (a visible notice, in
Chromium) and the status table of the site.
"""

from __future__ import annotations

import re
import subprocess

import pytest

from scripts.translation import body_hash, set_record
from tests.support.browser import ExternalRequestLog
from tests.support.checks import (FOLDER, TEMPLATE_LT, TEMPLATE_LV, build_project, line_of, make_project,
                                  mark_fixture, messages_for, translation_cli, write_pair)
from tests.support.server import SiteServer

pytestmark = pytest.mark.slow
LV, LT = f"docs/{FOLDER}", f"docs_lt/{FOLDER}"


# --- the command line ----------------------------------------------------------

def test_mark_status_and_diff(tmp_path):
    project = make_project(tmp_path / "project")
    write_pair(project, "page", TEMPLATE_LV, TEMPLATE_LT)
    git = ["git", "-c", "user.name=T", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false"]
    subprocess.run(git + ["add", "-A"], cwd=project, check=True)
    subprocess.run(git + ["commit", "-qm", "page"], cwd=project, check=True)

    status = translation_cli(project, "status")
    assert re.search(rf"^{FOLDER}/page\.md\s+source\s+\d+\s+never marked\s+\d+$", status.stdout, re.M), status.stdout
    assert translation_cli(project, "status", "--check").returncode == 1

    result = translation_cli(project, "mark", f"docs_lt/{FOLDER}/page.md")
    digest = body_hash(TEMPLATE_LV)
    assert result.stdout.strip() == (f"docs_lt/{FOLDER}/page.md: marked as the translation of "
                                     f"docs/{FOLDER}/page.md (hash {digest})")
    assert f"translation:\n  source: lv\n  hash: {digest}\n---" in (project / LT / "page.md").read_text()
    assert re.search(rf"^{FOLDER}/page\.md\s+source\s+\d+\s+in step\s+\d+$",
                     translation_cli(project, "status").stdout, re.M)

    (project / LV / "page.md").write_text(TEMPLATE_LV.replace("Vispirms izlasiet", "Vispirms rūpīgi izlasiet"))
    assert re.search(rf"^{FOLDER}/page\.md\s+source\s+\d+\s+outdated\s+\d+$",
                     translation_cli(project, "status").stdout, re.M)
    diff = translation_cli(project, "diff", f"docs_lt/{FOLDER}/page.md").stdout
    assert "-1. Vispirms izlasiet [mērķi](other.md#target)." in diff
    assert "+1. Vispirms rūpīgi izlasiet [mērķi](other.md#target)." in diff

    # The direction is per page: marking the Latvian page makes Lithuanian the source.
    result = translation_cli(project, "mark", f"docs/{FOLDER}/page.md")
    assert "is now the source" in result.stdout
    assert "translation:" not in (project / LT / "page.md").read_text()
    assert re.search(rf"^{FOLDER}/page\.md\s+in step\s+\d+\s+source\s+\d+$",
                     translation_cli(project, "status").stdout, re.M)


# --- the build -------------------------------------------------------------------

@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("freshness") / "project")
    for name in ("outdated", "in-step", "reversed", "both-marked"):
        write_pair(project, name, TEMPLATE_LV, TEMPLATE_LT)
    mark_fixture(project)
    write_pair(project, "never-marked", TEMPLATE_LV, TEMPLATE_LT)
    # The Latvian source changes after the Lithuanian page was marked: a word, not the structure.
    (project / LV / "outdated.md").write_text(TEMPLATE_LV.replace("Vispirms izlasiet", "Vispirms rūpīgi izlasiet"))
    # Here the Latvian page is the translation, and the Lithuanian source changes.
    assert translation_cli(project, "mark", f"docs/{FOLDER}/reversed.md").returncode == 0
    (project / LT / "reversed.md").write_text(TEMPLATE_LT.replace("Pirmiausia", "Visų pirma"))
    lv_both = project / LV / "both-marked.md"
    lv_both.write_text(set_record(lv_both.read_text(), {"source": "lt", "hash": "0123456789ab"}))
    site = tmp_path_factory.mktemp("freshness-site")
    result = build_project(project, site)
    return project, result, site


def test_outdated_translation_is_reported_as_information(built):
    project, result, _site = built
    line = line_of(project, f"{LT}/outdated.md", "translation:")
    old = body_hash(TEMPLATE_LV)
    new = body_hash(TEMPLATE_LV.replace("Vispirms izlasiet", "Vispirms rūpīgi izlasiet"))
    assert messages_for(result, "outdated") == {
        f"INFO {LT}/outdated.md:{line}: translation outdated: {LV}/outdated.md has changed since this page was "
        f"marked (hash {old}, now {new}); see the changes with 'python3 scripts/translation.py diff "
        f"{LT}/outdated.md', update this page, then run 'python3 scripts/translation.py mark {LT}/outdated.md'"}
    assert messages_for(result, "in-step") == set()


def test_never_marked_translation_is_reported_as_information(built):
    _project, result, _site = built
    assert messages_for(result, "never-marked") == {
        f"INFO {LT}/never-marked.md:1: translation never marked: when this page says what {LV}/never-marked.md "
        f"says, run 'python3 scripts/translation.py mark {LT}/never-marked.md' so that later changes there are "
        f"noticed"}


def test_outdated_and_never_marked_do_not_fail_the_strict_build(built):
    _project, result, _site = built
    assert result.returncode != 0  # only because of the pair that is marked both ways:
    warnings = [line for line in result.problems if f"/{FOLDER}/" in line]
    assert [line for line in warnings if "both-marked" not in line] == []


def test_both_pages_marked_as_translations_is_a_problem(built):
    project, result, _site = built
    line = line_of(project, f"{LT}/both-marked.md", "translation:")
    assert messages_for(result, "both-marked") == {
        f"WARNING {LT}/both-marked.md:{line}: both this page and {LV}/both-marked.md say they are translations "
        f"(front matter 'translation:'); run 'python3 scripts/translation.py mark' on the one that is the "
        f"translation"}


def test_reversed_direction_outdates_the_latvian_page(built):
    project, result, _site = built
    line = line_of(project, f"{LV}/reversed.md", "translation:")
    (message,) = messages_for(result, "reversed")
    assert message.startswith(f"INFO {LV}/reversed.md:{line}: translation outdated: {LT}/reversed.md has changed")


def _notice(html: str) -> str | None:
    match = re.search(r'<div class="admonition warning translation-outdated">.*?</div>', html, re.S)
    return match.group(0) if match else None


def test_only_outdated_translations_carry_the_notice(built):
    _project, _result, site = built
    notice = _notice((site / "lt" / FOLDER / "outdated" / "index.html").read_text())
    assert notice is not None
    assert "Vertimas gali būti pasenęs" in notice and 'href="../../../checks-fixture/outdated/"' in notice
    lv_notice = _notice((site / FOLDER / "reversed" / "index.html").read_text())
    assert "Tulkojums var būt novecojis" in lv_notice and 'href="../../lt/checks-fixture/reversed/"' in lv_notice
    for path in (f"lt/{FOLDER}/in-step", f"lt/{FOLDER}/never-marked", f"{FOLDER}/outdated", f"lt/{FOLDER}/reversed"):
        assert _notice((site / path / "index.html").read_text()) is None, path


@pytest.mark.browser
def test_reader_sees_the_notice_and_reaches_the_source(built, browser, site_path_prefix):
    _project, _result, site = built  # (requests to other hosts are blocked: the page works offline)
    with SiteServer(site, site_path_prefix) as server:
        context = browser.new_context()
        requests = ExternalRequestLog(server.origin)
        requests.attach(context)
        page = context.new_page()
        page.goto(server.base_url + f"lt/{FOLDER}/outdated/")
        notice = page.locator(".translation-outdated")
        assert notice.is_visible()
        # It comes right after the title, before the text.
        assert page.evaluate("document.querySelector('h1').nextElementSibling.classList.contains('translation-outdated')")
        notice.get_by_role("link", name="puslapį latvių kalba").click()
        page.wait_for_url(server.base_url + f"{FOLDER}/outdated/")
        assert page.locator("html").get_attribute("lang") == "lv"
        context.close()


def test_status_page_lists_every_page_with_its_state(built):
    _project, _result, site = built
    for language, path, outdated, never, source in (
            ("lt", site / "lt" / "about-site" / "translation-status" / "index.html", "pasenęs", "nepažymėtas", "šaltinis"),
            ("lv", site / "about-site" / "translation-status" / "index.html", "novecojis", "nav atzīmēts", "avots")):
        html = path.read_text()
        rows = [[re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
                for row in re.findall(r"<tr>\s*<td.*?</tr>", html, re.S)]
        links = re.findall(r'<td><a href="([^"]+)">', html)
        title = "Pavyzdys" if language == "lt" else "Paraugs"
        assert any(cells[0] == title and cells[1] == source and cells[3] == outdated for cells in rows)
        assert all(cells[2].isdigit() and cells[4].isdigit() for cells in rows)
        assert any(cells[3] == never for cells in rows)
        assert "../../checks-fixture/outdated/" in links
        assert "<!-- translation-status -->" not in html
        assert len(rows) >= 29 + 6  # every page of the site has a row
