"""scripts/check: one command that runs every check and says what to fix, where and how."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scripts.check import NESTED, StepResult, format_report, group_failures
from scripts.languages import REPO_ROOT
from scripts.new_page import page_text
from tests.support.report import report

CHECK = "scripts/check"
# The message for a missing translation, as the contributing guide documents it. The
# parity hook words it (scripts/parity.py); MkDocs' own navigation warning, rewritten by
# scripts/build_log.py, says the same from mkdocs.yml's side.
PARITY_MESSAGE = "page has no Lithuanian version"
NAV_MESSAGE = "the navigation lists"
DOCUMENTED_IN = ("docs/about-site/contributing.md", "docs_lt/about-site/contributing.md", "CONTRIBUTING.md")
# Titles of the sample pages that stand in for placeholders in a clean copy.
STAND_IN_TITLES = {"lv": "Melnraksts", "lt": "Juodraštis"}


def copy_checkout(target: Path) -> Path:
    """A fresh clone of the working tree: every file git would commit, as one commit."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=REPO_ROOT, capture_output=True, text=True, check=True).stdout.split("\0")
    for name in filter(None, listed):
        source = REPO_ROOT / name
        if not os.path.lexists(source):  # deleted in the working tree, not committed yet
            continue
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            os.symlink(os.readlink(source), destination)
        else:
            shutil.copy2(source, destination)
    git = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"]
    subprocess.run(git + ["init", "-q"], cwd=target, check=True)
    subprocess.run(git + ["add", "-A"], cwd=target, check=True)
    subprocess.run(git + ["commit", "-q", "-m", "checkout"], cwd=target, check=True)
    return target


def replace_placeholders(project: Path) -> list[str]:
    """Pages still waiting for their writers hold 'PLACEHOLDER' (not a word of either language):
    in the copy both languages of such a page become the new-page sample."""
    replaced = []
    for page in sorted((project / "docs").rglob("*.md")):
        rel = page.relative_to(project / "docs").as_posix()
        if rel.startswith("lt/"):
            continue
        pair = {"lv": page, "lt": project / "docs_lt" / rel}
        if any(p.exists() and "PLACEHOLDER" in p.read_text(encoding="utf-8") for p in pair.values()):
            for language, path in pair.items():
                path.write_text(page_text(language, STAND_IN_TITLES[language]), encoding="utf-8")
            replaced.append(rel)
    return replaced


def run_check(project: Path, *args: str) -> tuple[subprocess.CompletedProcess, float]:
    """The launcher, as an editor runs it, with the Python of this test run as the active environment."""
    env = {key: value for key, value in os.environ.items() if key != NESTED}
    env["VIRTUAL_ENV"] = str(Path(sys.executable).parent.parent)
    start = time.monotonic()
    result = subprocess.run([str(project / CHECK), *args], cwd=project, env=env, capture_output=True, text=True)
    return result, time.monotonic() - start


def translation_hook_is_on(project: Path) -> bool:
    return "scripts/hooks/translation.py" in (project / "mkdocs.yml").read_text(encoding="utf-8")


# --- the summary ------------------------------------------------------------------

def test_summary_says_what_failed_where_and_what_to_do():
    text = format_report([
        StepResult("build", False, "mkdocs build --strict: 1 problem",
                   ["docs_lt/x.md:3: heading ID 'a' missing (docs/x.md:3 has it); add {#a}"]),
        StepResult("spelling", True, "2 pages, no unknown words"),
        StepResult("tests", False, "1 failed, 9 passed", ["tests/test_x.py::test_y: AssertionError: boom"],
                   ["To see why a test failed: python -m pytest <test name>"]),
    ])
    lines = text.splitlines()
    assert lines[0] == "scripts/check: build, spelling, tests"
    assert re.match(r"^  build +FAILED  mkdocs build --strict: 1 problem", lines[2])
    assert re.match(r"^  spelling +ok +2 pages, no unknown words", lines[3])
    assert "  docs_lt/x.md:3: heading ID 'a' missing (docs/x.md:3 has it); add {#a}" in lines
    assert "  tests/test_x.py::test_y: AssertionError: boom" in lines
    assert lines[-2] == "FAILED: build, tests. Fix each line above, then run scripts/check again."
    assert "docs/about-site/contributing.md#check-messages" in lines[-1]


def test_many_tests_failing_for_one_reason_take_one_line():
    failed = [(f"tests/t.py::test_{n}", "AssertionError: strict build failed:") for n in range(40)]
    failed.append(("tests/t.py::test_other", "AssertionError: 2 != 3"))
    failed += [(f"tests/t.py::test_page[{n}.md]", f"assert 'x' in '{n}{'.' * 300}'") for n in range(5)]
    lines = group_failures(failed)
    assert lines == [
        "40 tests, e.g. tests/t.py::test_0: AssertionError: strict build failed:",
        "tests/t.py::test_other: AssertionError: 2 != 3",
        "5 cases of tests/t.py::test_page, e.g. tests/t.py::test_page[0.md]: assert 'x' in '0" + "." * 183 + "…",
    ]


def test_the_launcher_uses_the_active_environment():
    env = dict(os.environ, VIRTUAL_ENV=str(Path(sys.executable).parent.parent))
    result = subprocess.run([str(REPO_ROOT / CHECK), "--help"], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "usage: scripts/check" in result.stdout and "--all" in result.stdout


def test_without_the_tools_it_says_how_to_install_them(tmp_path):
    system_python = shutil.which("python3", path="/usr/bin:/bin")
    if system_python is None or subprocess.run([system_python, "-c", "import mkdocs"],
                                               capture_output=True).returncode == 0:
        pytest.skip("needs a python3 without MkDocs")
    result = subprocess.run([system_python, "-m", "scripts.check"], cwd=REPO_ROOT, capture_output=True, text=True)
    assert result.returncode == 2
    assert "scripts/test" in result.stderr and "mkdocs" in result.stderr


def test_the_missing_translation_message_is_documented():
    for path in DOCUMENTED_IN:
        text = (REPO_ROOT / path).read_text(encoding="utf-8")
        assert PARITY_MESSAGE in text and NAV_MESSAGE in text, path
    for path in DOCUMENTED_IN[:2]:
        assert "{#check-messages}" in (REPO_ROOT / path).read_text(encoding="utf-8"), path


# --- the whole command, in a copy of the checkout ------------------------------------

@pytest.mark.slow
def test_check_passes_on_a_clean_tree(tmp_path):
    project = copy_checkout(tmp_path / "project")
    replaced = replace_placeholders(project)
    result, seconds = run_check(project)
    report(f"scripts/check on a clean copy: {seconds:.1f} s (placeholder pages stood in: {len(replaced)})")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "All checks passed."
    for step in ("build", "spelling", "tests"):
        assert re.search(rf"^  {step} +ok ", result.stdout, re.MULTILINE), result.stdout


@pytest.mark.slow
def test_check_fails_with_the_documented_message_for_a_missing_translation(tmp_path):
    project = copy_checkout(tmp_path / "project")
    replace_placeholders(project)
    (project / "docs_lt" / "glossary.md").unlink()
    # The build is the step that must fail; the quick tests are covered by the clean-tree test.
    result, seconds = run_check(project, "--no-tests")
    report(f"scripts/check with a missing translation: {seconds:.1f} s")
    output = result.stdout
    assert result.returncode == 1, output + result.stderr
    assert re.search(r"^  build +FAILED ", output, re.MULTILINE), output
    nav_line = re.compile(r"^  mkdocs\.yml:\d+: the navigation lists glossary\.md, but docs_lt/glossary\.md "
                          r"does not exist; create docs_lt/glossary\.md", re.MULTILINE)
    parity_line = re.compile(r"^  docs/glossary\.md:1: page has no Lithuanian version; create docs_lt/glossary\.md",
                             re.MULTILINE)
    if translation_hook_is_on(project):
        assert parity_line.search(output), output
    else:
        assert nav_line.search(output), output
    assert "FAILED: build" in output and "scripts/check again" in output
