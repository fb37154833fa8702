"""The page parse: the IDs a page will have, and the line of every link and block."""

from __future__ import annotations

import re

import markdown

from scripts.markdown_page import parse

EXTENSIONS = ["attr_list", "toc", "footnotes", "admonition", "md_in_html"]


def rendered_ids(text: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', markdown.markdown(text, extensions=EXTENSIONS)))


def test_heading_ids_are_those_python_markdown_gives():
    page = """# Lapa

## Budžeta plānošana {#budget}

## Budžeta plānošana

## Budžeta **plānošana** ar `kodu` un [saiti](x.md)

### Ž ū ņ ģ — 2021. gads

## Budžeta plānošana {: #budzeta-planosana .klase }

<h2 id="html-heading">HTML</h2>

Teksts ar atsauci.[^1] {#paragraph-id}

[^1]: Avots.
"""
    parsed = parse(page)
    assert [(h.level, h.explicit_id, h.id) for h in parsed.headings] == [
        (1, None, "lapa"),
        (2, "budget", "budget"),
        (2, None, "budzeta-planosana_1"),
        (2, None, "budzeta-planosana-ar-kodu-un-saiti"),
        (3, None, "z-u-n-g-2021-gads"),
        (2, "budzeta-planosana", "budzeta-planosana"),
        (2, "html-heading", "html-heading"),
    ]
    heading_ids = {h.id for h in parsed.headings}
    assert heading_ids <= rendered_ids(page)
    assert {"paragraph-id", "fn:1", "fnref:1"} <= parsed.anchors
    assert heading_ids <= parsed.anchors


def test_links_blocks_and_their_lines():
    page = """---
description: x
---

# Lapa

Teksts ar [saiti, kas turpinās
nākamajā rindā](planning.md#needs) un ![attēlu](../assets/a.svg).

```markdown
[nav saite](code.md)
```

Un `[arī nav](inline.md)`, bet <https://likumi.lv/> ir. [Atsauce][ref] un <a href="x.md">HTML</a>.

[ref]: other.md#target

!!! tip "Ieteikums"
    Teksts.

=== "Cilne"

    Teksts.

::video z7q120r58Us "Video"
"""
    parsed = parse(page)
    assert [(link.line, link.target, link.kind) for link in parsed.links] == [
        (8, "planning.md#needs", "link"),
        (8, "../assets/a.svg", "image"),
        (14, "https://likumi.lv/", "autolink"),
        (14, "x.md", "html"),
        (16, "other.md#target", "reference"),
    ]
    assert [(b.line, b.marker, b.type) for b in parsed.blocks] == [(18, "!!!", "tip"), (21, "===", "tab")]
    assert [(v.line, v.video_id) for v in parsed.videos] == [(25, "z7q120r58Us")]
    assert parsed.meta == {"description": "x"} and parsed.meta_lines == {"description": 2}
