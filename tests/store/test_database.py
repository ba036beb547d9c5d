"""Opening the record: migrations from the first table on, on SQLite and PostgreSQL, and clear errors."""

from sqlalchemy import inspect

import pytest

from tawthiq.store import open_database
from tawthiq.store.database import DatabaseError, database_url


def test_first_use_creates_every_table_at_the_newest_revision(database):
    tables = set(inspect(database.engine).get_table_names())
    assert {"documents", "reports", "incidents", "alembic_version"} <= tables


def test_opening_twice_keeps_the_data(database_url, database):
    with database.transaction() as conn:
        conn.exec_driver_sql("INSERT INTO documents (sha256, status, ingested_at) VALUES ('x', 'failed', "
                             "CURRENT_TIMESTAMP)")
    again = open_database(database_url)
    with again.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM documents").scalar_one() == 1
    again.dispose()


def test_sqlite_runs_in_wal_mode(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'x.db'}")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
    db.dispose()


def test_default_is_a_sqlite_file_in_the_data_dir(monkeypatch, tmp_path):
    monkeypatch.delenv("TAWTHIQ_DB", raising=False)
    monkeypatch.setenv("TAWTHIQ_DATA_DIR", str(tmp_path))
    assert database_url() == f"sqlite:///{tmp_path / 'tawthiq.db'}"
    monkeypatch.setenv("TAWTHIQ_DB", str(tmp_path / "team.db"))
    assert database_url() == f"sqlite:///{tmp_path / 'team.db'}"


def test_a_server_that_is_not_there_is_a_clear_error():
    with pytest.raises(DatabaseError, match="cannot open the database postgresql"):
        open_database("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_a_wrong_url_is_a_clear_error():
    with pytest.raises(DatabaseError, match="not a database URL"):
        open_database("nonsense://")
