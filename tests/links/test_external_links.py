"""`scripts/check_links.py --external` against a local server: no test touches the internet.

The server answers 200, 404, 500, a permanent and a temporary redirect, a
redirect loop, a slow answer (for timeouts), an answer that fails once (for
retries) and slow answers that count how many requests run at once.
"""

from __future__ import annotations

import http.server
import re
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter

import pytest

from scripts.external_links import Cache, check_urls, parse_duration
from tests.support.build import REPO_ROOT


class _Handler(http.server.BaseHTTPRequestHandler):
    counts: Counter
    state: dict
    lock: threading.Lock

    def log_message(self, *args):
        pass

    def _answer(self, status, location=None):
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def do_GET(self):
        path = self.path
        with self.lock:
            self.counts[path] += 1
            count = self.counts[path]
        if path == "/ok":
            self._answer(200)
        elif path == "/missing":
            self._answer(404)
        elif path == "/error":
            self._answer(500)
        elif path == "/moved":
            self._answer(301, "/ok")
        elif path == "/found":
            self._answer(302, "/ok")
        elif path == "/loop":
            self._answer(302, "/loop-b")
        elif path == "/loop-b":
            self._answer(302, "/loop")
        elif path == "/slow":
            time.sleep(2.0)
            self._answer(200)
        elif path == "/flaky":
            self._answer(503 if count == 1 else 200)
        elif path.startswith("/busy/"):
            with self.lock:
                self.state["now"] += 1
                self.state["most"] = max(self.state["most"], self.state["now"])
            time.sleep(0.3)
            with self.lock:
                self.state["now"] -= 1
            self._answer(200)
        else:
            self._answer(404)


@pytest.fixture
def server():
    handler = type("Handler", (_Handler,), {"counts": Counter(), "state": {"now": 0, "most": 0},
                                            "lock": threading.Lock()})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    httpd.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.handler = handler
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def test_each_kind_of_answer(server):
    base = server.base
    results = check_urls([f"{base}/{p}" for p in ("ok", "missing", "error", "moved", "found", "loop", "slow")],
                         timeout=0.3, retries=1, backoff=0.01)
    outcome = {url.rsplit("/", 1)[1]: (r.ok, r.status, r.error, r.final_url, r.permanent_redirect, r.attempts)
               for url, r in results.items()}
    assert outcome["ok"] == (True, 200, None, None, False, 1)
    assert outcome["missing"] == (False, 404, "HTTP 404", None, False, 1)  # not worth a retry
    assert outcome["error"] == (False, 500, "HTTP 500", None, False, 2)    # retried once
    assert outcome["moved"] == (True, 200, None, f"{base}/ok", True, 1)
    assert outcome["found"] == (True, 200, None, f"{base}/ok", False, 1)
    assert outcome["loop"] == (False, 302, "redirect loop", f"{base}/loop", False, 1)
    assert outcome["slow"][:3] == (False, None, "timeout after 0.3 s")


def test_a_failure_that_passes_on_retry(server):
    (result,) = check_urls([f"{server.base}/flaky"], retries=2, backoff=0.01).values()
    assert result.ok and result.attempts == 2


def test_requests_run_concurrently_within_the_limit(server):
    urls = [f"{server.base}/busy/{i}" for i in range(8)]
    started = time.monotonic()
    check_urls(urls, concurrency=8, per_host=2)
    assert server.handler.state["most"] == 2
    server.handler.state["most"] = 0
    check_urls([url + "?again" for url in urls], concurrency=8, per_host=8)
    assert server.handler.state["most"] > 2
    assert time.monotonic() - started < 8 * 0.3 * 2  # not one after the other


def test_the_cache_makes_a_second_run_fast_and_expires(server, tmp_path):
    urls = [f"{server.base}/ok", f"{server.base}/missing", f"{server.base}/slow"]
    path = tmp_path / "cache.json"
    first = time.monotonic()
    check_urls(urls, timeout=0.3, retries=0, cache=Cache(path, max_age=3600, failure_max_age=3600))
    first = time.monotonic() - first
    seen = dict(server.handler.counts)
    second = time.monotonic()
    results = check_urls(urls, timeout=0.3, retries=0, cache=Cache(path, max_age=3600, failure_max_age=3600))
    second = time.monotonic() - second
    assert dict(server.handler.counts) == seen  # nothing asked again
    assert all(r.cached for r in results.values()) and not results[f"{server.base}/missing"].ok
    assert second < first / 5
    # Failures expire sooner than good answers.
    check_urls(urls, timeout=0.3, retries=0, cache=Cache(path, max_age=3600, failure_max_age=0))
    assert server.handler.counts["/ok"] == seen["/ok"]
    assert server.handler.counts["/missing"] == seen["/missing"] + 1
    assert parse_duration("7d") == 7 * 86400 and parse_duration("90") == 90 and parse_duration("15m") == 900


def test_command_prints_a_table_of_failures(server, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(REPO_ROOT / "scripts", project / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    base = server.base
    lv = (f"# Saites\n\n[a]({base}/ok) [b]({base}/missing) [c]({base}/error)\n\n"
          f"[d]({base}/moved) [e]({base}/found) [f]({base}/loop) [g]({base}/slow#section)\n")
    for tree, text in (("docs", lv), ("docs_lt", f"# Nuorodos\n\n[b]({base}/missing)\n")):
        (project / tree).mkdir(parents=True)
        (project / tree / "index.md").write_text(text)
    command = [sys.executable, "scripts/check_links.py", "--external", "--timeout", "0.3", "--retries", "1",
               "--backoff", "0.01", "--cache", str(tmp_path / "links.json")]
    result = subprocess.run(command, cwd=project, capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stdout.split("\n")[0].split() == ["RESULT", "URL", "LINKED", "FROM"]
    table = result.stdout
    rows = [re.split(r"\s{2,}", line.strip()) for line in table.split("\n")[1:5]]
    assert rows == [
        ["HTTP 404", f"{base}/missing", "docs/index.md:3, docs_lt/index.md:3"],
        ["HTTP 500", f"{base}/error", "docs/index.md:3"],
        [f"redirect loop -> {base}/loop", f"{base}/loop", "docs/index.md:5"],
        ["timeout after 0.3 s", f"{base}/slow", "docs/index.md:5"],
    ]
    assert len(table.split("\n\n")[0].split("\n")) == 1 + 4  # the good ones (/ok, /found, /moved) are not failures
    assert f"Moved permanently (the link still works; update it to the new address):\n  {base}/moved -> {base}/ok" \
           f"  (docs/index.md:5)" in table
    assert "7 external URL(s) checked" in result.stderr and "4 broken" in result.stderr

    again = subprocess.run(command, cwd=project, capture_output=True, text=True)
    assert again.stdout == result.stdout
    assert "7 from the cache" in again.stderr
