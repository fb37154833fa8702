"""The built site: both languages at mirrored paths, linked to each other."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit
from pathlib import Path

import pytest

from scripts.languages import REPO_ROOT

# Anything the browser fetches by itself: scripts, styles, icons, images, frames.
EXTERNAL_ASSET = re.compile(
    r"""<(?:script|img|iframe|source|link\b(?=[^>]*\brel="(?:stylesheet|icon|preload|modulepreload|manifest)"))"""
    r"""\b[^>]*\b(?:href|src)=["'](?:https?:)?//""",
    re.IGNORECASE,
)
HTML_LANG = re.compile(r"<html[^>]*\blang=\"([^\"]+)\"")
ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]+)" hreflang="([^"]+)"')


def page_paths(tree: str) -> list[str]:
    root = REPO_ROOT / tree
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.md") if "lt" not in p.relative_to(root).parts[:1])


def html_path(site_dir: Path, language: str, md_path: str) -> Path:
    stem = md_path[: -len(".md")]
    directory = "" if stem == "index" else (stem[: -len("/index")] if stem.endswith("/index") else stem)
    prefix = "lt/" if language == "lt" else ""
    return site_dir / prefix / directory / "index.html"


def all_html_pages(site_dir: Path) -> list[Path]:
    return sorted(p for p in site_dir.rglob("*.html") if p.name != "404.html") + [
        site_dir / "404.html", site_dir / "lt" / "404.html"
    ]


def test_every_page_exists_in_both_trees():
    assert page_paths("docs") == page_paths("docs_lt")


@pytest.mark.parametrize("md_path", page_paths("docs"))
def test_both_languages_are_built_with_the_right_lang(site_dir, md_path):
    for language in ("lv", "lt"):
        html = html_path(site_dir, language, md_path).read_text(encoding="utf-8")
        assert HTML_LANG.search(html).group(1) == language, md_path


@pytest.mark.parametrize("md_path", page_paths("docs"))
def test_hreflang_and_switcher_point_to_the_counterpart(site_dir, site_path_prefix, md_path):
    expected = {}
    for language in ("lv", "lt"):
        stem = md_path[: -len(".md")]
        directory = "" if stem == "index" else stem.removesuffix("/index").removesuffix("index") + "/"
        expected[language] = site_path_prefix + ("lt/" if language == "lt" else "") + directory
    for language in ("lv", "lt"):
        html = html_path(site_dir, language, md_path).read_text(encoding="utf-8")
        page_url = expected[language]
        # The head's alternates are absolute (tests/seo/); compare their paths.
        alternates = {lang: urlsplit(urljoin(page_url, href)).path for href, lang in ALTERNATE.findall(html)}
        assert alternates == expected, f"{language} {md_path}: {alternates}"
        # Material's language switcher (header) links to the same counterpart.
        switcher = re.search(r'<div class="md-select__inner">(.*?)</div>', html, re.S).group(1)
        links = {lang: urljoin(page_url, href) for href, lang in re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"', switcher)}
        assert links == expected, f"{language} {md_path}: {links}"


def test_html_lang_is_right_on_every_built_page(site_dir):
    for path in all_html_pages(site_dir):
        language = "lt" if path.relative_to(site_dir).parts[0] == "lt" else "lv"
        html = path.read_text(encoding="utf-8")
        assert HTML_LANG.search(html).group(1) == language, path


def test_no_page_loads_fonts_scripts_or_styles_from_another_host(site_dir):
    offenders = {}
    for path in all_html_pages(site_dir):
        found = EXTERNAL_ASSET.findall(path.read_text(encoding="utf-8"))
        if found:
            offenders[str(path.relative_to(site_dir))] = found
    assert offenders == {}
    css = "".join(p.read_text(encoding="utf-8") for p in site_dir.rglob("*.css"))
    assert "fonts.googleapis" not in css and "fonts.gstatic" not in css


def test_each_language_has_its_own_404(site_dir):
    lv = (site_dir / "404.html").read_text(encoding="utf-8")
    lt = (site_dir / "lt" / "404.html").read_text(encoding="utf-8")
    assert 'lang="lv"' in lv and "Lapa nav atrasta" in lv
    assert 'lang="lt"' in lt and "Puslapis nerastas" in lt


def test_sitemap_lists_both_languages_with_alternates(site_dir):
    sitemap = (site_dir / "sitemap.xml").read_text(encoding="utf-8")
    assert 'hreflang="lv"' in sitemap and 'hreflang="lt"' in sitemap
    assert "/lt/guidelines/" in sitemap


def test_site_name_and_navigation_are_translated(site_dir):
    lv = (site_dir / "index.html").read_text(encoding="utf-8")
    lt = (site_dir / "lt" / "index.html").read_text(encoding="utf-8")
    assert "Daudzfunkcionālo centru vadlīnijas" in lv
    assert "Daugiafunkcinių centrų gairės" in lt
    assert "Vadlīnijas" in lv and ">\n    Gairės\n" in lt or "Gairės" in lt
