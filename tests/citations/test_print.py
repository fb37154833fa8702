"""Printouts for trainers, in Chromium's print rendering: only the text, with link
targets and video addresses on paper, no buttons or navigation."""

from __future__ import annotations

import pytest

PAGES = ["events/seniors/", "lt/events/seniors/"]


@pytest.mark.parametrize("path", PAGES)
def test_print_shows_the_text_and_addresses_and_hides_the_controls(page, site_server, path):
    page.goto(site_server.base_url + path)
    page.emulate_media(media="print")
    shown = page.evaluate("""() => {
        const visible = el => !!el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
        const after = el => getComputedStyle(el, '::after').content;
        const video = document.querySelector('figure.video-embed');
        const watch = video.querySelector('.video-embed__link a');
        const external = [...document.querySelectorAll('article a[href^="http"]')];
        return {
            header: visible(document.querySelector('.md-header')),
            sidebars: [...document.querySelectorAll('.md-sidebar')].some(visible),
            footer: visible(document.querySelector('.md-footer')),
            permalinks: [...document.querySelectorAll('.headerlink')].some(visible),
            play: visible(video.querySelector('button')),
            title: visible(video.querySelector('.video-embed__title')),
            summary: visible(video.nextElementSibling),
            watchAfter: after(watch),
            watchHref: watch.href,
            externalWithTarget: external.filter(a => after(a).includes(a.getAttribute('href'))).length,
            external: external.length,
            citation: visible(document.querySelector('#cite-this-page > :not(summary)')),
            fontSize: parseFloat(getComputedStyle(document.querySelector('article p')).fontSize),
        };
    }""")
    assert not shown["header"] and not shown["sidebars"] and not shown["footer"], shown
    assert not shown["permalinks"] and not shown["play"], shown
    assert shown["title"] and shown["summary"], "the video prints as its title and written summary"
    assert shown["watchHref"].startswith("https://www.youtube.com/watch?v=") and shown["watchHref"] in shown["watchAfter"]
    assert shown["external"] > 0 and shown["externalWithTarget"] == shown["external"], shown
    assert shown["citation"], "the citation box prints open"
    assert 14 <= shown["fontSize"] <= 15.5, f"body text {shown['fontSize']}px; 11pt is 14.7px"
