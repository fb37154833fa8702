"""Link validity in the real build: each kind of broken link, with its exact line and message.

Each problem sits in its own fixture page pair (tests/support/checks.py), in
both languages where it makes sense (so that translation parity has nothing to
say), and one strict build of the copy reports them all.
"""

from __future__ import annotations

import shutil

import pytest

from scripts.check_links import site_url
from tests.support.build import REPO_ROOT
from tests.support.checks import (FOLDER, TEMPLATE_LT, TEMPLATE_LV, build_project, line_of, make_project,
                                  mark_fixture, messages_for, write_pair)

pytestmark = pytest.mark.slow
LV, LT = f"docs/{FOLDER}", f"docs_lt/{FOLDER}"
SITE = site_url(REPO_ROOT)

# name: (what the Latvian page links, what the Lithuanian page links)
LINKS = {
    "page-not-found": ("[lapa](nowhere.md)", "[puslapis](nowhere.md)"),
    "page-typo": ("[lapa](othr.md#target)", "[puslapis](othr.md#target)"),
    "page-only-in-latvian": ("[lapa](only-latvian.md)", "[puslapis](only-latvian.md)"),
    "anchor-not-on-page": ("[lapa](other.md#nowhere)", "[puslapis](other.md#nowhere)"),
    "anchor-typo": ("[lapa](other.md#targte)", "[puslapis](other.md#targte)"),
    "anchor-same-page": ("[augšā](#nowhere)", "[viršuje](#nowhere)"),
    "anchor-other-language": ("[lietuviski](../../lt/checks-fixture/other/#nowhere)",
                              "[latviškai](../../../checks-fixture/other/#nowhere)"),
    "cross-language-file-path": ("[lietuviski](../lt/checks-fixture/other.md#target)",
                                 "[latviškai](../../checks-fixture/other.md#target)"),
    "image-missing": ("![attēls](../assets/nowhere.png)", "![vaizdas](../assets/nowhere.png)"),
    "image-only-in-latvian-tree": ("![attēls](../assets/only-lv.svg)", "![vaizdas](../assets/only-lv.svg)"),
    "download-missing": ("[PDF](../downloads/nowhere.pdf)", "[PDF](../downloads/nowhere.pdf)"),
    "into-site": ("[lapa](../../site/index.html)", "[puslapis](../../../site/index.html)"),
    "localhost": ("[lapa](http://localhost:8000/guidelines/)", "[puslapis](http://localhost:8000/guidelines/)"),
    "absolute-repository-path": ("[lapa](/docs/checks-fixture/other.md)", "[puslapis](/docs_lt/checks-fixture/other.md)"),
    "absolute-path": ("[lapa](/guidelines/planning/)", "[puslapis](/lt/guidelines/planning/)"),
    "http": ("[likumi.lv](http://likumi.lv/)", "[likumi.lv](http://likumi.lv/)"),
    "incomplete-host": ("[likumi](https://likumi/)", "[likumi](https://likumi/)"),
    "no-host": ("[likumi](https:///likumi.lv)", "[likumi](https:///likumi.lv)"),
    "no-scheme": ("[likumi](www.likumi.lv)", "[likumi](www.likumi.lv)"),
    "web-address-of-a-page": ("[mērķis](../other/#target)", "[tikslas](../other/#target)"),
    "own-site-address": (f"[mērķis]({SITE}checks-fixture/other/#target)",
                         f"[tikslas]({SITE}lt/checks-fixture/other/#target)"),
    "undefined-reference": ("[mērķis][nowhere]", "[tikslas][nowhere]"),
}


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("links") / "project")
    shutil.copy2(project / "docs" / "assets" / "fixture.svg", project / "docs" / "assets" / "only-lv.svg")
    write_pair(project, "only-latvian", TEMPLATE_LV, None)
    for name, (lv, lt) in LINKS.items():
        write_pair(project, name, TEMPLATE_LV + f"\nSaite: {lv}\n", TEMPLATE_LT + f"\nNuoroda: {lt}\n")
    mark_fixture(project)
    result = build_project(project, tmp_path_factory.mktemp("links-site"))
    return project, result


def expect(broken, name, lv_message, lt_message=None):
    project, result = broken
    expected = set()
    if lv_message:
        expected.add(f"WARNING {LV}/{name}.md:{line_of(project, f'{LV}/{name}.md', 'Saite: ')}: {lv_message}")
    if lt_message:
        expected.add(f"WARNING {LT}/{name}.md:{line_of(project, f'{LT}/{name}.md', 'Nuoroda: ')}: {lt_message}")
    assert messages_for(result, name) == expected, result.output[-2000:]


def test_strict_build_fails_on_broken_links(broken):
    assert broken[1].returncode != 0


def test_link_to_a_page_that_does_not_exist(broken):
    expect(broken, "page-not-found",
           f"link 'nowhere.md' points to {LV}/nowhere.md, which does not exist; check the path",
           f"link 'nowhere.md' points to {LT}/nowhere.md, which does not exist; check the path")


def test_mistyped_page_gets_a_suggestion(broken):
    expect(broken, "page-typo",
           f"link 'othr.md#target' points to {LV}/othr.md, which does not exist; did you mean 'other.md'?",
           f"link 'othr.md#target' points to {LT}/othr.md, which does not exist; did you mean 'other.md'?")


def test_link_to_a_page_that_exists_only_in_the_other_language(broken):
    expect(broken, "page-only-in-latvian", None,
           f"link 'only-latvian.md' points to {LT}/only-latvian.md, which does not exist (only "
           f"{LV}/only-latvian.md does); write that page or link another one")


def test_anchor_that_the_target_page_does_not_have(broken):
    expect(broken, "anchor-not-on-page",
           f"link 'other.md#nowhere' points to #nowhere, which is not an ID on {LV}/other.md; its sections are "
           f"#target, #other-target",
           f"link 'other.md#nowhere' points to #nowhere, which is not an ID on {LT}/other.md; its sections are "
           f"#target, #other-target")


def test_mistyped_anchor_gets_a_suggestion(broken):
    expect(broken, "anchor-typo",
           f"link 'other.md#targte' points to #targte, which is not an ID on {LV}/other.md; did you mean '#target'?",
           f"link 'other.md#targte' points to #targte, which is not an ID on {LT}/other.md; did you mean '#target'?")


def test_anchor_on_the_same_page(broken):
    expect(broken, "anchor-same-page",
           "link '#nowhere' points to #nowhere, which is not an ID on this page; its sections are #first, "
           "#events-2021, #second",
           "link '#nowhere' points to #nowhere, which is not an ID on this page; its sections are #first, "
           "#events-2021, #second")


def test_anchor_on_the_other_languages_page(broken):
    expect(broken, "anchor-other-language",
           f"link '../../lt/checks-fixture/other/#nowhere' points to #nowhere, which is not an ID on "
           f"{LT}/other.md; its sections are #target, #other-target",
           f"link '../../../checks-fixture/other/#nowhere' points to #nowhere, which is not an ID on "
           f"{LV}/other.md; its sections are #target, #other-target")


def test_link_into_the_other_language_by_file_path(broken):
    expect(broken, "cross-language-file-path",
           "link '../lt/checks-fixture/other.md#target' leads from docs/ into the Lithuanian pages by file path, "
           "which the build cannot follow; link the Lithuanian page by its address "
           "'../../lt/checks-fixture/other/#target', or link 'other.md#target' for the Latvian one",
           "link '../../checks-fixture/other.md#target' leads from docs_lt/ into the Latvian pages by file path, "
           "which the build cannot follow (it would open the Lithuanian page of the same name instead); link the "
           "Latvian page by its address '../../../checks-fixture/other/#target', or link 'other.md#target' for "
           "the Lithuanian one")


def test_image_that_does_not_exist(broken):
    expect(broken, "image-missing",
           "image '../assets/nowhere.png' points to docs/assets/nowhere.png, which does not exist; check the path",
           "image '../assets/nowhere.png' points to docs_lt/assets/nowhere.png, which does not exist; check the path")


def test_image_that_only_the_other_language_has(broken):
    expect(broken, "image-only-in-latvian-tree", None,
           "image '../assets/only-lv.svg' is only in docs/ (docs/assets/only-lv.svg); the Lithuanian pages see "
           "only docs_lt/: copy it to docs_lt/assets/only-lv.svg and link '../assets/only-lv.svg'")


def test_download_that_does_not_exist(broken):
    expect(broken, "download-missing",
           "link '../downloads/nowhere.pdf' points to docs/downloads/nowhere.pdf, which does not exist; check the path",
           "link '../downloads/nowhere.pdf' points to docs_lt/downloads/nowhere.pdf, which does not exist; "
           "check the path")


def test_link_into_the_built_site(broken):
    message = ("points into site/, the built site, which is rebuilt and not published from there; link the source "
               ".md page or the file in docs/")
    expect(broken, "into-site", f"link '../../site/index.html' {message}",
           f"link '../../../site/index.html' {message}")


def test_link_to_localhost(broken):
    message = ("link 'http://localhost:8000/guidelines/' points to your own computer (localhost), which readers "
               "cannot open; link the page relatively ('planning.md') or use its public address")
    expect(broken, "localhost", message, message)


def test_absolute_path_to_a_file_of_the_repository(broken):
    expect(broken, "absolute-repository-path",
           f"link '/docs/checks-fixture/other.md' is an absolute path to {LV}/other.md, which does not exist on the "
           f"published site; link it relatively: 'other.md'",
           f"link '/docs_lt/checks-fixture/other.md' is an absolute path to {LT}/other.md, which does not exist on "
           f"the published site; link it relatively: 'other.md'")


def test_absolute_path(broken):
    message = ("is an absolute path, which breaks because the site is published in a subfolder; link the page's .md "
               "file relatively (e.g. '../guidelines/planning.md')")
    expect(broken, "absolute-path", f"link '/guidelines/planning/' {message}",
           f"link '/lt/guidelines/planning/' {message}")


def test_http_where_https_is_expected(broken):
    message = "link 'http://likumi.lv/' uses http://; use 'https://likumi.lv/'"
    expect(broken, "http", message, message)


def test_external_links_must_be_well_formed(broken):
    message = "link 'https://likumi/' has host 'likumi', which is not a complete domain name; check the address"
    expect(broken, "incomplete-host", message, message)
    message = "link 'https:///likumi.lv' has no host; write the full address, e.g. 'https://likumi.lv/'"
    expect(broken, "no-host", message, message)
    message = "link 'www.likumi.lv' looks like a web address without 'https://'; write 'https://www.likumi.lv'"
    expect(broken, "no-scheme", message, message)


def test_page_linked_by_its_web_address_instead_of_its_file(broken):
    message = ("link '../other/#target' is a web address; link the page's file so the build can check it: "
               "'other.md#target'")
    expect(broken, "web-address-of-a-page", message, message)


def test_page_linked_by_the_sites_full_address(broken):
    expect(broken, "own-site-address",
           f"link '{SITE}checks-fixture/other/#target' is this site's own address; link the file instead so the "
           f"build checks it: 'other.md#target'",
           f"link '{SITE}lt/checks-fixture/other/#target' is this site's own address; link the file instead so the "
           f"build checks it: 'other.md#target'")


def test_reference_link_without_definition(broken):
    expect(broken, "undefined-reference",
           "reference link '[mērķis][nowhere]' has no definition; add a line '[nowhere]: <address>' or write the "
           "link inline as [text](address)",
           "reference link '[tikslas][nowhere]' has no definition; add a line '[nowhere]: <address>' or write the "
           "link inline as [text](address)")


def test_the_template_and_valid_cross_language_addresses_give_no_message(broken):
    # The template links another page's section, the same page, the other language by address,
    # an image and a download in both trees, a footnote and external https links.
    project, result = broken
    assert messages_for(result, "only-latvian") == {
        f"WARNING {LV}/only-latvian.md:1: page has no Lithuanian version; create {LT}/only-latvian.md (same path), "
        f"or remove this page"}
