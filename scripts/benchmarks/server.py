"""Serve a built site on 127.0.0.1 the way its static host (GitHub Pages) does.

Like the host: the site is mounted at the path of `site_url`, a folder gives its
index.html, text (HTML, CSS, JavaScript, JSON, XML, SVG) is sent gzip-compressed
to a browser that accepts it, and a missing page gets the 404 page of its
language. Unlike the host, it counts what it sends: every response's status,
type and bytes (headers and body as sent), so that a benchmark or a test knows
exactly what a page cost, including requests a browser makes from workers.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import mimetypes
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

COMPRESSED_TYPES = ("text/", "application/javascript", "application/json", "application/xml",
                    "image/svg+xml", "application/manifest+json")
LANGUAGE_FOLDERS = ("lt",)


@dataclass(frozen=True)
class Sent:
    """One response as it went over the wire."""

    path: str
    status: int
    content_type: str
    header_bytes: int
    body_bytes: int

    @property
    def total(self) -> int:
        return self.header_bytes + self.body_bytes


class _Handler(http.server.BaseHTTPRequestHandler):
    site: Path
    prefix: str
    log: list[Sent]
    cache: dict
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # quiet
        pass

    def do_HEAD(self):
        self._serve(send_body=False)

    def do_GET(self):
        self._serve(send_body=True)

    def _resolve(self, url_path: str) -> tuple[int, Path | None, str | None]:
        """(status, file, redirect location) for a request path."""
        if not url_path.startswith(self.prefix):
            return 404, None, None
        relative = unquote(url_path[len(self.prefix):])
        target = (self.site / relative).resolve()
        if self.site.resolve() not in (target, *target.parents):
            return 404, None, None
        if target.is_dir():
            if not url_path.endswith("/"):
                return 301, None, url_path + "/"
            target = target / "index.html"
        if target.is_file():
            return 200, target, None
        return 404, None, None

    def _not_found_page(self, url_path: str) -> Path | None:
        relative = url_path[len(self.prefix):] if url_path.startswith(self.prefix) else ""
        language = relative.split("/", 1)[0]
        page = self.site / (f"{language}/404.html" if language in LANGUAGE_FOLDERS else "404.html")
        return page if page.is_file() else None

    def _body(self, file: Path, compress: bool) -> bytes:
        key = (file, compress)
        if key not in self.cache:
            data = file.read_bytes()
            self.cache[key] = gzip.compress(data, compresslevel=6, mtime=0) if compress else data
        return self.cache[key]

    def _serve(self, send_body: bool):
        url_path = urlsplit(self.path).path
        status, file, location = self._resolve(url_path)
        headers: list[tuple[str, str]] = []
        body = b""
        content_type = ""
        if status == 301:
            headers.append(("Location", location))
        else:
            if status == 404:
                file = self._not_found_page(url_path)
            if file is not None:
                content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
                if content_type.startswith("text/") or content_type == "image/svg+xml":
                    content_type += "; charset=utf-8"
                compress = ("gzip" in self.headers.get("Accept-Encoding", "")
                            and content_type.startswith(COMPRESSED_TYPES))
                body = self._body(file, compress)
                headers.append(("Content-Type", content_type))
                if compress:
                    headers += [("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding")]
        headers.append(("Content-Length", str(len(body))))
        headers.append(("Cache-Control", "max-age=600"))  # what GitHub Pages sends
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        header_bytes = len(f"HTTP/1.1 {status} {self.responses.get(status, ('',))[0]}\r\n") + sum(
            len(f"{name}: {value}\r\n") for name, value in headers) + 2
        # Logged before the body goes out, so that a reader of the log who has
        # seen the response complete also sees its entry.
        self.log.append(Sent(url_path, status, content_type.split(";")[0], header_bytes, len(body) if send_body else 0))
        if send_body:
            self.wfile.write(body)


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A browser context closed in the middle of a load (a benchmark that only
        # waits for the first paint) resets its connections: not an error here.
        pass


class StaticSite:
    """A threaded static server for a built site; use as a context manager.

    The port is taken when the object is made, so that the site can be built
    for its address (`SITE_URL=site.base_url`) before it is served.
    """

    def __init__(self, site_dir: Path, prefix: str = "/"):
        self.log: list[Sent] = []
        handler = type("Handler", (_Handler,), {
            "site": Path(site_dir), "prefix": prefix, "log": self.log, "cache": {},
        })
        self._httpd = _QuietServer(("127.0.0.1", 0), handler)
        self._handler = handler
        self.prefix = prefix
        self.origin = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self.base_url = self.origin + prefix
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def forget(self) -> None:
        """Clear the log and the compressed files (after the site was rebuilt)."""
        self.log.clear()
        self._handler.cache.clear()

    def __enter__(self) -> "StaticSite":
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._httpd.shutdown()
        self._httpd.server_close()
