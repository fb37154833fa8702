#!/usr/bin/env python3
"""Spelling check of the pages with Hunspell (Debian's hunspell-lv / hunspell-lt).

Usage: scripts/spellcheck.py [FILE ...]   (default: every page of docs/ and docs_lt/)

Prints `file:line: word` for each word neither the dictionary nor the project's
word list (`scripts/wordlists/<lang>.txt`) knows, and exits 1 if there is any.
The word lists hold only proper names, abbreviations and technical terms.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.markdown_text import other_language_parts, prose_lines  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DICTIONARIES = {"lv": "lv_LV", "lt": "lt_LT"}
WORDLIST_DIR = ROOT / "scripts" / "wordlists"
# Letters of both languages (and the Latin ones of names); digits make a token a
# figure or an ID, which spelling does not judge.
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
TOKEN = re.compile(r"[\w'’-]+", re.UNICODE)


def language_of_file(path: Path) -> str:
    parts = path.resolve().relative_to(ROOT).parts if path.resolve().is_relative_to(ROOT) else path.parts
    if "docs_lt" in parts or (len(parts) > 1 and parts[0] == "docs" and parts[1] == "lt"):
        return "lt"
    return "lv"


def load_wordlist(language: str, directory: Path = WORDLIST_DIR) -> set[str]:
    path = directory / f"{language}.txt"
    if not path.exists():
        return set()
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(line.lower())
    return words


def words_of(text: str) -> list[str]:
    """The words to check: tokens with digits are skipped, hyphenated ones split."""
    words = []
    for token in TOKEN.findall(text):
        if any(ch.isdigit() for ch in token):
            continue
        words.extend(WORD.findall(token))
    return words


def unknown_words(words: list[str], language: str) -> set[str]:
    """Ask Hunspell which of `words` it does not know (one call for many words)."""
    if not words:
        return set()
    hunspell = shutil.which("hunspell")
    if hunspell is None:
        raise SystemExit("hunspell is not installed: run scripts/test (or apt-get install hunspell hunspell-lv hunspell-lt)")
    result = subprocess.run(
        [hunspell, "-d", DICTIONARIES[language], "-l", "-i", "utf-8"],
        input="\n".join(sorted(set(words))), capture_output=True, text=True, check=True,
    )
    return set(result.stdout.split())


def check_markdown(markdown: str, language: str, wordlist: set[str],
                   wordlists: dict[str, set[str]] | None = None) -> list[tuple[int, str]]:
    """(line, word) for every unknown word of a page, in page order.

    Parts marked as another language (`*Mediācijas likums*{lang=lv}` on a
    Lithuanian page) are checked with that language's dictionary and word list;
    parts in a language without a dictionary here (`{lang=en}`) are not checked.
    """
    wordlists = {**(wordlists or {}), language: wordlist}
    pieces = [(number, language, words_of(text)) for number, text in prose_lines(markdown)]
    pieces += [(number, other, words_of(text)) for number, other, text in other_language_parts(markdown)
               if other in DICTIONARIES]
    unknown = {code: unknown_words([w for _, c, ws in pieces if c == code for w in ws], code)
               for code in {c for _, c, _ in pieces}}

    def known(word: str, code: str) -> bool:
        return word not in unknown[code] or word.lower() in wordlists.get(code, load_wordlist(code))

    found = [(number, word) for number, code, ws in pieces for word in ws if not known(word, code)]
    return sorted(found, key=lambda item: item[0])


def default_files(root: Path = ROOT) -> list[Path]:
    files = [p for p in sorted((root / "docs").rglob("*.md")) if not p.relative_to(root / "docs").as_posix().startswith("lt/")]
    return files + sorted((root / "docs_lt").rglob("*.md"))


def check_files(files: list[Path]) -> list[str]:
    wordlists = {language: load_wordlist(language) for language in DICTIONARIES}
    findings = []
    for path in files:
        language = language_of_file(path)
        text = path.read_text(encoding="utf-8")
        display = path.resolve().relative_to(ROOT).as_posix() if path.resolve().is_relative_to(ROOT) else str(path)
        if display.startswith("docs/lt/"):
            display = "docs_lt/" + display[len("docs/lt/"):]
        for number, word in check_markdown(text, language, wordlists[language], wordlists):
            findings.append(f"{display}:{number}: {word}")
    return findings


def main(argv: list[str]) -> int:
    files = [Path(arg) for arg in argv] if argv else default_files()
    findings = check_files(files)
    for line in findings:
        print(line)
    if findings:
        sys.stdout.flush()
        print(f"{len(findings)} unknown word(s). Fix the spelling; only proper names, abbreviations "
              f"and technical terms belong in scripts/wordlists/<lang>.txt.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
