#!/usr/bin/env python3
"""Build one PDF of the whole guidelines per language from the built site.

Usage: scripts/build_pdf.py [SITE_DIR]   (default: site/, after `mkdocs build`)

The PDF holds the home page, the chapters in navigation order, the checklist and
the glossary, behind a cover and a table of contents; pages are numbered and
links between chapters stay links inside the PDF. Chromium prints it (the same
headless Chromium the tests use), so the PDF looks like the site's print view.
"""

from __future__ import annotations

import datetime
import re
import sys
from pathlib import Path
from urllib.parse import urljoin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.pdf_document import Chapter, build_document  # noqa: E402

STYLESHEET = re.compile(r'<link rel="stylesheet" href="([^"]+)"')
FOOTER = """<div style="width:100%;font-size:8pt;color:#555;padding:0 18mm;display:flex;justify-content:space-between;
font-family:sans-serif"><span>{title}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>"""


def load_site_config(config_file: Path = ROOT / "mkdocs.yml") -> dict:
    """Per-language settings the PDF needs, read through MkDocs' own config loader."""
    from mkdocs.config import load_config

    config = load_config(str(config_file))
    i18n = config.plugins["i18n"].config
    languages = {}
    for language in i18n.languages:
        overrides = dict(language)
        languages[language.locale] = {
            "site_name": overrides.get("site_name") or config.site_name,
            "site_author": overrides.get("site_author") or config.site_author,
            "copyright": overrides.get("copyright") or config.copyright,
            "prefix": "" if language.default else f"{language.locale}/",
        }
    return {"site_url": config.site_url, "nav": config.nav, "extra": config.extra, "languages": languages}


def guideline_pages(nav: list) -> list[str]:
    """The home page, then every page of the navigation section holding the guidelines."""
    pages = []
    for item in nav:
        ((_, value),) = item.items()
        if value == "index.md":
            pages.append(value)
        elif isinstance(value, list):
            files = [next(iter(entry.values())) if isinstance(entry, dict) else entry for entry in value]
            if "guidelines/index.md" in files:
                pages.extend(files)
    return pages


def url_path(language_prefix: str, md_path: str) -> str:
    stem = md_path.removesuffix(".md")
    stem = "" if stem == "index" else stem.removesuffix("/index")
    return "/" + language_prefix + (stem + "/" if stem else "")


def pdf_path(site_dir: Path, extra: dict, language: str) -> Path:
    return site_dir / extra["pdf"][language]


def build_pdfs(site_dir: Path, config: dict | None = None, *, browser=None,
               version_date: str | None = None) -> dict[str, Path]:
    """Print each language's PDF into the built site; returns their paths.

    `browser` is a Playwright Chromium browser to reuse (the tests pass theirs);
    without it, the system Chromium is started here.
    """
    if browser is None:
        from playwright.sync_api import sync_playwright

        from tests.support.browser import CHROMIUM_ARGS, chromium_path

        with sync_playwright() as playwright:
            own = playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
            try:
                return build_pdfs(site_dir, config, browser=own, version_date=version_date)
            finally:
                own.close()

    config = config or load_site_config()
    date = version_date or datetime.date.today().isoformat()
    pages = guideline_pages(config["nav"])
    outputs = {}
    for language, settings in config["languages"].items():
        chapters = []
        for md_path in pages:
            path = url_path(settings["prefix"], md_path)
            chapters.append(Chapter(path, (site_dir / path.lstrip("/") / "index.html").read_text(encoding="utf-8")))
        output = pdf_path(site_dir, config["extra"], language)
        output.parent.mkdir(parents=True, exist_ok=True)
        site_root = "../" * (len(output.relative_to(site_dir).parts) - 1)
        home = chapters[0]
        stylesheets = [site_root + urljoin(home.url_path, href).lstrip("/") for href in STYLESHEET.findall(home.html)]
        document = build_document(
            chapters, language=language, title=settings["site_name"], author=settings["site_author"],
            version=str(config["extra"].get("guidelines_version", "")), date=date,
            disclaimer=" ".join(settings["copyright"].split()), site_url=config["site_url"],
            stylesheets=stylesheets, site_root=site_root,
        )
        source = output.with_suffix(".print.html")
        source.write_text(document, encoding="utf-8")
        page = browser.new_page()
        try:
            # Only the site's own files: the PDF must not depend on the network.
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
            page.goto(source.as_uri(), wait_until="load")
            page.emulate_media(media="print")
            page.pdf(
                path=str(output), format="A4", print_background=True, outline=True, tagged=True,
                display_header_footer=True, header_template="<span></span>",
                footer_template=FOOTER.format(title=settings["site_name"]),
                margin={"top": "18mm", "bottom": "20mm", "left": "16mm", "right": "16mm"},
            )
        finally:
            page.close()
            source.unlink(missing_ok=True)
        outputs[language] = output
    return outputs


def main(argv: list[str]) -> int:
    site_dir = Path(argv[0]) if argv else ROOT / "site"
    if not (site_dir / "index.html").exists():
        print(f"{site_dir}: no built site here; run `mkdocs build` first", file=sys.stderr)
        return 1
    for language, path in build_pdfs(site_dir).items():
        print(f"{language}: {path} ({path.stat().st_size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
