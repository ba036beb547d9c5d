"""Polite HTTP fetching: a User-Agent that names Tawthiq, a delay between requests to one host, robots.txt.

Every failure is a FetchError whose message says what happened to which URL (timeout, refused, HTTP status,
too many redirects, robots.txt), so a batch can report it and go on.
"""

from __future__ import annotations

import datetime as dt
import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import urllib3

from .. import __version__

USER_AGENT = f"Tawthiq/{__version__} (documentation of attacks on civilians; +https://github.com/tawthiq)"
MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5


class FetchError(RuntimeError):
    """A URL that could not be fetched; the message names it and says why."""


@dataclass
class Capture:
    """One HTTP exchange as it happened: what we asked, what came back, when."""

    url: str
    final_url: str
    status: int
    reason: str
    request_headers: dict[str, str]
    response_headers: list[tuple[str, str]]
    body: bytes
    fetched_at: dt.datetime
    redirects: list[str] = field(default_factory=list)

    @property
    def content_type(self) -> str:
        value = next((v for k, v in self.response_headers if k.lower() == "content-type"), "")
        return value.split(";")[0].strip().lower()


class Fetcher:
    def __init__(self, *, delay: float = 2.0, timeout: float = 20.0, respect_robots: bool = True):
        self.delay = delay
        self.timeout = timeout
        self.respect_robots = respect_robots
        self.http = urllib3.PoolManager(headers={"User-Agent": USER_AGENT}, retries=False)
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def _wait_for(self, host: str) -> None:
        last = self._last_request.get(host)
        if last is not None:
            pause = self.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last_request[host] = time.monotonic()

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            parser = urllib.robotparser.RobotFileParser()
            try:
                self._wait_for(parts.netloc)
                response = self.http.request("GET", origin + "/robots.txt", timeout=self.timeout,
                                             redirect=True, preload_content=True)
                if response.status >= 400:
                    parser = None  # no robots.txt: everything is allowed
                else:
                    parser.parse(response.data.decode("utf-8", "replace").splitlines())
            except urllib3.exceptions.HTTPError:
                parser = None
            self._robots[origin] = parser
        parser = self._robots[origin]
        return parser is None or parser.can_fetch(USER_AGENT, url)

    def get(self, url: str, headers: dict[str, str] | None = None) -> Capture:
        """GET with redirects followed; `headers` adds request headers (If-None-Match for feeds, say)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError(f"{url}: not an http(s) URL")
        if self.respect_robots and not self._allowed(url):
            raise FetchError(f"{url}: robots.txt of {parts.netloc} asks robots not to fetch it "
                             "(--ignore-robots to fetch anyway)")
        redirects: list[str] = []
        current = url
        while True:
            host = urlsplit(current).netloc
            self._wait_for(host)
            fetched_at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
            try:
                response = self.http.request("GET", current, timeout=self.timeout, redirect=False,
                                             preload_content=False, headers={"User-Agent": USER_AGENT,
                                                                             **(headers or {})})
                body = response.read(MAX_BYTES + 1, decode_content=True)
                response.release_conn()
            except urllib3.exceptions.NewConnectionError as error:  # a subclass of TimeoutError in urllib3
                raise FetchError(f"{current}: cannot connect ({error.__class__.__name__}: "
                                 f"{str(error).split(': ', 1)[-1]})") from None
            except urllib3.exceptions.TimeoutError:
                raise FetchError(f"{current}: no answer within {self.timeout:g} s (timeout)") from None
            except urllib3.exceptions.HTTPError as error:
                reason = getattr(error, "reason", None) or error
                raise FetchError(f"{current}: cannot connect ({reason.__class__.__name__}: {reason})") from None
            if response.status in (301, 302, 303, 307, 308) and response.headers.get("Location"):
                if len(redirects) >= MAX_REDIRECTS:
                    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")
                redirects.append(current)
                current = urljoin(current, response.headers["Location"])
                continue
            if len(body) > MAX_BYTES:
                raise FetchError(f"{current}: larger than {MAX_BYTES // 1_048_576} MB; not kept")
            return Capture(url, current, response.status, response.reason or "",
                           {"User-Agent": USER_AGENT, **(headers or {})}, list(response.headers.items()), body,
                           fetched_at, redirects)
