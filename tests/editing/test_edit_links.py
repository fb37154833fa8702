"""The edit button: on every page, it opens that page's own file of its own language tree
in the repository's web editor, and it costs the reader no request to another host."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from scripts.edit_links import edit_root, edit_url, repository_url
from scripts.languages import REPO_ROOT
from tests.test_site_build import html_path, page_paths

REPOSITORY = "https://github.com/zemgale-planning-region/octopus-guidelines"
EDIT_LINK = re.compile(r'<a href="([^"]+)" title="[^"]*" class="md-content__button md-icon" rel="edit"')


def mkdocs_config_site_url() -> str:
    """The default site_url of mkdocs.yml (the value is wrapped in !ENV, which the test loader drops)."""
    text = (REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    return re.search(r'^site_url: .*?"(https?://[^"]+)"', text, re.MULTILINE).group(1)


@pytest.fixture(scope="module")
def edit_uri(mkdocs_config) -> str:
    return mkdocs_config["edit_uri"]


def test_the_rule_maps_each_language_to_its_own_tree():
    uri = f"{REPOSITORY}/edit/main/docs/"
    assert edit_url(uri, "guidelines/personnel.md") == f"{REPOSITORY}/edit/main/docs/guidelines/personnel.md"
    assert edit_url(uri, "lt/guidelines/personnel.md") == f"{REPOSITORY}/edit/main/docs_lt/guidelines/personnel.md"
    assert edit_url(uri, "index.md") == f"{REPOSITORY}/edit/main/docs/index.md"
    assert edit_url(uri, "lt/index.md") == f"{REPOSITORY}/edit/main/docs_lt/index.md"
    assert repository_url(uri) == REPOSITORY


def test_an_edit_uri_that_is_not_the_docs_folder_is_refused():
    with pytest.raises(ValueError, match="must end with /docs/"):
        edit_root(f"{REPOSITORY}/edit/main/")
    with pytest.raises(ValueError, match="/edit/"):
        repository_url("https://example.org/docs/")


def test_configuration_shows_the_button_without_repo_url(mkdocs_config, edit_uri):
    assert "content.action.edit" in mkdocs_config["theme"]["features"]
    assert "scripts/hooks/edit_links.py" in mkdocs_config["hooks"]
    # repo_url would make every reader's browser ask api.github.com about the repository.
    assert "repo_url" not in mkdocs_config
    assert edit_uri == f"{REPOSITORY}/edit/main/docs/"


def test_the_repository_address_is_configured_in_one_place():
    """Only mkdocs.yml names the repository; hooks, templates and workflows derive it."""
    host_path = "github.com/zemgale-planning-region/octopus-guidelines"
    config_lines = [line for line in (REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
                    if host_path in line and not line.lstrip().startswith("#")]
    assert len(config_lines) == 1, config_lines
    for folder in ("scripts", "overrides", ".github", "includes"):
        for path in (REPO_ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix in (".py", ".html", ".yml", ".yaml", ".md", ".js"):
                assert host_path not in path.read_text(encoding="utf-8"), path


@pytest.mark.parametrize("md_path", page_paths("docs"))
def test_every_page_links_its_own_source_file(site_dir, edit_uri, md_path):
    root = edit_root(edit_uri)
    for language, tree in (("lv", "docs"), ("lt", "docs_lt")):
        html = html_path(site_dir, language, md_path).read_text(encoding="utf-8")
        links = EDIT_LINK.findall(html)
        assert links == [f"{root}{tree}/{md_path}"], f"{language} {md_path}: {links}"
        assert (REPO_ROOT / tree / md_path).is_file()


@pytest.mark.parametrize("path, file", [("guidelines/personnel/", "docs/guidelines/personnel.md"),
                                        ("lt/guidelines/personnel/", "docs_lt/guidelines/personnel.md"),
                                        ("lt/", "docs_lt/index.md")])
def test_button_is_shown_and_the_page_asks_no_other_host(page, site_server, browser_context, edit_uri, path, file):
    page.goto(site_server.base_url + path, wait_until="networkidle")
    page.wait_for_timeout(3000)  # Material fetches some things when the browser is idle
    button = page.locator('a.md-content__button[rel="edit"]')
    assert button.is_visible()
    assert button.get_attribute("href") == edit_root(edit_uri) + file
    assert page.locator(".md-source").count() == 0  # no repository widget (it would call api.github.com)
    # The test server stands in for the published site, so its own address (site_url) is not another host.
    own_host = urlsplit(mkdocs_config_site_url()).netloc
    other_hosts = [url for url in browser_context.external_requests.blocked if urlsplit(url).netloc != own_host]
    assert other_hosts == []


@pytest.mark.slow
def test_an_edit_uri_without_docs_fails_the_strict_build_at_its_line(tmp_path):
    from tests.support.build import build, copy_project

    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("/edit/main/docs/", "/edit/main/"), encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if row.startswith("edit_uri:"))
    result = build(project, tmp_path / "site")
    assert result.returncode == 1
    assert result.problems == [f"WARNING -  mkdocs.yml:{line}: edit_uri '{REPOSITORY}/edit/main/' must end with "
                               f"/docs/ (the web editor's address of docs/); the edit buttons are left out until "
                               f"it is fixed"]
