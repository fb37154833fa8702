"""The whole guidelines as one PDF per language, built from the real site."""

from __future__ import annotations

import re
import shutil

import pytest
from pypdf import PdfReader

from scripts.build_pdf import build_pdfs, guideline_pages, load_site_config, url_path
from scripts.pdf_document import chapter_title
from tests.support.report import report

CONTENTS = {"lv": "Saturs", "lt": "Turinys"}


@pytest.fixture(scope="module")
def pdfs(site_dir, tmp_path_factory, browser):
    # A copy of the built site, so the PDFs do not leak into other tests' site.
    copy = tmp_path_factory.mktemp("pdf-site") / "site"
    shutil.copytree(site_dir, copy)
    config = load_site_config()
    return config, copy, build_pdfs(copy, config, browser=browser)


@pytest.mark.parametrize("language", ["lv", "lt"])
def test_pdf_has_cover_contents_and_every_chapter_in_order(pdfs, language):
    config, site, outputs = pdfs
    reader = PdfReader(outputs[language])
    prefix = config["languages"][language]["prefix"]
    titles = [
        chapter_title((site / url_path(prefix, md).lstrip("/") / "index.html").read_text(encoding="utf-8"))
        for md in guideline_pages(config["nav"])
    ]
    top_level = [item.title for item in reader.outline if not isinstance(item, list)]
    assert top_level == [CONTENTS[language]] + titles
    assert len(titles) >= 15  # home, 13 chapters incl. checklist, glossary
    cover = reader.pages[0].extract_text()
    assert config["languages"][language]["site_name"] in cover
    assert re.search(r"\d{4}-\d{2}-\d{2}", cover)
    footer = reader.pages[2].extract_text()
    assert f"3 / {len(reader.pages)}" in footer
    report(f"PDF {language}: {outputs[language].stat().st_size / 1024:.0f} KB, {len(reader.pages)} pages, {len(titles)} chapters")


@pytest.mark.parametrize("language", ["lv", "lt"])
def test_pdf_links_between_chapters_stay_inside_the_document(pdfs, language):
    _, _, outputs = pdfs
    reader = PdfReader(outputs[language])
    internal = external = 0
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object()
            if action.get("/Subtype") != "/Link":
                continue
            if "/Dest" in action or ("/A" in action and action["/A"].get("/S") == "/GoTo"):
                internal += 1
            elif "/A" in action and action["/A"].get("/S") == "/URI":
                uri = action["/A"]["/URI"]
                assert not uri.startswith("file:"), uri
                external += 1
    assert internal >= 15  # at least the table of contents


def test_home_pages_link_the_pdf(pdfs, site_dir):
    config, _, _ = pdfs
    for language, home in (("lv", site_dir / "index.html"), ("lt", site_dir / "lt" / "index.html")):
        name = config["extra"]["pdf"][language].rsplit("/", 1)[-1]
        assert name in home.read_text(encoding="utf-8")
