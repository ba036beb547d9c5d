"""Imported places, kept in one SQLite file in the user data dir and loaded on top of the embedded ones.

A rebuildable reference index, not the incident record (that one lives in the SQLAlchemy database), so the
standard library's sqlite3 is enough: one table, one JSON payload per place, upserted by place id.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from pathlib import Path

from ..paths import data_dir
from .gazetteer import Place

_SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
    place_id TEXT PRIMARY KEY,
    country_code TEXT NOT NULL,
    source TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS places_country ON places (country_code);
"""


class GazetteerStore:
    def __init__(self, path: Path):
        self.path = path

    @classmethod
    def default(cls) -> "GazetteerStore":
        return cls(data_dir() / "gazetteer.sqlite")

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path)
        connection.executescript(_SCHEMA)
        return connection

    def places(self, country: str | None = None) -> list[Place]:
        if not self.path.exists():
            return []
        with self._connect() as connection:
            query = "SELECT payload FROM places" + (" WHERE country_code = ?" if country else "") + " ORDER BY place_id"
            rows = connection.execute(query, (country,) if country else ()).fetchall()
        return [_from_json(row[0]) for row in rows]

    def get(self, place_ids: list[str]) -> dict[str, Place]:
        if not self.path.exists() or not place_ids:
            return {}
        found: dict[str, Place] = {}
        with self._connect() as connection:
            for start in range(0, len(place_ids), 500):
                chunk = place_ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for (payload,) in connection.execute(f"SELECT payload FROM places WHERE place_id IN ({marks})", chunk):
                    place = _from_json(payload)
                    found[place.place_id] = place
        return found

    def ids(self, country: str | None = None) -> set[str]:
        if not self.path.exists():
            return set()
        with self._connect() as connection:
            query = "SELECT place_id FROM places" + (" WHERE country_code = ?" if country else "")
            return {row[0] for row in connection.execute(query, (country,) if country else ())}

    def upsert(self, places: list[Place]) -> tuple[int, int, int]:
        """Write places; returns (added, updated, unchanged). Importing the same data twice changes nothing."""
        added = updated = unchanged = 0
        with self._connect() as connection:
            for place in places:
                payload = json.dumps(asdict(place), ensure_ascii=False, sort_keys=True)
                row = connection.execute("SELECT payload FROM places WHERE place_id = ?", (place.place_id,)).fetchone()
                if row is not None and row[0] == payload:
                    unchanged += 1
                    continue
                connection.execute(
                    "INSERT INTO places (place_id, country_code, source, kind, payload) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(place_id) DO UPDATE SET country_code=excluded.country_code, source=excluded.source, "
                    "kind=excluded.kind, payload=excluded.payload",
                    (place.place_id, place.country_code, place.source, place.kind, payload),
                )
                if row is None:
                    added += 1
                else:
                    updated += 1
        return added, updated, unchanged


def _from_json(payload: str) -> Place:
    return Place.from_dict(json.loads(payload))
