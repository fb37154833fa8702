"""What a Markdown page is made of, with the line where each part is.

One parse per page feeds every structural check (translation parity, links,
anchors), so they agree on what a heading, a link or a block is. It reads the
Markdown source, not the built HTML, so the command-line tools can run it
without a build and every finding can name the line an editor has to change.

Scope of the syntax: ATX headings (`## Title {#id}`, or `<h2 id="...">`),
inline and reference links and images, autolinks, `href`/`src` of raw HTML,
admonitions (`!!!`), details (`???`), tabs (`===`), `::video` lines,
attribute lists and footnotes. Fenced code, inline code and HTML comments are
examples, not content, and are ignored.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

import yaml
from markdown.extensions.toc import slugify, unique

from scripts.markdown_text import FENCE, front_matter_end
from scripts.videos import Video, scan as scan_videos

ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$", re.MULTILINE)
CLOSING_HASHES = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
HEADING_ATTRS = re.compile(r"[ \t]*\{:?[ \t]*([^{}\n]*)\}[ \t]*$")
ATTR_ID = re.compile(r"(?:^|\s)#([^\s#.{}=]+)")
ANY_ATTR_LIST = re.compile(r"\{:?[ \t]*([^{}\n]*?#[^{}\n]*)\}")
HTML_HEADING = re.compile(r"<h([1-6])\b([^>]*)>(.*?)</h\1\s*>", re.IGNORECASE | re.DOTALL)
HTML_ID = re.compile(r"""<[A-Za-z][^>]*?\s(?:id|name)\s*=\s*["']([^"']+)["']""", re.IGNORECASE | re.DOTALL)
FOOTNOTE_DEFINITION = re.compile(r"^ {0,3}\[\^([^\]\n]+)\]:", re.MULTILINE)
FOOTNOTE_REFERENCE = re.compile(r"\[\^([^\]\n]+)\](?!:)")

_TEXT = r"(?:[^\[\]\n]|\n(?![ \t]*\n))"
INLINE_LINK = re.compile(
    r"\[(?P<text>(?:" + _TEXT + r"|\[" + _TEXT + r"*\])*)\]"
    r"\([ \t]*\n?[ \t]*(?P<target><[^<>\n]*>|(?:[^\s()]|\([^\s()]*\))*)"
    r"(?:[ \t]*\n?[ \t]*(?P<title>\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\n?[ \t]*\)"
)
REFERENCE_LINK = re.compile(
    r"\[(?P<text>(?:" + _TEXT + r"|\[" + _TEXT + r"*\])*)\]\[(?P<ref>[^\[\]\n]*)\]"
)
REFERENCE_DEFINITION = re.compile(
    r"^ {0,3}\[(?P<ref>[^\]\n^][^\]\n]*)\]:[ \t]*(?P<target><[^<>\n]*>|\S+)", re.MULTILINE
)
AUTOLINK = re.compile(r"<(?P<target>(?:https?|ftp|mailto|file):[^<>\s]+|[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)>")
HTML_LINK = re.compile(
    r"<(?P<tag>a|img|iframe|source|video|audio|embed|area|link)\b[^>]*?\s(?P<attr>href|src)\s*=\s*"
    r"(?P<quote>[\"'])(?P<target>.*?)(?P=quote)",
    re.IGNORECASE | re.DOTALL,
)
BLOCK = re.compile(
    r"^(?P<indent>[ \t]*)(?P<marker>!!!|\?\?\?\+?|===[!+]?)[ \t]*"
    r"(?P<type>[\w-]+(?:[ \t]+[\w-]+)*)?[ \t]*(?P<title>\".*\")?[ \t]*$",
    re.MULTILINE,
)
INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`)(?:[^\n]|\n(?![ \t]*\n))+?(?<!`)\1(?!`)")
HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
NOT_CONTENT_LINE = re.compile(r"^ {0,3}(?:\*\[[^\]]+\]:|-{2}8<-{2}).*$", re.MULTILINE)  # abbreviations, snippets
NON_NEWLINE = re.compile(r"[^\n]")
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster


@dataclass(frozen=True)
class Heading:
    line: int
    level: int
    text: str
    explicit_id: str | None
    id: str  # the ID the page will have: the explicit one, or the one toc generates


@dataclass(frozen=True)
class Link:
    line: int
    target: str
    kind: str  # "link", "image", "reference", "autolink", "html"
    text: str = ""

    @property
    def is_image(self) -> bool:
        return self.kind == "image" or (self.kind == "html" and self.text.lower() in ("img", "source", "video", "audio", "embed"))


@dataclass(frozen=True)
class Block:
    line: int
    marker: str  # "!!!", "???", "???+", "===", "===!", "===+"
    type: str    # admonition type ("tip", "note"...) or "tab"
    depth: int   # nesting level (indentation / 4)

    @property
    def label(self) -> str:
        return f"{self.marker} {self.type}" if self.type != "tab" else f'{self.marker} "…" (tab)'


@dataclass
class PageSource:
    """A parsed page. Line numbers are those of the source file, front matter included."""

    text: str
    lines: list[str]
    masked: str  # the text with code, comments and front matter blanked (same offsets)
    meta: dict
    meta_lines: dict[str, int]
    meta_error: str | None
    body_line: int  # line number of the first line after the front matter
    headings: list[Heading] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    videos: list[Video] = field(default_factory=list)
    anchors: frozenset[str] = frozenset()
    undefined_references: list[Link] = field(default_factory=list)

    @property
    def title(self) -> str | None:
        return next((h.text for h in self.headings if h.level == 1), None)

    @property
    def body(self) -> str:
        return "\n".join(self.lines[self.body_line - 1:])


def parse(text: str) -> PageSource:
    text = text.lstrip("\ufeff")
    lines = text.split("\n")
    start = front_matter_end(lines)
    meta, meta_lines, meta_error = _front_matter(lines[:start])
    masked = _mask(lines, start)
    page = PageSource(text=text, lines=lines, masked=masked, meta=meta, meta_lines=meta_lines,
                      meta_error=meta_error, body_line=start + 1)
    line_starts = _line_starts(masked)
    page.headings = _headings(masked, lines, line_starts)
    page.links, page.undefined_references = _links(masked, line_starts)
    page.blocks = _blocks(masked, line_starts)
    if "::" in text:
        videos, _problems = scan_videos("\n".join(lines[start:]), start + 1)
        page.videos = [video for _index, video in videos]
    page.anchors = frozenset(_anchors(masked, page.headings))
    return page


def line_of(line_starts: list[int], offset: int) -> int:
    """1-based line number of a character offset."""
    low, high = 0, len(line_starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if line_starts[middle] <= offset:
            low = middle
        else:
            high = middle - 1
    return low + 1


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(match.end() for match in re.finditer("\n", text))
    return starts


def _front_matter(lines: list[str]) -> tuple[dict, dict[str, int], str | None]:
    if not lines:
        return {}, {}, None
    key_lines = {}
    for number, line in enumerate(lines[1:-1], start=2):
        match = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if match:
            key_lines[match.group(1)] = number
    try:
        meta = yaml.load("\n".join(lines[1:-1]), Loader=_YAML_LOADER) or {}
    except yaml.YAMLError as error:
        return {}, key_lines, str(error).replace("\n", " ")
    if not isinstance(meta, dict):
        return {}, key_lines, "front matter is not a list of `key: value` lines"
    return meta, key_lines, None


def _blank(match: re.Match) -> str:
    return NON_NEWLINE.sub(" ", match.group(0))


def _mask(lines: list[str], start: int) -> str:
    """Blank front matter, fenced code, inline code, comments, abbreviation and snippet lines."""
    masked = []
    in_fence = False
    for index, line in enumerate(lines):
        if index < start:
            masked.append(" " * len(line))
            continue
        if FENCE.match(line):
            in_fence = not in_fence
            masked.append(" " * len(line))
            continue
        masked.append(" " * len(line) if in_fence else line)
    text = "\n".join(masked)
    text = HTML_COMMENT.sub(_blank, text)
    text = NOT_CONTENT_LINE.sub(_blank, text)
    return INLINE_CODE.sub(_blank, text) if "`" in text else text


def heading_text(raw: str) -> str:
    """The visible text of a heading, as toc sees it (for the generated ID)."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", raw)
    text = re.sub(r"\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])", r"\1", text)
    text = re.sub(r"`+([^`]*)`+", r"\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!])", r"\1", text)
    return html.unescape(text).strip()


def _headings(masked: str, lines: list[str], line_starts: list[int]) -> list[Heading]:
    found: list[tuple[int, int, str, str | None]] = []
    for match in ATX_HEADING.finditer(masked):
        number = line_of(line_starts, match.start())
        # Found in the masked text (not in code); read from the source (inline code is heading text).
        start = line_starts[number - 1]
        raw = lines[number - 1][match.start(2) - start:match.end(2) - start] if match.group(2) else ""
        explicit = None
        attrs = HEADING_ATTRS.search(raw)
        if attrs:
            id_match = ATTR_ID.search(" " + attrs.group(1))
            explicit = id_match.group(1) if id_match else None
            raw = raw[: attrs.start()]
        raw = CLOSING_HASHES.sub("", raw)
        found.append((number, len(match.group(1)), heading_text(raw), explicit))
    for match in HTML_HEADING.finditer(masked):
        id_match = re.search(r"""\sid\s*=\s*["']([^"']+)["']""", match.group(2))
        found.append((line_of(line_starts, match.start()), int(match.group(1)),
                      heading_text(match.group(3)), id_match.group(1) if id_match else None))
    found.sort()
    # Python-Markdown's toc: IDs already in the page are taken, the others get a slug made unique.
    used = {explicit for _, _, _, explicit in found if explicit}
    used.update(match.group(1) for attrs in ANY_ATTR_LIST.finditer(masked)
                for match in [ATTR_ID.search(" " + attrs.group(1))] if match)
    headings = []
    for number, level, text, explicit in found:
        generated = explicit or unique(slugify(text, "-"), used)
        headings.append(Heading(number, level, text, explicit, generated))
    return headings


def _anchors(masked: str, headings: list[Heading]) -> set[str]:
    anchors = {heading.id for heading in headings}
    for attrs in ANY_ATTR_LIST.finditer(masked):
        anchors.update(ATTR_ID.findall(" " + attrs.group(1)))
    anchors.update(HTML_ID.findall(masked))
    for label in FOOTNOTE_DEFINITION.findall(masked):
        anchors.add(f"fn:{label}")
    for label in FOOTNOTE_REFERENCE.findall(masked):
        anchors.add(f"fnref:{label}")
    return anchors


def _normal_reference(ref: str) -> str:
    return " ".join(ref.lower().split())


def _links(masked: str, line_starts: list[int]) -> tuple[list[Link], list[Link]]:
    links: list[Link] = []
    definitions = {}
    for match in REFERENCE_DEFINITION.finditer(masked):
        target = match.group("target").strip("<>")
        definitions[_normal_reference(match.group("ref"))] = target
        links.append(Link(line_of(line_starts, match.start("target")), target, "reference", match.group("ref")))

    def inline(text: str, offset: int) -> None:
        for match in INLINE_LINK.finditer(text):
            target = match.group("target").strip()
            if target.startswith("<") and target.endswith(">"):
                target = target[1:-1]
            kind = "image" if match.start() > 0 and text[match.start() - 1] == "!" else "link"
            line = line_of(line_starts, offset + match.start("target"))
            links.append(Link(line, target, kind, " ".join(match.group("text").split())))
            if "[" in match.group("text"):  # an image inside a link: [![alt](img.png)](page.md)
                inline(match.group("text"), offset + match.start("text"))

    inline(masked, 0)
    undefined = []
    for match in REFERENCE_LINK.finditer(masked):
        ref = _normal_reference(match.group("ref") or match.group("text"))
        if ref.startswith("^") or ref in definitions:
            continue
        undefined.append(Link(line_of(line_starts, match.start()), match.group("ref") or match.group("text"),
                              "reference", match.group("text")))
    for match in AUTOLINK.finditer(masked):
        target = match.group("target")
        if "@" in target and ":" not in target:
            target = "mailto:" + target
        links.append(Link(line_of(line_starts, match.start("target")), target, "autolink"))
    for match in HTML_LINK.finditer(masked):
        links.append(Link(line_of(line_starts, match.start("target")), html.unescape(match.group("target")),
                          "html", match.group("tag").lower()))
    links.sort(key=lambda link: link.line)
    return links, undefined


def _blocks(masked: str, line_starts: list[int]) -> list[Block]:
    blocks = []
    for match in BLOCK.finditer(masked):
        number = line_of(line_starts, match.start())
        marker = match.group("marker")
        if marker.startswith("==="):
            if not match.group("title"):
                continue  # `===` alone is a setext underline or a table rule, not a tab
            kind = "tab"
        else:
            if not match.group("type"):
                continue
            kind = match.group("type").split()[0].lower()
        depth = len(match.group("indent").expandtabs(4)) // 4
        blocks.append(Block(number, marker, kind, depth))
    return blocks
