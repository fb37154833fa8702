"""Privacy (GDPR): on every page, in both languages, the browser asks no host but
the site's own before the reader plays a video, and keeps no cookie and no
stored entry but the theme's own colour-scheme preference. What the privacy
pages (docs/about-site/privacy.md, docs_lt/about-site/privacy.md) promise."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from scripts.benchmarks.search import open_search_box
from tests.support.report import report

# Material's own preference, stored under the site's path ("/octopus-guidelines/.__palette").
THEME_PREFERENCES = ("__palette",)
PLAYER_HOST = "www.youtube-nocookie.com"


def foreign_storage(entries: dict) -> list[str]:
    return [key for key in entries if not key.rsplit(".", 1)[-1] in THEME_PREFERENCES]


def test_every_page_asks_nothing_of_other_hosts_before_any_interaction(phone_visits):
    offenders = {path: v.foreign for path, v in phone_visits.items() if v.foreign}
    assert offenders == {}
    report(f"privacy: {len(phone_visits)} pages opened cold, requests to other hosts before any interaction: 0")


def test_no_page_sets_a_cookie_or_stores_anything_but_the_colour_scheme(phone_visits):
    offenders = {}
    for path, v in phone_visits.items():
        found = [c["name"] for c in v.cookies] + foreign_storage(v.local_storage) + foreign_storage(v.session_storage)
        if found:
            offenders[path] = found
    assert offenders == {}
    kept = sorted({key for v in phone_visits.values() for key in v.local_storage})
    report(f"privacy: cookies on any page: 0; localStorage keys: {kept}; sessionStorage keys: 0")


@pytest.fixture
def reader_page(browser, reader_site):
    """A page whose requests to other hosts are aborted and recorded in `page.foreign`."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    foreign: list[str] = []

    def other_host(url: str) -> bool:
        return urlsplit(url).scheme in ("http", "https") and not url.startswith(reader_site.origin)

    context.route(other_host, lambda route: (foreign.append(route.request.url), route.abort()))
    page = context.new_page()
    page.foreign = foreign
    yield page
    context.close()


def test_using_the_site_stores_nothing_more(reader_page, reader_site):
    """Switch the colour scheme, open a tab, search: still only the theme's preference."""
    page = reader_page
    page.goto(reader_site.base_url + "guidelines/management/")
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    labels = page.locator(".tabbed-labels label")
    if labels.count() > 1:
        labels.nth(1).click()
    box, _placeholder = open_search_box(page)
    box.press_sequentially("centrs")
    page.locator(".md-search-result__item").first.wait_for()
    page.keyboard.press("Escape")
    page.goto(reader_site.base_url + "lt/")
    local = page.evaluate("() => Object.keys(localStorage)")
    session = page.evaluate("() => Object.keys(sessionStorage)")
    assert foreign_storage(dict.fromkeys(local)) == [] and session == []
    assert page.context.cookies() == []
    assert page.foreign == []


def test_only_playing_a_video_contacts_the_player_host_and_only_that(reader_page, reader_site):
    site_dir = reader_site.site_dir
    video_pages = sorted(p.parent.relative_to(site_dir).as_posix() + "/" for p in site_dir.rglob("index.html")
                         if "data-video-id=" in p.read_text(encoding="utf-8"))
    if not video_pages:
        pytest.skip("no page embeds a video yet")
    page = reader_page
    page.goto(reader_site.base_url + video_pages[0])
    page.wait_for_load_state("networkidle")
    assert page.foreign == []
    page.locator(".video-embed__play").first.click()
    page.locator("iframe.video-embed__player").wait_for(state="attached")
    page.wait_for_timeout(300)
    assert page.foreign, "playing the video asked nothing of the player host"
    assert {urlsplit(url).netloc for url in page.foreign} == {PLAYER_HOST}
