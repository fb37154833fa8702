"""Video embeds in headless Chromium: nothing leaves the site until the reader asks.

The context fixture aborts and logs every request outside the local test server.
Here the YouTube player host is additionally routed to a local stub (a route
registered later wins in Playwright), so the real YouTube is never reached and
the test sees exactly which player address the page asked for.
"""

from __future__ import annotations

import os
import re

import pytest

from scripts.videos import LABELS
from tests.support.browser import ExternalRequestLog
from tests.support.build import build, copy_project
from tests.support.server import SiteServer

PLAYER_HOST = "https://www.youtube-nocookie.com/"
STUB = "<!doctype html><title>player stub</title><p>stub</p>"
VIDEOS = [
    ("events/seniors/", "z7q120r58Us"),
    ("events/seniors/", "QBkS4MtB-90"),
    ("events/children-sports/", "93lmzBH-N1g"),
    ("events/specialist-training/", "809I3SITJXc"),
]


def _site_pages(site_dir) -> list[str]:
    """Every HTML page of the built site, as a path under the site root."""
    return sorted(p.relative_to(site_dir).as_posix().removesuffix("index.html")
                  for p in site_dir.rglob("*.html"))


def test_no_page_asks_another_host_for_anything_on_load(phone_visits, site_dir):
    """Every HTML page, opened cold (the visits the privacy tests share): no request to
    YouTube or any other host before the reader presses play."""
    pages = _site_pages(site_dir)
    assert len(pages) > 40
    assert sorted(set(pages) - set(phone_visits)) == [], "pages the shared visits did not open"
    offenders = {path: phone_visits[path].foreign for path in pages if phone_visits[path].foreign}
    assert offenders == {}


def _stub_player(context) -> list[str]:
    requested: list[str] = []

    def handle(route):
        requested.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body=STUB)

    context.route(PLAYER_HOST + "**", handle)
    return requested


def _language_of(path: str) -> str:
    return "lt" if path.startswith("lt/") else "lv"


# Every video in both languages by mouse; the keyboard (a real <button> answers
# Enter and Space by itself) on one video per language and key.
PRESSES = [(path, video_id, language, "click") for path, video_id in VIDEOS for language in ("lv", "lt")] + [
    (*VIDEOS[0], "lv", "Enter"), (*VIDEOS[3], "lt", "Enter"),
    (*VIDEOS[2], "lv", "Space"), (*VIDEOS[1], "lt", "Space"),
]


@pytest.mark.parametrize("path, video_id, language, how", PRESSES)
def test_pressing_play_creates_exactly_the_expected_player(browser_context, site_server, path, video_id, language, how):
    requested = _stub_player(browser_context)
    page = browser_context.new_page()
    prefix = "lt/" if language == "lt" else ""
    page.goto(site_server.base_url + prefix + path)
    figure = page.locator(f'figure.video-embed[data-video-id="{video_id}"]')
    title = figure.get_attribute("data-video-title")
    labels = LABELS[language]

    # The placeholder: a real button named in the page's language, with its notice.
    button = figure.get_by_role("button", name=labels["play_name"].format(title=title), exact=True)
    assert button.is_visible()
    notice = figure.locator(".video-embed__notice")
    assert notice.is_visible() and notice.inner_text() == labels["notice"]
    assert button.get_attribute("aria-describedby") == notice.get_attribute("id")
    assert page.locator("iframe").count() == 0
    assert requested == []

    with page.expect_request(lambda request: request.url.startswith(PLAYER_HOST)):
        if how == "click":
            button.click()
        else:
            button.focus()
            page.keyboard.press(how)

    expected = f"{PLAYER_HOST}embed/{video_id}"
    frames = page.locator("iframe")
    assert frames.count() == 1
    frame = figure.locator("iframe")
    assert re.fullmatch(re.escape(expected) + r"(\?.*)?", frame.get_attribute("src"))
    assert frame.get_attribute("title") == title
    assert requested and all(url.startswith(expected) for url in requested)
    assert page.evaluate("document.activeElement && document.activeElement.tagName") == "IFRAME"
    assert browser_context.external_requests.blocked == []


def test_without_javascript_the_link_still_works(browser, site_server, published_url):
    context = browser.new_context(java_script_enabled=False)
    requests = ExternalRequestLog(site_server.origin, published_url)
    requests.attach(context)
    try:
        page = context.new_page()
        page.goto(site_server.base_url + "lt/events/children-sports/")
        figure = page.locator('figure.video-embed[data-video-id="93lmzBH-N1g"]')
        assert figure.get_by_role("button").count() == 0  # hidden: it could not do anything
        link = figure.get_by_role("link")
        assert link.is_visible()
        assert link.get_attribute("href") == "https://www.youtube.com/watch?v=93lmzBH-N1g"
        assert link.inner_text() == LABELS["lt"]["link"]
        assert requests.blocked == []
    finally:
        context.close()


def test_focus_on_the_play_button_is_visible(page, site_server):
    page.goto(site_server.base_url + "events/seniors/")
    button = page.locator(".video-embed__play").first
    button.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # keyboard focus, so :focus-visible applies
    outline = button.evaluate("b => getComputedStyle(b).outlineStyle + ' ' + getComputedStyle(b).outlineWidth")
    assert outline.startswith("solid") and not outline.endswith(" 0px")


def test_placeholder_fits_a_phone_screen(browser, site_server, published_url):
    context = browser.new_context(viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True)
    requests = ExternalRequestLog(site_server.origin, published_url)
    requests.attach(context)
    try:
        page = context.new_page()
        page.goto(site_server.base_url + "lt/events/specialist-training/")
        figure = page.locator("figure.video-embed")
        box = figure.bounding_box()
        assert box["width"] <= 320
        for part in (".video-embed__play", ".video-embed__notice", ".video-embed__link a"):
            inner = figure.locator(part).bounding_box()
            assert box["x"] <= inner["x"] and inner["x"] + inner["width"] <= box["x"] + box["width"], part
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        assert requests.blocked == []
    finally:
        context.close()


@pytest.fixture(scope="module")
def instant_site(tmp_path_factory):
    """A copy of the site built with Material's instant navigation switched on.

    mkdocs-static-i18n warns about that feature, so this build is not strict.
    Material only takes over links that its sitemap lists, and it matches them
    without the port, so the copy is built for the test server's own address."""
    root = tmp_path_factory.mktemp("instant")
    project = copy_project(root / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "    - navigation.sections\n" in text
    config.write_text(text.replace("    - navigation.sections\n", "    - navigation.instant\n    - navigation.sections\n", 1),
                      encoding="utf-8")
    site = root / "site"
    site.mkdir()
    with SiteServer(site, "/octopus-guidelines/") as server:
        saved = os.environ.get("SITE_URL")
        os.environ["SITE_URL"] = server.base_url
        try:
            result = build(project, site, strict=False)
        finally:
            if saved is None:
                del os.environ["SITE_URL"]
            else:
                os.environ["SITE_URL"] = saved
        assert result.returncode == 0, result.output
        yield server


def test_play_works_after_instant_navigation(browser, instant_site):
    context = browser.new_context()
    requests = ExternalRequestLog(instant_site.origin)
    requests.attach(context)
    requested = _stub_player(context)
    try:
        page = context.new_page()
        page.goto(instant_site.base_url + "events/")
        page.evaluate("window.__sameDocument = true")
        page.locator("article a[href$='children-sports/']").first.click()
        # navigation.tracking may add the section anchor to the address
        page.wait_for_url(re.compile(r"/events/children-sports/(#[\w-]*)?$"))
        assert page.evaluate("window.__sameDocument === true"), "instant navigation did not take over"
        button = page.get_by_role("button", name=re.compile("Atskaņot video"))
        button.click()
        assert page.locator("iframe").get_attribute("src").startswith(f"{PLAYER_HOST}embed/93lmzBH-N1g")
        assert requested and requests.blocked == []
    finally:
        context.close()
