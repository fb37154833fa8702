"""Serve a built site on 127.0.0.1 the way a static host does.

The site is mounted at the path of `site_url` (for example `/octopus-guidelines/`),
and a missing page under `<prefix>lt/` gets the Lithuanian 404 page, like the
language-aware 404 rules of a static host.
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path
from urllib.parse import urlsplit, unquote


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    prefix = "/"
    languages = ("lt",)

    def log_message(self, *args):  # keep test output quiet
        pass

    def translate_path(self, path):
        path = urlsplit(path).path
        if path.startswith(self.prefix):
            path = "/" + path[len(self.prefix):]
        else:
            path = "/__outside_site__"
        return super().translate_path(path)

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        relative = unquote(urlsplit(self.path).path)[len(self.prefix):]
        language = relative.split("/", 1)[0]
        page = Path(self.directory) / (f"{language}/404.html" if language in self.languages else "404.html")
        body = page.read_bytes() if page.exists() else b"Not found"
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class SiteServer:
    """A threaded static server; use as a context manager."""

    def __init__(self, site_dir: Path, prefix: str = "/"):
        handler = type("Handler", (_SiteHandler,), {"prefix": prefix})
        self._httpd = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(handler, directory=str(site_dir))
        )
        self.prefix = prefix
        self.origin = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self.base_url = self.origin + prefix
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def __enter__(self) -> "SiteServer":
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._httpd.shutdown()
        self._httpd.server_close()
