"""scripts/build_log.py: MkDocs' own warnings become lines an editor can act on."""

from __future__ import annotations

from scripts.build_log import problems

LOG = """INFO    -  mkdocs_static_i18n: Building 'lv' documentation to directory: /tmp/site
WARNING -  docs_lt/guidelines/x.md:7: heading ID 'budget' missing (docs/guidelines/x.md:7 has it); add {#budget}
INFO    -  mkdocs_static_i18n: Building 'lt' documentation to directory: /tmp/site/lt
WARNING -  A reference to 'glossary.md' is included in the 'nav' configuration, which is not found in the documentation files.
WARNING -  Doc file 'lt/guidelines/index.md' contains a link '../glossary.md', but the target 'lt/glossary.md' is not found among documentation files.
WARNING -  Doc file 'lt/guidelines/index.md' contains a link 'planning.md#steps', but the doc 'lt/guidelines/planning.md' does not contain an anchor '#steps'.
INFO    -  Doc file 'lt/index.md' contains a link 'x.md#y', but the doc 'lt/x.md' does not contain an anchor '#y'.
WARNING -  Something MkDocs says that we do not know.
"""


def make_project(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nnav:\n  - index.md\n  - Vārdnīca: glossary.md\n",
                                         encoding="utf-8")
    page = tmp_path / "docs_lt" / "guidelines" / "index.md"
    page.parent.mkdir(parents=True)
    page.write_text("# Gairės\n\nŽr. [žodynas](../glossary.md).\n\nIr [planas](planning.md#steps).\n"
                    "Dar kartą [žodynas](../glossary.md).\n", encoding="utf-8")
    return tmp_path


def test_each_problem_names_the_editors_file_line_and_fix(tmp_path):
    findings, others = problems(LOG, make_project(tmp_path))
    lines = [finding.format() for finding in findings]
    assert lines == [
        "docs_lt/guidelines/index.md:3: the link '../glossary.md' leads to docs_lt/glossary.md, which does not "
        "exist; correct the link or create the page",
        "docs_lt/guidelines/index.md:5: the link 'planning.md#steps' needs a heading with the ID #steps in "
        "docs_lt/guidelines/planning.md, and there is none; correct the link or add {#steps} to that heading",
        "docs_lt/guidelines/index.md:6: the link '../glossary.md' leads to docs_lt/glossary.md, which does not "
        "exist; correct the link or create the page",
        "docs_lt/guidelines/x.md:7: heading ID 'budget' missing (docs/guidelines/x.md:7 has it); add {#budget}",
        "mkdocs.yml:4: the navigation lists glossary.md, but docs_lt/glossary.md does not exist; create "
        "docs_lt/glossary.md (for a translation: copy docs/glossary.md, translate it, keep its headings and IDs) "
        "or remove glossary.md from nav",
    ]
    # Nothing is hidden: what is not understood is passed on as MkDocs wrote it; INFO lines are not problems.
    assert others == ["WARNING -  Something MkDocs says that we do not know."]


def test_a_latvian_page_is_named_by_its_docs_path(tmp_path):
    log = ("WARNING -  Doc file 'guidelines/index.md' contains a link 'nowhere.md', but the target "
           "'guidelines/nowhere.md' is not found among documentation files.\n")
    findings, others = problems(log, tmp_path)
    assert [f.format() for f in findings] == [
        "docs/guidelines/index.md:1: the link 'nowhere.md' leads to docs/guidelines/nowhere.md, which does not "
        "exist; correct the link or create the page"]
    assert others == []


def test_a_clean_log_has_no_problems(tmp_path):
    log = "INFO    -  Cleaning site directory\nINFO    -  Documentation built in 2.23 seconds\n"
    assert problems(log, tmp_path) == ([], [])


def test_a_page_that_cannot_be_read_is_named_with_the_reason(tmp_path):
    log = ("INFO    -  mkdocs_static_i18n: Building 'lt' documentation to directory: /tmp/site/lt\n"
           "ERROR   -  Error reading page 'lt/index.md': Snippet at path 'abbreviations.lt.md' could not be found\n")
    findings, others = problems(log, tmp_path)
    assert [f.format() for f in findings] == [
        "docs_lt/index.md:1: MkDocs could not read the page: Snippet at path 'abbreviations.lt.md' could not be "
        "found; fix what this names (Markdown on this page, or a file it includes)"]
    assert others == []
