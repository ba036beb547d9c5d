"""Exports in the conventions researchers read, streamed, without quoted words unless asked."""

import csv
import io
import json

import pytest

from tawthiq.ingest.job import ingest_paths
from tawthiq.publish.exports import ACLED_COLUMNS, WRITERS
from tawthiq.store import open_database
from tawthiq.store.queries import iter_incidents
from tawthiq.store.record import Record



@pytest.fixture(scope="module")
def record(tmp_path_factory, extractor, outlet_lines):
    folder = tmp_path_factory.mktemp("export")
    source = folder / "reports.jsonl"
    chosen = [outlet_lines[0], outlet_lines[1], outlet_lines[4]]  # two outlets on one strike, one other attack
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in chosen) + "\n", encoding="utf-8")
    database = open_database(f"sqlite:///{folder / 'record.db'}")
    ingest_paths([source], Record(database), extractor)
    yield database
    database.dispose()


def export(record, name, include_personal=False) -> str:
    out = io.StringIO()
    with record.engine.connect() as conn:
        WRITERS[name](iter_incidents(conn), out, include_personal)
    return out.getvalue()


def test_acled_csv_has_acleds_columns_and_best_as_fatalities(record):
    rows = list(csv.DictReader(io.StringIO(export(record, "acled-csv"))))
    assert list(rows[0])[:len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    strike = next(r for r in rows if r["sub_event_type"] == "Air/drone strike")
    assert strike["event_id_cnty"].startswith("SYR")
    assert (strike["event_date"], strike["year"], strike["time_precision"]) == ("2023-10-10", "2023", "1")
    assert (strike["country"], strike["iso"], strike["admin1"]) == ("Syria", "760", "Idlib")
    assert strike["actor1"] == "Military Forces of Russia"
    assert strike["actor2"] == "Civilians (Syria)" and strike["civilian_targeting"] == "Civilian targeting"
    assert (strike["fatalities"], strike["fatalities_low"], strike["fatalities_high"]) == ("5", "5", "7")
    assert strike["documents"] == "idlib-post-1; halab-2"
    assert strike["source"] == "Idlib Post; Halab News"
    assert "5 killed (range 5–7)" in strike["notes"]


def test_geojson_is_one_feature_per_incident_with_ranges(record):
    data = json.loads(export(record, "geojson"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 2
    strike = next(f for f in data["features"] if f["properties"]["sub_event_type"] == "Air/drone strike")
    lon, lat = strike["geometry"]["coordinates"]
    assert 36.5 < lon < 36.7 and 35.7 < lat < 35.9  # Ariha
    assert strike["properties"]["killed"] == {"low": 5, "best": 5, "high": 7}
    assert strike["properties"]["documents"] == ["idlib-post-1", "halab-2"]


def test_hxl_has_a_tag_row_under_the_header(record):
    rows = list(csv.reader(io.StringIO(export(record, "hxl"))))
    assert rows[1][:3] == ["#event+id", "#date+occurred", "#country+code"]
    assert "#affected+killed" in rows[1] and "#adm1+name" in rows[1] and "#geo+lat" in rows[1]
    assert len(rows) == 4


def test_jsonl_uses_the_contract_names(record):
    lines = [json.loads(line) for line in export(record, "jsonl").splitlines()]
    assert len(lines) == 2
    for key in ("date", "location", "event_type", "sub_event_type", "killed", "injured", "sources", "status",
                "reports", "documents", "first_reported"):
        assert key in lines[0]


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_words_quoted_from_reports_only_with_include_personal(record, name):
    quoted = "قوات النظام"
    assert quoted not in export(record, name)
    if name in ("acled-csv", "geojson", "jsonl"):
        assert quoted in export(record, name, include_personal=True)


def test_writers_consume_a_stream_one_incident_at_a_time(record):
    with record.engine.connect() as conn:
        incidents = iter_incidents(conn)
        out = io.StringIO()
        written = WRITERS["jsonl"](incidents, out, False)
    assert written == 2 and out.getvalue().count("\n") == 2
