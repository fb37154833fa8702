"""Translation parity in the real build: each kind of difference, with its exact line and message.

One copy of the project gets one fixture page pair per problem (see
tests/support/checks.py); the real `mkdocs build --strict` runs once, and each
test reads what was reported about its pair: nothing more, nothing less.
"""

from __future__ import annotations

import pytest

from tests.support.checks import (FOLDER, TEMPLATE_LT, TEMPLATE_LV, build_project, line_of, make_project,
                                  mark_fixture, messages_for, write_pair)

pytestmark = pytest.mark.slow
LV, LT = f"docs/{FOLDER}", f"docs_lt/{FOLDER}"


def change(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


VARIANTS = {
    "clean": (TEMPLATE_LV, TEMPLATE_LT),
    "heading-id-missing": (TEMPLATE_LV, change(TEMPLATE_LT, "## Pirmas skyrius {#first}", "## Pirmas skyrius")),
    "heading-id-differs": (TEMPLATE_LV, change(TEMPLATE_LT, "{#first}", "{#frist}")),
    "heading-level": (TEMPLATE_LV, change(TEMPLATE_LT, "### Renginiai 2021 m.", "## Renginiai 2021 m.")),
    "heading-missing": (TEMPLATE_LV, change(TEMPLATE_LT, "## Antras skyrius {#second}\n\n", "")),
    "heading-extra": (TEMPLATE_LV, TEMPLATE_LT + "\n## Papildomas skyrius {#extra}\n\nTekstas.\n"),
    "heading-without-id": (TEMPLATE_LV + "\n## Bez identifikatora\n\nTeksts.\n",
                           TEMPLATE_LT + "\n## Be identifikatoriaus\n\nTekstas.\n"),
    "video-missing": (TEMPLATE_LV, change(TEMPLATE_LT, '::video z7q120r58Us "Senjorų renginys"\n\n', "")),
    "video-differs": (TEMPLATE_LV, change(TEMPLATE_LT, "z7q120r58Us", "QBkS4MtB-90")),
    "image-missing": (TEMPLATE_LV, change(TEMPLATE_LT, "![Logotipas](../assets/fixture.svg)\n\n", "")),
    "link-missing": (TEMPLATE_LV, change(TEMPLATE_LT, "[tikslą](other.md#target)", "tikslą")),
    "link-differs": (TEMPLATE_LV, change(TEMPLATE_LT, "(other.md#target)", "(other.md#other-target)")),
    "admonition-type": (TEMPLATE_LV, change(TEMPLATE_LT, '!!! tip "Rekomendacija"', '!!! note "Pastaba"')),
    "admonition-missing": (TEMPLATE_LV, change(TEMPLATE_LT, '!!! tip "Rekomendacija"\n    Pradėkite', "Pradėkite")),
    "tab-missing": (TEMPLATE_LV, change(TEMPLATE_LT, '=== "Lietuvoje"\n\n    Įvyko 2', "    Lietuvoje įvyko 2")),
    "number-differs": (TEMPLATE_LV, change(TEMPLATE_LT, "705573,37", "705573,38")),
    "number-missing": (TEMPLATE_LV, change(TEMPLATE_LT, "Dalyvavo 77", "Dalyvavo daug")),
    "number-extra": (TEMPLATE_LV, change(TEMPLATE_LT, "Įvyko 3 renginiai.", "Įvyko 3 renginiai per 5 dienas.")),
    "front-matter-key": (change(TEMPLATE_LV, "---\n\n#", "hide:\n  - toc\n---\n\n#"), TEMPLATE_LT),
    "front-matter-invalid": (change(TEMPLATE_LV, "description: Pārbaužu paraugs.",
                                    "description: Pārbaužu paraugs: ar kolu."), TEMPLATE_LT),
    "year-becomes-list-number": (
        change(TEMPLATE_LV, "## Otrā sadaļa {#second}\n\n", "## Otrā sadaļa {#second}\n\n2021. gadā notika 4 "
                                                           "pasākumi.\n\n"),
        change(TEMPLATE_LT, "## Antras skyrius {#second}\n\n", "## Antras skyrius {#second}\n\n2021 m. įvyko 4 "
                                                              "renginiai.\n\n")),
    "only-latvian": (TEMPLATE_LV, None),
    "only-lithuanian": (None, TEMPLATE_LT),
}


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("parity") / "project")
    for name, (lv, lt) in VARIANTS.items():
        write_pair(project, name, lv, lt)
    mark_fixture(project)  # every pair is a checked translation: only the differences remain
    result = build_project(project, tmp_path_factory.mktemp("parity-site"))
    return project, result


def expect(broken, name, *lines):
    project, result = broken
    assert messages_for(result, name) == set(lines), result.output[-3000:]


def test_the_clean_template_gives_no_message(broken):
    expect(broken, "clean")


def test_the_strict_build_fails_on_parity_problems(broken):
    _project, result = broken
    assert result.returncode != 0
    assert "Aborted with" in result.output


def test_heading_without_the_id_the_other_language_has(broken):
    project, _ = broken
    lt = line_of(project, f"{LT}/heading-id-missing.md", "## Pirmas skyrius")
    lv = line_of(project, f"{LV}/heading-id-missing.md", "{#first}")
    link = line_of(project, f"{LT}/heading-id-missing.md", "(#first)")
    expect(broken, "heading-id-missing",
           f"WARNING {LT}/heading-id-missing.md:{lt}: heading ID 'first' missing "
           f"({LV}/heading-id-missing.md:{lv} has it); add {{#first}}",
           # ... and the page's own link to that section is broken now, which the link check says:
           f"WARNING {LT}/heading-id-missing.md:{link}: link '#first' points to #first, which is not an ID on this "
           f"page; its sections are #pirmas-skyrius, #events-2021, #second")


def test_heading_with_a_different_id(broken):
    project, _ = broken
    lt = line_of(project, f"{LT}/heading-id-differs.md", "{#frist}")
    lv = line_of(project, f"{LV}/heading-id-differs.md", "{#first}")
    link = line_of(project, f"{LT}/heading-id-differs.md", "(#first)")
    expect(broken, "heading-id-differs",
           f"WARNING {LT}/heading-id-differs.md:{lt}: heading ID 'frist' does not match 'first' "
           f"({LV}/heading-id-differs.md:{lv}); change it to {{#first}}",
           f"WARNING {LT}/heading-id-differs.md:{link}: link '#first' points to #first, which is not an ID on this "
           f"page; did you mean '#frist'?")


def test_heading_with_a_different_level(broken):
    project, _ = broken
    lt = line_of(project, f"{LT}/heading-level.md", "{#events-2021}")
    lv = line_of(project, f"{LV}/heading-level.md", "{#events-2021}")
    expect(broken, "heading-level",
           f"WARNING {LT}/heading-level.md:{lt}: heading {{#events-2021}} is H2 here but H3 in "
           f"{LV}/heading-level.md:{lv}; write it with '###'")


def test_heading_missing(broken):
    project, _ = broken
    last = len((project / f"{LT}/heading-missing.md").read_text(encoding="utf-8").rstrip("\n").split("\n"))
    lv = line_of(project, f"{LV}/heading-missing.md", "{#second}")
    expect(broken, "heading-missing",
           f"WARNING {LT}/heading-missing.md:{last}: heading {{#second}} missing ({LV}/heading-missing.md:{lv} "
           f"has '## Otrā sadaļa'); add the section at the end of the page with {{#second}}")


def test_heading_only_in_the_translation(broken):
    project, _ = broken
    lt = line_of(project, f"{LT}/heading-extra.md", "{#extra}")
    expect(broken, "heading-extra",
           f"WARNING {LT}/heading-extra.md:{lt}: heading {{#extra}} is not in {LV}/heading-extra.md; "
           f"remove it here or add it there")


def test_heading_without_id_in_both_languages(broken):
    project, _ = broken
    lv = line_of(project, f"{LV}/heading-without-id.md", "## Bez identifikatora")
    lt = line_of(project, f"{LT}/heading-without-id.md", "## Be identifikatoriaus")
    advice = ("has no ID; add an English kebab-case ID, the same in both languages, e.g. '## {text} {{#short-name}}' "
              "(citations link to it)")
    expect(broken, "heading-without-id",
           f"WARNING {LV}/heading-without-id.md:{lv}: heading 'Bez identifikatora' "
           + advice.format(text="Bez identifikatora") + f"; {LT}/heading-without-id.md:{lt} needs it too",
           f"WARNING {LT}/heading-without-id.md:{lt}: heading 'Be identifikatoriaus' "
           + advice.format(text="Be identifikatoriaus") + f"; {LV}/heading-without-id.md:{lv} needs it too")


def test_video_missing(broken):
    project, _ = broken
    section = line_of(project, f"{LT}/video-missing.md", "{#first}")
    lv = line_of(project, f"{LV}/video-missing.md", "::video")
    expect(broken, "video-missing",
           f"WARNING {LT}/video-missing.md:{section}: video z7q120r58Us missing ({LV}/video-missing.md:{lv} has "
           f"it); add '::video z7q120r58Us \"<title in this language>\"' in section #first")


def test_video_with_another_id(broken):
    project, _ = broken
    section = line_of(project, f"{LT}/video-differs.md", "{#first}")
    lv = line_of(project, f"{LV}/video-differs.md", "::video")
    lt = line_of(project, f"{LT}/video-differs.md", "::video")
    expect(broken, "video-differs",
           f"WARNING {LT}/video-differs.md:{section}: video z7q120r58Us missing ({LV}/video-differs.md:{lv} has "
           f"it); add '::video z7q120r58Us \"<title in this language>\"' in section #first",
           f"WARNING {LT}/video-differs.md:{lt}: video QBkS4MtB-90 is not in {LV}/video-differs.md; remove it here "
           f"or add it there")


def test_image_missing(broken):
    project, _ = broken
    section = line_of(project, f"{LT}/image-missing.md", "{#first}")
    lv = line_of(project, f"{LV}/image-missing.md", "![Logotips]")
    expect(broken, "image-missing",
           f"WARNING {LT}/image-missing.md:{section}: image '../assets/fixture.svg' missing "
           f"({LV}/image-missing.md:{lv} has it); add it in section #first")


def test_internal_link_missing(broken):
    project, _ = broken
    section = line_of(project, f"{LT}/link-missing.md", "{#first}")
    lv = line_of(project, f"{LV}/link-missing.md", "(other.md#target)")
    expect(broken, "link-missing",
           f"WARNING {LT}/link-missing.md:{section}: link to 'other.md#target' missing ({LV}/link-missing.md:{lv} "
           f"has it); link the same page and section in section #first")


def test_internal_link_to_another_section(broken):
    project, _ = broken
    section = line_of(project, f"{LT}/link-differs.md", "{#first}")
    lv = line_of(project, f"{LV}/link-differs.md", "(other.md#target)")
    lt = line_of(project, f"{LT}/link-differs.md", "(other.md#other-target)")
    expect(broken, "link-differs",
           f"WARNING {LT}/link-differs.md:{section}: link to 'other.md#target' missing ({LV}/link-differs.md:{lv} "
           f"has it); link the same page and section in section #first",
           f"WARNING {LT}/link-differs.md:{lt}: link to 'other.md#other-target' is not in {LV}/link-differs.md; "
           f"link what the other language links, or add it there")


def test_admonition_of_another_type(broken):
    project, _ = broken
    lt = line_of(project, f"{LT}/admonition-type.md", "!!! note")
    lv = line_of(project, f"{LV}/admonition-type.md", "!!! tip")
    expect(broken, "admonition-type",
           f"WARNING {LT}/admonition-type.md:{lt}: block !!! note here but !!! tip in "
           f"{LV}/admonition-type.md:{lv}; use '!!! tip'")


def test_admonition_missing(broken):
    project, _ = broken
    section = line_of(project, f"{LT}/admonition-missing.md", "{#first}")
    lv = line_of(project, f"{LV}/admonition-missing.md", "!!! tip")
    expect(broken, "admonition-missing",
           f"WARNING {LT}/admonition-missing.md:{section}: block !!! tip missing ({LV}/admonition-missing.md:{lv} "
           f"has it); add it in section #first")


def test_tab_missing(broken):
    project, _ = broken
    section = line_of(project, f"{LT}/tab-missing.md", "{#events-2021}")
    lv = line_of(project, f"{LV}/tab-missing.md", '=== "Lietuvā"')
    expect(broken, "tab-missing",
           f"WARNING {LT}/tab-missing.md:{section}: block === \"…\" (tab) missing ({LV}/tab-missing.md:{lv} has "
           f"it); add it in section #events-2021")


def test_a_figure_that_differs(broken):
    project, _ = broken
    title = line_of(project, f"{LT}/number-differs.md", "# Pavyzdys")
    lv = line_of(project, f"{LV}/number-differs.md", "705 573,37")
    lt = line_of(project, f"{LT}/number-differs.md", "705573,38")
    expect(broken, "number-differs",
           f"WARNING {LT}/number-differs.md:{title}: number '705 573,37' missing in the introduction "
           f"({LV}/number-differs.md:{lv} has it); add it or correct the figure",
           f"WARNING {LT}/number-differs.md:{lt}: number '705573,38' is not in the introduction of "
           f"{LV}/number-differs.md; remove it or correct the figure")


def test_a_figure_that_is_missing(broken):
    project, _ = broken
    title = line_of(project, f"{LT}/number-missing.md", "# Pavyzdys")
    lv = line_of(project, f"{LV}/number-missing.md", "Piedalījās 77")
    expect(broken, "number-missing",
           f"WARNING {LT}/number-missing.md:{title}: number '77' missing in the introduction "
           f"({LV}/number-missing.md:{lv} has it); add it or correct the figure")


def test_a_figure_only_in_the_translation(broken):
    project, _ = broken
    lt = line_of(project, f"{LT}/number-extra.md", "per 5 dienas")
    expect(broken, "number-extra",
           f"WARNING {LT}/number-extra.md:{lt}: number '5' is not in section #events-2021 of "
           f"{LV}/number-extra.md; remove it or correct the figure")


def test_front_matter_key_missing(broken):
    project, _ = broken
    lv = line_of(project, f"{LV}/front-matter-key.md", "hide:")
    expect(broken, "front-matter-key",
           f"WARNING {LT}/front-matter-key.md:1: front matter key 'hide' missing ({LV}/front-matter-key.md:{lv} "
           f"has it); add 'hide:' here too")


def test_front_matter_that_is_not_yaml(broken):
    message = messages_for(broken[1], "front-matter-invalid")
    assert len(message) == 1
    (line,) = message
    assert line.startswith(f"WARNING {LV}/front-matter-invalid.md:1: front matter is not valid YAML (")
    assert line.endswith("); fix the lines between the '---' lines")


def test_a_year_that_markdown_would_turn_into_a_list_number(broken):
    project, _ = broken
    lv = line_of(project, f"{LV}/year-becomes-list-number.md", "2021. gadā notika")
    expect(broken, "year-becomes-list-number",
           f"WARNING {LV}/year-becomes-list-number.md:{lv}: '2021.' at the start of this line makes Markdown start "
           f"a numbered list, and '2021' disappears from the page; rewrap the text so the line does not start "
           f"with it, or write '2021\\.'")


def test_page_in_one_language_only(broken):
    expect(broken, "only-latvian",
           f"WARNING {LV}/only-latvian.md:1: page has no Lithuanian version; create {LT}/only-latvian.md "
           f"(same path), or remove this page")
    expect(broken, "only-lithuanian",
           f"WARNING {LT}/only-lithuanian.md:1: page has no Latvian version; create {LV}/only-lithuanian.md "
           f"(same path), or remove this page")


def test_all_problems_are_reported_at_once_sorted_by_file(broken):
    from tests.support.checks import OUR_LINE

    _project, result = broken
    lines = result.output.split("\n")
    ours = [i for i, line in enumerate(lines) if OUR_LINE.match(line)]
    assert ours == list(range(ours[0], ours[0] + len(ours))), "one block, not scattered through the log"
    keys = [(m["path"], int(m["line"])) for m in (OUR_LINE.match(lines[i]) for i in ours)]
    assert keys == sorted(keys)
    fixture_files = {path for path, _ in keys if f"/{FOLDER}/" in path}
    assert len(fixture_files) >= len(VARIANTS) - 1  # every broken variant is in the same report
