"""One printable HTML document of the whole guidelines, from the built site's pages.

Takes the built HTML of each page (in navigation order) and returns a single
document: a cover, a table of contents and the chapters, with every ID made
unique per chapter and every link between chapters turned into a link inside
the document, so that the PDF's links keep working. Plain text in, text out.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)
H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S)
ID_ATTR = re.compile(r'\bid="([^"]+)"')
HREF_ATTR = re.compile(r'\bhref="([^"]*)"')
SRC_ATTR = re.compile(r'\bsrc="([^"]*)"')
# Parts of a page that belong to the web page, not to the printed text.
WEB_ONLY = [
    re.compile(r'<details class="citation".*?</details>', re.S),
    re.compile(r'<aside class="md-source-file">.*?</aside>', re.S),
    re.compile(r'<a[^>]*class="md-content__button[^"]*"[^>]*>.*?</a>', re.S),
    re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S),
]
TAG = re.compile(r"<[^>]+>")

TEXTS = {
    "lv": {"contents": "Saturs", "version": "Versija {version}", "date": "Sagatavots {date}"},
    "lt": {"contents": "Turinys", "version": "{version} versija", "date": "Parengta {date}"},
}


@dataclass
class Chapter:
    url_path: str   # the page's path on the site, e.g. "/lt/guidelines/personnel/"
    html: str       # the whole built page


def chapter_slug(url_path: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", url_path.strip("/").lower()).strip("-")
    return slug or "home"


def chapter_title(chapter_html: str) -> str:
    match = H1.search(article_of(chapter_html))
    return html.unescape(TAG.sub("", match.group(1))).replace("¶", "").strip() if match else ""


def article_of(page_html: str) -> str:
    match = ARTICLE.search(page_html)
    if not match:
        raise ValueError("no <article class=\"md-content__inner md-typeset\"> in the page")
    return match.group(1)


def _rewrite(article: str, chapter: Chapter, slugs: dict[str, str], site_url: str, site_root: str) -> str:
    own = slugs[chapter.url_path]
    for pattern in WEB_ONLY:
        article = pattern.sub("", article)
    article = ID_ATTR.sub(lambda m: f'id="{own}--{m.group(1)}"', article)
    article = re.sub(r"<details(?![^>]*\bopen\b)", "<details open", article)  # paper cannot unfold

    def link(match: re.Match) -> str:
        href = html.unescape(match.group(1))
        if href.startswith(("mailto:", "tel:", "data:")) or urlsplit(href).scheme:
            return match.group(0)
        target = urlsplit(urljoin(chapter.url_path, href))
        path = target.path if target.path.endswith("/") or "." in target.path.rsplit("/", 1)[-1] else target.path + "/"
        if path in slugs:
            anchor = f"{slugs[path]}--{target.fragment}" if target.fragment else slugs[path]
            return f'href="#{html.escape(anchor)}"'
        absolute = site_url.rstrip("/") + target.path + (f"#{target.fragment}" if target.fragment else "")
        return f'href="{html.escape(absolute)}"'

    article = HREF_ATTR.sub(link, article)
    # Images and other files: from the page's folder to the document at the site root.
    article = SRC_ATTR.sub(
        lambda m: m.group(0) if urlsplit(m.group(1)).scheme
        else f'src="{site_root}{urljoin(chapter.url_path, m.group(1)).lstrip("/")}"',
        article,
    )
    return article


def build_document(chapters: list[Chapter], *, language: str, title: str, author: str, version: str,
                   date: str, disclaimer: str, site_url: str, stylesheets: list[str],
                   site_root: str = "") -> str:
    """The printable document. `stylesheets` and `site_root` are relative to where it is saved."""
    texts = TEXTS[language]
    slugs = {chapter.url_path: chapter_slug(chapter.url_path) for chapter in chapters}
    toc_items = "\n".join(
        f'<li><a href="#{slugs[c.url_path]}">{html.escape(chapter_title(c.html))}</a></li>' for c in chapters
    )
    sections = "\n".join(
        f'<section class="print-chapter" id="{slugs[c.url_path]}">\n'
        f"{_rewrite(article_of(c.html), c, slugs, site_url, site_root)}\n</section>"
        for c in chapters
    )
    links = "\n".join(f'<link rel="stylesheet" href="{href}">' for href in stylesheets)
    return f"""<!doctype html>
<html lang="{language}" dir="ltr">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}</title>
{links}
<style>
  @page {{ size: A4; margin: 20mm 18mm 22mm; }}
  body {{ margin: 0; }}
  .md-typeset {{ font-size: 11pt; }}
  .cover {{ height: 240mm; display: flex; flex-direction: column; justify-content: center; }}
  .cover__title {{ font-size: 28pt; font-weight: 700; line-height: 1.2; margin: 0 0 12mm; }}
  .cover__meta {{ font-size: 13pt; margin: 0 0 3mm; }}
  .cover__disclaimer {{ margin-top: auto; font-size: 9pt; }}
  .toc {{ break-before: page; }}
  .toc ol {{ font-size: 12pt; line-height: 1.9; }}
  .print-chapter {{ break-before: page; }}
</style>
</head>
<body>
<div class="md-typeset">
<section class="cover">
  <p class="cover__title">{html.escape(title)}</p>
  <p class="cover__meta">{html.escape(author)}</p>
  <p class="cover__meta">{html.escape(texts["version"].format(version=version))}</p>
  <p class="cover__meta">{html.escape(texts["date"].format(date=date))}</p>
  <p class="cover__meta">{html.escape(site_url)}</p>
  <p class="cover__disclaimer">{html.escape(disclaimer)}</p>
</section>
<nav class="toc" aria-labelledby="toc-title">
  <h1 id="toc-title">{texts["contents"]}</h1>
  <ol>
{toc_items}
  </ol>
</nav>
{sections}
</div>
</body>
</html>
"""
