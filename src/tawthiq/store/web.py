"""Captures of web pages and the feeds we poll, in the record."""

from __future__ import annotations

from sqlalchemy import func, insert, select, update

from .database import Database, utcnow
from .schema import Capture, Document, Feed, FeedItem

captures, feeds, feed_items, documents = Capture.__table__, Feed.__table__, FeedItem.__table__, Document.__table__



class WebRecord:
    def __init__(self, database: Database):
        self.database = database

    def latest_capture(self, url: str):
        with self.database.engine.connect() as conn:
            return conn.execute(select(captures).where(captures.c.url == url)
                                .order_by(captures.c.fetched_at.desc()).limit(1)).mappings().first()

    def document_id(self, sha256: str) -> int | None:
        with self.database.engine.connect() as conn:
            return conn.execute(select(documents.c.id).where(documents.c.sha256 == sha256)).scalar_one_or_none()

    def add_capture(self, **values) -> int:
        with self.database.transaction() as conn:
            return conn.execute(insert(captures).values(**values)).inserted_primary_key[0]

    def add_feed(self, url: str) -> bool:
        """False when the feed is already there."""
        with self.database.transaction() as conn:
            if conn.execute(select(feeds.c.id).where(feeds.c.url == url)).first() is not None:
                return False
            conn.execute(insert(feeds).values(url=url, added_at=utcnow()))
            return True

    def feeds(self) -> list[dict]:
        with self.database.engine.connect() as conn:
            rows = conn.execute(select(feeds).order_by(feeds.c.id)).mappings().all()
            counts = dict(conn.execute(select(feed_items.c.feed_id, func.count())
                                       .group_by(feed_items.c.feed_id)).all())
        return [dict(row, items=counts.get(row["id"], 0)) for row in rows]

    def seen_item(self, feed_id: int, key: str) -> bool:
        """True when the item was fetched before without error (a failed one is tried again)."""
        with self.database.engine.connect() as conn:
            row = conn.execute(select(feed_items.c.error).where(feed_items.c.feed_id == feed_id,
                                                                 feed_items.c.key == key)).first()
        return row is not None and row.error is None

    def mark_item(self, feed_id: int, key: str, link: str | None, title: str | None, error: str | None) -> None:
        with self.database.transaction() as conn:
            found = conn.execute(select(feed_items.c.id).where(feed_items.c.feed_id == feed_id,
                                                                feed_items.c.key == key)).first()
            if found is None:
                conn.execute(insert(feed_items).values(feed_id=feed_id, key=key, link=link, title=title,
                                                       seen_at=utcnow(), error=error))
            else:
                conn.execute(update(feed_items).where(feed_items.c.id == found.id)
                             .values(seen_at=utcnow(), error=error))

    def polled(self, feed_id: int, title: str | None, error: str | None, *, etag: str | None = None,
               modified: str | None = None) -> None:
        """Note a poll; the feed's ETag and Last-Modified let the next poll ask only for what changed."""
        with self.database.transaction() as conn:
            values = {"last_polled": utcnow(), "last_error": error}
            if title:
                values["title"] = title
            if etag or modified:
                values.update(etag=etag, modified=modified)
            conn.execute(update(feeds).where(feeds.c.id == feed_id).values(**values))
