"""The spelling check: Hunspell with Debian's lv/lt dictionaries over every page."""

from __future__ import annotations

import subprocess
import sys

from scripts.languages import REPO_ROOT
from scripts.spellcheck import check_markdown, load_wordlist
from tests.support.report import report

SCRIPT = REPO_ROOT / "scripts" / "spellcheck.py"


def test_every_page_of_both_languages_has_no_unknown_word():
    result = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    for language in ("lv", "lt"):
        report(f"word list {language}: {len(load_wordlist(language))} entries")


def test_reports_file_line_and_word_for_each_mistake(tmp_path):
    page = tmp_path / "docs_lt" / "guidelines" / "x.md"
    page.parent.mkdir(parents=True)
    page.write_text(
        "---\ndescription: Nekontroliuojamas aprašymas klaidaa\n---\n\n# Gairės\n\n"
        "Savivaldybė kuria centrą.\n\nSavivaldybėe kuriia centrą.\n", encoding="utf-8")
    lv_page = tmp_path / "docs" / "x.md"
    lv_page.parent.mkdir(parents=True, exist_ok=True)
    lv_page.write_text("# Vadlīnijas\n\nPašvaldība veido centru un pašvaldbia arī.\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCRIPT), str(page), str(lv_page)], capture_output=True, text=True)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines == [f"{page}:9: Savivaldybėe", f"{page}:9: kuriia", f"{lv_page}:3: pašvaldbia"]


def test_code_urls_front_matter_ids_and_video_lines_are_not_prose():
    markdown = (
        "---\ntitle: Xyzzyq\n---\n\n# Pašvaldība\n\n"
        "## Virsraksts {#qwrtzp-id}\n\n"
        "Skatiet `kods_xyzzyq` un https://example.com/xyzzyq vai likumi.lv.\n\n"
        "```\nxyzzyq plugh\n```\n\n"
        '::video z7q120r58Us "Senioru pasākums"\n\n'
        "[saite](xyzzyq.md#plugh)\n"
    )
    assert check_markdown(markdown, "lv", set()) == []


def test_word_list_accepts_listed_names_only():
    markdown = "# Vadlīnijas\n\nCentrs Xyzzyqā darbojas.\n"
    assert check_markdown(markdown, "lv", set()) == [(3, "Xyzzyqā")]
    assert check_markdown(markdown, "lv", {"xyzzyqā"}) == []


def test_a_phrase_marked_as_the_other_language_is_checked_in_that_language():
    lists = {"lv": load_wordlist("lv"), "lt": load_wordlist("lt")}
    good = "# Gairės\n\nLatvijoje galioja *Mediācijas likums*{lang=lv} ir <span lang=\"lv\">Sociālo pakalpojumu likums</span>.\n"
    assert check_markdown(good, "lt", lists["lt"], lists) == []
    bad = "# Gairės\n\nLatvijoje galioja *Mediācijaz likums*{lang=lv}.\n\nTekstas *day centre*{lang=en}.\n"
    assert check_markdown(bad, "lt", lists["lt"], lists) == [(3, "Mediācijaz")]
