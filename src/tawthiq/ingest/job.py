"""The ingest job: files -> incoming documents -> extraction -> the record, committed a batch of whole documents
at a time."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..collector import long_batch, settle
from ..extract.pipeline import Extractor, document_from_text
from ..records import Document, Post
from ..store.record import Pending, Record, Stored
from . import BATCH_SIZE
from .files import Incoming, discover, read_path
from .social import CsvColumns, PostItem, detect, read_posts


@dataclass
class IngestSummary:
    files: int = 0
    added: int = 0
    already: int = 0  # stored by an earlier run (same sha256): skipped
    failed: int = 0
    reports: int = 0
    new_incidents: int = 0
    joined: int = 0  # reports merged into an incident that already had reports
    posts: int = 0  # social-media posts among the documents added
    edited: int = 0  # posts seen before with other content: a new version kept beside the old
    skipped: int = 0  # items that are not posts: Telegram service messages, media without text
    problems: list[str] = field(default_factory=list)


class Batch:
    """Documents and posts extracted and waiting to be committed together, and the summary their storing adds to.
    Documents and posts are committed in batches of their own (a post brings its post rows and versions)."""

    def __init__(self, record: Record, summary: IngestSummary, size: int = BATCH_SIZE):
        self.record, self.summary, self.size = record, summary, max(1, size)
        self.documents: list[Pending] = []
        self.posts: list[Pending] = []
        self.hashes: set[str] = set()  # of the documents waiting
        self.post_contents: set[tuple[str, str]] = set()  # (identity, content hash) of the posts waiting

    def __contains__(self, sha256: str) -> bool:
        return sha256 in self.hashes

    def holds_post(self, post: Post) -> bool:
        return (post.identity, post.content_hash) in self.post_contents

    def add(self, pending: Pending) -> None:
        if pending.post is not None:
            self.posts.append(pending)
            self.post_contents.add((pending.post.identity, pending.post.content_hash))
        else:
            self.documents.append(pending)
            self.hashes.add(pending.document.id)
        if len(self.documents) + len(self.posts) >= self.size:
            self.commit()

    def commit(self) -> None:
        if self.documents:
            results = self.record.add_documents(self.documents)
            self.documents, self.hashes = [], set()
            for stored in results:
                count_stored(stored, self.summary)
        if self.posts:
            results = self.record.add_posts(self.posts)
            self.posts, self.post_contents = [], set()
            for stored in results:
                count_post(stored, self.summary)
        settle()


def count_stored(stored: Stored, summary: IngestSummary) -> None:
    if stored.duplicate:
        summary.already += 1
        return
    summary.added += 1
    summary.reports += len(stored.decisions)
    summary.joined += sum(d.joined for d in stored.decisions)
    summary.new_incidents += sum(not d.joined for d in stored.decisions)


def count_post(stored: Stored, summary: IngestSummary) -> None:
    if stored.duplicate:
        summary.already += 1
        return
    summary.added += stored.document_id is not None
    summary.posts += 1
    summary.edited += stored.edited
    summary.reports += len(stored.decisions)
    summary.joined += sum(d.joined for d in stored.decisions)
    summary.new_incidents += sum(not d.joined for d in stored.decisions)


def ingest_paths(paths: list[Path], record: Record, extractor: Extractor, *, source_name: str | None = None,
                 published: dt.date | None = None, fmt: str | None = None, columns: CsvColumns | None = None,
                 batch_size: int = BATCH_SIZE, on_progress: Callable[[int, str], None] | None = None,
                 on_start: Callable[[int], None] | None = None) -> IngestSummary:
    """Read every file under `paths` into the record. Progress is reported in bytes of input read.

    Social-media exports are recognised by content (`fmt` forces one format for every file). Documents are
    committed `batch_size` at a time, each whole with its reports: Ctrl-C commits what was read, a killed run
    loses the batch it had not committed (running it again reads that batch again)."""
    files, missing = discover(paths)
    summary = IngestSummary(files=len(files), problems=list(missing))
    batch = Batch(record, summary, batch_size)
    if on_start:
        on_start(sum(p.stat().st_size for p in files))
    with long_batch():
        try:
            for path in files:
                social = fmt or detect(path)
                if social is not None:
                    for item in read_posts(path, social, columns):
                        ingest_post(item, record, extractor, summary, batch=batch)
                    if on_progress:
                        on_progress(path.stat().st_size, str(path))
                    continue
                for incoming in read_path(path):
                    ingest_one(incoming, record, extractor, summary, source_name=source_name, published=published,
                               batch=batch)
                    if on_progress:
                        on_progress(len(incoming.raw), incoming.source)
        except KeyboardInterrupt:
            batch.commit()  # Ctrl-C keeps what was read
            raise
        batch.commit()
    return summary


def post_document(post: Post, source: str) -> Document:
    """The document extraction reads for a post: its text, published on the post's (UTC) day."""
    document = document_from_text(post.text, post.created_at.date() if post.created_at else None, source=source,
                                  raw=f"{post.identity}\n{post.content_hash}".encode())
    document.source_name = post.channel or post.author
    return document


def ingest_post(item: PostItem, record: Record, extractor: Extractor, summary: IngestSummary, *,
                batch: Batch | None = None) -> None:
    """Extract one post and store it (through `batch` when given, else at once); a failure is stored at once."""
    if item.skipped:
        summary.skipped += 1
        return
    if item.error is not None or item.post is None:
        stored = record.add_failed(hashlib.sha256(f"{item.source}\n{item.error}".encode()).hexdigest(), item.source,
                                   item.error or "not a post")
        if stored.duplicate:
            summary.already += 1
        else:
            summary.failed += 1
            summary.problems.append(item.error or f"{item.source}: not a post")
        return
    document = post_document(item.post, item.source)
    # Re-reading an export: what is stored (or waiting) already is not read again; storing refreshes its metrics.
    seen = (batch is not None and batch.holds_post(item.post)) or record.post_seen(item.post)
    result = None
    if not seen and not item.post.repost_of:
        try:
            result = extractor.extract(document)
        except Exception as error:  # an extractor bug on one post must not stop the export
            record.add_failed(document.id, item.source,
                              f"{item.source}: extraction failed ({error.__class__.__name__})")
            summary.failed += 1
            summary.problems.append(f"{item.source}: extraction failed ({error.__class__.__name__}: {error})")
            return
    pending = Pending(document, result.incidents if result else [],
                      report_confidence=result.report_confidence if result else None, post=item.post,
                      source=item.source)
    if batch is not None:
        batch.add(pending)
    else:
        count_post(record.add_posts([pending])[0], summary)


def ingest_one(incoming: Incoming, record: Record, extractor: Extractor, summary: IngestSummary, *,
               source_name: str | None = None, published: dt.date | None = None, batch: Batch | None = None) -> None:
    """Extract one input and store it (through `batch` when given, else at once); a failure is stored at once."""
    sha256 = incoming.sha256
    if (batch is not None and sha256 in batch) or record.known(sha256):
        summary.already += 1
        return
    if incoming.error is None:
        document = document_from_text(incoming.text, incoming.published or published, source=incoming.source,
                                      title=incoming.title, language=incoming.language, raw=incoming.raw)
        document.source_name = incoming.source_name or source_name
        try:
            result = extractor.extract(document)
        except Exception as error:  # an extractor bug on one text must not stop the batch
            incoming.error = f"{incoming.source}: extraction failed ({error.__class__.__name__}: {error})"
        else:
            pending = Pending(document, result.incidents, incoming.external_id, incoming.url,
                              result.report_confidence)
            if batch is not None:
                batch.add(pending)
            else:
                count_stored(record.add_documents([pending])[0], summary)
            return
    stored = record.add_failed(sha256, incoming.source, incoming.error, external_id=incoming.external_id,
                               source_name=incoming.source_name or source_name)
    if stored.duplicate:
        summary.already += 1
        return
    summary.failed += 1
    summary.problems.append(incoming.error)
