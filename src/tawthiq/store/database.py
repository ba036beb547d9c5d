"""Open the record: the database URL (TAWTHIQ_DB / --db, else SQLite in the data dir), engine and migrations."""

from __future__ import annotations

import datetime as dt
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import orjson
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from ..paths import data_dir

MIGRATIONS = Path(__file__).with_name("migrations")


def utcnow() -> dt.datetime:
    """Now in UTC, without a time zone (the columns are naive UTC on SQLite and PostgreSQL alike)."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class DatabaseError(RuntimeError):
    """The database cannot be opened or migrated; the message says which and why."""


def database_url(url: str | None = None) -> str:
    """The URL in use: the argument, else $TAWTHIQ_DB, else tawthiq.db in the user data dir."""
    url = url or os.environ.get("TAWTHIQ_DB")
    if url:
        if "://" not in url:  # a bare path means a SQLite file
            return f"sqlite:///{Path(url).expanduser().resolve()}"
        return url
    return f"sqlite:///{data_dir() / 'tawthiq.db'}"


def _json_text(value) -> str:
    """JSON columns (weapons, sources, evidence spans...) are written by orjson: the ingest writes several per
    report, and the standard library's encoder was a fifth of its time."""
    return orjson.dumps(value).decode()


def _json_value(stored):
    # SQLite gives a JSON column holding a bare number back as that number (its NUMERIC affinity).
    return stored if isinstance(stored, (int, float)) else orjson.loads(stored)


def _engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(f"{url!r} is not a database URL (sqlite:///path or postgresql://user@host/db)") from None
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseError(f"{url!r} is not a database URL Tawthiq can use (sqlite:///path or "
                            "postgresql://user@host/db)")
    if parsed.drivername == "postgresql":  # psycopg 3 is the driver we install
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, json_serializer=_json_text, json_deserializer=_json_value)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # noqa: ANN001
            cursor = dbapi_connection.cursor()
            # WAL: readers (the dashboard) never block the ingest; NORMAL sync is durable at each checkpoint
            # and never corrupts, which is the trade every WAL user makes for per-document commits.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    return create_engine(parsed, pool_pre_ping=True, json_serializer=_json_text, json_deserializer=_json_value)


def _alembic_config(connection: Connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (creates every table on first use)."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    with engine.begin() as connection:
        config = _alembic_config(connection)
        head = ScriptDirectory.from_config(config).get_current_head()
        if MigrationContext.configure(connection).get_current_revision() != head:
            command.upgrade(config, "head")


class Database:
    """An engine on a migrated database."""

    def __init__(self, engine: Engine, url: str):
        self.engine = engine
        self.url = url

    @property
    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self.engine.begin() as connection:
            yield connection

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str | None = None) -> Database:
    url = database_url(url)
    engine = _engine(url)
    try:
        migrate(engine)
    except DatabaseError:
        raise
    except Exception as error:  # a server that is down, a file we may not write, a newer schema
        engine.dispose()
        shown = make_url(url).render_as_string(hide_password=True)
        raise DatabaseError(f"cannot open the database {shown}: {error.__class__.__name__}: "
                            f"{str(error).splitlines()[0] if str(error) else ''}") from None
    return Database(engine, url)
