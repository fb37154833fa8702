"""One problem an editor has to fix, and the report that prints them all at once.

Every check (translation parity, freshness, links) returns `Finding`s, so the
MkDocs hooks, the command-line tools and the tests print the same line:
`docs_lt/guidelines/personnel.md:42: what is wrong; how to fix it`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

WARNING = "warning"  # a problem: `mkdocs build --strict` (CI) fails
INFO = "info"        # a state worth knowing (e.g. an outdated translation): shown, never fails


@dataclass(frozen=True, order=True)
class Finding:
    """`path` is the editor's source path (`docs_lt/...`), `line` is 1-based."""

    path: str
    line: int
    message: str
    level: str = WARNING

    def format(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def sort_findings(findings) -> list[Finding]:
    """Sorted by file, then line, without duplicates (two checks may meet the same line)."""
    return sorted(set(findings), key=lambda f: (f.path, f.line, f.level != WARNING, f.message))


class BuildReport:
    """Collects the findings of several hooks during one build and logs them together.

    The hooks add their findings when the files are known (`on_files`) and each
    calls `flush` later (`on_env`); the first call logs everything, sorted by
    file, so the editor reads one list instead of one list per hook.
    """

    def __init__(self) -> None:
        self._findings: list[Finding] = []

    def clear(self) -> None:
        self._findings.clear()

    def add(self, findings) -> None:
        self._findings.extend(findings)

    def flush(self, log: logging.Logger) -> list[Finding]:
        findings = sort_findings(self._findings)
        self._findings.clear()
        for finding in findings:
            (log.warning if finding.level == WARNING else log.info)(finding.format())
        return findings


# Shared by scripts/hooks/translation.py and scripts/hooks/links.py (one build at a time).
REPORT = BuildReport()
