"""The editor's one command: every check, then a short summary of what to fix.

Usage: scripts/check [--all | --no-tests]     (or: python -m scripts.check ...)

Runs, side by side:
- build:    `mkdocs build --strict` with all the hooks (translation parity,
            links, videos, ...), as tests/support/build.py defines it;
- spelling: scripts/spellcheck.py over every page of docs/ and docs_lt/;
- tests:    the quick tests (those that need no browser and are not marked
            slow); `--all` runs every test, as CI does.

and prints one line per problem, `file:line: what is wrong; how to fix it`,
sorted by file. Exit status 0 when everything passed, 1 when something failed,
2 when the tools are missing. The pre-commit hook and CI call this same command;
each check itself is defined once, in the module named above.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Set for the tests this command starts, so that a test cannot start it again inside itself.
NESTED = "OCTOPUS_CHECK_RUNNING"
QUICK_TESTS = "not browser and not slow"
# The spelling step already checks every page; its whole-tree test would only do it twice.
COVERED_BY_SPELLING = "tests/spelling/test_spellcheck.py::test_every_page_of_both_languages_has_no_unknown_word"
HELP_PAGE = "docs/about-site/contributing.md#check-messages (on the site: Par vietni > Kā piedalīties / Apie svetainę > Kaip prisidėti)"
TEST_RESULT = re.compile(r"^(?:FAILED|ERROR) (?P<test>\S+)(?: - (?P<reason>.*))?$")
TEST_COUNTS = re.compile(r"^=* ?(?P<counts>(?:\d+ \w+(?:, )?)+) in [\d.]+s")


@dataclass
class StepResult:
    name: str
    ok: bool
    summary: str                 # one line: what ran and how it ended
    problems: list[str] = field(default_factory=list)  # `file:line: ...` lines, or other lines to show
    advice: list[str] = field(default_factory=list)    # what to do, beyond fixing each line
    seconds: float = 0.0
    heading: str = "what to fix (file:line: what is wrong; how to fix it)"


def python_has(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def run_build(root: Path) -> StepResult:
    """The strict build of both languages, with every hook; problems as editor lines."""
    from scripts.build_log import problems as build_problems
    from tests.support.build import build

    with tempfile.TemporaryDirectory(prefix="octopus-check-") as site_dir:
        result = build(root, Path(site_dir) / "site")
    findings, others = build_problems(result.output, root)
    lines = [finding.format() for finding in findings] + others
    if result.returncode == 0 and not lines:
        return StepResult("build", True, "mkdocs build --strict: both languages built, no warnings")
    if not lines:  # it stopped without a warning line: show how it ended
        tail = [line for line in result.output.splitlines() if line.strip()][-12:]
        return StepResult("build", False, "mkdocs build --strict stopped with an error", tail,
                          ["Read the last lines above: they name the file and the problem (often mkdocs.yml "
                           "or a page's front matter)."])
    count = len(lines)
    return StepResult("build", False, f"mkdocs build --strict: {count} problem{'s' * (count != 1)}", lines)


def run_spelling(root: Path) -> StepResult:
    """scripts/spellcheck.py over both trees; the pages are checked a few at a time in parallel."""
    from scripts import spellcheck

    files = spellcheck.default_files(root)
    chunks = [files[index::4] for index in range(4)]
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(spellcheck.check_files, [chunk for chunk in chunks if chunk]))
    except SystemExit as error:  # hunspell missing: spellcheck says what to install
        return StepResult("spelling", False, "the spelling check could not run", [str(error)])
    lines = []
    for finding in sorted(line for result in results for line in result):
        path, line, word = finding.split(":", 2)
        lines.append(f"{path}:{line}: unknown word '{word.strip()}'; correct the spelling")
    if not lines:
        return StepResult("spelling", True, f"{len(files)} pages, no unknown words")
    advice = ["Only a proper name, an abbreviation or a technical term that is spelt right may be appended "
              "to scripts/wordlists/lv.txt or lt.txt (every inflected form on its own line); rephrase "
              "anything else."]
    return StepResult("spelling", False, f"{len(lines)} unknown word{'s' * (len(lines) != 1)} in {len(files)} pages",
                      lines, advice)


def run_tests(root: Path, everything: bool) -> StepResult:
    """pytest: the quick tests, or with `everything` the whole suite."""
    if os.environ.get(NESTED):
        return StepResult("tests", True, "skipped: already running inside scripts/check")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rfE"]
    if not everything:
        command += ["-m", QUICK_TESTS, "--deselect", COVERED_BY_SPELLING]
    env = dict(os.environ, **{NESTED: "1", "COLUMNS": "400"})  # wide: pytest cuts failure reasons to fit
    process = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True)
    output = process.stdout + process.stderr
    counts = next((m["counts"] for line in reversed(output.splitlines()) if (m := TEST_COUNTS.match(line))), "")
    scope = "all tests" if everything else "quick tests; `scripts/check --all` runs every test"
    if process.returncode in (0, 5):  # 5: nothing selected
        return StepResult("tests", True, f"{counts or 'no tests selected'} ({scope})")
    failed = [(m["test"], m["reason"] or "failed") for line in output.splitlines() if (m := TEST_RESULT.match(line))]
    lines = group_failures(failed)
    if not lines:
        lines = [line for line in output.splitlines() if line.strip()][-12:]
    example = failed[0][0] if failed else "<test name>"
    advice = [f"To see why a test failed: {shown_python()} -m pytest '{example}' "
              f"(the test's message says what it expected)."]
    return StepResult("tests", False, f"{counts or 'pytest failed'} ({scope})", lines, advice,
                      heading="failed tests (test: reason)")


def shown_python() -> str:
    """This Python as an editor would type it (`.venv/bin/python` inside the checkout)."""
    path = Path(sys.executable)
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def group_failures(failed: list[tuple[str, str]], limit: int = 3, width: int = 200) -> list[str]:
    """One line per failed test, but one line for many tests that failed for the same reason
    (when the build fails, every test that needs the built site fails with it) or that are
    cases of one parametrised test; reasons are cut to `width` characters."""
    def cut(reason: str) -> str:
        return reason if len(reason) <= width else reason[: width - 1] + "…"

    lines: list[str] = []
    by_reason: dict[str, list[str]] = {}
    for test, reason in failed:
        by_reason.setdefault(reason, []).append(test)
    rest: list[tuple[str, str]] = []
    for reason, tests in by_reason.items():
        if len(tests) > limit:
            lines.append(f"{len(tests)} tests, e.g. {tests[0]}: {cut(reason)}")
        else:
            rest.extend((test, reason) for test in tests)
    by_function: dict[str, list[tuple[str, str]]] = {}
    for test, reason in rest:
        by_function.setdefault(test.split("[", 1)[0], []).append((test, reason))
    for function, cases in by_function.items():
        if len(cases) > limit:
            lines.append(f"{len(cases)} cases of {function}, e.g. {cases[0][0]}: {cut(cases[0][1])}")
        else:
            lines.extend(f"{test}: {cut(reason)}" for test, reason in cases)
    return lines


def format_report(results: list[StepResult]) -> str:
    width = max(len(result.name) for result in results)
    out = ["scripts/check: " + ", ".join(result.name for result in results), ""]
    for result in results:
        out.append(f"  {result.name.ljust(width)}  {'ok    ' if result.ok else 'FAILED'}  {result.summary}"
                   f"  [{result.seconds:.1f} s]")
    failed = [result for result in results if not result.ok]
    for result in failed:
        out += ["", f"{result.name}: {result.heading}"]
        out += [f"  {line}" for line in result.problems]
        out += [f"  {line}" for line in result.advice]
    out.append("")
    if failed:
        out.append("FAILED: " + ", ".join(result.name for result in failed)
                   + ". Fix each line above, then run scripts/check again.")
        out.append(f"Every message is explained in {HELP_PAGE}.")
    else:
        out.append("All checks passed.")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/check", description=__doc__.split("\n\n")[0])
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--all", action="store_true", help="run every test, including the browser and PDF tests")
    scope.add_argument("--no-tests", action="store_true", help="only the build and the spelling check")
    args = parser.parse_args(argv)

    missing = [name for name in ("mkdocs", "material", "mkdocs_static_i18n", "pytest") if not python_has(name)]
    if missing:
        print(f"scripts/check: {sys.executable} lacks {', '.join(missing)}. Install everything once with "
              f"scripts/test (it creates .venv), then run scripts/check again.", file=sys.stderr)
        return 2

    steps = {"build": lambda: run_build(ROOT), "spelling": lambda: run_spelling(ROOT)}
    if not args.no_tests:
        steps["tests"] = lambda: run_tests(ROOT, args.all)

    def timed(step):
        start = time.monotonic()
        result = step()
        result.seconds = time.monotonic() - start
        return result

    with ThreadPoolExecutor(max_workers=len(steps)) as pool:
        results = list(pool.map(timed, steps.values()))
    print(format_report(results))
    return 0 if all(result.ok for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
