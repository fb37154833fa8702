"""The problems of a `mkdocs build` log, as lines an editor can act on.

Our hooks already log `file:line: what is wrong; how to fix it`. MkDocs' own
warnings name pages by their path inside `docs/` (`lt/guidelines/x.md` for a
Lithuanian page) and say nothing about what to do, so the common ones are
rewritten here with the editor's source path (`docs_lt/...`), a line and a fix.
Anything else is passed on as MkDocs wrote it, so no problem is ever hidden.

Used by scripts/check.py; takes the log text and the project root, returns
`Finding`s.
"""

from __future__ import annotations

import re
from pathlib import Path

from scripts import navigation
from scripts.findings import Finding, sort_findings
from scripts.languages import DEFAULT, display_path, language_of, relative_path

PROBLEM = re.compile(r"^(?P<level>WARNING|ERROR)\s+-\s+(?P<text>.*)$")
OUR_FORMAT = re.compile(r"^(?P<path>[^\s:]+):(?P<line>\d+): (?P<message>.+)$")
BUILDING = re.compile(r"mkdocs_static_i18n: Building '(?P<language>[a-z]{2})' documentation")

NAV_MISSING = re.compile(
    r"^A reference to '(?P<path>[^']+)' is included in the 'nav' configuration, "
    r"which is not found in the documentation files\.?$")
LINK_MISSING = re.compile(
    r"^Doc file '(?P<src>[^']+)' contains a link '(?P<link>[^']+)', "
    r"but the target '(?P<target>[^']+)' is not found among documentation files\.?$")
ANCHOR_MISSING = re.compile(
    r"^Doc file '(?P<src>[^']+)' contains a link '(?P<link>[^']+)', "
    r"but the doc '(?P<target>[^']+)' does not contain an anchor '#(?P<anchor>[^']+)'\.?$")
READ_ERROR = re.compile(r"^Error reading page '(?P<src>[^']+)':\s*(?P<error>.*)$")


def source_path(src_uri: str) -> str:
    """The editor's file for a path inside docs/ (`lt/x.md` -> `docs_lt/x.md`)."""
    return display_path(language_of(src_uri), relative_path(src_uri))


def lines_containing(root: Path, path: str, needle: str) -> list[int]:
    """1-based numbers of the lines of `root/path` that contain `needle` (empty if none)."""
    try:
        text = (root / path).read_text(encoding="utf-8")
    except OSError:
        return []
    return [number for number, line in enumerate(text.splitlines(), start=1) if needle in line]


def nav_line(root: Path, page: str) -> int:
    """Line of mkdocs.yml whose nav entry is `page` (1 if it cannot be found)."""
    try:
        text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    except OSError:
        return 1
    return navigation.nav_line(text, page) or 1


def translate(text: str, language: str, root: Path) -> list[Finding]:
    """Findings for one WARNING/ERROR message of MkDocs, logged during `language`'s build."""
    if match := OUR_FORMAT.match(text):
        return [Finding(match["path"], int(match["line"]), match["message"])]
    if match := NAV_MISSING.match(text):
        page = match["path"]
        missing = display_path(language, page)
        other = display_path(DEFAULT if language != DEFAULT else "lt", page)
        return [Finding("mkdocs.yml", nav_line(root, page),
                        f"the navigation lists {page}, but {missing} does not exist; create {missing} "
                        f"(for a translation: copy {other}, translate it, keep its headings and IDs) "
                        f"or remove {page} from nav")]
    if match := LINK_MISSING.match(text):
        path = source_path(match["src"])
        target = source_path(match["target"])
        link = match["link"]
        return [Finding(path, line, f"the link '{link}' leads to {target}, which does not exist; "
                                    f"correct the link or create the page")
                for line in lines_containing(root, path, link) or [1]]
    if match := ANCHOR_MISSING.match(text):
        path = source_path(match["src"])
        target = source_path(match["target"])
        link = match["link"]
        return [Finding(path, line, f"the link '{link}' needs a heading with the ID #{match['anchor']} in {target}, "
                                    f"and there is none; correct the link or add {{#{match['anchor']}}} to that heading")
                for line in lines_containing(root, path, link) or [1]]
    if match := READ_ERROR.match(text):
        path = source_path(match["src"])
        return [Finding(path, 1, f"MkDocs could not read the page: {match['error']}; fix what this names "
                                 f"(Markdown on this page, or a file it includes)")]
    return []


def problems(log: str, root: Path) -> tuple[list[Finding], list[str]]:
    """(findings in the editor's format, other problem lines as MkDocs wrote them).

    `log` is the whole output of `mkdocs build`; the language of MkDocs' own
    messages about the navigation follows mkdocs-static-i18n's "Building 'lt'" lines.
    """
    language = DEFAULT
    findings: list[Finding] = []
    others: list[str] = []
    for line in log.splitlines():
        if match := BUILDING.search(line):
            language = match["language"]
            continue
        match = PROBLEM.match(line)
        if not match:
            continue
        text = match["text"].strip()
        translated = translate(text, language, root)
        if translated:
            findings.extend(translated)
        elif line not in others:
            others.append(line)
    return sort_findings(findings), others
