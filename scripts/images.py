"""Images on a page: each needs a text alternative, and none may be heavy.

Readers of screen readers hear the alt text in the page's language (WCAG
1.1.1); readers on slow rural connections pay for every kilobyte, and a page
must stay under 500 KB (see scripts/benchmarks/pages.py). The checks read the
page's rendered HTML (whatever Markdown or HTML wrote the image) and point the
editor at the source line that names the image.

Shared by the MkDocs hook (scripts/hooks/images.py) and the tests.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
ATTRIBUTE = re.compile(r"""\b([\w:-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")
# One image of a page may weigh at most this much (the whole page: 500 KB).
MAX_IMAGE_BYTES = 200 * 1024


@dataclass(frozen=True)
class ImageProblem:
    """An image an editor must fix, with the source line that names it."""

    line: int
    message: str

    def format(self, path: str) -> str:
        return f"{path}:{self.line}: {self.message}"


def attributes(tag: str) -> dict[str, str]:
    return {name.lower(): html.unescape(value.strip("\"'")) for name, value in ATTRIBUTE.findall(tag)}


def images(page_html: str) -> list[dict[str, str]]:
    """The attributes of every <img> of a page, in order."""
    return [attributes(tag) for tag in IMG.findall(page_html)]


def source_line(source: str, src: str) -> int:
    """1-based line of the page source that names the image (1 if not found)."""
    name = src.rsplit("/", 1)[-1]
    for candidate in (src, name):
        if not candidate:
            continue
        for number, line in enumerate(source.splitlines(), start=1):
            if candidate in line:
                return number
    return 1


def alt_problems(page_html: str, source: str) -> list[ImageProblem]:
    """Images without a text alternative (decorative ones say role="presentation")."""
    problems = []
    for image in images(page_html):
        if image.get("role") in ("presentation", "none") or image.get("aria-hidden") == "true":
            continue
        if not image.get("alt", "").strip():
            src = image.get("src", "")
            name = src.rsplit("/", 1)[-1]
            problems.append(ImageProblem(
                source_line(source, src),
                f'image "{name}" has no alt text; describe what it shows in the page\'s language: '
                f"![A short description](.../{name})",
            ))
    return problems


def weight_problem(src: str, size: int, source: str) -> ImageProblem | None:
    """An image file heavier than MAX_IMAGE_BYTES, or None."""
    if size <= MAX_IMAGE_BYTES:
        return None
    return ImageProblem(
        source_line(source, src),
        f'image "{src.rsplit("/", 1)[-1]}" weighs {size / 1024:.0f} KB, more than {MAX_IMAGE_BYTES // 1024} KB; '
        "resize it to at most 1600 pixels wide and save it as JPEG (quality 80) or WebP",
    )
