"""Every Python file under scripts/ compiles: a benchmark or tool that no test runs
must not rot unseen (scripts/benchmarks/build.py once did)."""

from __future__ import annotations

import py_compile

import pytest

from tests.support.build import REPO_ROOT

SCRIPTS = sorted(p for p in (REPO_ROOT / "scripts").rglob("*.py") if "__pycache__" not in p.parts)


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.relative_to(REPO_ROOT).as_posix())
def test_compiles(path, tmp_path):
    py_compile.compile(str(path), cfile=str(tmp_path / "out.pyc"), doraise=True)
