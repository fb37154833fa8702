"""Figures are compared the way a reader reads them, not character by character."""

from __future__ import annotations

from collections import Counter

import pytest

from scripts.numeric_tokens import list_markers, numeric_tokens, swallowed_numbers


def values(markdown: str) -> Counter:
    return Counter(token.value for token in numeric_tokens(markdown))


@pytest.mark.parametrize("latvian, lithuanian", [
    ("2022. gada 24. novembrī", "2022 m. lapkričio 24 d."),
    ("no 2020. līdz 2022. gadam", "2020–2022 metais"),
    ("2014.–2020. gadam", "2014–2020 m."),
    ("705 573,37 EUR", "705573.37 EUR"),
    ("705\u00a0573,37 EUR", "705&nbsp;573,37 EUR"),
    ("budžets 705 573,37\nEUR", "biudžetas 705\n573,37 EUR"),  # a line break inside the thousands
    ("18.06.2020", "18.06.2020"),
    ("01.06.2020", "2020-06-01"),
    ("lēmums Nr. 385", "nutarimas Nr. 385"),
    ("projekts LLI-425", "projektas LLI-425"),
    ("veidlapa SGL-3", "forma SGL-3"),
    ("likums Nr. X-493", "įstatymas Nr. X-493"),
    ("COVID-19 ierobežojumi", "COVID-19 ribojimai"),
    ("85 % dalībnieku", "85 proc. dalyvių"),
    ("no 9.00 līdz 17.30", "nuo 9:00 iki 17:30"),
    ("3,5 stundas", "3,5 valandos"),
    ("ieguva 2. vietu", "užėmė 2-ąją vietą"),
    ("[likums](https://likumi.lv/ta/id/68488)", "[įstatymas](https://www.e-tar.lt/)"),
    ("<https://likumi.lv/ta/id/68488>", "įstatymas"),
    ("`kods 123`", "tekstas"),
    ("## Pasākumi {#events-2021}", "## Renginiai {#events-2021}"),
    ("::video z7q120r58Us \"Video\"", "::video z7q120r58Us \"Vaizdo įrašas\""),
    ("Teksts.[^1]\n\n[^1]: Avots.", "Tekstas.[^2]\n\n[^2]: Šaltinis."),
    ('![attēls](../assets/foto-2021.jpg){ width="300" }', "![vaizdas](../assets/foto-2021.jpg)"),
])
def test_the_same_figures_written_each_language_s_way(latvian, lithuanian):
    assert values(latvian) == values(lithuanian)


@pytest.mark.parametrize("latvian, lithuanian", [
    ("705 573,37 EUR", "705 573,38 EUR"),
    ("2022. gadā", "2021 m."),
    ("LLI-425", "LLI-426"),
    ("18.06.2020", "18.07.2020"),
    ("77 dalībnieki", "dalyviai"),
    ("3 centri un 3 partneri", "3 centrai ir partneriai"),  # a multiset: how many times counts
])
def test_different_figures_are_different(latvian, lithuanian):
    assert values(latvian) != values(lithuanian)


def test_ordered_list_markers_are_not_figures():
    latvian = "Soļi:\n\n1. Pirmais.\n2. Otrais\n   turpinājums.\n3. Trešais.\n"
    lithuanian = "Žingsniai:\n\n1. Pirmas.\n2. Antras.\n3. Trečias.\n"
    assert values(latvian) == values(lithuanian) == Counter()


def test_tokens_keep_their_line():
    tokens = numeric_tokens("---\ndescription: 2020\n---\n\n# Lapa\n\nNo 2020. gada\nlīdz 2022. gadam.\n")
    assert [(t.line, t.value, t.text) for t in tokens] == [(7, "2020", "2020"), (8, "2022", "2022")]


def test_a_year_at_the_start_of_a_paragraph_or_list_line_becomes_a_list_number():
    markdown = ("# Lapa\n\n2021. gadā notika.\n\nTeksts par to, kas notika\n2022. gadā.\n\n"
                "- Punkts, kas turpinās\n  2023. gadā.\n\n!!! note \"Piezīme\"\n    2024. gada janvārī.\n\n"
                "1. Pirmais.\n2. Otrais.\n")
    assert swallowed_numbers(markdown) == [(3, "2021"), (9, "2023"), (12, "2024")]
    assert list_markers(markdown)[14] == (1, False)
    # the year still counts as a figure of the page: the text means it
    assert values(markdown)["2021"] == 1


def test_a_date_at_the_start_of_a_paragraph_is_lost_but_list_numbers_are_not():
    markdown = ("# Lapa\n\n24. novembrī notika konference.\n\n1. Pirmais.\n\n    Turpinājums.\n\n2. Otrais.\n"
                "    1. Apakšpunkts.\n    2. Vēl viens.\n3. Trešais.\n\nTeksts.\n\n4. Ceturtais pēc teksta.\n")
    assert swallowed_numbers(markdown) == [(3, "24"), (16, "4")]
    assert values(markdown) == Counter({"24": 1, "4": 1})


def test_the_fast_prose_path_gives_exactly_what_prose_lines_gives():
    """numeric_tokens.prose hands prose_lines only the lines it may change; the result must not differ."""
    from pathlib import Path

    from scripts import numeric_tokens
    from scripts.markdown_text import prose_lines
    from tests.support.build import REPO_ROOT
    from tests.support.checks import OTHER_LT, OTHER_LV, TEMPLATE_LT, TEMPLATE_LV
    from tests.support.report import report

    tricky = ("---\ndescription: x\n---\n\nText with `code 1`, [link](a.md), <b>html</b>, {#id}, likumi.lv,\n"
              "www.example.lv, https://e-tar.lt/ and *vārds*{lang=lt}.\n\n```\ncode 2\n```\n\n~~~\n[x](y)\n~~~\n"
              "!!! tip \"Ieteikums\"\n    Teksts.\n\n::video z7q120r58Us \"Video\"\n\n*[ABBR]: Meaning\n"
              "[ref]: https://likumi.lv/\n--8<-- \"file.md\"\n=== \"Tab\"\n\n    Plain line.\n")
    pages = [p.read_text(encoding="utf-8") for tree in ("docs", "docs_lt") for p in (REPO_ROOT / tree).rglob("*.md")
             if tree == "docs_lt" or not p.relative_to(REPO_ROOT / tree).as_posix().startswith("lt/")]
    for text in pages + [TEMPLATE_LV, TEMPLATE_LT, OTHER_LV, OTHER_LT, tricky]:
        expected = tuple(prose_lines(numeric_tokens.FOOTNOTE_START.sub(lambda m: " " * len(m.group(0)), text)))
        assert numeric_tokens.prose(text) == expected
    report("numbers and word counts: fast prose path " + (
        "active" if numeric_tokens.FAST_PROSE else
        "INACTIVE (scripts/markdown_text.py changed: check numeric_tokens.MAY_CHANGE, then update KNOWN_PROSE_RULES)"))
