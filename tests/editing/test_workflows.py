"""The GitHub Actions workflows: valid, and every command they run exists and is the README's."""

from __future__ import annotations

import importlib.util
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from scripts.languages import REPO_ROOT

WORKFLOWS = sorted((REPO_ROOT / ".github" / "workflows").glob("*.yml"))
VENV_BIN = Path(sys.executable).parent  # the environment the tests run in has what .venv/bin has
SEPARATORS = re.compile(r"&&|\|\||;|\|")


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def triggers(workflow: dict) -> dict:
    # YAML 1.1 reads the key `on` as the boolean True.
    return workflow.get("on", workflow.get(True))


def steps(workflow: dict):
    for job_name, job in workflow["jobs"].items():
        for step in job.get("steps", []):
            yield job_name, step


def commands(script: str) -> list[list[str]]:
    """The simple commands of a `run:` script, each as its words (env assignments dropped)."""
    result = []
    for line in script.replace("\\\n", " ").splitlines():
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        for part in SEPARATORS.split(line):
            words = shlex.split(part)
            while words and re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", words[0]):
                words = words[1:]
            if words:
                result.append(words)
    return result


def all_commands() -> list[tuple[str, list[str]]]:
    return [(path.name, words) for path in WORKFLOWS for _job, step in steps(load(path)) if "run" in step
            for words in commands(step["run"])]


def is_project_command(words: list[str]) -> bool:
    return "/" in words[0]


def test_there_is_a_pull_request_and_a_publish_workflow():
    assert {path.name for path in WORKFLOWS} == {"pull-request.yml", "publish.yml"}


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_is_valid(path):
    workflow = load(path)
    assert workflow["name"] and triggers(workflow) and workflow["jobs"]
    # GitHub's own schema of workflow files, shipped inside check-jsonschema: no network needed.
    result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema",
                             "vendor.github-workflows", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("workflow_name, words", all_commands(), ids=lambda v: " ".join(v) if isinstance(v, list) else v)
def test_every_command_names_a_file_or_tool_that_exists(workflow_name, words):
    program = words[0]
    if program.startswith(".venv/bin/"):
        assert (VENV_BIN / program.removeprefix(".venv/bin/")).exists(), f"{program}: not installed by pyproject.toml"
    elif "/" in program:
        file = REPO_ROOT / program
        assert file.is_file(), f"{program} does not exist"
        assert file.stat().st_mode & 0o111, f"{program} is not executable"
    else:
        assert shutil.which(program), f"{program}: no such tool"
    if Path(program).name.startswith("python"):
        if words[1] == "-m":
            assert importlib.util.find_spec(words[2]), words
        else:
            assert (REPO_ROOT / words[1]).is_file(), f"{words[1]} does not exist"
    if program == "scripts/check":
        help_text = subprocess.run([sys.executable, "-m", "scripts.check", "--help"], cwd=REPO_ROOT,
                                   capture_output=True, text=True).stdout
        for option in (word for word in words[1:] if word.startswith("--")):
            assert option in help_text, f"scripts/check has no option {option}"


def test_workflows_run_the_readmes_commands():
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    blocks = "\n".join(re.findall(r"```sh\n(.*?)```", readme, re.DOTALL))
    for name, words in all_commands():
        if is_project_command(words):
            command = " ".join(words)
            assert command in blocks or f"`{command}`" in readme, f"{name}: '{command}' is not in README.md"
    assert "exec scripts/test" in (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ran = {" ".join(words) for _name, words in all_commands()}
    assert {".ci/run", ".venv/bin/mkdocs build --strict", ".venv/bin/python scripts/build_pdf.py site"} <= ran
    assert any(command.startswith("scripts/check") for command in ran)


def test_every_checkout_has_the_whole_history_and_every_action_a_version():
    for path in WORKFLOWS:
        for _job, step in steps(load(path)):
            if "uses" in step:
                assert re.fullmatch(r"actions/[\w-]+@v\d+", step["uses"]), step["uses"]
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["fetch-depth"] == 0, path.name  # "last updated" dates come from git


def run_order(workflow: dict, job: str) -> list[str]:
    return [step.get("uses") or step["run"] for step in workflow["jobs"][job]["steps"]]


def test_a_pull_request_is_tested_and_its_site_uploaded_to_preview():
    workflow = load(REPO_ROOT / ".github" / "workflows" / "pull-request.yml")
    assert "pull_request" in triggers(workflow)
    order = run_order(workflow, "check")
    text = "\n".join(order)
    assert text.index(".ci/run") < text.index("mkdocs build --strict") < text.index("scripts/build_pdf.py site")
    upload = next(step for _job, step in steps(workflow) if step.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"].rstrip("/") == "site"


def test_main_is_built_and_deployed_to_github_pages():
    workflow = load(REPO_ROOT / ".github" / "workflows" / "publish.yml")
    assert triggers(workflow)["push"]["branches"] == ["main"]
    build = "\n".join(run_order(workflow, "build"))
    assert build.index(".ci/run") < build.index("mkdocs build --strict") < build.index("build_pdf.py site") \
        < build.index("actions/upload-pages-artifact@")
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]


def test_ci_runs_on_the_same_debian_release_as_our_machines():
    os_release = Path("/etc/os-release")
    if not os_release.exists() or "ID=debian" not in os_release.read_text():
        pytest.skip("not a Debian machine")
    codename = re.search(r"^VERSION_CODENAME=(\w+)", os_release.read_text(), re.MULTILINE).group(1)
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    for path in WORKFLOWS:
        for name, job in load(path)["jobs"].items():
            if "container" in job:  # Hunspell's dictionaries (and so the word lists) follow the release
                assert job["container"] == f"python:{python}-slim-{codename}", f"{path.name} {name}"
