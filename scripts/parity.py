"""Do the two languages of a page say the same thing in the same shape?

A translation may word everything differently, but it keeps what readers and
trainers rely on: the same sections with the same IDs (citations link to
them), the same videos, images and internal links, the same admonitions and
tabs, the same figures, and the same language-independent front matter.

Findings go to the page that follows the other (the translation; see
scripts/translation.py for the direction), at the line where the editor has to
act, and name the line of the other page that shows what is expected.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable, Mapping

from scripts.findings import Finding
from scripts.languages import display_path
from scripts.links import LANGUAGE_NAMES, internal_key
from scripts.markdown_page import Heading, PageSource
from scripts.numeric_tokens import numeric_tokens, swallowed_numbers
from scripts.site_pages import Site
from scripts.translation import KEY as TRANSLATION_KEY, direction

# Front-matter keys that belong to one language only (tools add them per page).
LANGUAGE_KEYS = frozenset({TRANSLATION_KEY, "description", "title"})
# Keys whose values must be the same in both languages (layout and behaviour, not words).
SAME_VALUE_KEYS = frozenset({"hide", "template", "icon", "status", "search", "toc_depth"})


class _Pair:
    """One page in both languages: `source` is followed by `target`."""

    def __init__(self, site: Site, rel: str, source: str, target: str):
        self.site, self.rel = site, rel
        self.source_language, self.target_language = source, target
        self.source: PageSource = site.page(source, rel)
        self.target: PageSource = site.page(target, rel)
        self.source_path = display_path(source, rel)
        self.target_path = display_path(target, rel)

    def at(self, line: int, message: str) -> Finding:
        return Finding(self.target_path, line, message)

    def source_at(self, line: int) -> str:
        return f"{self.source_path}:{line}"

    # Sections: where in the target an item that is missing belongs.
    @staticmethod
    def section_of(page: PageSource, line: int) -> str | None:
        section = None
        for heading in page.headings:
            if heading.line > line:
                break
            if heading.level > 1:
                section = heading.id
        return section

    def target_line_for(self, section: str | None) -> int:
        for heading in self.target.headings:
            if (section is None and heading.level == 1) or (section is not None and heading.id == section):
                return heading.line
        return self.target.body_line

    @staticmethod
    def where(section: str | None) -> str:
        return f"section #{section}" if section else "the introduction"


def _last_line(page: PageSource) -> int:
    return len(page.lines) - 1 if len(page.lines) > 1 and page.lines[-1] == "" else len(page.lines)


def _heading_label(heading: Heading) -> str:
    return f"{{#{heading.explicit_id}}}" if heading.explicit_id else f"'{heading.text}'"


def compare_headings(pair: _Pair, renamed: Mapping[str, str] | None = None) -> list[Finding]:
    """Same sequence of heading levels and explicit IDs; H2+ need an ID.

    `renamed` maps old heading IDs of this page to new ones (kept so that old
    citations still work); a translation still using an old ID is told the new one.
    """
    renamed = renamed or {}
    findings: list[Finding] = []
    source, target = pair.source.headings, pair.target.headings
    keys = lambda headings: [(h.level, h.explicit_id) for h in headings]  # noqa: E731
    matcher = difflib.SequenceMatcher(a=keys(source), b=keys(target), autojunk=False)
    for operation, i1, i2, j1, j2 in matcher.get_opcodes():
        if operation == "equal":
            for s, t in zip(source[i1:i2], target[j1:j2]):
                if s.level > 1 and s.explicit_id is None:
                    findings.extend(_both_without_id(pair, s, t))
            continue
        paired = min(i2 - i1, j2 - j1) if operation == "replace" else 0
        for s, t in zip(source[i1:i1 + paired], target[j1:j1 + paired]):
            findings.extend(_paired_headings(pair, s, t, renamed))
        for s in source[i1 + paired:i2]:
            if j1 + paired < len(target):
                line, place = target[j1 + paired].line, "before this heading"
            else:
                line, place = _last_line(pair.target), "at the end of the page"
            level = "#" * s.level
            if s.level == 1:
                findings.append(pair.at(line, f"page title (H1) '{s.text}' missing ({pair.source_at(s.line)} has "
                                              f"it); add '# <title>' {place}"))
            else:
                findings.append(pair.at(line, f"heading {_heading_label(s)} missing ({pair.source_at(s.line)} has "
                                              f"'{level} {s.text}'); add the section {place}"
                                              + (f" with {{#{s.explicit_id}}}" if s.explicit_id else "")))
        for t in target[j1 + paired:j2]:
            findings.append(pair.at(t.line, f"heading {_heading_label(t)} is not in {pair.source_path}; remove it "
                                            f"here or add it there"))
    return findings


def _both_without_id(pair: _Pair, s: Heading, t: Heading) -> list[Finding]:
    advice = ("add an English kebab-case ID, the same in both languages, e.g. '{level} {text} {{#short-name}}' "
              "(citations link to it)")
    return [
        Finding(pair.source_path, s.line, f"heading '{s.text}' has no ID; " +
                advice.format(level="#" * s.level, text=s.text) + f"; {pair.target_path}:{t.line} needs it too"),
        pair.at(t.line, f"heading '{t.text}' has no ID; " + advice.format(level="#" * t.level, text=t.text)
                + f"; {pair.source_path}:{s.line} needs it too"),
    ]


def _paired_headings(pair: _Pair, s: Heading, t: Heading, renamed: Mapping[str, str]) -> list[Finding]:
    level_fix = "" if s.level == t.level else f" and make it H{s.level} ('{'#' * s.level} …')"
    if s.explicit_id and t.explicit_id is None:
        if s.level == 1:
            return [pair.at(t.line, f"page title ID '{s.explicit_id}' missing ({pair.source_at(s.line)} has it); "
                                    f"add {{#{s.explicit_id}}}")]
        return [pair.at(t.line, f"heading ID '{s.explicit_id}' missing ({pair.source_at(s.line)} has it); "
                                f"add {{#{s.explicit_id}}}{level_fix}")]
    if s.explicit_id is None and t.explicit_id:
        found = [Finding(pair.source_path, s.line, f"heading ID '{t.explicit_id}' missing ({pair.target_path}:"
                                                   f"{t.line} has it); add {{#{t.explicit_id}}}")]
        if s.level != t.level:
            found.append(pair.at(t.line, f"heading is H{t.level} here but H{s.level} in {pair.source_at(s.line)}; "
                                         f"write it with '{'#' * s.level}'"))
        return found
    if s.explicit_id != t.explicit_id:
        if renamed.get(t.explicit_id) == s.explicit_id:
            return [pair.at(t.line, f"heading ID '{t.explicit_id}' was renamed to '{s.explicit_id}' "
                                    f"({pair.source_at(s.line)}); change it to {{#{s.explicit_id}}}{level_fix}")]
        return [pair.at(t.line, f"heading ID '{t.explicit_id}' does not match '{s.explicit_id}' "
                                f"({pair.source_at(s.line)}); change it to {{#{s.explicit_id}}}{level_fix}")]
    label = f"{{#{s.explicit_id}}}" if s.explicit_id else f"'{t.text}'"
    return [pair.at(t.line, f"heading {label} is H{t.level} here but H{s.level} in {pair.source_at(s.line)}; "
                            f"write it with '{'#' * s.level}'")]


def _compare_sets(pair: _Pair, source_items: Iterable[tuple[int, str, str]], target_items: Iterable[tuple[int, str, str]],
                  missing: str, extra: str) -> list[Finding]:
    """Items are (line, key, shown); a key of one page must be on the other page too."""
    source_first: dict[str, tuple[int, str]] = {}
    for line, key, shown in source_items:
        source_first.setdefault(key, (line, shown))
    target_first: dict[str, tuple[int, str]] = {}
    for line, key, shown in target_items:
        target_first.setdefault(key, (line, shown))
    findings = []
    for key, (line, shown) in source_first.items():
        if key not in target_first:
            section = pair.section_of(pair.source, line)
            findings.append(pair.at(pair.target_line_for(section), missing.format(
                shown=shown, source=pair.source_at(line), where=pair.where(section))))
    for key, (line, shown) in target_first.items():
        if key not in source_first:
            findings.append(pair.at(line, extra.format(shown=shown, source=pair.source_path)))
    return findings


def compare_videos(pair: _Pair) -> list[Finding]:
    return _compare_sets(
        pair,
        [(v.line, v.video_id, v.video_id) for v in pair.source.videos],
        [(v.line, v.video_id, v.video_id) for v in pair.target.videos],
        "video {shown} missing ({source} has it); add '::video {shown} \"<title in this language>\"' in {where}",
        "video {shown} is not in {source}; remove it here or add it there",
    )


def compare_images(pair: _Pair) -> list[Finding]:
    def items(language: str, page: PageSource):
        for link in page.links:
            if link.is_image:
                key = internal_key(pair.site, language, pair.rel, link.target) or link.target
                yield link.line, key, link.target

    return _compare_sets(
        pair, items(pair.source_language, pair.source), items(pair.target_language, pair.target),
        "image '{shown}' missing ({source} has it); add it in {where}",
        "image '{shown}' is not in {source}; remove it here or add it there",
    )


def compare_links(pair: _Pair) -> list[Finding]:
    def items(language: str, page: PageSource):
        for link in page.links:
            if not link.is_image:
                key = internal_key(pair.site, language, pair.rel, link.target)
                if key is not None:
                    yield link.line, key, link.target

    return _compare_sets(
        pair, items(pair.source_language, pair.source), items(pair.target_language, pair.target),
        "link to '{shown}' missing ({source} has it); link the same page and section in {where}",
        "link to '{shown}' is not in {source}; link what the other language links, or add it there",
    )


def compare_blocks(pair: _Pair) -> list[Finding]:
    """Admonitions, collapsible blocks and tabs: same kinds in the same order."""
    findings = []
    source, target = pair.source.blocks, pair.target.blocks
    keys = lambda blocks: [(b.marker, b.type, b.depth) for b in blocks]  # noqa: E731
    matcher = difflib.SequenceMatcher(a=keys(source), b=keys(target), autojunk=False)
    for operation, i1, i2, j1, j2 in matcher.get_opcodes():
        if operation == "equal":
            continue
        paired = min(i2 - i1, j2 - j1) if operation == "replace" else 0
        for s, t in zip(source[i1:i1 + paired], target[j1:j1 + paired]):
            fix = f"'{s.marker} {s.type}'" if s.type != "tab" else f"'{s.marker} \"…\"'"
            nesting = "" if s.depth == t.depth else f" (indented {s.depth * 4} spaces there, {t.depth * 4} here)"
            findings.append(pair.at(t.line, f"block {t.label} here but {s.label} in {pair.source_at(s.line)}"
                                            f"{nesting}; use {fix}"))
        for s in source[i1 + paired:i2]:
            section = pair.section_of(pair.source, s.line)
            findings.append(pair.at(pair.target_line_for(section),
                                    f"block {s.label} missing ({pair.source_at(s.line)} has it); add it in "
                                    f"{pair.where(section)}"))
        for t in target[j1 + paired:j2]:
            findings.append(pair.at(t.line, f"block {t.label} is not in {pair.source_path}; remove it here or "
                                            f"add it there"))
    return findings


def compare_numbers(pair: _Pair) -> list[Finding]:
    """The figures of both pages are the same multiset; differences are placed by section."""
    source = numeric_tokens(pair.source.text)
    target = numeric_tokens(pair.target.text)
    source_count = Counter(token.value for token in source)
    target_count = Counter(token.value for token in target)
    if source_count == target_count:
        return []
    findings = []

    def by_section(page, tokens, value):
        sections: dict[str | None, list] = {}
        for token in tokens:
            if token.value == value:
                sections.setdefault(pair.section_of(page, token.line), []).append(token)
        return sections

    for value in sorted(set(source_count) | set(target_count)):
        if source_count[value] == target_count[value]:
            continue
        in_source = by_section(pair.source, source, value)
        in_target = by_section(pair.target, target, value)
        if source_count[value] > target_count[value]:
            for section, tokens in in_source.items():
                short = len(tokens) - len(in_target.get(section, []))
                if short <= 0:
                    continue
                lines = ",".join(str(t.line) for t in tokens)
                times = "" if len(tokens) == 1 else f" {len(tokens)} times"
                here = len(in_target.get(section, []))
                here_part = f", this page only {here}" if here else ""
                findings.append(pair.at(
                    pair.target_line_for(section),
                    f"number '{tokens[0].text}' missing in {pair.where(section)} ({pair.source_path}:{lines} has "
                    f"it{times}{here_part}); add it or correct the figure"))
        else:
            for section, tokens in in_target.items():
                there = len(in_source.get(section, []))
                if len(tokens) <= there:
                    continue
                if there:
                    problem = (f"number '{tokens[0].text}' appears {len(tokens)} times in {pair.where(section)} "
                               f"here but {there} in {pair.source_path}")
                else:
                    problem = f"number '{tokens[0].text}' is not in {pair.where(section)} of {pair.source_path}"
                findings.append(pair.at(tokens[-1].line if there else tokens[0].line,
                                        problem + "; remove it or correct the figure"))
    return findings


def compare_front_matter(pair: _Pair) -> list[Finding]:
    findings = []
    source_keys = set(pair.source.meta) - LANGUAGE_KEYS
    target_keys = set(pair.target.meta) - LANGUAGE_KEYS
    for key in sorted(source_keys - target_keys):
        findings.append(pair.at(1, f"front matter key '{key}' missing ({pair.source_at(pair.source.meta_lines.get(key, 1))}"
                                   f" has it); add '{key}:' here too"))
    for key in sorted(target_keys - source_keys):
        findings.append(pair.at(pair.target.meta_lines.get(key, 1),
                                f"front matter key '{key}' is not in {pair.source_path}; remove it here or add it "
                                f"there"))
    for key in sorted((source_keys & target_keys) & SAME_VALUE_KEYS):
        if pair.source.meta[key] != pair.target.meta[key]:
            findings.append(pair.at(pair.target.meta_lines.get(key, 1),
                                    f"front matter '{key}: {pair.target.meta[key]}' differs from "
                                    f"'{key}: {pair.source.meta[key]}' ({pair.source_at(pair.source.meta_lines.get(key, 1))}); "
                                    f"use the same value"))
    return findings


def check_page(language: str, rel: str, page: PageSource) -> list[Finding]:
    """What is wrong with one page on its own (any language, with or without a counterpart)."""
    path = display_path(language, rel)
    findings = []
    if page.meta_error:
        findings.append(Finding(path, 1, f"front matter is not valid YAML ({page.meta_error}); fix the lines "
                                         f"between the '---' lines"))
    for line, number in swallowed_numbers(page.text):
        findings.append(Finding(
            path, line, f"'{number}.' at the start of this line makes Markdown start a numbered list, and "
                        f"'{number}' disappears from the page; rewrap the text so the line does not start with it, "
                        f"or write '{number}\\.'"))
    return findings


def compare_pair(site: Site, rel: str, source: str, target: str,
                 renamed: Mapping[str, str] | None = None) -> list[Finding]:
    """Every parity problem of one page path (both languages present)."""
    pair = _Pair(site, rel, source, target)
    return (compare_headings(pair, renamed) + compare_videos(pair) + compare_images(pair) + compare_links(pair)
            + compare_blocks(pair) + compare_numbers(pair) + compare_front_matter(pair))


def check_site(site: Site, renamed: Mapping[str, Mapping[str, str]] | None = None) -> list[Finding]:
    """Parity of every page of the site, plus the pages present in one language only."""
    renamed = renamed or {}
    findings: list[Finding] = []
    for rel in site.rel_paths():
        present = {language: site.page(language, rel) for language in site.pages if site.page(language, rel)}
        for language, page in present.items():
            findings.extend(check_page(language, rel, page))
        if len(present) == 1:
            (language, page), = present.items()
            missing = next(code for code in site.pages if code != language)
            findings.append(Finding(
                display_path(language, rel), 1,
                f"page has no {LANGUAGE_NAMES[missing]} version; create {display_path(missing, rel)} (same path), "
                f"or remove this page"))
            for heading in page.headings:
                if heading.level > 1 and heading.explicit_id is None:
                    findings.append(Finding(display_path(language, rel), heading.line,
                                            f"heading '{heading.text}' has no ID; add an English kebab-case ID, "
                                            f"e.g. '{'#' * heading.level} {heading.text} {{#short-name}}' "
                                            f"(citations link to it)"))
            continue
        source, target = direction(site, rel)
        findings.extend(compare_pair(site, rel, source, target, renamed.get(rel)))
    return findings
