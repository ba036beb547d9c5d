"""URLs and feeds -> captures (WARC) -> documents -> the record.

A page is fetched politely (evidence/fetch.py), kept as it came (evidence/warc.py), read with trafilatura, and
stored like any document. Fetching it again adds a capture only when its content changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from ..evidence.fetch import Fetcher, FetchError
from ..evidence.warc import payload_sha256, write_warc
from ..extract.pipeline import Extractor, document_from_text
from ..paths import data_dir
from ..store.record import Record
from ..store.web import WebRecord
from .files import read_html

HTML_TYPES = ("text/html", "application/xhtml+xml", "")


def captures_dir() -> Path:
    return data_dir() / "captures"


@dataclass
class Fetched:
    url: str
    outcome: str  # new / changed / unchanged / kept (not a page) / failed
    message: str
    incidents: int = 0


def fetch_into_record(url: str, record: Record, extractor: Extractor, fetcher: Fetcher,
                      folder: Path | None = None) -> Fetched:
    web = WebRecord(record.database)
    try:
        capture = fetcher.get(url)
    except FetchError as error:
        return Fetched(url, "failed", str(error))
    if capture.status >= 400:
        return Fetched(url, "failed", f"{url}: HTTP {capture.status} {capture.reason}".rstrip())
    sha = payload_sha256(capture)
    latest = web.latest_capture(url)
    if latest is not None and latest["payload_sha256"] == sha:
        return Fetched(url, "unchanged", f"{url}: unchanged since {latest['fetched_at']:%Y-%m-%d %H:%M} UTC")
    warc = write_warc(capture, folder or captures_dir())
    values = dict(url=url, final_url=capture.final_url, fetched_at=capture.fetched_at, status=capture.status,
                  content_type=capture.content_type or None, payload_sha256=sha, warc_path=str(warc))
    outcome = "changed" if latest is not None else "new"
    if capture.content_type not in HTML_TYPES:
        web.add_capture(**values, document_id=None)
        return Fetched(url, "kept", f"{url}: not a web page ({capture.content_type}); the capture is kept in "
                                    f"{warc.name}, nothing extracted")
    page = read_html(capture.final_url, capture.body)
    if page.error is not None:
        web.add_capture(**values, document_id=None)
        return Fetched(url, "failed", page.error + f" (the capture is kept in {warc.name})")
    document = document_from_text(page.text, page.published, source=capture.final_url, title=page.title,
                                  raw=capture.body)
    document.source_name = page.source_name or (urlsplit(capture.final_url).hostname or "").removeprefix("www.")
    document_id = web.document_id(document.id)
    incidents = 0
    if document_id is None:
        result = extractor.extract(document)
        stored = record.add_document(document, result.incidents, url=page.url or capture.final_url,
                                     report_confidence=result.report_confidence)
        document_id = stored.document_id or web.document_id(document.id)
        incidents = len(stored.decisions)
    web.add_capture(**values, document_id=document_id)
    return Fetched(url, outcome, f"{url}: {outcome} capture{', redirected to ' + capture.final_url if capture.redirects else ''}"
                                 f", {incidents} incident report(s)", incidents)


@dataclass
class PollSummary:
    feeds: int = 0
    new_items: int = 0
    fetched: list[Fetched] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def poll_feeds(record: Record, extractor: Extractor, fetcher: Fetcher, folder: Path | None = None,
               on_item=None) -> PollSummary:
    """Fetch every feed once; fetch and ingest each item not seen before (a failed one is tried again)."""
    import feedparser

    web = WebRecord(record.database)
    summary = PollSummary()
    for feed in web.feeds():
        summary.feeds += 1
        conditions = {name: value for name, value in (("If-None-Match", feed["etag"]),
                                                      ("If-Modified-Since", feed["modified"])) if value}
        try:
            capture = fetcher.get(feed["url"], conditions)
            if capture.status == 304:  # the server says nothing changed since the last poll
                web.polled(feed["id"], None, None)
                continue
            if capture.status >= 400:
                raise FetchError(f"{feed['url']}: HTTP {capture.status} {capture.reason}")
        except FetchError as error:
            web.polled(feed["id"], None, str(error))
            summary.problems.append(str(error))
            continue
        parsed = feedparser.parse(capture.body)
        if not parsed.entries and (parsed.bozo or not parsed.version):
            why = parsed.get("bozo_exception") or f"no RSS or Atom in its {capture.content_type or 'answer'}"
            message = f"{feed['url']}: not a feed ({why})"
            web.polled(feed["id"], None, message)
            summary.problems.append(message)
            continue
        for entry in parsed.entries:
            link = entry.get("link")
            key = entry.get("id") or link
            if not key or web.seen_item(feed["id"], key):
                continue
            summary.new_items += 1
            fetched = fetch_into_record(link, record, extractor, fetcher, folder) if link else \
                Fetched(key, "failed", f"{feed['url']}: item {key!r} has no link")
            summary.fetched.append(fetched)
            error = fetched.message if fetched.outcome == "failed" else None
            if error:
                summary.problems.append(error)
            web.mark_item(feed["id"], key, link, entry.get("title"), error)
            if on_item:
                on_item(fetched)
        answer = {k.lower(): v for k, v in capture.response_headers}
        web.polled(feed["id"], parsed.feed.get("title"), None, etag=answer.get("etag"),
                   modified=answer.get("last-modified"))
    return summary
