"""The figures a page states, written so that the two languages can be compared.

A translation must keep every sum, count, year, numeric date and identifier.
The two languages write some of them differently, so each figure is reduced to
one form before comparing:

- `705 573,37` and `705573.37` are the same number (spaces, no-break spaces
  and a line break inside the thousands, decimal comma or point);
- `18.06.2020`, `2020-06-18` and `2020.06.18` are the same date;
- `LLI-425`, `COVID-19`, `Nr. X-493` are identifiers, kept whole;
- `2022. gada` (lv) and `2022 m.` (lt) both state 2022; `2020.–2022.` and
  `2020–2022` both state 2020 and 2022.

Not figures: ordered-list markers, heading IDs, link targets and URLs, code,
HTML, video IDs, footnote labels (the prose comes from
scripts/markdown_text.prose_lines, which already drops most of these).

A line that starts with a year and a full stop (`2021. gada janvārī ...`) at
the start of a paragraph or list item is turned into a numbered list by
Markdown, and the year disappears from the page; `swallowed_numbers` finds
those lines so that an editor can fix them.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from scripts import markdown_text
from scripts.markdown_text import FENCE, front_matter_end, prose_lines

TOKEN = re.compile(
    r"(?P<id>(?<![\w-])[A-Za-z][A-Za-z0-9]*(?:[-\u2011][A-Za-z0-9]+)*[-\u2011]\d+[A-Za-z0-9]*(?![\w]))"
    r"|(?P<date>(?<![\w.,])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?!\d))"
    r"|(?P<iso>(?<![\w.,])(?P<iy>\d{4})[-.](?P<im>\d{2})[-.](?P<id_>\d{2})(?![\d.,]\d))"
    r"|(?P<number>(?<![\w])(?<!\d[.,:])"
    r"(?:\d{1,3}(?:(?:[ \u00a0\u202f\u2009]|\n[ \t]*)\d{3})+(?![\d])|\d+)(?:[.,:]\d+)?(?!\d))"
)
ORDERED_MARKER = re.compile(r"^([ \t]*)(\d{1,9})\.(?=[ \t]+\S)")
UNORDERED_MARKER = re.compile(r"^[ \t]*[-*+][ \t]+\S")
CONTAINER_START = re.compile(r"^[ \t]*(?:!!!|\?\?\?\+?|===[!+]?|#{1,6}[ \t])")
FOOTNOTE_START = re.compile(r"^[ \t]*\[\^[^\]\n]*\]:", re.MULTILINE)
FOOTNOTE_LABEL = re.compile(r"\[\^[^\]\n]*\]:?")
ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")
NO_BREAK_ENTITIES = {"&nbsp;", "&#160;", "&#xa0;", "&#xA0;", "&#8239;", "&thinsp;"}
DIGIT = re.compile(r"\d")
SEPARATORS = re.compile(r"[ \u00a0\u202f\u2009\t\n]+")
# A real ordered list does not reach item 100; a larger "marker" is a year or a figure.
LARGEST_LIST_NUMBER = 99


@dataclass(frozen=True)
class NumberToken:
    line: int
    value: str  # the comparable form
    text: str   # as written on the page


@lru_cache(maxsize=8192)
def list_markers(markdown: str) -> dict[int, tuple[int, bool]]:
    """{line number: (marker number, lost)} for lines Markdown makes ordered-list items.

    Python-Markdown starts a list only at the start of a block (after a blank
    line, a heading, an admonition/tab line, or at the start of the page), and
    inside a list block every line that starts with `<digits>. ` is a new item.
    It numbers every list from 1, so a number is *lost* unless it is 1 or the
    next number of the same list: `2021. gadā …` or `24. novembrī …` at the start
    of a paragraph is not a list the editor meant, and the figure disappears.
    """
    lines = markdown.split("\n")
    start = front_matter_end(lines)
    markers: dict[int, tuple[int, bool]] = {}
    last: dict[int, int] = {}  # indentation -> last item number of the list open there
    block_start, block_is_list, in_fence = True, False, False
    for number, line in enumerate(lines, start=1):
        if number <= start:
            continue
        stripped = line.lstrip()
        if not stripped:
            if not in_fence:
                block_start, block_is_list = True, False
            continue
        first = stripped[0]  # most lines are decided by their first character, without a regex
        if first in "`~" and FENCE.match(line):
            in_fence = not in_fence
            block_start, block_is_list = False, False
            continue
        if in_fence:
            continue
        indent = len(line) - len(stripped)
        if "\t" in line[:indent]:
            indent = len(line[:indent].expandtabs(4))
        ordered = ORDERED_MARKER.match(line) if first.isdigit() else None
        unordered = UNORDERED_MARKER.match(line) if first in "-*+" else None
        if block_start:
            block_is_list = bool(ordered or unordered)
            if not block_is_list and indent == 0:
                last.clear()  # a paragraph, heading or block at the margin ends every list
        if block_is_list and (ordered or unordered):
            for deeper in [level for level in last if level > indent]:
                del last[deeper]
            if ordered:
                value = int(ordered.group(2))
                lost = value > LARGEST_LIST_NUMBER or (value != 1 and value != last.get(indent, -1) + 1)
                markers[number] = (value, lost)
                if not lost:
                    last[indent] = value
            else:
                last.pop(indent, None)
        block_start = first in "!?=#" and bool(CONTAINER_START.match(line))
        if block_start and indent == 0:
            last.clear()
    return markers


def swallowed_numbers(markdown: str) -> list[tuple[int, str]]:
    """(line, number) where a figure at the start of a line becomes a list number and disappears."""
    return [(line, str(value)) for line, (value, lost) in sorted(list_markers(markdown).items()) if lost]


def _entity(match: re.Match) -> str:
    return "\u00a0" if match.group(0) in NO_BREAK_ENTITIES else " " * len(match.group(0))


def normalise(match: re.Match) -> str:
    if match.group("id"):
        return match.group("id").replace("\u2011", "-").upper()
    if match.group("date") or match.group("iso"):
        if match.group("date"):
            year, month, day = match.group("y"), match.group("m"), match.group("d")
        else:
            year, month, day = match.group("iy"), match.group("im"), match.group("id_")
        if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
            return f"{year}-{int(month):02d}-{int(day):02d}"
        return "/".join((year, month, day))
    text = SEPARATORS.sub("", match.group("number")).replace(",", ".").replace(":", ".")
    whole, dot, fraction = text.partition(".")
    return (whole.lstrip("0") or "0") + dot + fraction


# Every line prose_lines can change or drop has one of these (a code, link, HTML,
# attribute, URL, domain, block, snippet, abbreviation or video mark); a line
# without any is prose as it stands. Valid for the rules fingerprinted below.
MAY_CHANGE = re.compile(r"[`{<]|\](?:\(|\[)|^\s*\[|\*\[|://|www\.|!!!|\?\?\?|===|::|8<"
                        r"|\.(?:lv|lt|eu|com|org|net|gov|int)\b")
KNOWN_PROSE_RULES = "93fc8da8d19e"


def _prose_rules() -> str:
    """A fingerprint of markdown_text's rules: the whole module, so that any change is reviewed."""
    module = Path(markdown_text.__file__).read_text(encoding="utf-8")
    return hashlib.sha256(module.encode()).hexdigest()[:12]


FAST_PROSE = _prose_rules() == KNOWN_PROSE_RULES


def prose(markdown: str) -> tuple[tuple[int, str], ...]:
    """markdown_text.prose_lines (not cached: its many small tuples would slow the garbage collector
    for the rest of the build; the results derived from it are cached instead).

    A footnote (`[^1]: text`) is prose, but prose_lines takes it for a link
    reference definition; its label is blanked first so that its text counts.

    Faster, same result: prose_lines is given only the lines it may change
    (and the front matter and fences, its only state); every other line is
    prose as it stands. Should markdown_text's rules change, the fingerprint no
    longer matches and every line goes through prose_lines again.
    """
    markdown = FOOTNOTE_START.sub(lambda m: " " * len(m.group(0)), markdown)
    if not FAST_PROSE:
        return tuple(prose_lines(markdown))
    lines = markdown.splitlines()  # as prose_lines splits
    start = front_matter_end(lines)
    compact = lines[:start]   # what prose_lines gets: front matter, fences, the lines it may change
    slots: list[int] = []      # for each of those (after the front matter): its line number
    result: list = []
    in_fence = False
    for index in range(start, len(lines)):
        line = lines[index]
        if ("`" in line or "~" in line) and FENCE.match(line):
            in_fence = not in_fence
            compact.append(line)
            slots.append(-1)
        elif in_fence:
            continue
        elif MAY_CHANGE.search(line):
            compact.append(line)
            slots.append(index + 1)
            result.append(index + 1)  # filled in below, or dropped
        else:
            result.append((index + 1, line))
    changed = {slots[number - start - 1]: text for number, text in prose_lines("\n".join(compact))}
    return tuple(item if isinstance(item, tuple) else (item, changed[item]) for item in result
                 if isinstance(item, tuple) or item in changed)


def _figure_prose(markdown: str) -> list[tuple[int, str]]:
    """prose_lines of the lines that have a digit, with their line numbers.

    prose_lines works line by line (its only state is the front matter and the
    fences), so it is given just those lines, the front matter and the fence
    lines, and its line numbers are mapped back: the same result, far less work.
    """
    lines = markdown.splitlines()  # as prose_lines splits
    start = front_matter_end(lines)
    kept = [index for index, line in enumerate(lines)
            if index < start or FENCE.match(line) or DIGIT.search(line)]
    compact = prose("\n".join(lines[index] for index in kept))
    return [(kept[number - 1] + 1, text) for number, text in compact]


@lru_cache(maxsize=8192)
def numeric_tokens(markdown: str) -> tuple[NumberToken, ...]:
    """Every figure of a page (front matter excluded), in page order."""
    markers = list_markers(markdown)
    pieces: list[str] = []
    starts: list[int] = []  # offset in the joined text where each kept line begins
    numbers: list[int] = []
    offset, previous = 0, None
    for number, text in _figure_prose(markdown):
        if not DIGIT.search(text):
            continue  # most lines state no figure; scanning only the others is much faster
        if number in markers and not markers[number][1]:  # a list number, not a figure of the text
            text = ORDERED_MARKER.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), text, count=1)
        text = ENTITY.sub(_entity, FOOTNOTE_LABEL.sub(" ", text))
        # Adjacent lines stay adjacent (a figure may be wrapped); others are kept apart by a blank line.
        glue = "" if previous is None else ("\n" if number == previous + 1 else "\n\n")
        offset += len(glue)
        pieces.append(glue + text)
        starts.append(offset)
        numbers.append(number)
        offset += len(text)
        previous = number
    joined = "".join(pieces)
    return tuple(NumberToken(numbers[bisect_right(starts, match.start()) - 1], normalise(match),
                             " ".join(match.group(0).split()))
                 for match in TOKEN.finditer(joined))
