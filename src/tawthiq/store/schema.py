"""SQLAlchemy 2 tables of the record: documents, the reports extracted from them, and the incidents they form.

Reports and incidents share the IncidentReport columns (flattened so they can be filtered and indexed);
lists (weapons, sources, evidence) are JSON. Changing a table means a new Alembic revision in migrations/.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (JSON, BigInteger, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Document(Base):
    """One thing that was read, or failed to be read (status 'failed' with its error); identity = sha256 of bytes."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    external_id: Mapped[str | None] = mapped_column(String(512), index=True)
    source: Mapped[str | None] = mapped_column(Text)  # path, path:line, or URL
    source_name: Mapped[str | None] = mapped_column(String(256))
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date)
    language: Mapped[str | None] = mapped_column(String(8))
    text: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="ok")  # ok / failed
    error: Mapped[str | None] = mapped_column(Text)
    report_confidence: Mapped[float | None] = mapped_column(Float)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime)


class _ReportColumns:
    """The IncidentReport fields, shared by reports and incidents."""

    date: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(8))
    location_text: Mapped[str | None] = mapped_column(Text)
    location_name: Mapped[str | None] = mapped_column(String(256))
    location_name_ar: Mapped[str | None] = mapped_column(String(256))
    admin1: Mapped[str | None] = mapped_column(String(128))
    admin2: Mapped[str | None] = mapped_column(String(128))
    country_code: Mapped[str | None] = mapped_column(String(2))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    place_id: Mapped[str | None] = mapped_column(String(64))
    event_type: Mapped[str | None] = mapped_column(String(64))
    sub_event_type: Mapped[str | None] = mapped_column(String(64))
    weapons: Mapped[list] = mapped_column(JSON, default=list)
    targets: Mapped[list] = mapped_column(JSON, default=list)
    perpetrator: Mapped[list | None] = mapped_column(JSON)
    perpetrator_text: Mapped[str | None] = mapped_column(Text)
    killed_low: Mapped[int | None] = mapped_column(Integer)
    killed_best: Mapped[int | None] = mapped_column(Integer)
    killed_high: Mapped[int | None] = mapped_column(Integer)
    injured_low: Mapped[int | None] = mapped_column(Integer)
    injured_best: Mapped[int | None] = mapped_column(Integer)
    injured_high: Mapped[int | None] = mapped_column(Integer)
    killed_or_injured_low: Mapped[int | None] = mapped_column(Integer)
    killed_or_injured_best: Mapped[int | None] = mapped_column(Integer)
    killed_or_injured_high: Mapped[int | None] = mapped_column(Integer)
    killed_children: Mapped[int | None] = mapped_column(Integer)
    killed_women: Mapped[int | None] = mapped_column(Integer)
    injured_children: Mapped[int | None] = mapped_column(Integer)
    injured_women: Mapped[int | None] = mapped_column(Integer)
    sources: Mapped[list] = mapped_column(JSON, default=list)
    role: Mapped[str] = mapped_column(String(16), default="main")
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)


class Incident(_ReportColumns, Base):
    """One event, its fields merged from every report linked to it."""

    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="unverified")
    report_count: Mapped[int] = mapped_column(Integer, default=0)
    first_reported: Mapped[dt.date | None] = mapped_column(Date)
    # The words of each report's evidence (one list per report, the first 20 reports): a new report is compared
    # with them without reading the reports themselves.
    member_words: Mapped[list | None] = mapped_column(JSON)
    # The running tally of its reports (resolve.merge.Tally.state): a report joining it later, in this process or
    # another, goes on from it instead of reading every report again.
    tally: Mapped[dict | None] = mapped_column(JSON)
    # Fields a person set by hand (people.EDITABLE names): merging more reports in recomputes every other field.
    edited_fields: Mapped[list | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Report(_ReportColumns, Base):
    """What one document says about one event, and which incident it was merged into and why."""

    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # order within the document
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"), index=True)
    evidence: Mapped[list] = mapped_column(JSON, default=list)
    merge_reason: Mapped[str | None] = mapped_column(Text)


# Candidate incidents for a new report are looked up by day (then place): see resolve.
Index("incidents_date_admin1", Incident.date, Incident.admin1)
Index("incidents_place_id", Incident.place_id)


class Post(Base):
    """A social-media post, one row per platform + post id (its identity), pointing at its latest document."""

    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    identity: Mapped[str] = mapped_column(String(64), unique=True)
    platform: Mapped[str] = mapped_column(String(32))
    post_id: Mapped[str] = mapped_column(String(128))
    author: Mapped[str | None] = mapped_column(String(256))
    author_id: Mapped[str | None] = mapped_column(String(128))
    channel: Mapped[str | None] = mapped_column(String(256))
    created_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    url: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    hashtags: Mapped[list] = mapped_column(JSON, default=list)
    mentions: Mapped[list] = mapped_column(JSON, default=list)
    urls: Mapped[list] = mapped_column(JSON, default=list)
    media: Mapped[list] = mapped_column(JSON, default=list)
    reply_to: Mapped[str | None] = mapped_column(String(128))
    quote_of: Mapped[str | None] = mapped_column(String(128))
    repost_of: Mapped[str | None] = mapped_column(String(128))
    forwarded_from: Mapped[str | None] = mapped_column(String(256))
    metrics: Mapped[dict] = mapped_column(JSON, default=dict)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    first_seen: Mapped[dt.datetime] = mapped_column(DateTime)
    last_seen: Mapped[dt.datetime] = mapped_column(DateTime)


class PostVersion(Base):
    """Each content a post has had: an edited post keeps its row in posts and gains a version here."""

    __tablename__ = "post_versions"
    __table_args__ = (UniqueConstraint("post_id", "content_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    media: Mapped[list] = mapped_column(JSON, default=list)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    source: Mapped[str | None] = mapped_column(Text)  # the export it was read from
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PostHashtag(Base):
    """A post's hashtags by key (FORMATS.md), so every spelling of one campaign tag is found together."""

    __tablename__ = "post_hashtags"

    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(256), primary_key=True, index=True)
    tag: Mapped[str] = mapped_column(String(256))


class Capture(Base):
    """One fetch of a URL, kept as a WARC file; a new capture only when the page changed."""

    __tablename__ = "captures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(Text, index=True)
    final_url: Mapped[str] = mapped_column(Text)
    fetched_at: Mapped[dt.datetime] = mapped_column(DateTime)
    status: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str | None] = mapped_column(String(128))
    payload_sha256: Mapped[str] = mapped_column(String(64))
    warc_path: Mapped[str] = mapped_column(Text)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))


class Feed(Base):
    """An RSS/Atom feed to poll, with what the server said last time (to ask only for what is new)."""

    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(Text)
    modified: Mapped[str | None] = mapped_column(Text)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_polled: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)


class FeedItem(Base):
    """An item a feed has listed: seen once, fetched once."""

    __tablename__ = "feed_items"
    __table_args__ = (UniqueConstraint("feed_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(2048))  # the item's guid, else its link
    link: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime)
    error: Mapped[str | None] = mapped_column(Text)


class User(Base):
    """Someone who uses the dashboard or the API: viewer < analyst < reviewer < admin."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(Text)  # argon2id; the password itself is never stored or logged
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ApiToken(Base):
    """A bearer token for the API, kept only as its sha256."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Change(Base):
    """Every change a person made to an incident: who, when, which field, the old and the new value, and why."""

    __tablename__ = "changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(Integer, index=True)  # kept after a merge removes the incident
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    field: Mapped[str] = mapped_column(String(64))
    old: Mapped[Any] = mapped_column(JSON, nullable=True)
    new: Mapped[Any] = mapped_column(JSON, nullable=True)
    note: Mapped[str | None] = mapped_column(Text)


class RecordState(Base):
    """Counters every writer of incidents bumps in its transaction ('version'): a process that holds incidents in
    memory between batches sees from it whether anybody else changed the record meanwhile. Bumping it first also
    takes the write lock, so two writers never resolve reports against the same stale incidents."""

    __tablename__ = "record_state"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)
