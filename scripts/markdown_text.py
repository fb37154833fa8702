"""Prose lines of a Markdown page, without the parts that are not prose.

Shared by the spelling check and the word counts: front matter, code, URLs,
link targets, HTML tags, attribute lists and extension markers are blanked out,
and line numbers are kept so that findings point at the right line.
"""

from __future__ import annotations

import re

FENCE = re.compile(r"^\s*(```|~~~)")
INLINE_CODE = re.compile(r"`[^`]*`")
URL = re.compile(r"\b(?:https?|mailto|ftp)://\S+|\bwww\.\S+|<[^<>\s]+@[^<>\s]+>")
# A bare domain written as text, e.g. likumi.lv, e-tar.lt, sppd.lrv.lt, latlit.eu.
DOMAIN = re.compile(r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:lv|lt|eu|com|org|net|gov|int)\b")
LINK_TARGET = re.compile(r"\]\([^)]*\)|\]\[[^\]]*\]")
REFERENCE_DEFINITION = re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$")
ATTR_LIST = re.compile(r"\{\s*[:#.][^}]*\}|\{\s*\w+=[^}]*\}")
HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>|<!--.*?-->")
SNIPPET = re.compile(r"^\s*-{2}8<-{2}.*$")
ABBREVIATION = re.compile(r"^\*\[[^\]]+\]:.*$")
BLOCK_MARKER = re.compile(r'^(\s*)(?:!!!|\?\?\?\+?|===)\s*[\w-]*(?:\s+[\w-]+)*')
# Words in another language, marked for screen readers (WCAG 3.1.2) and spell-checked
# in that language: *dienas aprūpes centrs*{lang=lv} or <span lang="lv">…</span>.
OTHER_LANGUAGE = re.compile(
    r"""(\*\*?|_)(?P<md>[^*_]+)\1\{[^}]*\blang=["']?(?P<md_lang>\w+)["']?[^}]*\}"""
    r"""|<(?P<tag>\w+)\b[^>]*\blang=["'](?P<html_lang>\w+)["'][^>]*>(?P<html>.*?)</(?P=tag)>"""
)
VIDEO_DIRECTIVE = re.compile(r"^\s*::\s*video\b.*$")  # the video embed line (issue 4 syntax)


def front_matter_end(lines: list[str]) -> int:
    """Index of the first line after a leading `---` YAML block (0 if none)."""
    if lines and lines[0].strip() == "---":
        for index in range(1, len(lines)):
            if lines[index].strip() in ("---", "..."):
                return index + 1
    return 0


def prose_lines(markdown: str) -> list[tuple[int, str]]:
    """(line number, prose text) for every line, 1-based, with non-prose blanked."""
    return [(number, text) for number, text, _ in _lines(markdown)]


def other_language_parts(markdown: str) -> list[tuple[int, str, str]]:
    """(line number, language, text) of every part marked as another language."""
    return [(number, language, text) for number, _, parts in _lines(markdown) for language, text in parts]


def _lines(markdown: str) -> list[tuple[int, str, list[tuple[str, str]]]]:
    """(line number, prose text, [(language, text) of its parts in another language])."""
    lines = markdown.splitlines()
    start = front_matter_end(lines)
    result: list[tuple[int, str]] = []
    in_fence = False
    for number, line in enumerate(lines, start=1):
        if number <= start:
            continue
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence or SNIPPET.match(line) or ABBREVIATION.match(line) or REFERENCE_DEFINITION.match(line):
            continue
        if VIDEO_DIRECTIVE.match(line):
            # The title in quotes is prose; the rest (ID, options) is not.
            titles = re.findall(r'"([^"]*)"', line)
            result.append((number, " ".join(titles), []))
            continue
        text = INLINE_CODE.sub(" ", line)
        parts = [(m["md_lang"] or m["html_lang"], m["md"] if m["md"] is not None else HTML_TAG.sub(" ", m["html"]))
                 for m in OTHER_LANGUAGE.finditer(text)]
        text = OTHER_LANGUAGE.sub(" ", text)
        text = LINK_TARGET.sub("] ", text)
        text = URL.sub(" ", text)
        text = DOMAIN.sub(" ", text)
        text = HTML_TAG.sub(" ", text)
        text = ATTR_LIST.sub(" ", text)
        text = BLOCK_MARKER.sub(r"\1", text)
        result.append((number, text, parts))
    return result
