"""Databases for the storage tests: a SQLite file, and a real PostgreSQL server started here in a temp dir."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tawthiq.store import open_database



def _pg_bin(name: str) -> str:
    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)),
                                       None)
    if not found:
        pytest.fail(f"PostgreSQL's {name} is not installed: the storage tests need a real server "
                    "(Debian: apt-get install postgresql; `make test` and .ci/run install it)")
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_url():
    """Start a throwaway cluster (initdb + pg_ctl) on a Unix socket; stop and delete it after the session."""
    root = Path(tempfile.mkdtemp(prefix="tawthiq-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root: run it as the postgres account
        account = pwd.getpwnam("postgres")
        os.chown(root, account.pw_uid, account.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    data, socket_dir, port = root / "data", root, _free_port()
    subprocess.run(as_user + [_pg_bin("initdb"), "-D", str(data), "-U", "tawthiq", "--auth=trust", "-E", "UTF8",
                              "--no-locale"], check=True, capture_output=True)
    options = f"-c listen_addresses='' -k {socket_dir} -p {port} -c fsync=off"
    started = subprocess.run(as_user + [_pg_bin("pg_ctl"), "-D", str(data), "-o", options, "-l",
                                        str(root / "log"), "-w", "start"], capture_output=True, text=True)
    if started.returncode != 0:
        log = (root / "log").read_text() if (root / "log").exists() else ""
        pytest.fail(f"PostgreSQL did not start: {started.stderr}\n{log}")
    url = f"postgresql+psycopg://tawthiq@/postgres?host={socket_dir}&port={port}"
    yield url
    subprocess.run(as_user + [_pg_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
    shutil.rmtree(root, ignore_errors=True)


def reset_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """Each storage test runs once on SQLite and once on PostgreSQL, on an empty database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'record.db'}"
    url = request.getfixturevalue("postgres_url")
    reset_postgres(url)
    return url


@pytest.fixture
def database(database_url):
    db = open_database(database_url)
    yield db
    db.dispose()

