"""How problems reach the editor: the clean site says nothing; a broken one fails CI but keeps serving.

The clean-site test builds the real content (with every page marked as a
checked translation, as it will be when the content is final) plus the
fixture pages, and expects no message at all from the checks.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.support.build import build_env
from tests.support.checks import (FOLDER, OUR_LINE, TEMPLATE_LT, TEMPLATE_LV, build_project, make_project,
                                  our_lines, translation_cli, write_pair)

pytestmark = pytest.mark.slow


def test_the_clean_site_produces_no_message_at_all(tmp_path):
    project = make_project(tmp_path / "project")
    write_pair(project, "clean", TEMPLATE_LV, TEMPLATE_LT)
    marked = translation_cli(project, "mark", "--all")
    assert marked.returncode == 0, marked.stderr
    result = build_project(project, tmp_path / "site")
    assert our_lines(result) == [], "\n".join(line for line in result.output.split("\n") if OUR_LINE.match(line))
    assert result.returncode == 0, result.output[-3000:]


@pytest.fixture(scope="module")
def broken_project(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("reporting") / "project")
    write_pair(project, "broken", TEMPLATE_LV, TEMPLATE_LT.replace("{#second}", "{#secnd}"))
    return project


def test_strict_build_fails_and_a_plain_build_warns(broken_project, tmp_path):
    expected = re.compile(rf"^WARNING\s+-\s+docs_lt/{FOLDER}/broken\.md:\d+: heading ID 'secnd' does not match "
                          rf"'second'", re.M)
    strict = build_project(broken_project, tmp_path / "strict")
    assert strict.returncode != 0 and expected.search(strict.output) and "Aborted with" in strict.output
    plain = build_project(broken_project, tmp_path / "plain", strict=False)
    assert plain.returncode == 0 and expected.search(plain.output)
    assert (tmp_path / "plain" / "lt" / FOLDER / "broken" / "index.html").exists()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_shows_the_problems_and_keeps_serving(broken_project, tmp_path):
    port = _free_port()
    log = tmp_path / "serve.log"
    with open(log, "w") as output:
        process = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "-a",
                                    f"127.0.0.1:{port}"], cwd=broken_project, env=build_env(),
                                   stdout=output, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 240
        while "Serving on" not in log.read_text() and time.monotonic() < deadline:
            assert process.poll() is None, log.read_text()[-3000:]
            time.sleep(0.5)
        text = log.read_text()
        assert "Serving on" in text, text[-3000:]
        assert re.search(rf"^WARNING\s+-\s+docs_lt/{FOLDER}/broken\.md:\d+: heading ID 'secnd'", text, re.M)
        prefix = re.search(r"Serving on (http://\S+)", text).group(1).rstrip("/") + "/"
        with urllib.request.urlopen(f"{prefix}lt/{FOLDER}/broken/", timeout=30) as response:
            assert response.status == 200
        assert process.poll() is None
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
