"""A record with sample incidents for the web tests, including a report whose text is hostile HTML."""

import json

import pytest

from tawthiq.ingest.job import ingest_paths
from tawthiq.store import open_database
from tawthiq.store.people import ROLES, People
from tawthiq.store.record import Record

PASSWORD = "correct horse battery staple"

HOSTILE = {"id": "hostile-1", "published": "2023-10-12", "source_name": "<b>Fake</b> Outlet",
           "text": "قتل مدنيان بقصف مدفعي على مدينة سرمين شرقي إدلب صباح اليوم <script>window.hacked = 1</script> "
                   "<a href=\"javascript:alert(1)\">اضغط هنا</a> <img src=x onerror=\"window.hacked=2\">"}


@pytest.fixture(scope="module")
def web_database(tmp_path_factory, extractor, outlet_lines):
    """A fresh record per test module (the review tests change it)."""
    folder = tmp_path_factory.mktemp("web")
    source = folder / "reports.jsonl"
    lines = outlet_lines + [HOSTILE]
    source.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    database = open_database(f"sqlite:///{folder / 'web.db'}")
    ingest_paths([source], Record(database), extractor)
    people = People(database)
    for role in ROLES:
        people.add_user(f"{role}@example.org", role, PASSWORD)
    people.add_user("second-reviewer@example.org", "reviewer", PASSWORD)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def tokens(web_database) -> dict[str, str]:
    """An API token per role."""
    people = People(web_database)
    return {role: people.new_token(f"{role}@example.org") for role in ROLES}


@pytest.fixture(scope="session")
def password() -> str:
    """Every test account's password."""
    return PASSWORD
