#!/usr/bin/env python3
"""Which page is the translation of which, and whether it still matches its source.

A page that is a translation records, in its front matter, which language it
was translated from and a short hash of the source page at that moment:

    translation:
      source: lv
      hash: 3f2a9c1b7d4e

`scripts/translation.py mark docs_lt/<path>` writes that record (after a
translator has checked the page against the source). When the source page
changes later, the hash no longer matches and the translation is *outdated*:
the build says so, the published page shows a notice linking to the source,
and the status table lists it. The direction is per page: marking
`docs/<path>` instead records that the Latvian page follows the Lithuanian one.

The hash covers the source page's body (its front matter excluded, so marking
or editing `description` does not matter), Unicode-normalised (NFC) and with
every run of whitespace made one space, so re-wrapping lines or changing line
endings does not outdate a translation; any change of words, figures, links or
Markdown does.

Usage:
  scripts/translation.py status [--check]       table of every page (exit 1 with --check if any is not in step)
  scripts/translation.py mark PATH... | --all   record that PATH matches the other language's page now
  scripts/translation.py diff PATH              what changed in the source since PATH was marked (from git)
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.findings import INFO, Finding  # noqa: E402
from scripts.languages import DEFAULT, LANGUAGES, REPO_ROOT, SOURCE_DIRS, display_path  # noqa: E402
from scripts.links import other, relative_url  # noqa: E402
from scripts.markdown_page import PageSource  # noqa: E402
from scripts.markdown_text import front_matter_end  # noqa: E402
from scripts.numeric_tokens import prose  # noqa: E402
from scripts.site_pages import Site, load_site, page_url  # noqa: E402

KEY = "translation"
HASH_LENGTH = 12

SOURCE = "source"
IN_STEP = "in step"
OUTDATED = "outdated"
NEVER_MARKED = "never marked"
MISSING = "missing"
STATES = (SOURCE, IN_STEP, OUTDATED, NEVER_MARKED, MISSING)
# The published status page speaks the reader's language.
LABELS = {
    "lv": {
        SOURCE: "avots", IN_STEP: "atbilst", OUTDATED: "novecojis", NEVER_MARKED: "nav atzīmēts",
        MISSING: "trūkst", "page": "Lapa", "lv": "Latviešu valodā", "lt": "Lietuviešu valodā",
        "words": "Vārdi",
        "summary": "Lapu pāri kopā: {total}; atbilst: {in_step}; novecojuši: {outdated}; "
                   "nav atzīmēti: {never_marked}; trūkst lapas: {missing}.",
        "notice_title": "Tulkojums var būt novecojis",
        "notice": "Šīs lapas teksts lietuviešu valodā ir mainīts pēc tam, kad lapa tika tulkota, tāpēc "
                  "latviešu teksts var neatbilst jaunākajai versijai. Skatiet "
                  '<a href="{url}" hreflang="lt">lapu lietuviešu valodā</a>.',
    },
    "lt": {
        SOURCE: "šaltinis", IN_STEP: "atitinka", OUTDATED: "pasenęs", NEVER_MARKED: "nepažymėtas",
        MISSING: "nėra", "page": "Puslapis", "lv": "Latvių kalba", "lt": "Lietuvių kalba",
        "words": "Žodžiai",
        "summary": "Iš viso puslapių porų: {total}; atitinka: {in_step}; pasenę: {outdated}; "
                   "nepažymėti: {never_marked}; trūksta puslapio: {missing}.",
        "notice_title": "Vertimas gali būti pasenęs",
        "notice": "Šio puslapio tekstas latvių kalba buvo pakeistas po to, kai puslapis buvo išverstas, "
                  "todėl lietuviškas tekstas gali neatitikti naujausios versijos. Žr. "
                  '<a href="{url}" hreflang="lv">puslapį latvių kalba</a>.',
    },
}
# An unmarked translation is reported as INFO: the build (and CI) passes, `mkdocs serve`
# and the status page show it. Set to WARNING to make `mkdocs build --strict` fail on it
# once every page has been marked (`scripts/translation.py mark --all`).
NEVER_MARKED_LEVEL = INFO
# The line of a page that the build replaces with the status table.
STATUS_MARKER = "<!-- translation-status -->"
WORD = re.compile(r"\S*[^\W_]\S*")


def body_hash(text: str) -> str:
    """The short hash of a page's body: front matter excluded, whitespace and Unicode normalised."""
    lines = text.lstrip("\ufeff").split("\n")
    body = "\n".join(lines[front_matter_end(lines):])
    body = " ".join(unicodedata.normalize("NFC", body).split())
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:HASH_LENGTH]


@lru_cache(maxsize=8192)
def word_count(text: str) -> int:
    """Prose words of a page (what a translator translates), from markdown_text.prose_lines."""
    return len(WORD.findall("\n".join(line for _number, line in prose(text))))


@dataclass
class PairState:
    """Both languages of one page path."""

    rel: str
    source: str  # the language the other follows
    target: str
    states: dict[str, str]
    words: dict[str, int | None]
    titles: dict[str, str | None]
    recorded_hash: str | None = None
    current_hash: str | None = None
    findings: list[Finding] = field(default_factory=list)

    @property
    def target_state(self) -> str:
        return self.states[self.target]


def _record(page: PageSource) -> dict | None:
    record = page.meta.get(KEY)
    return record if record is not None else None


def direction(site: Site, rel: str) -> tuple[str, str]:
    """(source language, target language) of a page: the marked page is the translation.

    Unmarked (or, by mistake, both marked): the default language is the source.
    """
    marked = [code for code in LANGUAGES if site.page(code, rel) and _record(site.page(code, rel)) is not None]
    target = marked[0] if len(marked) == 1 else next(code for code in LANGUAGES if code != DEFAULT)
    return other(target), target


def pair_state(site: Site, rel: str) -> PairState:
    pages = {language: site.page(language, rel) for language in LANGUAGES}
    words = {language: (word_count(page.text) if page else None) for language, page in pages.items()}
    titles = {language: (page.title if page else None) for language, page in pages.items()}
    present = [language for language in LANGUAGES if pages[language]]
    if len(present) == 1:
        source = present[0]
        target = other(source)
        states = {source: SOURCE, target: MISSING}
        return PairState(rel, source, target, states, words, titles)

    findings: list[Finding] = []
    records = {language: _record(pages[language]) for language in LANGUAGES}
    source, target = direction(site, rel)
    if all(record is not None for record in records.values()):
        findings.append(Finding(
            display_path(target, rel), pages[target].meta_lines.get(KEY, 1),
            f"both this page and {display_path(source, rel)} say they are translations (front matter "
            f"'{KEY}:'); run 'python3 scripts/translation.py mark' on the one that is the translation"))
    states = {source: SOURCE}
    current = body_hash(pages[source].text)
    record = records[target]
    recorded = None
    target_path = display_path(target, rel)
    if record is None:
        states[target] = NEVER_MARKED
    else:
        line = pages[target].meta_lines.get(KEY, 1)
        valid = isinstance(record, dict) and record.get("source") == source and isinstance(record.get("hash"), str)
        if not valid:
            findings.append(Finding(
                target_path, line,
                f"front matter '{KEY}:' must be 'source: {source}' and 'hash: <{HASH_LENGTH} hex digits>'; "
                f"run 'python3 scripts/translation.py mark {target_path}' to write it"))
            states[target] = NEVER_MARKED
        else:
            recorded = record["hash"]
            states[target] = IN_STEP if recorded == current else OUTDATED
    return PairState(rel, source, target, states, words, titles, recorded, current, findings)


def pair_states(site: Site) -> list[PairState]:
    return [pair_state(site, rel) for rel in site.rel_paths()]


def freshness_findings(states: list[PairState], site: Site | None = None) -> list[Finding]:
    """Outdated and never-marked translations (INFO: they inform, they do not fail a build)."""
    findings: list[Finding] = []
    for state in states:
        findings.extend(state.findings)
        target_path = display_path(state.target, state.rel)
        source_path = display_path(state.source, state.rel)
        page = site.page(state.target, state.rel) if site else None
        line = page.meta_lines.get(KEY, 1) if page else 1
        if state.target_state == OUTDATED:
            findings.append(Finding(
                target_path, line,
                f"translation outdated: {source_path} has changed since this page was marked "
                f"(hash {state.recorded_hash}, now {state.current_hash}); see the changes with "
                f"'python3 scripts/translation.py diff {target_path}', update this page, then run "
                f"'python3 scripts/translation.py mark {target_path}'", INFO))
        elif state.target_state == NEVER_MARKED and not state.findings:
            findings.append(Finding(
                target_path, 1,
                f"translation never marked: when this page says what {source_path} says, run "
                f"'python3 scripts/translation.py mark {target_path}' so that later changes there are noticed",
                NEVER_MARKED_LEVEL))
    return findings


# --- the status table -------------------------------------------------------

def status_table(states: list[PairState], language: str, from_url: str, order: list[str] | None = None) -> str:
    """The status of every page as HTML in `language`, with links relative to the page at `from_url`.

    HTML rather than a Markdown table: on a large site Markdown would spend more
    time on this one table than the checks spend on every page.
    """
    labels = LABELS[language]
    position = {rel: index for index, rel in enumerate(order or [])}
    rows = sorted(states, key=lambda state: (position.get(state.rel, len(position)), state.rel))
    counts = {state: 0 for state in STATES}
    for state in states:
        counts[state.target_state] += 1
    summary = labels["summary"].format(total=len(states), in_step=counts[IN_STEP], outdated=counts[OUTDATED],
                                       never_marked=counts[NEVER_MARKED], missing=counts[MISSING])
    right = ' style="text-align: right;"'
    lines = [
        f"<p>{escape(summary)}</p>",
        "<table>",
        f"<thead><tr><th>{labels['page']}</th><th>{labels['lv']}</th><th{right}>{labels['words']}</th>"
        f"<th>{labels['lt']}</th><th{right}>{labels['words']}</th></tr></thead>",
        "<tbody>",
    ]
    for state in rows:
        title = escape(state.titles.get(language) or state.titles.get(other(language)) or state.rel)
        if state.states.get(language) != MISSING:
            page = f'<a href="{escape(relative_url(from_url, page_url(language, state.rel)))}">{title}</a>'
        else:
            page = f"{title} (<code>{escape(state.rel)}</code>)"
        cells = [f"<td>{page}</td>"]
        for code in ("lv", "lt"):
            label = escape(labels[state.states[code]])
            words = state.words.get(code)
            cells.append(f"<td><strong>{label}</strong></td>" if state.states[code] in (OUTDATED, MISSING)
                         else f"<td>{label}</td>")
            cells.append(f"<td{right}>{'' if words is None else words}</td>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    lines += ["</tbody>", "</table>"]
    return "\n".join(lines)


def replace_marker(html: str, table: str) -> str:
    """The page's HTML with the marker (an HTML comment, kept by Markdown) replaced by the table."""
    return html.replace(STATUS_MARKER, table)


def notice_html(state: PairState, url: str) -> str:
    """The notice an outdated translation carries, with a link to its source page."""
    labels = LABELS[state.target]
    return (f'<div class="admonition warning translation-outdated">'
            f'<p class="admonition-title">{labels["notice_title"]}</p>'
            f'<p>{labels["notice"].format(url=url)}</p></div>')


# --- marking ----------------------------------------------------------------

def set_record(text: str, record: dict | None) -> str:
    """`text` with its front matter's `translation:` entry replaced by `record` (or removed)."""
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.split("\n")
    end = front_matter_end(lines)
    if end:
        front, body = lines[1:end - 1], lines[end - 1:]
    else:
        front, body = [], None
    kept: list[str] = []
    skipping = False
    for line in front:
        bare = line.rstrip("\r")
        if re.match(rf"^{KEY}\s*:", bare):
            skipping = True
            continue
        if skipping and (bare.startswith((" ", "\t")) or not bare.strip()):
            continue
        skipping = False
        kept.append(line)
    if record is not None:
        cr = "\r" if newline == "\r\n" else ""
        kept.append(f"{KEY}:{cr}")
        kept.extend(f"  {key}: {value}{cr}" for key, value in record.items())
    if body is None:
        if record is None:
            return text
        cr = "\r" if newline == "\r\n" else ""
        return "\n".join([f"---{cr}", *kept, f"---{cr}"]) + "\n" + text
    return "\n".join([lines[0], *kept, *body])


def locate(path: str, root: Path = REPO_ROOT) -> tuple[str, str]:
    """(language, rel path) of `docs_lt/x.md`, `docs/lt/x.md` or `docs/x.md` (absolute or not)."""
    resolved = Path(path)
    if not resolved.is_absolute():
        resolved = Path.cwd() / resolved
    try:
        parts = resolved.absolute().relative_to(root.absolute()).parts
    except ValueError:
        raise SystemExit(f"{path}: not inside {root}")
    if parts[:1] == (SOURCE_DIRS["lt"],):
        return "lt", "/".join(parts[1:])
    if parts[:2] == (SOURCE_DIRS["lv"], "lt"):
        return "lt", "/".join(parts[2:])
    if parts[:1] == (SOURCE_DIRS["lv"],):
        return "lv", "/".join(parts[1:])
    raise SystemExit(f"{path}: not a page of docs/ or docs_lt/")


def mark(root: Path, language: str, rel: str) -> str:
    """Record that the page `rel` in `language` matches the other language's page as it is now."""
    source = other(language)
    target_file = root / SOURCE_DIRS[language] / rel
    source_file = root / SOURCE_DIRS[source] / rel
    if not target_file.is_file():
        raise SystemExit(f"{display_path(language, rel)}: no such page")
    if not source_file.is_file():
        raise SystemExit(f"{display_path(source, rel)}: no such page, so {display_path(language, rel)} "
                         "is not a translation of it")
    digest = body_hash(source_file.read_text(encoding="utf-8"))
    text = target_file.read_text(encoding="utf-8")
    target_file.write_text(set_record(text, {"source": source, "hash": digest}), encoding="utf-8")
    message = f"{display_path(language, rel)}: marked as the translation of {display_path(source, rel)} (hash {digest})"
    source_text = source_file.read_text(encoding="utf-8")
    unmarked = set_record(source_text, None)
    if unmarked != source_text:
        source_file.write_text(unmarked, encoding="utf-8")
        message += f"; {display_path(source, rel)} is now the source (its '{KEY}:' entry was removed)"
    return message


# --- what changed since a mark ------------------------------------------------

def changes_since_mark(root: Path, language: str, rel: str) -> str:
    """A unified diff of the source page from the version that was marked to now (found in git)."""
    target_text = (root / SOURCE_DIRS[language] / rel).read_text(encoding="utf-8")
    from scripts.markdown_page import parse

    record = parse(target_text).meta.get(KEY)
    if not isinstance(record, dict) or "hash" not in record:
        raise SystemExit(f"{display_path(language, rel)}: never marked; nothing to compare with")
    source = record.get("source", other(language))
    source_rel = f"{SOURCE_DIRS[source]}/{rel}"
    current = (root / source_rel).read_text(encoding="utf-8")
    if body_hash(current) == record["hash"]:
        return f"{source_rel} has not changed since {display_path(language, rel)} was marked.\n"
    log = subprocess.run(["git", "log", "--format=%H %as", "--", source_rel], cwd=root,
                         capture_output=True, text=True)
    for entry in log.stdout.split("\n"):
        if not entry:
            continue
        commit, date = entry.split(" ", 1)
        shown = subprocess.run(["git", "show", f"{commit}:{source_rel}"], cwd=root, capture_output=True, text=True)
        if shown.returncode == 0 and body_hash(shown.stdout) == record["hash"]:
            diff = difflib.unified_diff(shown.stdout.splitlines(keepends=True), current.splitlines(keepends=True),
                                        f"{source_rel} (marked: commit {commit[:10]}, {date})",
                                        f"{source_rel} (now)")
            return "".join(diff)
    return (f"No committed version of {source_rel} has hash {record['hash']} (it was marked before being "
            f"committed); compare the two pages by hand.\n")


# --- command line ---------------------------------------------------------------

def format_status(states: list[PairState]) -> str:
    header = ("page", "lv", "lv words", "lt", "lt words")
    rows = [(s.rel, s.states["lv"], "" if s.words["lv"] is None else str(s.words["lv"]),
             s.states["lt"], "" if s.words["lt"] is None else str(s.words["lt"])) for s in states]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    line = lambda row: "  ".join(cell.rjust(w) if i in (2, 4) else cell.ljust(w)  # noqa: E731
                                 for i, (cell, w) in enumerate(zip(row, widths))).rstrip()
    counts = {state: sum(1 for s in states if s.target_state == state) for state in STATES}
    summary = (f"{len(states)} pages: {counts[IN_STEP]} in step, {counts[OUTDATED]} outdated, "
               f"{counts[NEVER_MARKED]} never marked, {counts[MISSING]} missing a language")
    return "\n".join([line(header), line(tuple("-" * w for w in widths)), *map(line, rows), "", summary])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/translation.py", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    status = commands.add_parser("status", help="print the state of every page")
    status.add_argument("--check", action="store_true", help="exit 1 if any page is not in step")
    marking = commands.add_parser("mark", help="record that a translation matches its source now")
    marking.add_argument("paths", nargs="*", help="docs_lt/<path> (or docs/<path> if Latvian is the translation)")
    marking.add_argument("--all", action="store_true", help="mark every page pair (keeping each page's direction)")
    changes = commands.add_parser("diff", help="what changed in the source since the page was marked")
    changes.add_argument("path")
    args = parser.parse_args(argv)
    root = REPO_ROOT

    if args.command == "status":
        states = pair_states(load_site(root))
        print(format_status(states))
        findings = [f for s in states for f in s.findings]
        for finding in findings:
            print(finding.format(), file=sys.stderr)
        not_in_step = [s for s in states if s.target_state != IN_STEP]
        return 1 if args.check and (not_in_step or findings) else 0
    if args.command == "mark":
        if args.all:
            targets = [(s.target, s.rel) for s in pair_states(load_site(root)) if s.target_state != MISSING]
        else:
            if not args.paths:
                parser.error("mark: give the pages to mark, or --all")
            targets = [locate(path, root) for path in args.paths]
        for language, rel in targets:
            print(mark(root, language, rel))
        return 0
    language, rel = locate(args.path, root)
    sys.stdout.write(changes_since_mark(root, language, rel))
    return 0


if __name__ == "__main__":
    sys.exit(main())
