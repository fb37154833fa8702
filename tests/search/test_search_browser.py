"""The search box of the built site in real Chromium: each language searches
its own pages, inflected forms and missing diacritics are found, and results
and the opened page highlight the original words."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from scripts.benchmarks.search import open_search_box, page_of


def search(page, url: str, query: str):
    """Type `query` into the search box of `url`; returns the result links."""
    page.goto(url)
    box, _ = open_search_box(page)
    box.fill(query)
    box.press("End")
    items = page.locator("li.md-search-result__item")
    items.first.wait_for(timeout=10_000)
    return items


def result_pages(page, site_path_prefix):
    hrefs = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(a => a.getAttribute('href'))")
    return [page_of(href, site_path_prefix) for href in hrefs]


@pytest.mark.parametrize("language, query", [("lv", "centrs"), ("lt", "centras"), ("lv", "OCTOPUS"), ("lt", "OCTOPUS")])
def test_each_language_finds_only_its_own_pages(page, site_server, site_path_prefix, language, query):
    root = "lt/" if language == "lt" else ""
    search(page, site_server.base_url + root + "guidelines/", query)
    pages = result_pages(page, site_path_prefix)
    assert pages, query
    assert {lang for lang, _ in pages} == {language}, pages
    assert page.context.external_requests.blocked == []


@pytest.mark.parametrize("language, query, expected, word", [
    ("lv", "registracija", "guidelines/registration/", "reģistrācija"),   # typed without diacritics
    ("lv", "reģistrs", "guidelines/registration/", "reģistr"),             # other case form
    ("lt", "biudzetas", "guidelines/finances/", "biudžet"),
    ("lt", "licencija", "guidelines/registration/", "licencij"),
    ("lv", "Biržų", "centres/", "biržu"),                                  # typed with ų, written Biržu
])
def test_inflected_forms_and_missing_diacritics_are_found(page, site_server, site_path_prefix,
                                                           language, query, expected, word):
    root = "lt/" if language == "lt" else ""
    search(page, site_server.base_url + root, query)
    top3 = [p for _, p in result_pages(page, site_path_prefix)[:3]]
    assert expected in top3, (query, top3)
    # highlighted in the result list as written on the page
    marks = [m.lower() for m in page.locator(".md-search-result mark").all_inner_texts()]
    assert any(m.startswith(word) for m in marks), marks


def test_opened_result_highlights_the_original_words(page, site_server):
    search(page, site_server.base_url, "registracija")
    link = page.locator("li.md-search-result__item a").first
    href = link.get_attribute("href")
    assert "reģistrācija" in parse_qs(urlsplit(href).query)["h"][0].split()
    link.click()
    page.locator("article mark[data-md-highlight]").first.wait_for(timeout=10_000)
    marks = page.locator("article mark[data-md-highlight]").all_text_contents()  # also in closed <details>
    assert marks and all(m.lower().startswith("reģistrācij") for m in marks), marks


def test_query_of_a_missing_word_shows_it_as_typed(page, site_server):
    search(page, site_server.base_url, "registracija zirafe")
    missing = page.locator(".md-search-result__terms del").all_inner_texts()
    assert "zirafe" in missing
