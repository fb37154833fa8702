"""What search engines and link previews read: descriptions, language alternates, robots.txt.

Plain functions over page metadata and built HTML, shared by the MkDocs hook
(scripts/hooks/seo.py) and the tests.

- Every page needs its own `description:` in front matter, in its language;
  without one Material repeats the site description on every page.
- Material writes the `hreflang` alternates that mkdocs-static-i18n gives it as
  relative links; search engines want absolute ones (the same URLs as in
  sitemap.xml), so they are made absolute from the page's canonical URL.
- robots.txt names the sitemap at the address the site is published at
  (`site_url`, which deployment may change with SITE_URL).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from scripts.markdown_text import front_matter_end

HEAD_ALTERNATE = re.compile(r'<link rel="alternate" href="(?P<href>[^"]*)" hreflang="(?P<lang>[^"]+)">')


def description_problem(meta: dict, source: str = "") -> str | None:
    """What is wrong with a page's front matter description, or None.

    A `description:` line that MkDocs could not read (the front matter is not
    valid YAML) is the front matter check's to report, not a second problem.
    """
    description = meta.get("description")
    if description is None and _front_matter_names_description(source):
        return None
    if description is None:
        return ("no description in the front matter; add `description: One sentence in the "
                "page's language` between `---` lines at the top")
    if not isinstance(description, str) or not description.strip():
        return "the front matter description is empty; write one sentence in the page's language"
    return None


def _front_matter_names_description(source: str) -> bool:
    lines = source.splitlines()
    end = front_matter_end(lines)
    return any(line.startswith("description:") for line in lines[1:end])


def absolute_alternates(page_html: str, canonical_url: str | None) -> str:
    """Turn the head's relative `hreflang` links into absolute URLs."""
    if not canonical_url:
        return page_html

    def absolute(match: re.Match) -> str:
        href = urljoin(canonical_url, match.group("href"))
        return f'<link rel="alternate" href="{href}" hreflang="{match.group("lang")}">'

    head_end = page_html.find("</head>")
    if head_end < 0:
        return page_html
    return HEAD_ALTERNATE.sub(absolute, page_html[:head_end]) + page_html[head_end:]


def robots_txt(site_url: str | None) -> str:
    """Everything may be crawled; the sitemap is at the published address."""
    lines = ["User-agent: *", "Allow: /"]
    if site_url:
        lines += ["", f"Sitemap: {site_url.rstrip('/')}/sitemap.xml"]
    return "\n".join(lines) + "\n"
