"""Writing to the record: documents with their reports, each report resolved into an incident, in transactions
that hold whole documents only.

A batch of documents is committed together (one document per batch when called one at a time): a killed ingest
leaves whole documents only, and re-running it skips them (the document's sha256 is unique). Resolution reads
candidate incidents into an in-memory window (window.py) and writes every incident the batch changed once, at
its end; bumping the record's version first takes the write lock and tells whether the window is still valid.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Connection, bindparam, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from ..language.normalize import hashtag_key
from ..records import Document as DocumentRecord
from ..records import IncidentReport, Post
from ..resolve import Candidate, Decision, MemberReport, decide
from ..resolve.merge import Tally
from .convert import columns_of, report_columns
from .database import Database, utcnow
from .schema import Document, Incident, PostHashtag, PostVersion, RecordState, Report
from .schema import Post as PostRow
from .window import Held, Window, outlet_of, read_members

__all__ = ["Pending", "Record", "Stored", "bump_version", "outlet_of"]

documents, reports, incidents = Document.__table__, Report.__table__, Incident.__table__
posts, post_versions, post_hashtags = PostRow.__table__, PostVersion.__table__, PostHashtag.__table__
record_state = RecordState.__table__

WINDOW_SIZE = 50_000  # incidents held in memory at most (a few KB each)
_BUMP = (update(record_state).where(record_state.c.key == "version").values(value=record_state.c.value + 1)
         .returning(record_state.c.value))
_NONE: frozenset[int] = frozenset()
_UPDATE_POST = update(posts).where(posts.c.id == bindparam("post_key"))
_REFRESH_POST = update(posts).where(posts.c.identity == bindparam("key"))


def bump_version(conn: Connection) -> int:
    """Every transaction that changes incidents calls this first (see RecordState)."""
    return conn.execute(_BUMP).scalar_one()


@dataclass
class Stored:
    """What one document added: its id, and per report the incident it went to and why."""

    document_id: int | None
    duplicate: bool = False
    decisions: list[Decision] = field(default_factory=list)
    edited: bool = False  # a post seen before with other content: a new version was added


@dataclass
class Pending:
    """A document read and extracted, waiting to be written with its reports."""

    document: DocumentRecord
    found: list[IncidentReport]
    external_id: str | None = None
    url: str | None = None
    report_confidence: float | None = None
    post: Post | None = None  # a social-media post, with the export it was read from
    source: str | None = None


class _Ids:
    """Ids for the rows a batch writes, taken while the batch holds the write lock: reports are resolved before
    anything is written, and a decision names the incidents it compared.

    SQLite: the next ids after the largest. PostgreSQL: from the tables' sequences, as many as are known to be
    needed (documents, reports), and new incidents one at a time so the sequence has no gaps to show."""

    def __init__(self, conn: Connection, **counts: int):
        self.conn = conn
        self.postgres = conn.dialect.name == "postgresql"
        self.next: dict[str, list[int]] = {}
        for table, count in counts.items():
            if self.postgres:
                self.next[table] = self._from_sequence(table, count if table != "incidents" else 0)
            else:
                top = conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar_one()
                self.next[table] = list(range(top + count, top, -1))

    def _from_sequence(self, table: str, count: int) -> list[int]:
        if count == 0:
            return []
        return list(self.conn.execute(text(
            f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, :n)"),
            {"n": count}).scalars())[::-1]

    def take(self, table: str) -> int:
        if not self.next[table]:
            self.next[table] = self._from_sequence(table, 1)
        return self.next[table].pop()


# The columns behind each field a person may set by hand (people.EDITABLE; a test keeps the two in step).
EDITED_COLUMNS = {"date": ("date", "date_precision"), "sub_event_type": ("sub_event_type", "event_type"),
                  "admin1": ("admin1",), "killed": ("killed_low", "killed_best", "killed_high"),
                  "injured": ("injured_low", "injured_best", "injured_high")}


def _incident_values(tally: Tally, status: str, now: dt.datetime | None = None, *, words: bool = True,
                     edited: frozenset[str] = frozenset()) -> dict:
    """The incident's columns from its tally; `words` False leaves out member_words (unchanged since written);
    the columns of `edited` fields (set by a person) are left as they are."""
    values = columns_of(tally.fields(plain=True))
    for name in edited:
        for column in EDITED_COLUMNS.get(name, ()):
            values.pop(column, None)
    values.update(report_count=tally.report_count, first_reported=tally.first_published, updated_at=now or utcnow(),
                  status=status, tally=tally.state())
    if words:
        values["member_words"] = tally.words  # each report's words, sorted (a JSON list of lists)
    if status in ("unverified", "corroborated"):  # an analyst's verdict is never overwritten by a merge
        values["status"] = "corroborated" if tally.corroborated else "unverified"
    return values


def _post_columns(post: Post) -> dict:
    return dict(
        identity=post.identity, platform=post.platform, post_id=post.post_id, author=post.author,
        author_id=post.author_id, channel=post.channel, created_at=post.created_at, url=post.url, text=post.text,
        content_hash=post.content_hash, hashtags=post.hashtags, mentions=post.mentions, urls=post.urls,
        media=[m.model_dump() for m in post.media], reply_to=post.reply_to, quote_of=post.quote_of,
        repost_of=post.repost_of, forwarded_from=post.forwarded_from, metrics=post.metrics)


def _driver_params(conn: Connection, table, columns: list[str], rows: list[dict]) -> list[tuple]:
    """The rows' values as the SQLite driver takes them, through SQLAlchemy's own bind processors (the same
    stored form), column by column: each processor mapped over a column in one go."""
    values = []
    for name in columns:
        process = table.c[name].type.bind_processor(conn.dialect)
        column = [row[name] for row in rows]
        values.append(column if process is None else list(map(process, column)))
    return list(zip(*values))


def insert_rows(conn: Connection, table, rows: list[dict]) -> None:
    """Many rows with the same keys into `table`. On SQLite the values go straight to the driver's executemany,
    without the statement machinery per row that was a third of the cost of storing a report; elsewhere, an
    ordinary executemany."""
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    columns = list(rows[0])
    names = ", ".join(f'"{name}"' for name in columns)
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(columns))})',
                         _driver_params(conn, table, columns, rows))


def update_rows(conn: Connection, table, rows: list[dict]) -> None:
    """Many rows with the same keys, each naming the row it changes by `id`, as insert_rows does for new ones."""
    if conn.dialect.name != "sqlite":
        conn.execute(update(table).where(table.c.id == bindparam("row_id")),
                     [{("row_id" if name == "id" else name): value for name, value in row.items()} for row in rows])
        return
    columns = [name for name in rows[0] if name != "id"] + ["id"]
    assignments = ", ".join(f'"{name}" = ?' for name in columns[:-1])
    conn.exec_driver_sql(f'UPDATE "{table.name}" SET {assignments} WHERE "id" = ?',
                         _driver_params(conn, table, columns, rows))


class Record:
    """The record on one database, and the incidents this process holds in memory to resolve reports."""

    def __init__(self, database: Database, *, window_size: int = WINDOW_SIZE):
        self.database = database
        self.window = Window(window_size)
        self._version: int | None = None  # the record's version after this process's last write

    def known(self, sha256: str) -> bool:
        with self.database.engine.connect() as conn:
            return conn.execute(select(documents.c.id).where(documents.c.sha256 == sha256)).first() is not None

    def _claim(self, conn: Connection) -> None:
        """Take the write lock by bumping the version; forget the window if somebody else wrote since."""
        version = bump_version(conn)
        if self._version is None or version != self._version + 1:
            self.window.clear()
        self._version = version

    def _forget(self) -> None:
        """A transaction of ours failed: what the window holds may never have been committed."""
        self.window.clear()
        self._version = None

    def add_failed(self, sha256: str, source: str, error: str, *, external_id: str | None = None,
                   source_name: str | None = None) -> Stored:
        """Keep an input we could not read, with its error, so it is listed and not lost."""
        try:
            with self.database.transaction() as conn:
                self._claim(conn)
                if conn.execute(select(documents.c.id).where(documents.c.sha256 == sha256)).first() is not None:
                    return Stored(None, duplicate=True)
                document_id = conn.execute(insert(documents).values(
                    sha256=sha256, source=source, external_id=external_id, source_name=source_name,
                    status="failed", error=error, ingested_at=utcnow())).inserted_primary_key[0]
        except BaseException:
            self._forget()
            raise
        return Stored(document_id)

    def add_document(self, document: DocumentRecord, incidents_found: list[IncidentReport], *,
                     external_id: str | None = None, url: str | None = None,
                     report_confidence: float | None = None) -> Stored:
        """Store a document and its reports and resolve each report, all in one transaction."""
        return self.add_documents([Pending(document, incidents_found, external_id, url, report_confidence)])[0]

    def add_documents(self, batch: list[Pending]) -> list[Stored]:
        """Store documents with their reports, resolving each report, in one transaction; a document already in
        the record (or earlier in the batch) is skipped as a duplicate."""
        try:
            with self.database.transaction() as conn:
                self._claim(conn)
                return self._write(conn, batch)
        except IntegrityError:
            self._forget()
            if len(batch) > 1:  # somebody stored one of them meanwhile: each on its own says which
                return [stored for pending in batch for stored in self.add_documents([pending])]
            if self.known(batch[0].document.id):
                return [Stored(None, duplicate=True)]
            raise
        except BaseException:
            self._forget()
            raise

    def post_seen(self, post: Post) -> bool:
        """True when this post, with this very content, is in the record already (nothing to read again)."""
        with self.database.engine.connect() as conn:
            return conn.execute(select(posts.c.id).join(post_versions, posts.c.id == post_versions.c.post_id).where(
                posts.c.identity == post.identity, post_versions.c.content_hash == post.content_hash)).first() \
                is not None

    def add_post(self, post: Post, document: DocumentRecord, incidents_found: list[IncidentReport], *,
                 source: str, report_confidence: float | None = None) -> Stored:
        """Store one social-media post with its document and reports (see add_posts)."""
        return self.add_posts([Pending(document, incidents_found, report_confidence=report_confidence, post=post,
                                       source=source)])[0]

    def add_posts(self, batch: list[Pending]) -> list[Stored]:
        """Store social-media posts (each Pending with its post and the export it came from) with their documents
        and reports, in one transaction.

        A post is found again by identity (platform + post id): the same content adds nothing (its metrics are
        refreshed from this export); new content (an edit) adds a version and a new document beside the old ones;
        a repost is kept for campaign analytics but not read."""
        try:
            with self.database.transaction() as conn:
                self._claim(conn)
                return self._write_posts(conn, batch)
        except BaseException:
            self._forget()
            raise

    def _write_posts(self, conn: Connection, batch: list[Pending]) -> list[Stored]:
        now = utcnow()
        identities = list({p.post.identity for p in batch})
        post_keys = dict(conn.execute(select(posts.c.identity, posts.c.id)
                                      .where(posts.c.identity.in_(identities))).all())
        seen = set(conn.execute(select(posts.c.identity, post_versions.c.content_hash)
                                .join(post_versions, posts.c.id == post_versions.c.post_id)
                                .where(posts.c.identity.in_(identities))).all())
        new_content = []  # batch positions of posts with content not stored before (new posts, edits, reposts)
        for position, pending in enumerate(batch):
            content = (pending.post.identity, pending.post.content_hash)
            if content not in seen:  # else the same content, stored or earlier in the batch
                seen.add(content)
                new_content.append(position)
        readable = [batch[i] for i in new_content if not batch[i].post.repost_of]
        documents_stored = iter(self._write(conn, [
            Pending(p.document, p.found, f"{p.post.platform}:{p.post.post_id}", p.post.url, p.report_confidence)
            for p in readable]))
        ids = _Ids(conn, posts=len(new_content))
        results: list[Stored] = []
        created, updated, tags, versions = [], [], [], []
        latest: dict[str, dict] = {}  # identity -> the post row this batch writes last for it
        refreshed: dict[str, dict] = {}  # identity -> new metrics for a post this batch writes no row for
        wanted = set(new_content)
        for position, pending in enumerate(batch):
            post = pending.post
            if position not in wanted:  # seen before: its metrics brought up to date, in the order read
                row = latest.get(post.identity)
                if row is None:
                    row = refreshed[post.identity] = {"key": post.identity}
                row.update(metrics=post.metrics, last_seen=now)
                results.append(Stored(None, duplicate=True))
                continue
            stored = next(documents_stored) if not post.repost_of else Stored(None)
            results.append(stored)
            if stored.duplicate:
                continue
            values = _post_columns(post)
            values.update(document_id=stored.document_id, last_seen=now)
            key = post_keys.get(post.identity)
            if key is None:
                key = post_keys[post.identity] = ids.take("posts")
                row = {**values, "id": key, "first_seen": now}
                created.append(row)
                keys: dict[str, str] = {}
                for tag in post.hashtags:
                    keys.setdefault(hashtag_key(tag), tag)
                tags.extend({"post_id": key, "key": tag_key, "tag": tag} for tag_key, tag in keys.items())
            else:
                stored.edited = True
                row = {**values, "post_key": key}
                updated.append(row)
            latest[post.identity] = row
            refreshed.pop(post.identity, None)  # this row, read later, carries the newer metrics
            versions.append(dict(post_id=key, content_hash=post.content_hash, text=post.text,
                                 media=values["media"], document_id=stored.document_id, source=pending.source,
                                 seen_at=now))
        # New posts first: their hashtags, later edits and versions point at them.
        for statement, rows in ((insert(posts), created), (insert(post_hashtags), tags), (_UPDATE_POST, updated),
                                (_REFRESH_POST, list(refreshed.values())), (insert(post_versions), versions)):
            if rows:
                conn.execute(statement, rows)
        return results

    def _write(self, conn: Connection, batch: list[Pending]) -> list[Stored]:
        """Resolve the batch's reports in the window, then write documents, incidents and reports."""
        stored_before = set(conn.execute(select(documents.c.sha256).where(
            documents.c.sha256.in_([p.document.id for p in batch]))).scalars())
        new = [p for p in batch if p.document.id not in stored_before]
        found = sum(len(p.found) for p in new)
        ids = _Ids(conn, documents=len(new), reports=found, incidents=found)  # at most: one may repeat another
        now = utcnow()
        results, document_rows, report_rows = [], [], []
        for pending in batch:
            document = pending.document
            if document.id in stored_before:  # stored already, or earlier in this batch
                results.append(Stored(None, duplicate=True))
                continue
            stored_before.add(document.id)
            document_id = ids.take("documents")
            document_rows.append(dict(
                id=document_id, sha256=document.id, external_id=pending.external_id, source=document.source,
                source_name=document.source_name, url=pending.url, title=document.title,
                published=document.published, language=document.language, text=document.text, status="ok",
                error=None, report_confidence=pending.report_confidence, ingested_at=now))
            stored = Stored(document_id)
            outlet = outlet_of(document.source_name, pending.url)
            written: set[int] = set()  # incidents this document's reports went to: none of them may take another
            for position, report in enumerate(pending.found):
                report_id = ids.take("reports")
                member = MemberReport(report, report_id, document_id, document.published, outlet)
                held = self.window.candidates(conn, member)
                decision = decide(member, [Candidate(h.id, h.view, status=h.status, word_sets=h.words, fit=fit,
                                                     document_ids={document_id} if h.id in written else _NONE)
                                           for h, fit in held])
                if decision.incident_id is None:
                    decision.incident_id = self.window.create(ids.take("incidents"), member).id
                else:
                    self.window.join(conn, next(h for h, _ in held if h.id == decision.incident_id), member)
                written.add(decision.incident_id)
                report_rows.append(dict(
                    id=report_id, document_id=document_id, position=position, incident_id=decision.incident_id,
                    merge_reason=decision.reason,
                    evidence=[e.__dict__ for e in report.evidence],  # field, text, start, end: serialized at once
                    **report_columns(report)))
                stored.decisions.append(decision)
            results.append(stored)
        self._write_rows(conn, document_rows, self.window.take_dirty(), report_rows, now)
        self.window.trim()
        return results

    def _write_rows(self, conn: Connection, document_rows: list[dict], changed: list[Held],
                    report_rows: list[dict], now: dt.datetime) -> None:
        # Documents and incidents first: reports point at both.
        if document_rows:
            insert_rows(conn, documents, document_rows)
        created, updated, updated_words = [], [], []
        for held in changed:
            # An incident's words stop changing once it has KEPT_WORDS reports: not rewritten after that.
            words = held.new or held.words_written != len(held.tally.words)
            values = _incident_values(held.tally, held.status, now, words=words, edited=held.edited)
            held.status, held.words_written = values["status"], len(held.tally.words)
            if held.new:
                created.append({**values, "id": held.id, "created_at": now})
                held.new = False
            else:
                (updated_words if words else updated).append({**values, "id": held.id})
        if created:
            insert_rows(conn, incidents, created)
        groups: dict[tuple, list[dict]] = {}
        for row in updated + updated_words:  # one statement per set of columns: an executemany's rows share keys
            groups.setdefault(tuple(row), []).append(row)
        for rows in groups.values():
            update_rows(conn, incidents, rows)
        if report_rows:
            insert_rows(conn, reports, report_rows)

    def recompute(self, conn: Connection, incident_id: int | None, *, report_ids: list[int] | None = None) -> int:
        """An incident's fields again from its reports (or a new incident from `report_ids`), after a merge or
        a split by hand; its status is kept. The caller's transaction has bumped the version."""
        tally = Tally.of(read_members(conn, incident_id=incident_id, report_ids=report_ids))
        if incident_id is None:
            values = _incident_values(tally, "unverified")
            values["created_at"] = values["updated_at"]
            return conn.execute(insert(incidents).values(**values)).inserted_primary_key[0]
        status, edited = conn.execute(select(incidents.c.status, incidents.c.edited_fields)
                                      .where(incidents.c.id == incident_id)).one()
        conn.execute(update(incidents).where(incidents.c.id == incident_id)
                     .values(**_incident_values(tally, status, edited=frozenset(edited or ()))))
        return incident_id

    def counts(self) -> dict[str, int]:
        with self.database.engine.connect() as conn:
            return {
                "documents": conn.execute(select(func.count()).select_from(documents)
                                          .where(documents.c.status == "ok")).scalar_one(),
                "failed": conn.execute(select(func.count()).select_from(documents)
                                       .where(documents.c.status == "failed")).scalar_one(),
                "reports": conn.execute(select(func.count()).select_from(reports)).scalar_one(),
                "incidents": conn.execute(select(func.count()).select_from(incidents)).scalar_one(),
            }
