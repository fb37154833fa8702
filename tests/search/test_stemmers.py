"""The Latvian and Lithuanian stemmers of the search (overrides/assets/
javascripts/lunr/): their Node unit tests, and the Lithuanian one word for word
against the Snowball reference implementation (the `snowballstemmer` package)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import material
import pytest
import snowballstemmer

from scripts.languages import REPO_ROOT
from tests.search.hunspell_forms import HUNSPELL_DIR, paradigms

JS_DIR = Path(__file__).parent / "js"
WORD = re.compile(r"[^\W\d_]+")


def node() -> str:
    path = shutil.which("node")
    if path is None:
        pytest.fail("Node.js not found: install Debian's `nodejs` (scripts/test does)")
    return path


def node_env() -> dict[str, str]:
    return {**os.environ, "MATERIAL_DIR": os.path.dirname(material.__file__)}


def js_stems(language: str, words: list[str]) -> list[str]:
    proc = subprocess.run([node(), str(JS_DIR / "stem.js"), language], input="\n".join(words) + "\n",
                          capture_output=True, text=True, env=node_env(), check=True)
    return proc.stdout.split("\n")[: len(words)]


def site_words(tree: str) -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((REPO_ROOT / tree).rglob("*.md")))
    return sorted({w.lower() for w in WORD.findall(text)})


def test_node_unit_tests_pass():
    """tests/search/js/*.test.js: paradigms of both stemmers, folding, lunr plugin."""
    proc = subprocess.run([node(), "--test", str(JS_DIR)], capture_output=True, text=True,
                          env=node_env(), cwd=REPO_ROOT)
    summary = "\n".join(line for line in proc.stdout.splitlines() if line.startswith("# "))
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert re.search(r"^# fail 0$", summary, re.MULTILINE), summary


def test_lithuanian_stemmer_agrees_with_snowball():
    """Every form of every 100th lemma of hunspell-lt, and every word of docs_lt/."""
    if not (HUNSPELL_DIR / "lt_LT.dic").exists():
        pytest.fail("hunspell-lt not installed (scripts/test installs it)")
    words = sorted({form for forms in paradigms("lt", every=100) for form in forms} | set(site_words("docs_lt")))
    assert len(words) > 40_000
    oracle = snowballstemmer.stemmer("lithuanian")
    ours = js_stems("lt", words)
    expected = oracle.stemWords(words)
    wrong = [(w, mine, stem) for w, mine, stem in zip(words, ours, expected) if mine != stem]
    assert wrong == [], f"{len(wrong)} of {len(words)} differ (word, ours, Snowball): {wrong[:20]}"
