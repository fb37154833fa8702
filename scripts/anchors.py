#!/usr/bin/env python3
"""Section IDs that were published must keep working: trainers link to them.

`includes/anchors.yml` holds two lists, one for both languages (the IDs are the
same in both, which the parity check ensures):

- `published`: every section ID each page has had, recorded by
  `scripts/anchors.py record`. An ID may leave a page only by being renamed.
- `renamed`: old ID -> new ID, per page. The build then accepts the new ID, and
  a small script on the page sends a reader who opens `#old` to `#new`.

A published ID that is neither on its page nor renamed fails the build, with
the file, the line and the entry to add. IDs not recorded yet are only an INFO
line: an editor adding a section need not run anything.

    scripts/anchors.py record    # add the current IDs of every page to `published`
    scripts/anchors.py check     # the build's check, without a build
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.findings import INFO, Finding  # noqa: E402
from scripts.languages import DEFAULT, LANGUAGES, REPO_ROOT, display_path  # noqa: E402
from scripts.site_pages import Site, load_site  # noqa: E402

ANCHORS_FILE = "includes/anchors.yml"
HEADER = """\
# Section IDs (`## Title {#id}`) that readers and trainers may have linked to.
# One list for both languages: the IDs are the same in docs/ and docs_lt/.
#
# renamed: when you rename a section ID, add `old-id: new-id` under the page, so
#   that old links still open the section (the page sends #old-id to #new-id).
# published: written by `scripts/anchors.py record`; an ID listed here may leave
#   its page only through `renamed`. Do not delete entries.
"""

Renamed = dict[str, dict[str, str]]


class AnchorList:
    """`includes/anchors.yml`, read; line numbers kept for messages."""

    def __init__(self, root: Path):
        self.path = Path(root) / ANCHORS_FILE
        self.problems: list[Finding] = []
        self.renamed: Renamed = {}
        self.published: dict[str, list[str]] = {}
        self.lines: list[str] = []
        if not self.path.exists():
            return
        text = self.path.read_text(encoding="utf-8")
        self.lines = text.splitlines()
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            self.problems.append(Finding(ANCHORS_FILE, (mark.line + 1) if mark else 1,
                                         f"not valid YAML ({getattr(error, 'problem', error)}); fix the indentation "
                                         f"or quoting (two spaces per level, `old-id: new-id`)"))
            return
        for key in ("renamed", "published"):
            value = data.get(key) or {}
            if not isinstance(value, dict):
                self.problems.append(Finding(ANCHORS_FILE, self.line_of(f"{key}:"),
                                             f"'{key}' must map page paths (guidelines/x.md) to IDs"))
                continue
            for page, ids in value.items():
                if key == "renamed" and isinstance(ids, dict):
                    self.renamed[str(page)] = {str(old): str(new) for old, new in ids.items()}
                elif key == "published" and isinstance(ids, list):
                    self.published[str(page)] = [str(i) for i in ids]
                else:
                    shape = "`old-id: new-id` lines" if key == "renamed" else "a list of IDs"
                    self.problems.append(Finding(ANCHORS_FILE, self.line_of(f"{page}:"),
                                                 f"under '{key}', {page} must have {shape}"))

    def line_of(self, text: str, after: int = 0) -> int:
        for number, line in enumerate(self.lines[after:], start=after + 1):
            if line.strip().startswith(text):
                return number
        return 1

    def renamed_line(self, page: str) -> int:
        return self.line_of(f"{page}:")


def section_ids(site: Site, rel: str) -> tuple[str, list]:
    """(language, headings with explicit IDs) of the page, the default language first."""
    for language in (DEFAULT, *LANGUAGES):
        page = site.page(language, rel)
        if page is not None:
            return language, [h for h in page.headings if h.level > 1 and h.explicit_id]
    return DEFAULT, []


def check(site: Site, anchors: AnchorList) -> list[Finding]:
    """Every published ID still on its page or renamed; every rename pointing at a real ID."""
    findings = list(anchors.problems)
    for rel, old_to_new in sorted(anchors.renamed.items()):
        language, headings = section_ids(site, rel)
        if site.page(language, rel) is None:
            findings.append(Finding(ANCHORS_FILE, anchors.renamed_line(rel),
                                    f"renamed IDs of {rel}, but there is no page docs/{rel}; fix the page path"))
            continue
        ids = {h.explicit_id for h in headings}
        for old, new in sorted(old_to_new.items()):
            line = anchors.line_of(f"{old}:", anchors.renamed_line(rel))
            if new not in ids:
                findings.append(Finding(ANCHORS_FILE, line,
                                        f"'{old}' is renamed to '{new}', but {display_path(language, rel)} has no "
                                        f"section {{#{new}}}; write the ID that the heading has now"))
            if old in ids:
                findings.append(Finding(ANCHORS_FILE, line,
                                        f"'{old}' is renamed, but {display_path(language, rel)} still has a section "
                                        f"{{#{old}}}; remove this line or rename that heading"))
    for rel, published in sorted(anchors.published.items()):
        language, headings = section_ids(site, rel)
        if site.page(language, rel) is None:
            findings.append(Finding(ANCHORS_FILE, anchors.line_of(f"{rel}:"),
                                    f"{rel} was published and is no longer in docs/ or docs_lt/; links to it break "
                                    f"(restore the page, or delete its entry here once that is intended)", INFO))
            continue
        ids = {h.explicit_id for h in headings}
        renamed = anchors.renamed.get(rel, {})
        unrecorded = [h for h in headings if h.explicit_id not in published and h.explicit_id not in renamed.values()]
        for old in published:
            if old in ids or old in renamed:
                continue
            # The heading that lost the ID most likely carries a new, unrecorded one now.
            line = unrecorded[0].line if unrecorded else 1
            guess = unrecorded[0].explicit_id if unrecorded else "<new-id>"
            other = next(code for code in LANGUAGES if code != language)
            findings.append(Finding(
                display_path(language, rel), line,
                f"section ID '{old}' is gone, but it was published and links to #{old} would break; if you renamed "
                f"it, add '{old}: {guess}' under 'renamed: {rel}:' in {ANCHORS_FILE}; otherwise put "
                f"{{#{old}}} back on its heading here and in {display_path(other, rel)}"))
    recorded = set(anchors.published)
    new = [rel for rel in site.rel_paths() if rel not in recorded and section_ids(site, rel)[1]]
    if new and anchors.path.exists():
        findings.append(Finding(ANCHORS_FILE, 1, f"{len(new)} page(s) have section IDs not recorded yet "
                                                 f"({', '.join(new[:3])}{', …' if len(new) > 3 else ''}); run "
                                                 f"scripts/anchors.py record", INFO))
    return findings


def redirect_script(old_to_new: dict[str, str]) -> str:
    """A script for the end of a page: opening `#old` (or following such a link) shows `#new`."""
    mapping = json.dumps(old_to_new, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    return (
        "<script>(function(renamed){function follow(){var id=decodeURIComponent(location.hash.slice(1));"
        "var target=renamed[id]&&!document.getElementById(id)&&document.getElementById(renamed[id]);"
        "if(target){history.replaceState(history.state,'','#'+renamed[id]);target.scrollIntoView();}}"
        f"follow();window.addEventListener('hashchange',follow);}})({mapping});</script>"
    )


def record(root: Path) -> int:
    """Add every current section ID to `published`; nothing is ever removed. Returns the number added."""
    site = load_site(root)
    anchors = AnchorList(root)
    if anchors.problems:
        raise SystemExit("\n".join(f.format() for f in anchors.problems))
    published = {rel: list(ids) for rel, ids in anchors.published.items()}
    added = 0
    for rel in site.rel_paths():
        _, headings = section_ids(site, rel)
        ids = published.setdefault(rel, [])
        for heading in headings:
            if heading.explicit_id not in ids:
                ids.append(heading.explicit_id)
                added += 1
        if not ids:
            del published[rel]
    data = {"renamed": anchors.renamed or {}, "published": dict(sorted(published.items()))}
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100)
    anchors.path.parent.mkdir(parents=True, exist_ok=True)
    anchors.path.write_text(HEADER + "\n" + body.replace("renamed: {}", "renamed: {}\n"), encoding="utf-8")
    return added


def main(argv: list[str]) -> int:
    if argv[:1] == ["record"]:
        added = record(REPO_ROOT)
        print(f"{ANCHORS_FILE}: {added} section ID(s) recorded")
        return 0
    if argv[:1] == ["check"]:
        findings = [f for f in check(load_site(REPO_ROOT), AnchorList(REPO_ROOT)) if f.level != INFO]
        for finding in sorted(findings):
            print(finding.format())
        return 1 if findings else 0
    print("usage: scripts/anchors.py record | check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
