"""Shared fixtures: one strict build of the real site per test session, a local
static server for it, and headless Chromium with the outside world blocked."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from tests.support.browser import CHROMIUM_ARGS, ExternalRequestLog, chromium_path
from tests.support.build import REPO_ROOT, build
from tests.support.server import SiteServer


class _MkDocsLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, ignoring tags such as !ENV that only MkDocs resolves."""


_MkDocsLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_MkDocsLoader.add_multi_constructor("tag:yaml.org,2002:python/name:", lambda loader, suffix, node: None)


def load_mkdocs_config(path: Path = REPO_ROOT / "mkdocs.yml") -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_MkDocsLoader)


@pytest.fixture(scope="session")
def mkdocs_config() -> dict:
    return load_mkdocs_config()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The real site, built once with `mkdocs build --strict`; fails on any warning."""
    site_dir = tmp_path_factory.mktemp("site")
    result = build(REPO_ROOT, site_dir)
    assert result.returncode == 0, f"strict build failed:\n{result.output}"
    assert result.problems == [], "\n".join(result.problems)
    return result


@pytest.fixture(scope="session")
def site_dir(built_site) -> Path:
    return built_site.site_dir


@pytest.fixture(scope="session")
def published_url() -> str:
    """The site's public address (the default site_url in mkdocs.yml)."""
    text = (REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("site_url:"):
            return line.split('"')[1]
    return "/"


@pytest.fixture(scope="session")
def site_path_prefix(published_url) -> str:
    """The path under which the site is published (from the default site_url)."""
    return urlsplit(published_url).path or "/"


@pytest.fixture(scope="session")
def site_server(site_dir, site_path_prefix):
    with SiteServer(site_dir, site_path_prefix) as server:
        yield server


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    if executable is None:
        pytest.fail("Chromium not found: install Debian's `chromium` (scripts/test does) or set CHROMIUM_PATH")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def reader_site(tmp_path_factory):
    """The real site as a reader on a phone gets it: built for, and served at, a local
    address (so its absolute links, canonical and hreflang, point at the server that
    serves it), served like GitHub Pages (gzip, per-language 404)."""
    from scripts.benchmarks.pages import PREFIX, build_site
    from scripts.benchmarks.server import StaticSite

    site_dir = tmp_path_factory.mktemp("reader-site")
    with StaticSite(site_dir, PREFIX) as server:
        build_site(site_dir, server.base_url)
        server.site_dir = site_dir
        yield server


@pytest.fixture(scope="session")
def phone_visits(browser, reader_site) -> dict:
    """path -> PageVisit for every page of both languages (and the two 404 pages): each
    opened once, in a fresh browser context (empty cache, no cookies, no storage), and
    nothing clicked or typed until the network is quiet. Shared by the privacy, weight
    and video tests."""
    from scripts.benchmarks.pages import visit
    from tests.accessibility.test_axe import SITE_PAGES

    return {path: visit(browser, reader_site, reader_site.base_url + path, quiet_ms=300) for path in SITE_PAGES}


@pytest.fixture
def browser_context(browser, site_server, published_url):
    """A fresh context whose requests outside the test server are blocked and logged."""
    context = browser.new_context()
    requests = ExternalRequestLog(site_server.origin, published_url)
    requests.attach(context)
    context.external_requests = requests
    yield context
    context.close()


@pytest.fixture
def page(browser_context):
    return browser_context.new_page()


# Tests that open Chromium are marked `browser`, so that `scripts/check` (the editor's
# quick run) can leave them to `scripts/check --all` and CI: -m "not browser and not slow".
BROWSER_FIXTURES = {"browser", "browser_context", "page", "site_server", "reader_site", "phone_visits"}


def pytest_collection_modifyitems(items):
    for item in items:
        if BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)


def pytest_terminal_summary(terminalreporter):
    from tests.support.report import FIGURES

    if FIGURES:
        terminalreporter.section("measured figures")
        for line in FIGURES:
            terminalreporter.write_line(line)
