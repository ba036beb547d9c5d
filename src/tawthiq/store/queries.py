"""Reading the record: incidents with filters, one incident with its reports, failed documents; streamed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterator

from sqlalchemy import Connection, Select, func, or_, select

from ..records import Incident as IncidentRecord
from .convert import report_from_row
from .window import outlet_of
from ..language.normalize import hashtag_key
from .schema import Document, Incident, PostHashtag, Report
from .schema import Post as PostRow

documents, reports, incidents = Document.__table__, Report.__table__, Incident.__table__
CHUNK = 500


@dataclass
class IncidentFilter:
    since: dt.date | None = None
    until: dt.date | None = None
    governorate: str | None = None
    event_type: str | None = None
    status: str | None = None
    role: str | None = None

    def apply(self, query: Select) -> Select:
        if self.since:
            query = query.where(incidents.c.date >= self.since)
        if self.until:
            query = query.where(incidents.c.date <= self.until)
        if self.governorate:
            query = query.where(func.lower(incidents.c.admin1) == self.governorate.lower())
        if self.event_type:
            wanted = self.event_type.lower()
            query = query.where(or_(func.lower(incidents.c.sub_event_type) == wanted,
                                    func.lower(incidents.c.event_type) == wanted))
        if self.status:
            query = query.where(incidents.c.status == self.status)
        if self.role:
            query = query.where(incidents.c.role == self.role)
        return query


def document_label(row) -> str:
    """How a user finds a document in their own files: its JSONL id, else its URL, else its path."""
    return row["external_id"] or row["url"] or row["source"] or f"sha256:{row['sha256'][:12]}"


def _incident(row, links: "_Links") -> IncidentRecord:
    report = report_from_row(row, with_evidence=False)
    return IncidentRecord(**report.model_dump(), id=row["id"], status=row["status"], reports=links.reports,
                          documents=links.documents, outlets=links.outlets, first_reported=row["first_reported"])


@dataclass
class _Links:
    reports: list[int]
    documents: list[str]
    outlets: list[str]


def _links(conn: Connection, incident_ids: list[int]) -> dict[int, _Links]:
    links = {i: _Links([], [], []) for i in incident_ids}
    rows = conn.execute(
        select(reports.c.id, reports.c.incident_id, documents.c.external_id, documents.c.url, documents.c.source,
               documents.c.sha256, documents.c.source_name)
        .join(documents, documents.c.id == reports.c.document_id)
        .where(reports.c.incident_id.in_(incident_ids)).order_by(reports.c.id)).mappings()
    for row in rows:
        link = links[row["incident_id"]]
        link.reports.append(row["id"])
        label, outlet = document_label(row), outlet_of(row["source_name"], row["url"])
        if label not in link.documents:
            link.documents.append(label)
        if outlet and outlet not in link.outlets:
            link.outlets.append(outlet)
    return links


def iter_incidents(conn: Connection, where: IncidentFilter | None = None, *, limit: int | None = None,
                   newest_first: bool = False) -> Iterator[IncidentRecord]:
    """Incidents in id (or newest-day) order, fetched in chunks so a million of them fit in constant memory."""
    query = (where or IncidentFilter()).apply(select(incidents))
    if newest_first:
        query = query.order_by(incidents.c.date.desc().nulls_last(), incidents.c.id.desc())
    else:
        query = query.order_by(incidents.c.id)
    if limit:
        query = query.limit(limit)
    result = conn.execution_options(stream_results=True, yield_per=CHUNK).execute(query).mappings()
    for chunk in result.partitions():
        links = _links(conn, [row["id"] for row in chunk])
        for row in chunk:
            yield _incident(row, links[row["id"]])


def count_incidents(conn: Connection, where: IncidentFilter | None = None) -> int:
    query = (where or IncidentFilter()).apply(select(func.count()).select_from(incidents))
    return conn.execute(query).scalar_one()


@dataclass
class StoredReport:
    report_id: int
    document_label: str
    document_source: str | None
    source_name: str | None
    published: dt.date | None
    text: str
    report: object  # IncidentReport with evidence
    merge_reason: str | None


def incident_detail(conn: Connection, incident_id: int) -> tuple[IncidentRecord, list[StoredReport]] | None:
    row = conn.execute(select(incidents).where(incidents.c.id == incident_id)).mappings().first()
    if row is None:
        return None
    links = _links(conn, [incident_id])
    member_rows = conn.execute(
        select(reports, documents.c.external_id, documents.c.url, documents.c.source, documents.c.sha256,
               documents.c.source_name, documents.c.published, documents.c.text.label("document_text"))
        .join(documents, documents.c.id == reports.c.document_id)
        .where(reports.c.incident_id == incident_id).order_by(reports.c.id)).mappings().all()
    stored = [StoredReport(r["id"], document_label(r), r["source"], r["source_name"], r["published"],
                           r["document_text"] or "", report_from_row(r), r["merge_reason"]) for r in member_rows]
    return _incident(row, links[incident_id]), stored


def iter_failed(conn: Connection) -> Iterator[dict]:
    query = (select(documents.c.id, documents.c.source, documents.c.external_id, documents.c.error,
                    documents.c.ingested_at)
             .where(documents.c.status == "failed").order_by(documents.c.id))
    yield from conn.execute(query).mappings()


posts, post_hashtags = PostRow.__table__, PostHashtag.__table__


@dataclass
class PostFilter:
    hashtag: str | None = None  # any spelling: compared by hashtag key
    since: dt.date | None = None
    until: dt.date | None = None
    platform: str | None = None
    author: str | None = None


def iter_posts(conn: Connection, where: PostFilter, *, limit: int | None = None) -> Iterator[tuple[dict, list[int]]]:
    """Posts newest first, each with the incidents its document's reports went to."""
    query = select(posts)
    if where.hashtag:
        key = hashtag_key(where.hashtag)
        query = query.where(posts.c.id.in_(select(post_hashtags.c.post_id).where(post_hashtags.c.key == key)))
    if where.since:
        query = query.where(posts.c.created_at >= dt.datetime.combine(where.since, dt.time()))
    if where.until:
        query = query.where(posts.c.created_at < dt.datetime.combine(where.until + dt.timedelta(days=1), dt.time()))
    if where.platform:
        query = query.where(posts.c.platform == where.platform)
    if where.author:
        query = query.where(or_(func.lower(posts.c.author) == where.author.lower().lstrip("@"),
                                func.lower(posts.c.channel) == where.author.lower()))
    query = query.order_by(posts.c.created_at.desc().nulls_last(), posts.c.id.desc())
    if limit:
        query = query.limit(limit)
    result = conn.execution_options(stream_results=True, yield_per=CHUNK).execute(query).mappings()
    for chunk in result.partitions():
        documents_of = [row["document_id"] for row in chunk if row["document_id"] is not None]
        incidents_of: dict[int, list[int]] = {}
        if documents_of:
            for link in conn.execute(select(reports.c.document_id, reports.c.incident_id)
                                     .where(reports.c.document_id.in_(documents_of)).order_by(reports.c.id)):
                incidents_of.setdefault(link.document_id, []).append(link.incident_id)
        for row in chunk:
            yield dict(row), incidents_of.get(row["document_id"], [])
