"""Build the real site (or a modified copy of the project) the way CI does."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
# What a build needs from the checkout; a temporary copy takes these.
PROJECT_ENTRIES = ("mkdocs.yml", "docs", "docs_lt", "overrides", "scripts", "includes", "pyproject.toml")
PROBLEM_LINE = re.compile(r"^(WARNING|ERROR)\s+-\s", re.MULTILINE)


@dataclass
class BuildResult:
    returncode: int
    output: str
    site_dir: Path

    @property
    def problems(self) -> list[str]:
        """The log lines MkDocs counts against `--strict` (WARNING/ERROR)."""
        return [line for line in self.output.splitlines() if PROBLEM_LINE.match(line)]


def build_env() -> dict[str, str]:
    env = dict(os.environ)
    env["NO_MKDOCS_2_WARNING"] = "1"  # the maintenance banner is not our log line
    env.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    return env


def build(project_dir: Path, site_dir: Path, *, strict: bool = True, extra_args: tuple[str, ...] = ()) -> BuildResult:
    """Run `mkdocs build` in `project_dir` into `site_dir` and return its log."""
    cmd = [sys.executable, "-m", "mkdocs", "build", "--clean", "-d", str(site_dir)]
    if strict:
        cmd.append("--strict")
    cmd.extend(extra_args)
    proc = subprocess.run(cmd, cwd=project_dir, env=build_env(), capture_output=True, text=True)
    return BuildResult(proc.returncode, proc.stdout + proc.stderr, site_dir)


def copy_project(target: Path) -> Path:
    """Copy what a build needs into `target` (keeping the docs/lt symlink relative)."""
    target.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_ENTRIES:
        source = REPO_ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, symlinks=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif source.exists():
            shutil.copy2(source, target / name)
    _commit_as_git_repository(target)
    return target


def _commit_as_git_repository(directory: Path) -> None:
    """The "last updated" dates come from git, so a copy is a repository too."""
    git = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"]
    subprocess.run(git + ["init", "-q"], cwd=directory, check=True)
    subprocess.run(git + ["add", "-A"], cwd=directory, check=True)
    subprocess.run(git + ["commit", "-q", "-m", "copy of the project for a test"], cwd=directory, check=True)
