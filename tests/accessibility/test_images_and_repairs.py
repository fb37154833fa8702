"""Images have a text alternative in the page's language and stay light; the
built pages carry the repairs of scripts/accessibility.py."""

from __future__ import annotations

import re

import pytest

from scripts.images import MAX_IMAGE_BYTES, images
from tests.support.build import build, copy_project
from tests.test_site_build import html_path, page_paths

ARTICLE = re.compile(r"<article[^>]*>(.*?)</article>", re.S)


@pytest.mark.parametrize("md_path", page_paths("docs"))
def test_every_image_has_alt_text_in_the_page_language(site_dir, md_path):
    alts = {}
    for language in ("lv", "lt"):
        page = html_path(site_dir, language, md_path).read_text(encoding="utf-8")
        found = images(ARTICLE.search(page).group(1))
        assert all(image.get("alt", "").strip() for image in found), f"{language} {md_path}: an image without alt"
        alts[language] = [image["alt"] for image in found]
    # The same pictures in both languages, each described in its own.
    for lv, lt in zip(alts["lv"], alts["lt"]):
        assert lv != lt, f"{md_path}: the Lithuanian page describes an image in Latvian: {lv!r}"


@pytest.mark.parametrize("md_path", page_paths("docs"))
def test_checklist_checkboxes_are_named_and_language_links_marked(site_dir, md_path):
    for language in ("lv", "lt"):
        page = html_path(site_dir, language, md_path).read_text(encoding="utf-8")
        for checkbox in re.findall(r'<input type="checkbox"[^>]*>', page):
            if "task-list" in page and "md-toggle" not in checkbox and "md-option" not in checkbox:
                assert 'aria-label="' in checkbox, f"{language} {md_path}: {checkbox}"
        links = re.findall(r'<a [^>]*class="md-select__link"[^>]*>', page)
        assert len(links) == 2
        for link in links:
            assert re.search(r'hreflang="(\w+)" lang="\1"', link), link
        assert sum('aria-current="true"' in link for link in links) == 1


PERMALINK = re.compile(r'<h([2-6]) id="([^"]+)"[^>]*>.*?<a class="headerlink" href="#\2" title="([^"]+)">', re.S)


@pytest.mark.parametrize("md_path", page_paths("docs"))
def test_every_section_heading_has_a_permalink_titled_in_the_page_language(site_dir, md_path):
    """Trainers copy section links from the permalink sign; a screen reader hears its title."""
    titles = {"lv": "Saite uz šo sadaļu", "lt": "Nuoroda į šį skyrių"}
    for language in ("lv", "lt"):
        article = ARTICLE.search(html_path(site_dir, language, md_path).read_text(encoding="utf-8")).group(1)
        headings = re.findall(r"<h[2-6][^>]*>", article.split('<details class="citation"')[0])
        permalinks = PERMALINK.findall(article)
        assert len(permalinks) >= len(headings), f"{language} {md_path}: a heading without a permalink"
        assert {title for _, _, title in permalinks} <= {titles[language]}, f"{language} {md_path}"
        assert "Permanent link" not in article


@pytest.mark.slow
def test_an_image_without_alt_text_or_too_heavy_fails_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    for tree in (project / "docs", project / "docs_lt"):  # each language has its own copy
        images_dir = tree / "assets" / "images"
        images_dir.mkdir(parents=True, exist_ok=True)
        (images_dir / "heavy.jpg").write_bytes(b"\xff\xd8\xff" + b"\0" * (MAX_IMAGE_BYTES + 10_000))
        (images_dir / "small.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    # The same two images on both language versions (the translation check wants them alike).
    latvian = project / "docs" / "guidelines" / "finances.md"
    latvian.write_text(latvian.read_text(encoding="utf-8") + "\n![Maza bilde](../assets/images/small.png)\n\n"
                       "![Liela fotogrāfija](../assets/images/heavy.jpg)\n", encoding="utf-8")
    page = project / "docs_lt" / "guidelines" / "finances.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    lines += ["", "![](../assets/images/small.png)", "",
              "![Didelė nuotrauka](../assets/images/heavy.jpg)", ""]
    page.write_text("\n".join(lines), encoding="utf-8")
    result = build(project, tmp_path / "site")
    problems = "\n".join(result.problems)
    assert result.returncode != 0
    assert re.search(rf"docs_lt/guidelines/finances.md:{len(lines) - 3}: image \"small.png\" "
                     "has no alt text", problems), problems
    assert re.search(rf"docs_lt/guidelines/finances.md:{len(lines) - 1}: image \"heavy.jpg\" "
                     r"weighs \d+ KB", problems), problems
    assert re.search(r"docs/guidelines/finances.md:\d+: image \"heavy.jpg\" weighs", problems)
