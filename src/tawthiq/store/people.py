"""Users, API tokens, and review: analysts edit incidents, merge and split them, reviewers verify; every change
is logged with who, when, the old and the new value."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, desc, insert, select, update

from ..records import SUB_EVENT_PARENT
from .database import Database, utcnow
from .record import Record, bump_version
from .schema import ApiToken, Change, Incident, Report, User

users, tokens, changes = User.__table__, ApiToken.__table__, Change.__table__
incidents, reports = Incident.__table__, Report.__table__
ROLES = ("viewer", "analyst", "reviewer", "admin")
STATUSES = ("unverified", "corroborated", "verified", "disputed")
# What an analyst may set by hand; counts come as (low, best, high).
EDITABLE = ("date", "sub_event_type", "admin1", "killed", "injured")
_hasher = PasswordHasher()


class ReviewError(ValueError):
    """A change the rules do not allow; the message says which rule."""


def allowed(role: str | None, needed: str) -> bool:
    return role in ROLES and ROLES.index(role) >= ROLES.index(needed)



class People:
    def __init__(self, database: Database):
        self.database = database

    def add_user(self, email: str, role: str, password: str) -> int:
        if role not in ROLES:
            raise ReviewError(f"role {role!r} is not one of {', '.join(ROLES)}")
        if len(password) < 10:
            raise ReviewError("a password needs at least 10 characters")
        with self.database.transaction() as conn:
            if conn.execute(select(users.c.id).where(users.c.email == email.lower())).first():
                raise ReviewError(f"{email} already has an account")
            return conn.execute(insert(users).values(email=email.lower(), role=role, created_at=utcnow(),
                                                     password_hash=_hasher.hash(password))).inserted_primary_key[0]

    def login(self, email: str, password: str) -> dict | None:
        with self.database.engine.connect() as conn:
            user = conn.execute(select(users).where(users.c.email == email.lower())).mappings().first()
        if user is None:
            _hasher.hash(password)  # the same time whether or not the account exists
            return None
        try:
            _hasher.verify(user["password_hash"], password)
        except (VerificationError, InvalidHashError):
            return None
        return dict(user)

    def new_token(self, email: str) -> str:
        """A new API token for the user; only its hash is kept, so it is shown once."""
        token = secrets.token_urlsafe(32)
        with self.database.transaction() as conn:
            user_id = conn.execute(select(users.c.id).where(users.c.email == email.lower())).scalar_one_or_none()
            if user_id is None:
                raise ReviewError(f"no account for {email}")
            conn.execute(insert(tokens).values(user_id=user_id, created_at=utcnow(),
                                               token_sha256=hashlib.sha256(token.encode()).hexdigest()))
        return token

    def by_token(self, token: str) -> dict | None:
        digest = hashlib.sha256(token.encode()).hexdigest()
        with self.database.engine.connect() as conn:
            row = conn.execute(select(users).join(tokens, tokens.c.user_id == users.c.id)
                               .where(tokens.c.token_sha256 == digest)).mappings().first()
        return dict(row) if row else None

    def by_id(self, user_id: int) -> dict | None:
        with self.database.engine.connect() as conn:
            row = conn.execute(select(users).where(users.c.id == user_id)).mappings().first()
        return dict(row) if row else None


class Review:
    """Changes people make to incidents, each in one transaction with its log entries."""

    def __init__(self, database: Database):
        self.database = database
        self.record = Record(database)

    def history(self, incident_id: int) -> list[dict]:
        with self.database.engine.connect() as conn:
            rows = conn.execute(select(changes, users.c.email).join(users, users.c.id == changes.c.user_id)
                                .where(changes.c.incident_id == incident_id).order_by(changes.c.id)).mappings()
            return [dict(r) for r in rows]

    def _log(self, conn: Connection, incident_id: int, user: dict, field: str, old, new, note: str | None) -> None:
        conn.execute(insert(changes).values(incident_id=incident_id, user_id=user["id"], at=utcnow(), field=field,
                                            old=old, new=new, note=note or None))

    def _incident(self, conn: Connection, incident_id: int):
        row = conn.execute(select(incidents).where(incidents.c.id == incident_id)).mappings().first()
        if row is None:
            raise ReviewError(f"no incident {incident_id}")
        return row

    def edit(self, incident_id: int, user: dict, values: dict, note: str | None = None) -> int:
        """Set fields by hand (analysts and above); returns how many fields changed."""
        if not allowed(user["role"], "analyst"):
            raise ReviewError("editing needs the analyst role")
        columns: dict = {}
        logged: list[tuple[str, object, object]] = []
        with self.database.transaction() as conn:
            bump_version(conn)  # the ingest's in-memory incidents are stale now
            row = self._incident(conn, incident_id)
            for field, new in values.items():
                if field not in EDITABLE:
                    raise ReviewError(f"{field!r} cannot be edited (only {', '.join(EDITABLE)})")
                if field in ("killed", "injured"):
                    low, best, high = new
                    if any(v is not None and v < 0 for v in new) or (
                            best is not None and low is not None and low > best) or (
                            high is not None and best is not None and best > high):
                        raise ReviewError(f"{field}: low <= best <= high, and no negative figures")
                    old = [row[f"{field}_low"], row[f"{field}_best"], row[f"{field}_high"]]
                    if old != list(new):
                        columns.update({f"{field}_low": low, f"{field}_best": best, f"{field}_high": high})
                        logged.append((field, old, list(new)))
                    continue
                if field == "sub_event_type" and new not in SUB_EVENT_PARENT:
                    raise ReviewError(f"{new!r} is not an ACLED sub-event type")
                old = row[field]
                if old != new:
                    columns[field] = new
                    if field == "sub_event_type":
                        columns["event_type"] = SUB_EVENT_PARENT[new]
                    logged.append((field, old.isoformat() if isinstance(old, dt.date) else old,
                                   new.isoformat() if isinstance(new, dt.date) else new))
            if columns:
                # Marked as set by hand: reports that join the incident later do not overwrite them.
                edited = sorted(set(row["edited_fields"] or ()) | {field for field, _, _ in logged})
                conn.execute(update(incidents).where(incidents.c.id == incident_id)
                             .values(**columns, edited_fields=edited, updated_at=utcnow()))
            for field, old, new in logged:
                self._log(conn, incident_id, user, field, old, new, note)
        return len(logged)

    def set_status(self, incident_id: int, user: dict, status: str, note: str | None = None) -> None:
        """`verified` only by a reviewer who did not make the last edit; `disputed` needs a note."""
        if status not in STATUSES:
            raise ReviewError(f"status {status!r} is not one of {', '.join(STATUSES)}")
        if not allowed(user["role"], "analyst"):
            raise ReviewError("changing the status needs the analyst role")
        if status == "disputed" and not (note or "").strip():
            raise ReviewError("a disputed incident needs a note saying why")
        with self.database.transaction() as conn:
            bump_version(conn)  # the ingest's in-memory incidents are stale now
            row = self._incident(conn, incident_id)
            if status == "verified":
                if not allowed(user["role"], "reviewer"):
                    raise ReviewError("only a reviewer can verify an incident")
                last = conn.execute(select(changes.c.user_id).where(changes.c.incident_id == incident_id,
                                                                    changes.c.field != "status")
                                    .order_by(desc(changes.c.id)).limit(1)).scalar_one_or_none()
                if last == user["id"]:
                    raise ReviewError("you made the last edit of this incident: another reviewer must verify it")
            if row["status"] != status:
                conn.execute(update(incidents).where(incidents.c.id == incident_id)
                             .values(status=status, updated_at=utcnow()))
                self._log(conn, incident_id, user, "status", row["status"], status, note)

    def merge(self, into_id: int, other_id: int, user: dict, note: str | None = None) -> None:
        """Move every report of `other_id` into `into_id` and recompute its figures from all of them."""
        if not allowed(user["role"], "analyst"):
            raise ReviewError("merging needs the analyst role")
        if into_id == other_id:
            raise ReviewError("an incident cannot be merged with itself")
        with self.database.transaction() as conn:
            bump_version(conn)  # the ingest's in-memory incidents are stale now
            self._incident(conn, into_id)
            self._incident(conn, other_id)
            moved = conn.execute(select(reports.c.id).where(reports.c.incident_id == other_id)).scalars().all()
            conn.execute(update(reports).where(reports.c.incident_id == other_id)
                         .values(incident_id=into_id, merge_reason=f"merged by hand from incident {other_id}"))
            conn.execute(delete(incidents).where(incidents.c.id == other_id))
            self.record.recompute(conn, into_id)
            self._log(conn, into_id, user, "merge", other_id, moved, note)
            self._log(conn, other_id, user, "merged_into", other_id, into_id, note)

    def split(self, incident_id: int, report_id: int, user: dict, note: str | None = None) -> int:
        """Take one report out into a new incident; both are recomputed from their reports."""
        if not allowed(user["role"], "analyst"):
            raise ReviewError("splitting needs the analyst role")
        with self.database.transaction() as conn:
            bump_version(conn)  # the ingest's in-memory incidents are stale now
            self._incident(conn, incident_id)
            members = conn.execute(select(reports.c.id).where(reports.c.incident_id == incident_id)).scalars().all()
            if report_id not in members:
                raise ReviewError(f"report {report_id} is not in incident {incident_id}")
            if len(members) == 1:
                raise ReviewError("an incident with one report cannot be split")
            new_id = self.record.recompute(conn, None, report_ids=[report_id])
            conn.execute(update(reports).where(reports.c.id == report_id)
                         .values(incident_id=new_id, merge_reason=f"split by hand from incident {incident_id}"))
            self.record.recompute(conn, incident_id)
            self._log(conn, incident_id, user, "split", report_id, new_id, note)
            self._log(conn, new_id, user, "split_from", incident_id, report_id, note)
        return new_id
