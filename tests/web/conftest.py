"""A record with sample incidents for the web tests, including a report whose text is hostile HTML."""

import json

import pytest

from tawthiq.ingest.job import ingest_paths
from tawthiq.store import open_database
from tawthiq.store.record import Record

HOSTILE = {"id": "hostile-1", "published": "2023-10-12", "source_name": "<b>Fake</b> Outlet",
           "text": "قتل مدنيان بقصف مدفعي على مدينة سرمين شرقي إدلب صباح اليوم <script>window.hacked = 1</script> "
                   "<a href=\"javascript:alert(1)\">اضغط هنا</a> <img src=x onerror=\"window.hacked=2\">"}


@pytest.fixture(scope="session")
def web_database(tmp_path_factory, extractor, outlet_lines):
    folder = tmp_path_factory.mktemp("web")
    source = folder / "reports.jsonl"
    lines = outlet_lines + [HOSTILE]
    source.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    database = open_database(f"sqlite:///{folder / 'web.db'}")
    ingest_paths([source], Record(database), extractor)
    yield database
    database.dispose()
