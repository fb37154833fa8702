"""Search engines and link previews: a description per page in its language,
canonical URLs, absolute hreflang alternates in the pages and the sitemap, and
a robots.txt that follows site_url."""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin

import pytest
import yaml

from scripts.languages import REPO_ROOT, SOURCE_DIRS
from scripts.spellcheck import unknown_words, words_of
from tests.support.build import build, copy_project
from tests.test_site_build import html_path, page_paths

DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)">')
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)">')
ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]+)" hreflang="([^"]+)">')
PLACEHOLDER = "PLACEHOLDER"


def front_matter(language: str, md_path: str) -> dict:
    text = (REPO_ROOT / SOURCE_DIRS[language] / md_path).read_text(encoding="utf-8")
    if not text.startswith("---"):
        return {}
    try:
        return yaml.safe_load(text.split("---", 2)[1]) or {}
    except yaml.YAMLError:
        return {}


def page_url(published_url: str, language: str, md_path: str) -> str:
    stem = md_path[: -len(".md")]
    directory = "" if stem == "index" else stem.removesuffix("/index").removesuffix("index") + "/"
    return published_url + ("lt/" if language == "lt" else "") + directory.lstrip("/")


@pytest.mark.parametrize("md_path", page_paths("docs"))
def test_each_page_describes_itself_in_its_own_language(site_dir, md_path):
    descriptions = {}
    for language in ("lv", "lt"):
        page = html_path(site_dir, language, md_path).read_text(encoding="utf-8")
        content = html.unescape(DESCRIPTION.search(page).group(1))
        expected = str(front_matter(language, md_path).get("description", "")).strip()
        assert content == expected, f"{language} {md_path}: the meta description is not the page's own"
        descriptions[language] = content
    if PLACEHOLDER in descriptions["lv"] + descriptions["lt"]:
        pytest.skip(f"{md_path} is still a placeholder")
    assert descriptions["lv"] != descriptions["lt"]
    for language, other in (("lv", "lt"), ("lt", "lv")):
        words = words_of(descriptions[language])
        own, foreign = unknown_words(words, language), unknown_words(words, other)
        assert len(own) < len(foreign) and len(own) <= max(1, len(words) // 4), (
            f"{language} {md_path}: the description does not read as {language}: {descriptions[language]!r}")


@pytest.mark.parametrize("md_path", page_paths("docs"))
def test_canonical_and_hreflang_are_absolute_and_agree_with_the_sitemap(site_dir, published_url, md_path):
    sitemap = (site_dir / "sitemap.xml").read_text(encoding="utf-8")
    expected = {language: page_url(published_url, language, md_path) for language in ("lv", "lt")}
    for language in ("lv", "lt"):
        page = html_path(site_dir, language, md_path).read_text(encoding="utf-8")
        head = page.split("</head>", 1)[0]
        assert CANONICAL.search(head).group(1) == expected[language]
        assert dict((lang, href) for href, lang in ALTERNATE.findall(head)) == expected
        entry = re.search(rf"<url>\s*<loc>{re.escape(expected[language])}</loc>(.*?)</url>", sitemap, re.S)
        assert entry, f"{expected[language]} is not in sitemap.xml"
        alternates = dict((lang, href) for lang, href in
                          re.findall(r'hreflang="([^"]+)" href="([^"]+)"', entry.group(1)))
        assert alternates == expected


def test_robots_txt_allows_crawling_and_names_the_sitemap(site_dir, published_url):
    robots = (site_dir / "robots.txt").read_text(encoding="utf-8")
    assert "User-agent: *" in robots and "Disallow: /" not in robots
    assert f"Sitemap: {urljoin(published_url, 'sitemap.xml')}" in robots.splitlines()
    assert not (site_dir / "lt" / "robots.txt").exists()


@pytest.mark.slow
def test_site_url_moves_robots_and_alternates_and_a_missing_description_fails(tmp_path, monkeypatch):
    project = copy_project(tmp_path / "project")
    page = project / "docs_lt" / "guidelines" / "finances.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(re.sub(r"(?m)^description:.*\n", "", text, count=1), encoding="utf-8")
    site = tmp_path / "site"
    monkeypatch.setenv("SITE_URL", "https://example.org/guides/")
    result = build(project, site, strict=False)
    assert "docs_lt/guidelines/finances.md:1: no description in the front matter" in "\n".join(result.problems)
    assert "Sitemap: https://example.org/guides/sitemap.xml" in (site / "robots.txt").read_text(encoding="utf-8")
    home = (site / "lt" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="alternate" href="https://example.org/guides/" hreflang="lv">' in home
