"""Each chapter of the guidelines is 700 to 1,500 words in each language (issue 3):
long enough to be practical, short enough to read on a phone."""

from __future__ import annotations

import pytest

from scripts.translation import word_count
from tests.support.build import REPO_ROOT
from tests.support.report import report

CHAPTERS = sorted(p.relative_to(REPO_ROOT / "docs").as_posix() for p in (REPO_ROOT / "docs" / "guidelines").glob("*.md"))


@pytest.mark.parametrize("rel", CHAPTERS)
def test_chapter_is_700_to_1500_words_in_both_languages(rel):
    counts = {tree: word_count((REPO_ROOT / tree / rel).read_text(encoding="utf-8")) for tree in ("docs", "docs_lt")}
    report(f"words {rel}: lv {counts['docs']}, lt {counts['docs_lt']}")
    for tree, words in counts.items():
        assert 700 <= words <= 1500, f"{tree}/{rel}: {words} words (a chapter has 700 to 1,500)"
