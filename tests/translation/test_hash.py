"""The translation record: a hash that only real changes of the source change, written without side effects."""

from __future__ import annotations

import re

from scripts.translation import body_hash, set_record


def test_hash_ignores_front_matter_wrapping_line_endings_and_unicode_form():
    page = "---\ndescription: A.\n---\n\n# Virsraksts\n\nPirmais teikums ir šeit.\nOtrais   teikums.\n"
    same = [
        page.replace("description: A.", "description: B.\nhide: [toc]"),
        page.replace("ir šeit.\nOtrais", "ir šeit. Otrais"),  # rewrapped
        page.replace("\n", "\r\n"),
        page.replace("šeit", "s\u030ceit"),  # the same letter, decomposed
        page + "\n\n",
        page.replace("---\ndescription: A.\n---\n\n", ""),  # front matter removed
    ]
    assert {body_hash(text) for text in same} == {body_hash(page)}
    assert body_hash(page.replace("Pirmais", "Trešais")) != body_hash(page)
    assert body_hash(page.replace("teikums.", "teikums,")) != body_hash(page)
    assert re.fullmatch(r"[0-9a-f]{12}", body_hash(page))


def test_set_record_touches_nothing_but_the_translation_entry():
    page = "---\ndescription: Apraksts.\nhide:\n  - toc\n---\n\n# Lapa\n"
    marked = set_record(page, {"source": "lv", "hash": "0123456789ab"})
    assert marked == ("---\ndescription: Apraksts.\nhide:\n  - toc\ntranslation:\n  source: lv\n"
                      "  hash: 0123456789ab\n---\n\n# Lapa\n")
    again = set_record(marked, {"source": "lv", "hash": "ba9876543210"})
    assert again == marked.replace("0123456789ab", "ba9876543210")
    assert set_record(marked, None) == page
    assert set_record("# Lapa\n", {"source": "lv", "hash": "x"}) == "---\ntranslation:\n  source: lv\n  hash: x\n---\n# Lapa\n"
    crlf = page.replace("\n", "\r\n")
    assert set_record(set_record(crlf, {"source": "lv", "hash": "x"}), None) == crlf
