"""Headless Chromium (Debian's /usr/bin/chromium) driven by Playwright.

Browsers cannot be downloaded on our machines, so Playwright is pointed at the
system Chromium. Every request to a host other than the local test server is
aborted and recorded, so no test can reach the internet and a test can assert
that a page asked for nothing outside the site.
"""

from __future__ import annotations

import os
import shutil
from urllib.parse import urlsplit

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
# Without the background-networking switches Chromium calls Google services at start.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str | None:
    explicit = os.environ.get("CHROMIUM_PATH")
    if explicit:
        return explicit
    for candidate in CHROMIUM_CANDIDATES:
        if os.path.exists(candidate):
            return candidate
    return shutil.which("chromium")


class ExternalRequestLog:
    """Aborts and remembers every request that leaves the local origin.

    Requests to the site's own published address (`site_url`: the pages name
    it in absolute links such as the hreflang alternates, which Material's
    language code fetches `sitemap.xml` next to) are the site's own, not a
    third party's: they are aborted too, but listed in `published`, not `blocked`.
    """

    def __init__(self, allowed_origin: str, published_url: str | None = None):
        self.allowed_host = urlsplit(allowed_origin).netloc
        self.published_host = urlsplit(published_url).netloc if published_url else None
        self.blocked: list[str] = []
        self.published: list[str] = []

    def attach(self, context) -> None:
        context.route("**/*", self._route)

    def _route(self, route):
        url = route.request.url
        scheme = urlsplit(url).scheme
        if scheme in ("data", "blob", "about") or urlsplit(url).netloc == self.allowed_host:
            route.continue_()
        else:
            own = self.published_host is not None and urlsplit(url).netloc == self.published_host
            (self.published if own else self.blocked).append(url)
            route.abort()
