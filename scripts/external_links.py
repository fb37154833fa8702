"""Do the external links still answer? (Online; run on request, never in the build.)

Many URLs are checked at once, but politely: a limit on parallel requests in
all and per host, a timeout per request, a few retries with growing pauses for
answers that may pass (timeouts, connection errors, 429 and 5xx), redirects
followed by hand so that loops are caught and permanent moves reported. Results
are cached in a JSON file with an expiry, so a second run is fast; answers that
failed expire sooner than good ones.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

USER_AGENT = "octopus-guidelines-link-check/1.0 (+https://zemgale-planning-region.github.io/octopus-guidelines/)"
REDIRECTS = (301, 302, 303, 307, 308)
PERMANENT = (301, 308)
RETRY_STATUSES = (429, 500, 502, 503, 504)
MAX_REDIRECTS = 10
MAX_RETRY_AFTER = 30.0  # seconds; a server asking for more is reported instead of waited for


@dataclass
class Result:
    url: str
    ok: bool
    status: int | None = None          # the final HTTP status
    error: str | None = None           # what went wrong, in words
    final_url: str | None = None       # where redirects led, if anywhere else
    permanent_redirect: bool = False   # the first redirect was 301/308: the link should be updated
    attempts: int = 1
    retry_after: float | None = None   # seconds the server asked us to wait (429)
    checked_at: float = field(default_factory=time.time)
    cached: bool = False

    @property
    def outcome(self) -> str:
        if self.error:
            return self.error
        return f"HTTP {self.status}"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # we follow redirects ourselves, to see each hop


_OPENER = urllib.request.build_opener(_NoRedirect)


def _request(url: str, timeout: float) -> tuple[int, str | None, float | None]:
    """(status, Location header, Retry-After seconds) of one GET; the body is not read."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            return response.status, None, None
    except urllib.error.HTTPError as error:
        retry_after = error.headers.get("Retry-After") if error.headers else None
        try:
            wait = float(retry_after) if retry_after is not None else None
        except ValueError:
            wait = None
        location = error.headers.get("Location") if error.headers else None
        error.close()
        return error.code, location, wait


def _describe(error: BaseException, timeout: float) -> str:
    reason = getattr(error, "reason", error)
    if isinstance(reason, (socket.timeout, TimeoutError)) or "timed out" in str(reason):
        return f"timeout after {timeout:g} s"
    if isinstance(reason, socket.gaierror):
        return "host not found (DNS)"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    text = str(reason) or type(reason).__name__
    return text if len(text) < 80 else text[:77] + "..."


def check_url(url: str, *, timeout: float = 10.0, retries: int = 2, backoff: float = 0.5) -> Result:
    """Follow `url` to its final answer; retry what may pass on a second try."""
    attempts = 0
    while True:
        attempts += 1
        result = _follow(url, timeout)
        result.attempts = attempts
        retryable = result.status in RETRY_STATUSES or (result.status is None and result.error is not None
                                                        and "redirect" not in result.error)
        if result.ok or not retryable or attempts > retries:
            return result
        wait = backoff * (2 ** (attempts - 1))
        if result.retry_after:
            wait = max(wait, result.retry_after)
        time.sleep(wait)


def _follow(url: str, timeout: float) -> Result:
    seen = [url]
    current = url
    permanent = False
    for hop in range(MAX_REDIRECTS + 1):
        try:
            status, location, retry_after = _request(current, timeout)
        except (urllib.error.URLError, OSError, ValueError) as error:
            return Result(url, False, error=_describe(error, timeout),
                          final_url=current if current != url else None)
        if status in REDIRECTS and location:
            target = urljoin(current, location)
            if hop == 0 and status in PERMANENT:
                permanent = True
            if target in seen:
                return Result(url, False, status=status, error="redirect loop", final_url=target)
            seen.append(target)
            current = target
            continue
        ok = 200 <= status < 400
        result = Result(url, ok, status=status, final_url=current if current != url else None,
                        permanent_redirect=permanent and current != url)
        if not ok:
            result.error = f"HTTP {status}"
            if status == 429 and retry_after is not None and retry_after <= MAX_RETRY_AFTER:
                result.retry_after = retry_after
        return result
    return Result(url, False, error=f"more than {MAX_REDIRECTS} redirects", final_url=current)


class Cache:
    """Results by URL in a JSON file; good ones kept `max_age` seconds, failures `failure_max_age`."""

    def __init__(self, path: Path | None, max_age: float, failure_max_age: float):
        self.path = path
        self.max_age = max_age
        self.failure_max_age = failure_max_age
        self.entries: dict[str, dict] = {}
        if path and path.exists():
            try:
                self.entries = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self.entries = {}  # a damaged cache is only a slower run

    def get(self, url: str, now: float) -> Result | None:
        entry = self.entries.get(url)
        if not entry:
            return None
        age = now - entry.get("checked_at", 0)
        if age > (self.max_age if entry.get("ok") else self.failure_max_age):
            return None
        known = {key: entry[key] for key in Result.__dataclass_fields__ if key in entry}
        return Result(**{**known, "cached": True})

    def put(self, result: Result) -> None:
        entry = asdict(result)
        entry.pop("cached", None)
        self.entries[result.url] = entry

    def save(self) -> None:
        if self.path:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self.entries, indent=1, sort_keys=True), encoding="utf-8")
            tmp.replace(self.path)


def check_urls(urls, *, concurrency: int = 8, per_host: int = 2, timeout: float = 10.0, retries: int = 2,
               backoff: float = 0.5, cache: Cache | None = None) -> dict[str, Result]:
    """Check every URL (fresh cached answers are reused) and return the results by URL."""
    now = time.time()
    results: dict[str, Result] = {}
    to_check = []
    for url in dict.fromkeys(urls):
        cached = cache.get(url, now) if cache else None
        if cached:
            results[url] = cached
        else:
            to_check.append(url)
    host_limits: dict[str, threading.Semaphore] = {}
    lock = threading.Lock()

    def run(url: str) -> Result:
        host = (urlsplit(url).hostname or "").lower()
        with lock:
            limit = host_limits.setdefault(host, threading.Semaphore(per_host))
        with limit:
            return check_url(url, timeout=timeout, retries=retries, backoff=backoff)

    if to_check:
        with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
            for result in pool.map(run, to_check):
                results[result.url] = result
                if cache:
                    cache.put(result)
        if cache:
            cache.save()
    return results


def parse_duration(text: str) -> float:
    """Seconds from `90`, `30s`, `15m`, `12h` or `7d`."""
    text = text.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    if text and text[-1] in units:
        return float(text[:-1]) * units[text[-1]]
    return float(text)


def failure_table(results: dict[str, Result], where: dict[str, list[tuple[str, int]]]) -> str:
    """The failed links as an aligned table: what happened, the URL, where it is linked."""
    failed = sorted((r for r in results.values() if not r.ok), key=lambda r: (r.outcome, r.url))
    moved = sorted((r for r in results.values() if r.ok and r.permanent_redirect), key=lambda r: r.url)
    lines = []
    if failed:
        rows = [("RESULT", "URL", "LINKED FROM")]
        for result in failed:
            places = where.get(result.url, [])
            shown = ", ".join(f"{path}:{line}" for path, line in places[:3])
            if len(places) > 3:
                shown += f" (+{len(places) - 3} more)"
            outcome = result.outcome + (f" -> {result.final_url}" if result.final_url and result.error and
                                        "redirect" in result.error else "")
            rows.append((outcome, result.url, shown))
        widths = [max(len(row[i]) for row in rows) for i in range(2)]
        for row in rows:
            lines.append(f"{row[0].ljust(widths[0])}  {row[1].ljust(widths[1])}  {row[2]}".rstrip())
    if moved:
        if lines:
            lines.append("")
        lines.append("Moved permanently (the link still works; update it to the new address):")
        for result in moved:
            places = ", ".join(f"{path}:{line}" for path, line in where.get(result.url, [])[:3])
            lines.append(f"  {result.url} -> {result.final_url}  ({places})")
    return "\n".join(lines)
