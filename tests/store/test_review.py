"""Merging and splitting by hand, on SQLite and PostgreSQL: figures recomputed from the reports, all logged."""

import json

import pytest

from tawthiq.ingest.job import ingest_paths
from tawthiq.store.people import People, Review, ReviewError
from tawthiq.store.queries import IncidentFilter, iter_incidents
from tawthiq.store.record import Record


@pytest.fixture
def people(database, extractor, tmp_path, outlet_lines):
    source = tmp_path / "reports.jsonl"
    source.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in outlet_lines) + "\n", encoding="utf-8")
    ingest_paths([source], Record(database), extractor)
    accounts = People(database)
    for role in ("viewer", "analyst"):
        accounts.add_user(f"{role}@example.org", role, "a long enough password")
    return {role: accounts.login(f"{role}@example.org", "a long enough password") for role in ("viewer", "analyst")}


def incidents(database):
    with database.engine.connect() as conn:
        return {i.id: i for i in iter_incidents(conn, IncidentFilter())}


def test_split_then_merge_back(database, people):
    review = Review(database)
    strike = next(i for i in incidents(database).values() if len(i.reports) == 3)
    sohr_report = strike.reports[1]
    new_id = review.split(strike.id, sohr_report, people["analyst"], "SOHR may describe another strike")
    after = incidents(database)
    assert after[new_id].reports == [sohr_report] and after[new_id].killed.best == 7
    assert len(after[strike.id].reports) == 2 and after[strike.id].killed.high == 5  # 7 left with the split
    review.merge(strike.id, new_id, people["analyst"], "same strike after all")
    merged = incidents(database)
    assert new_id not in merged and merged[strike.id].killed.high == 7
    fields = [c["field"] for c in review.history(strike.id)]
    assert fields == ["split", "merge"] and review.history(new_id)[-1]["field"] == "merged_into"


def test_only_analysts_change_incidents_and_edits_are_checked(database, people):
    review = Review(database)
    some = next(iter(incidents(database)))
    with pytest.raises(ReviewError, match="analyst"):
        review.edit(some, people["viewer"], {"killed": (1, 1, 1)})
    with pytest.raises(ReviewError, match="low <= best <= high"):
        review.edit(some, people["analyst"], {"killed": (5, 3, 9)})
    with pytest.raises(ReviewError, match="cannot be edited"):
        review.edit(some, people["analyst"], {"perpetrator": ["russia"]})
    with pytest.raises(ReviewError, match="one report cannot be split"):
        single = next(i for i in incidents(database).values() if len(i.reports) == 1)
        review.split(single.id, single.reports[0], people["analyst"])
    assert review.edit(some, people["analyst"], {"sub_event_type": "Air/drone strike"}) in (0, 1)


def test_a_hand_edited_figure_stands_when_more_reports_join(database, extractor, tmp_path, outlet_lines):
    first, later = tmp_path / "first.jsonl", tmp_path / "later.jsonl"
    first.write_text(json.dumps(outlet_lines[0], ensure_ascii=False) + "\n", encoding="utf-8")
    later.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in outlet_lines[1:3]) + "\n",
                     encoding="utf-8")
    record = Record(database)
    ingest_paths([first], record, extractor)
    accounts = People(database)
    accounts.add_user("analyst@example.org", "analyst", "a long enough password")
    analyst = accounts.login("analyst@example.org", "a long enough password")
    (strike,) = incidents(database).values()
    assert Review(database).edit(strike.id, analyst, {"killed": (6, 6, 6)}, "the hospital's list") == 1
    summary = ingest_paths([later], record, extractor)  # the ingest held the incident before the edit
    assert summary.joined >= 2
    after = incidents(database)[strike.id]
    assert len(after.reports) == 3 and after.killed.best == 6 and after.killed.high == 6
    assert after.injured is not None  # fields nobody edited are still merged from the reports


def test_a_hand_set_date_is_where_later_reports_find_the_incident(database):
    """An analyst moves an incident to another day: reports of that day join it, the first one after the edit
    (the ingest reads the incident again) and the next ones too (it is then held in memory)."""
    import datetime as dt

    from tawthiq.extract.pipeline import document_from_text
    from tawthiq.records import IncidentReport, Location

    day, corrected = dt.date(2023, 10, 10), dt.date(2023, 10, 15)
    ariha = Location(name="Ariha", admin1="Idlib", place_id="geonames:172994", latitude=35.8126, longitude=36.6076,
                     geo_precision=1)

    def strike(when):
        return [IncidentReport(date=when, location=ariha, event_type="Explosions/Remote violence",
                               sub_event_type="Air/drone strike")]

    record = Record(database)
    (first,) = record.add_document(document_from_text("first", day), strike(day)).decisions
    accounts = People(database)
    accounts.add_user("analyst@example.org", "analyst", "a long enough password")
    analyst = accounts.login("analyst@example.org", "a long enough password")
    Review(database).edit(first.incident_id, analyst, {"date": corrected}, "the strike was on the 15th")
    for number in range(2):
        (later,) = record.add_document(document_from_text(f"later {number}", corrected), strike(corrected)).decisions
        assert later.incident_id == first.incident_id, later.reason
    assert incidents(database)[first.incident_id].date == corrected


def test_every_field_a_person_may_edit_names_the_columns_a_merge_leaves_alone():
    from tawthiq.store.people import EDITABLE
    from tawthiq.store.record import EDITED_COLUMNS
    from tawthiq.store.schema import Incident

    assert set(EDITED_COLUMNS) == set(EDITABLE)
    assert all(column in Incident.__table__.c for columns in EDITED_COLUMNS.values() for column in columns)
