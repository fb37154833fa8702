"""The site as a reader on a phone gets it: built for the address it is served at
and served like GitHub Pages (gzip, per-language 404), one cold visit per page.

The visits are shared by the privacy tests and the weight budgets: each page is
opened once, in a fresh browser context (empty cache, no cookies, no storage),
and nothing is clicked or typed until the network is quiet.
"""

from __future__ import annotations

import pytest

from scripts.benchmarks.pages import PREFIX, build_site, visit
from scripts.benchmarks.server import StaticSite
from tests.accessibility.test_axe import SITE_PAGES


@pytest.fixture(scope="session")
def reader_site(tmp_path_factory):
    """The real site built for, and served at, a local address (so its absolute
    links, canonical and hreflang, point at the server that serves it)."""
    site_dir = tmp_path_factory.mktemp("reader-site")
    with StaticSite(site_dir, PREFIX) as server:
        build_site(site_dir, server.base_url)
        server.site_dir = site_dir
        yield server


@pytest.fixture(scope="session")
def phone_visits(browser, reader_site) -> dict:
    """path -> PageVisit for every page of both languages (and the two 404 pages)."""
    return {path: visit(browser, reader_site, reader_site.base_url + path, quiet_ms=300) for path in SITE_PAGES}
