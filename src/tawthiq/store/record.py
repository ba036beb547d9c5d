"""Writing to the record: one transaction per document with its reports, each report resolved into an incident.

Everything a document brings is committed together or not at all, so a killed ingest leaves whole documents
only, and re-running it skips them (the document's sha256 is unique).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from sqlalchemy import Connection, and_, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from ..records import Document as DocumentRecord
from ..records import IncidentReport
from ..resolve import Candidate, Decision, MemberReport, decide, merged_incident
from .convert import report_columns, report_from_row
from .database import Database
from .schema import Document, Incident, Report

documents, reports, incidents = Document.__table__, Report.__table__, Incident.__table__


@dataclass
class Stored:
    """What one document added: its id, and per report the incident it went to and why."""

    document_id: int | None
    duplicate: bool = False
    decisions: list[Decision] = field(default_factory=list)


def outlet_of(source_name: str | None, url: str | None) -> str | None:
    if source_name:
        return source_name
    if url:
        host = urlsplit(url).hostname
        return host.removeprefix("www.") if host else None
    return None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _member(row, published, outlet) -> MemberReport:
    return MemberReport(report_from_row(row), row["id"], row["document_id"], published, outlet)


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
                    status="failed", error=error, ingested_at=_now())).inserted_primary_key[0]
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

    def _add(self, conn: Connection, document: DocumentRecord, found: list[IncidentReport],
             external_id: str | None, url: str | None, report_confidence: float | None) -> Stored:
        document_id = conn.execute(insert(documents).values(
            sha256=document.id, external_id=external_id, source=document.source, source_name=document.source_name,
            url=url, title=document.title, published=document.published, language=document.language,
            text=document.text, status="ok", report_confidence=report_confidence, ingested_at=_now(),
        )).inserted_primary_key[0]
        stored = Stored(document_id)
        outlet = outlet_of(document.source_name, url)
        for position, report in enumerate(found):
            row = report_columns(report)
            report_id = conn.execute(insert(reports).values(
                document_id=document_id, position=position, evidence=[e.model_dump() for e in report.evidence],
                **row)).inserted_primary_key[0]
            member = MemberReport(report, report_id, document_id, document.published, outlet)
            candidates = self._candidates(conn, member)
            decision = decide(member, candidates)
            if decision.incident_id is None:
                incident_id = self._save_incident(conn, None, [member])
                decision.incident_id = incident_id
            else:
                joined = next(c for c in candidates if c.incident_id == decision.incident_id)
                self._save_incident(conn, decision.incident_id, joined.members + [member])
            conn.execute(update(reports).where(reports.c.id == report_id)
                         .values(incident_id=decision.incident_id, merge_reason=decision.reason))
            stored.decisions.append(decision)
        return stored

    def _candidates(self, conn: Connection, member: MemberReport) -> list[Candidate]:
        day, location = member.day, member.report.location
        if day is None or not (location.admin1 or location.place_id):
            return []
        near = [incidents.c.place_id == location.place_id] if location.place_id else []
        if location.admin1:
            near.append(incidents.c.admin1 == location.admin1)
        rows = conn.execute(select(incidents).where(and_(
            incidents.c.date.between(day - dt.timedelta(days=1), day + dt.timedelta(days=1)), or_(*near)))
            .order_by(incidents.c.id)).mappings().all()
        if not rows:
            return []
        found = {row["id"]: Candidate(row["id"], report_from_row(row, with_evidence=False)) for row in rows}
        member_rows = conn.execute(
            select(reports, documents.c.published, documents.c.source_name, documents.c.url)
            .join(documents, documents.c.id == reports.c.document_id)
            .where(reports.c.incident_id.in_(found)).order_by(reports.c.id)).mappings().all()
        for row in member_rows:
            found[row["incident_id"]].members.append(
                _member(row, row["published"], outlet_of(row["source_name"], row["url"])))
        return list(found.values())

    def _save_incident(self, conn: Connection, incident_id: int | None, members: list[MemberReport]) -> int:
        merged = merged_incident(members)
        values = report_columns(merged.incident)
        values.update(report_count=len(members), first_reported=merged.first_reported, updated_at=_now())
        if incident_id is None:
            values.update(status="corroborated" if merged.corroborated else "unverified", created_at=_now())
            return conn.execute(insert(incidents).values(**values)).inserted_primary_key[0]
        status = conn.execute(select(incidents.c.status).where(incidents.c.id == incident_id)).scalar_one()
        if status in ("unverified", "corroborated"):  # an analyst's verdict is never overwritten by a merge
            values["status"] = "corroborated" if merged.corroborated else "unverified"
        conn.execute(update(incidents).where(incidents.c.id == incident_id).values(**values))
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
