"""Inflected word forms from a hunspell dictionary, as test data for stemmers.

A .dic file lists lemmas with affix flags; the .aff file says which endings
each flag allows. Applying the suffix rules (prefixes are left out: stemmers
look at the end of words) gives the forms of each lemma: for Lithuanian
`centras` -> centras centro centrui centrą ... centruose. Debian's
hunspell-lt and hunspell-lv (installed by scripts/test) provide them.
"""

from __future__ import annotations

import re
from pathlib import Path

HUNSPELL_DIR = Path("/usr/share/hunspell")
DICTIONARIES = {"lt": "lt_LT", "lv": "lv_LV"}


def _encoding(aff: bytes) -> str:
    match = re.search(rb"^SET\s+(\S+)", aff, re.MULTILINE)
    name = match.group(1).decode("ascii").lower() if match else "utf-8"
    return {"iso8859-13": "iso8859_13"}.get(name, name)


def paradigms(language: str, every: int = 1) -> list[list[str]]:
    """The forms of every `every`-th lower-case lemma of the dictionary."""
    name = DICTIONARIES[language]
    aff_bytes = (HUNSPELL_DIR / f"{name}.aff").read_bytes()
    encoding = _encoding(aff_bytes)
    rules: dict[str, list[tuple[str, str, re.Pattern]]] = {}
    for line in aff_bytes.decode(encoding).splitlines():
        parts = line.split()
        if len(parts) >= 5 and parts[0] == "SFX":
            flag, strip, add, condition = parts[1:5]
            strip = "" if strip == "0" else strip
            add = "" if add == "0" else add.split("/")[0]
            rules.setdefault(flag, []).append((strip, add, re.compile(condition + "$")))
    result = []
    lines = (HUNSPELL_DIR / f"{name}.dic").read_bytes().decode(encoding).splitlines()[1:]
    lemmas = [line.partition("/") for line in lines]
    lemmas = [(word.strip(), flags.strip()) for word, _, flags in lemmas]
    lemmas = [(word, flags) for word, flags in lemmas if word.isalpha() and word.islower()]
    for word, flags in lemmas[::every]:
        forms = {word}
        for flag in flags:
            for strip, add, condition in rules.get(flag, []):
                if word.endswith(strip) and condition.search(word):
                    forms.add(word[: len(word) - len(strip)] + add)
        result.append(sorted(forms))
    return result
