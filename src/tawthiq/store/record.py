"""Writing to the record: one transaction per document with its reports, each report resolved into an incident.

Everything a document brings is committed together or not at all, so a killed ingest leaves whole documents
only, and re-running it skips them (the document's sha256 is unique).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from types import SimpleNamespace
from urllib.parse import urlsplit

from sqlalchemy import Connection, String, and_, bindparam, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from ..records import Document as DocumentRecord
from ..language.normalize import hashtag_key
from ..records import IncidentReport, Post
from ..resolve.match import VICINITY_KM
from ..resolve import Candidate, Decision, MemberReport, could_join, days_to_search, decide, merged_incident
from .convert import report_columns, report_view
from .database import Database, utcnow
from .schema import Document, Incident, PostHashtag, PostVersion, Report
from .schema import Post as PostRow

documents, reports, incidents = Document.__table__, Report.__table__, Incident.__table__
posts, post_versions, post_hashtags = PostRow.__table__, PostVersion.__table__, PostHashtag.__table__


@dataclass
class Stored:
    """What one document added: its id, and per report the incident it went to and why."""

    document_id: int | None
    duplicate: bool = False
    decisions: list[Decision] = field(default_factory=list)
    edited: bool = False  # a post seen before with other content: a new version was added


def outlet_of(source_name: str | None, url: str | None) -> str | None:
    if source_name:
        return source_name
    if url:
        host = urlsplit(url).hostname
        return host.removeprefix("www.") if host else None
    return None



_NEWEST = 2**62
KEPT_WORDS = 20  # reports whose words an incident keeps for scoring (the first ones: the later mostly repeat them)
_INSERT_DOCUMENT = insert(documents)
_INSERT_REPORT = insert(reports)
_INSERT_INCIDENT = insert(incidents)
_UPDATE_INCIDENT = update(incidents).where(incidents.c.id == bindparam("incident_key"))
# Candidates are first read with the few columns the place/day/attack rules need; full rows only for those that
# pass. A report placed at a town only looks at incidents near it (or placed no better than the governorate).
_BRIEF = select(incidents.c.id, incidents.c.date, incidents.c.location_text, incidents.c.location_name,
                incidents.c.admin1, incidents.c.place_id, incidents.c.geo_precision, incidents.c.latitude,
                incidents.c.longitude, incidents.c.sub_event_type, incidents.c.weapons, incidents.c.targets,
                incidents.c.status, incidents.c.member_words)
# The day window, and no other attack type (match.py's rule, applied here so those rows are never read).
_IN_WINDOW = and_(incidents.c.date.between(bindparam("low"), bindparam("high")), or_(
    bindparam("sub_event_type", type_=String).is_(None), incidents.c.sub_event_type.is_(None),
    incidents.c.sub_event_type == bindparam("sub_event_type", type_=String)))
_SAME_ADMIN1 = incidents.c.admin1 == bindparam("admin1")
_CANDIDATES_IN_ADMIN1 = _BRIEF.where(_IN_WINDOW, _SAME_ADMIN1)
_CANDIDATES_NEAR = _BRIEF.where(_IN_WINDOW, or_(
    incidents.c.place_id == bindparam("place_id"),
    and_(_SAME_ADMIN1, or_(
        incidents.c.latitude.is_(None), incidents.c.geo_precision.is_(None), incidents.c.geo_precision >= 3,
        and_(incidents.c.latitude.between(bindparam("south"), bindparam("north")),
             incidents.c.longitude.between(bindparam("west"), bindparam("east")))))))
_MEMBERS = (select(reports, documents.c.published, documents.c.source_name, documents.c.url)
            .join(documents, documents.c.id == reports.c.document_id)
            .where(reports.c.incident_id.in_(bindparam("incident_ids", expanding=True))).order_by(reports.c.id))


def _brief_view(row) -> SimpleNamespace:
    """What the place/day/attack rules read of an incident, without building the whole record."""
    location = SimpleNamespace(text=row["location_text"], name=row["location_name"], admin1=row["admin1"],
                               place_id=row["place_id"], geo_precision=row["geo_precision"],
                               latitude=row["latitude"], longitude=row["longitude"])
    return SimpleNamespace(date=row["date"], location=location, sub_event_type=row["sub_event_type"],
                           weapons=row["weapons"] or [], targets=row["targets"] or [])


def _post_columns(post: Post) -> dict:
    return dict(
        identity=post.identity, platform=post.platform, post_id=post.post_id, author=post.author,
        author_id=post.author_id, channel=post.channel, created_at=post.created_at, url=post.url, text=post.text,
        content_hash=post.content_hash, hashtags=post.hashtags, mentions=post.mentions, urls=post.urls,
        media=[m.model_dump() for m in post.media], reply_to=post.reply_to, quote_of=post.quote_of,
        repost_of=post.repost_of, forwarded_from=post.forwarded_from, metrics=post.metrics)


def _member(row, published, outlet) -> MemberReport:
    evidence = " ".join(e["text"] for e in row["evidence"] or [])
    return MemberReport(report_view(row), row["id"], row["document_id"], published, outlet, evidence_text=evidence)


class Record:
    """The record on one database."""

    def __init__(self, database: Database):
        self.database = database

    def known(self, sha256: str) -> bool:
        with self.database.engine.connect() as conn:
            return conn.execute(select(documents.c.id).where(documents.c.sha256 == sha256)).first() is not None

    def add_failed(self, sha256: str, source: str, error: str, *, external_id: str | None = None,
                   source_name: str | None = None) -> Stored:
        """Keep an input we could not read, with its error, so it is listed and not lost."""
        try:
            with self.database.transaction() as conn:
                document_id = conn.execute(insert(documents).values(
                    sha256=sha256, source=source, external_id=external_id, source_name=source_name,
                    status="failed", error=error, ingested_at=utcnow())).inserted_primary_key[0]
        except IntegrityError:
            return Stored(None, duplicate=True)
        return Stored(document_id)

    def add_document(self, document: DocumentRecord, incidents_found: list[IncidentReport], *,
                     external_id: str | None = None, url: str | None = None,
                     report_confidence: float | None = None) -> Stored:
        """Store a document and its reports and resolve each report, all in one transaction."""
        try:
            with self.database.transaction() as conn:
                return self._add(conn, document, incidents_found, external_id, url, report_confidence)
        except IntegrityError:
            if self.known(document.id):  # another process stored it first: the same document, nothing lost
                return Stored(None, duplicate=True)
            raise

    def refresh_if_known(self, post: Post) -> bool:
        """True when this post, with this very content, is already in the record (nothing to read again); its
        metrics are then brought up to date from this export."""
        with self.database.transaction() as conn:
            found = conn.execute(select(posts.c.id).join(post_versions, posts.c.id == post_versions.c.post_id).where(
                posts.c.identity == post.identity, post_versions.c.content_hash == post.content_hash)).first()
            if found is not None:
                conn.execute(update(posts).where(posts.c.id == found.id).values(metrics=post.metrics,
                                                                                 last_seen=utcnow()))
            return found is not None

    def add_post(self, post: Post, document: DocumentRecord, incidents_found: list[IncidentReport], *,
                 source: str, report_confidence: float | None = None) -> Stored:
        """Store a social-media post with its document and reports, in one transaction.

        The post is found again by identity (platform + post id): the same content adds nothing (its metrics are
        refreshed); new content (an edit) adds a version and a new document beside the old ones."""
        now = utcnow()
        try:
            with self.database.transaction() as conn:
                found = conn.execute(select(posts.c.id).where(posts.c.identity == post.identity)).first()
                if found is not None and conn.execute(select(post_versions.c.id).where(
                        post_versions.c.post_id == found.id,
                        post_versions.c.content_hash == post.content_hash)).first() is not None:
                    conn.execute(update(posts).where(posts.c.id == found.id)
                                 .values(metrics=post.metrics, last_seen=now))
                    return Stored(None, duplicate=True)
                if post.repost_of:  # a repost says nothing new: kept for campaign analytics, not read again
                    stored = Stored(None)
                else:
                    stored = self._add(conn, document, incidents_found, f"{post.platform}:{post.post_id}", post.url,
                                       report_confidence)
                values = _post_columns(post)
                values.update(document_id=stored.document_id, last_seen=now)
                if found is None:
                    post_key = conn.execute(insert(posts).values(**values, first_seen=now)).inserted_primary_key[0]
                    keys = {}
                    for tag in post.hashtags:
                        keys.setdefault(hashtag_key(tag), tag)
                    if keys:
                        conn.execute(insert(post_hashtags), [{"post_id": post_key, "key": key, "tag": tag}
                                                             for key, tag in keys.items()])
                else:
                    post_key, stored.edited = found.id, True
                    conn.execute(update(posts).where(posts.c.id == post_key).values(**values))
                conn.execute(insert(post_versions).values(
                    post_id=post_key, content_hash=post.content_hash, text=post.text,
                    media=[m.model_dump() for m in post.media], document_id=stored.document_id, source=source,
                    seen_at=now))
                return stored
        except IntegrityError:
            if self.known(document.id):  # another process stored the same post first
                return Stored(None, duplicate=True)
            raise

    def _add(self, conn: Connection, document: DocumentRecord, found: list[IncidentReport],
             external_id: str | None, url: str | None, report_confidence: float | None) -> Stored:
        document_id = conn.execute(_INSERT_DOCUMENT, dict(
            sha256=document.id, external_id=external_id, source=document.source, source_name=document.source_name,
            url=url, title=document.title, published=document.published, language=document.language,
            text=document.text, status="ok", error=None, report_confidence=report_confidence, ingested_at=utcnow(),
        )).inserted_primary_key[0]
        stored = Stored(document_id)
        outlet = outlet_of(document.source_name, url)
        written: set[int] = set()  # incidents this document's reports went to: none of them may take another
        for position, report in enumerate(found):
            # Not stored yet: it sorts after every stored report, as its id will.
            member = MemberReport(report, _NEWEST, document_id, document.published, outlet)
            candidates = self._candidates(conn, member, written)
            decision = decide(member, candidates)
            if decision.incident_id is None:
                decision.incident_id = self._save_incident(conn, None, "unverified", [member])
            else:
                joined = next(c for c in candidates if c.incident_id == decision.incident_id)
                self._save_incident(conn, decision.incident_id, joined.status,
                                    self._members(conn, decision.incident_id) + [member])
            written.add(decision.incident_id)
            conn.execute(_INSERT_REPORT, dict(
                document_id=document_id, position=position, incident_id=decision.incident_id,
                merge_reason=decision.reason, evidence=[e.model_dump() for e in report.evidence],
                **report_columns(report)))
            stored.decisions.append(decision)
        return stored

    def _members(self, conn: Connection, incident_id: int) -> list[MemberReport]:
        return [_member(row, row["published"], outlet_of(row["source_name"], row["url"]))
                for row in conn.execute(_MEMBERS, {"incident_ids": [incident_id]}).mappings()]

    def _candidates(self, conn: Connection, member: MemberReport, written: set[int]) -> list[Candidate]:
        """Incidents the report could join, scored from their stored fields and their reports' words; the reports
        themselves are read only for the one it joins (and for incidents stored before words were kept)."""
        day, location = member.day, member.report.location
        if day is None or not (location.admin1 or location.place_id):
            return []
        reach = dt.timedelta(days=days_to_search(member))
        params = {"low": day - reach, "high": day + reach, "admin1": location.admin1,
                  "sub_event_type": member.report.sub_event_type}
        if location.latitude is not None and location.longitude is not None and (location.geo_precision or 3) <= 2:
            lat_span = VICINITY_KM / 111.0
            lon_span = VICINITY_KM / (111.0 * max(0.1, math.cos(math.radians(location.latitude))))
            params.update(place_id=location.place_id, south=location.latitude - lat_span,
                          north=location.latitude + lat_span, west=location.longitude - lon_span,
                          east=location.longitude + lon_span)
            brief = conn.execute(_CANDIDATES_NEAR, params).mappings().all()
        else:
            brief = conn.execute(_CANDIDATES_IN_ADMIN1, params).mappings().all()
        found = []
        for row in brief:
            view = _brief_view(row)
            if not could_join(member, view):
                continue
            candidate = Candidate(row["id"], view, status=row["status"],
                                  document_ids={member.document_id} if row["id"] in written else set())
            if row["member_words"] is not None:
                candidate.word_sets = [frozenset(words) for words in row["member_words"]]
            else:
                candidate.members = self._members(conn, row["id"])
                candidate.document_ids = None
            found.append(candidate)
        return found

    def _save_incident(self, conn: Connection, incident_id: int | None, status: str,
                       members: list[MemberReport]) -> int:
        merged = merged_incident(members)
        values = report_columns(merged.incident)
        values.update(report_count=len(members), first_reported=merged.first_reported, updated_at=utcnow(),
                      member_words=[sorted(m.words) for m in sorted(members, key=lambda m: m.report_id)[:KEPT_WORDS]])
        if status in ("unverified", "corroborated"):  # an analyst's verdict is never overwritten by a merge
            values["status"] = "corroborated" if merged.corroborated else "unverified"
        if incident_id is None:
            values["created_at"] = values["updated_at"]
            return conn.execute(_INSERT_INCIDENT, values).inserted_primary_key[0]
        conn.execute(_UPDATE_INCIDENT, {**values, "incident_key": incident_id})
        return incident_id

    def recompute(self, conn: Connection, incident_id: int | None, *, report_ids: list[int] | None = None) -> int:
        """An incident's fields again from its reports (or a new incident from `report_ids`), after a merge or
        a split by hand; its status is kept."""
        query = (select(reports, documents.c.published, documents.c.source_name, documents.c.url)
                 .join(documents, documents.c.id == reports.c.document_id))
        query = query.where(reports.c.id.in_(report_ids)) if report_ids else \
            query.where(reports.c.incident_id == incident_id)
        members = [_member(row, row["published"], outlet_of(row["source_name"], row["url"]))
                   for row in conn.execute(query.order_by(reports.c.id)).mappings()]
        status = "unverified"
        if incident_id is not None:
            status = conn.execute(select(incidents.c.status).where(incidents.c.id == incident_id)).scalar_one()
        return self._save_incident(conn, incident_id, status, members)

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
