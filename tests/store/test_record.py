"""The record on SQLite and PostgreSQL: idempotent ingest, merged incidents with every source, failures kept."""

import json

import orjson
import pytest
from sqlalchemy import select, update

from tawthiq.ingest.job import IngestSummary, ingest_paths
from tawthiq.records import Count
from tawthiq.store.queries import IncidentFilter, incident_detail, iter_failed, iter_incidents
from tawthiq.resolve.merge import Tally
from tawthiq.store import open_database, window
from tawthiq.store.record import Record, bump_version
from tawthiq.store.schema import Incident


@pytest.fixture
def reports_file(tmp_path, outlet_lines):
    path = tmp_path / "reports.jsonl"
    lines = [json.dumps(line, ensure_ascii=False) for line in outlet_lines]
    lines.insert(2, '{"id": "broken", "text": ')  # a broken line in the middle of the batch
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def ingest(database, extractor, *paths) -> IngestSummary:
    return ingest_paths(list(paths), Record(database), extractor)


def incidents(database, **where):
    with database.engine.connect() as conn:
        return list(iter_incidents(conn, IncidentFilter(**where)))


def test_three_outlets_on_one_strike_make_one_corroborated_incident(database, extractor, reports_file):
    summary = ingest(database, extractor, reports_file)
    assert (summary.added, summary.failed) == (5, 1)
    found = incidents(database)
    ariha_air = [i for i in found if i.location.name and "Ar" in i.location.name
                 and i.sub_event_type == "Air/drone strike"]
    assert len(ariha_air) == 1
    strike = ariha_air[0]
    assert strike.documents == ["idlib-post-1", "halab-2", "wire-3"]
    assert strike.outlets == ["Idlib Post", "Halab News", "levantwire.example"]
    assert strike.status == "corroborated"
    # UCDP: the exact figure of the most reliable source is best; low and high span every report; no sums.
    assert strike.killed == Count(low=5, best=5, high=7)
    assert strike.injured == Count(low=12, best=12, high=15)
    assert strike.killed_children == 2
    assert strike.sources == ["Syrian Civil Defence", "SOHR"]


def test_shelling_the_same_town_the_same_day_and_another_town_stay_apart(database, extractor, reports_file):
    ingest(database, extractor, reports_file)
    found = incidents(database)
    assert len(found) == 3
    shelling = [i for i in found if i.sub_event_type == "Shelling/artillery/missile attack"]
    assert sorted(i.documents[0] for i in shelling) == ["idlib-post-4", "idlib-post-5"]
    assert all(i.status == "unverified" for i in shelling)


def test_ingesting_again_adds_nothing(database, extractor, reports_file):
    ingest(database, extractor, reports_file)
    before = [i.model_dump() for i in incidents(database)]
    again = ingest(database, extractor, reports_file)
    assert (again.added, again.failed, again.already) == (0, 0, 6)
    assert [i.model_dump() for i in incidents(database)] == before


def test_a_bad_line_is_kept_as_a_failed_document_with_its_error(database, extractor, reports_file):
    ingest(database, extractor, reports_file)
    with database.engine.connect() as conn:
        failed = list(iter_failed(conn))
    assert len(failed) == 1
    assert failed[0]["source"].endswith("reports.jsonl:3")
    assert "bad JSON" in failed[0]["error"]


def test_incident_detail_explains_each_merge_and_keeps_evidence(database, extractor, reports_file):
    ingest(database, extractor, reports_file)
    strike = next(i for i in incidents(database) if len(i.reports) == 3)
    with database.engine.connect() as conn:
        incident, reports = incident_detail(conn, strike.id)
    assert reports[0].merge_reason.startswith("new incident")
    assert all(r.merge_reason.startswith("joined: same place") for r in reports[1:])
    for stored in reports:
        for evidence in stored.report.evidence:
            assert stored.text[evidence.start:evidence.end] == evidence.text


def test_a_reviewers_verdict_survives_a_new_report(database, extractor, tmp_path, outlet_lines):
    first, later = tmp_path / "first.jsonl", tmp_path / "later.jsonl"
    first.write_text(json.dumps(outlet_lines[0], ensure_ascii=False) + "\n", encoding="utf-8")
    later.write_text(json.dumps(outlet_lines[1], ensure_ascii=False) + "\n", encoding="utf-8")
    ingest(database, extractor, first)
    with database.transaction() as conn:
        conn.execute(update(Incident.__table__).values(status="verified"))
    ingest(database, extractor, later)
    with database.engine.connect() as conn:
        rows = conn.execute(select(Incident.status, Incident.report_count)).all()
    assert rows == [("verified", 2)]


def test_filters(database, extractor, reports_file):
    ingest(database, extractor, reports_file)
    assert {i.date.isoformat() for i in incidents(database, since=__import__("datetime").date(2023, 10, 12))} == {
        "2023-10-13"}
    assert len(incidents(database, governorate="idlib")) == 3
    assert len(incidents(database, governorate="Aleppo")) == 0
    assert len(incidents(database, status="corroborated")) == 1
    assert len(incidents(database, event_type="Air/drone strike")) == 1


def test_a_second_writer_is_seen_by_the_first(database, extractor, tmp_path, outlet_lines):
    """Two ingests at once (two processes in real life): each sees what the other merged into an incident."""
    files = []
    for number in range(3):
        path = tmp_path / f"{number}.jsonl"
        path.write_text(json.dumps(outlet_lines[number], ensure_ascii=False) + "\n", encoding="utf-8")
        files.append(path)
    first, second = Record(database), Record(database)
    ingest_paths([files[0]], first, extractor)
    ingest_paths([files[1]], second, extractor)
    ingest_paths([files[2]], first, extractor)  # `first` remembers the incident with one report: it must reload it
    (strike,) = [i for i in incidents(database) if i.sub_event_type == "Air/drone strike"]
    assert strike.documents == ["idlib-post-1", "halab-2", "wire-3"]
    assert strike.killed == Count(low=5, best=5, high=7)
    with database.engine.connect() as conn:
        assert conn.execute(select(Incident.report_count)).scalar_one() == 3


def test_incidents_stored_before_words_were_kept_are_read_through_their_reports(database, extractor, tmp_path,
                                                                               outlet_lines):
    first, later = tmp_path / "first.jsonl", tmp_path / "later.jsonl"
    first.write_text(json.dumps(outlet_lines[0], ensure_ascii=False) + "\n", encoding="utf-8")
    later.write_text(json.dumps(outlet_lines[1], ensure_ascii=False) + "\n", encoding="utf-8")
    ingest(database, extractor, first)
    with database.transaction() as conn:  # as a record made before migration 0005 has it
        conn.execute(update(Incident.__table__).values(member_words=None))
    summary = ingest(database, extractor, later)
    assert summary.joined == 1
    with database.engine.connect() as conn:
        words = conn.execute(select(Incident.member_words)).scalar_one()
    assert len(words) == 2 and "اريحا" in words[0]  # kept again from the next save on


def test_a_report_joining_an_incident_stored_before_goes_on_from_its_stored_tally(database, extractor, tmp_path,
                                                                                  outlet_lines, monkeypatch):
    """A later ingest (a new process: nothing held) does not read the incident's reports again: the stored tally
    carries on, and ends where folding every report would."""
    first, later = tmp_path / "first.jsonl", tmp_path / "later.jsonl"
    first.write_text(json.dumps(outlet_lines[0], ensure_ascii=False) + "\n", encoding="utf-8")
    later.write_text(json.dumps(outlet_lines[1], ensure_ascii=False) + "\n", encoding="utf-8")
    ingest(database, extractor, first)
    with database.engine.connect() as conn:
        assert conn.execute(select(Incident.tally)).scalar_one()["reports"] == 1

    def no_reading(*args, **kwargs):
        raise AssertionError("the incident's reports were read again")

    monkeypatch.setattr(window, "read_members", no_reading)
    assert ingest(database, extractor, later).joined == 1
    monkeypatch.undo()
    with database.engine.connect() as conn:
        incident_id, stored = conn.execute(select(Incident.id, Incident.tally)).one()
        folded = Tally.of(window.read_members(conn, incident_id=incident_id))
    assert stored["reports"] == 2
    assert stored == orjson.loads(orjson.dumps(folded.state()))


def write_reports(folder, count):
    """Reports on ten towns over four days, the same strike often reported by several outlets."""
    towns = ["سراقب", "أريحا", "سرمين", "بنش", "الأتارب", "معرة النعمان", "جسر الشغور", "كفرنبل", "الدانا", "ترمانين"]
    folder.mkdir()
    for number in range(count):
        town, day = towns[number % len(towns)], 10 + (number // 7) % 4
        line = {"id": f"r{number}", "source_name": f"outlet {number % 3}", "published": f"2023-10-{day}",
                "text": f"قتل {number % 5 + 1} مدنيين بقصف مدفعي لقوات النظام على مدينة {town} صباح اليوم، "
                        f"بحسب الدفاع المدني السوري. ({number})"}
        (folder / f"{number:03d}.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    return folder


def merged_record(database):
    """Each incident's fields and the external ids of its documents, independent of ids and order of storing."""
    with database.engine.connect() as conn:
        return sorted(repr((i.date, i.location.name, i.sub_event_type, i.killed, i.status, sorted(i.documents)))
                      for i in iter_incidents(conn, IncidentFilter()))


def test_batches_a_small_window_and_one_document_at_a_time_make_the_same_record(database, extractor, tmp_path):
    folder = write_reports(tmp_path / "reports", 120)
    summary = ingest_paths([folder], Record(database, window_size=3), extractor, batch_size=500)
    one_by_one = open_database(f"sqlite:///{tmp_path / 'one.db'}")
    ingest_paths([folder], Record(one_by_one), extractor, batch_size=1)
    assert summary.added == 120 and summary.joined > 40  # the towns' strikes were merged, not kept apart
    assert merged_record(database) == merged_record(one_by_one)
    one_by_one.dispose()
    with database.engine.connect() as conn:  # ids taken ahead of writing leave no gaps
        ids = conn.execute(select(Incident.id).order_by(Incident.id)).scalars().all()
    assert ids == list(range(ids[0], ids[0] + len(ids)))


def test_a_reviewers_verdict_made_while_an_ingest_holds_the_incident_stands(database, extractor, tmp_path,
                                                                           outlet_lines):
    first, later = tmp_path / "first.jsonl", tmp_path / "later.jsonl"
    first.write_text(json.dumps(outlet_lines[0], ensure_ascii=False) + "\n", encoding="utf-8")
    later.write_text(json.dumps(outlet_lines[1], ensure_ascii=False) + "\n", encoding="utf-8")
    record = Record(database)
    ingest_paths([first], record, extractor)
    with database.transaction() as conn:  # as the dashboard's review does it
        bump_version(conn)
        conn.execute(update(Incident.__table__).values(status="verified"))
    summary = ingest_paths([later], record, extractor)  # the same process, holding the incident as unverified
    assert summary.joined == 1
    (strike,) = [i for i in incidents(database) if i.sub_event_type == "Air/drone strike"]
    assert strike.status == "verified" and len(strike.documents) == 2


def test_a_report_finds_an_incident_across_a_grid_cell_boundary(database):
    """The window files precisely located incidents by 0.1° cell: a neighbour 2 km away in the next cell (north,
    east, or both) must still be found and joined, and a town 20 km away must not."""
    import datetime as dt

    from tawthiq.extract.pipeline import document_from_text
    from tawthiq.records import IncidentReport, Location

    day = dt.date(2023, 10, 10)

    def strike(lat, lon, place_id, precision=1):
        return IncidentReport(date=day, location=Location(name=place_id, admin1="Idlib", place_id=place_id,
                                                          latitude=lat, longitude=lon, geo_precision=precision),
                              event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")

    record = Record(database)
    first = record.add_document(document_from_text("first report", day), [strike(35.999, 36.599, "g:a")])
    for number, (lat, lon) in enumerate([(36.001, 36.599), (35.999, 36.601), (36.009, 36.609)]):
        stored = record.add_document(document_from_text(f"neighbour {number}", day),
                                     [strike(lat, lon, f"g:n{number}", precision=2)])
        assert stored.decisions[0].incident_id == first.decisions[0].incident_id, stored.decisions[0].reason
    far = record.add_document(document_from_text("far", day), [strike(36.18, 36.599, "g:far", precision=2)])
    assert not far.decisions[0].joined


def test_an_attack_of_two_kinds_is_found_under_the_other_kind_by_its_weapon(database):
    """The window files incidents by attack type: a report that calls the attack an air strike still finds the
    incident stored as shelling when both name the same weapon, and one with other weapons does not."""
    import datetime as dt

    from tawthiq.extract.pipeline import document_from_text
    from tawthiq.records import IncidentReport, Location

    day = dt.date(2021, 3, 21)
    atarib = Location(name="Al Atarib", admin1="Aleppo", place_id="g:atarib", latitude=36.14, longitude=36.83,
                      geo_precision=1)

    def attack(sub, weapons):
        return IncidentReport(date=day, location=atarib, event_type="Explosions/Remote violence", sub_event_type=sub,
                              weapons=weapons)

    record = Record(database)
    shelled = record.add_document(document_from_text("shells on the hospital", day),
                                  [attack("Shelling/artillery/missile attack", ["artillery"])])
    told_as_air = record.add_document(document_from_text("shells and an air strike on the hospital", day),
                                      [attack("Air/drone strike", ["artillery", "aircraft"])])
    barrels = record.add_document(document_from_text("barrel bombs on the town", day),
                                  [attack("Air/drone strike", ["barrel_bomb"])])
    assert told_as_air.decisions[0].incident_id == shelled.decisions[0].incident_id, told_as_air.decisions[0].reason
    assert barrels.decisions[0].incident_id != shelled.decisions[0].incident_id


def test_missiles_and_an_air_strike_on_one_target_are_found_under_each_others_kind(database):
    """An air strike on a hospital finds the incident stored as a missile attack on it, and the reverse."""
    import datetime as dt

    from tawthiq.extract.pipeline import document_from_text
    from tawthiq.records import IncidentReport, Location

    day = dt.date(2016, 2, 15)
    town = Location(name="Maarat al-Numan", admin1="Idlib", place_id="g:maarat", latitude=35.64, longitude=36.67,
                    geo_precision=1)

    def attack(sub, weapons, text, on):
        return document_from_text(text, on), [IncidentReport(
            date=on, location=town, event_type="Explosions/Remote violence", sub_event_type=sub, weapons=weapons,
            targets=["medical"])]

    record = Record(database)
    for on, first, second in ((day, ("Shelling/artillery/missile attack", ["missile"], "missiles hit the hospital"),
                               ("Air/drone strike", [], "air strikes hit the hospital")),
                              (day + dt.timedelta(days=10), ("Air/drone strike", ["aircraft"], "jets hit the hospital"),
                               ("Shelling/artillery/missile attack", ["missile"], "missiles struck the hospital"))):
        stored = record.add_document(*attack(*first, on))
        told = record.add_document(*attack(*second, on))
        assert stored.decisions[0].joined is False
        assert told.decisions[0].incident_id == stored.decisions[0].incident_id, told.decisions[0].reason


def test_a_document_twice_in_one_batch_is_stored_once(database, extractor):
    import datetime as dt

    from tawthiq.extract.pipeline import document_from_text
    from tawthiq.store.record import Pending

    text = "قتل مدنيان بقصف مدفعي لقوات النظام على مدينة سرمين صباح اليوم"
    document = document_from_text(text, dt.date(2023, 10, 10))
    found = extractor.extract(document).incidents
    record = Record(database)
    first, again = record.add_documents([Pending(document, found), Pending(document.model_copy(), found)])
    assert first.document_id is not None and not first.duplicate
    assert again.duplicate and again.document_id is None
    assert record.add_documents([Pending(document, found)])[0].duplicate  # and in a later batch
    assert record.counts()["documents"] == 1 and record.counts()["incidents"] == len(found) == 1


def test_a_village_the_gazetteer_lacks_is_matched_by_name_on_the_next_day(database):
    """Placed only at its governorate, a report finds yesterday's incident of the same village as written (the
    window keeps such pairs on adjacent days), and not one of another village."""
    import datetime as dt

    from tawthiq.extract.pipeline import document_from_text
    from tawthiq.records import IncidentReport, Location

    day = dt.date(2023, 10, 10)

    def strike(text, when):
        return IncidentReport(date=when, location=Location(text=text, admin1="Idlib", geo_precision=3),
                              event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")

    record = Record(database)
    first = record.add_document(document_from_text("a", day), [strike("بلدة حاس", day)])
    other = record.add_document(document_from_text("b", day), [strike("قرية كفرومة", day)])
    next_day = record.add_document(document_from_text("c", day), [strike("بلدة حاس", day + dt.timedelta(days=1))])
    assert next_day.decisions[0].incident_id == first.decisions[0].incident_id, next_day.decisions[0].reason
    assert other.decisions[0].incident_id != first.decisions[0].incident_id
    # (and in Latin letters, by the name's consonant skeleton)
    latin = record.add_document(document_from_text("d", day), [strike("the village of Hass", day + dt.timedelta(days=1))])
    assert latin.decisions[0].incident_id == first.decisions[0].incident_id, latin.decisions[0].reason


def test_a_report_with_no_day_finds_the_same_place_target_and_toll_whichever_comes_first(database):
    """No publication date and no date in the text: the report joins the one incident of its village with the same
    target and an agreeing toll, whether that incident was stored before (read from the database by a new
    process) or comes after it (the incident then takes the dated report's day); never one of another toll."""
    import datetime as dt

    from tawthiq.extract.pipeline import document_from_text
    from tawthiq.records import IncidentReport, Location
    from tawthiq.store.record import Pending

    day = dt.date(2023, 10, 10)

    def strike(text, when, killed, target="school"):
        return IncidentReport(date=when, location=Location(text=text, admin1="Idlib", geo_precision=3),
                              event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                              targets=[target], killed=Count(low=killed, best=killed))

    undated_first = Record(database).add_document(document_from_text("no day", None),
                                                  [strike("قرية حاس", None, 22)])
    dated = Record(database).add_document(document_from_text("dated", day), [strike("بلدة حاس", day, 20)])
    assert dated.decisions[0].incident_id == undated_first.decisions[0].incident_id, dated.decisions[0].reason
    assert incidents(database)[0].date == day

    record = Record(database)
    stored = record.add_documents([
        Pending(document_from_text("market, dated", day), [strike("بلدة كفرومة", day, 7, "market")]),
        Pending(document_from_text("market, no day", None), [strike("قرية كفرومة", None, 8, "market")]),
        Pending(document_from_text("another toll", None), [strike("كفرومة", None, 30, "market")])])
    assert stored[1].decisions[0].incident_id == stored[0].decisions[0].incident_id, stored[1].decisions[0].reason
    assert not stored[2].decisions[0].joined
    later = Record(database).add_document(document_from_text("no day, later", None),
                                          [strike("كفرومة", None, 7, "market")])
    assert later.decisions[0].incident_id == stored[0].decisions[0].incident_id, later.decisions[0].reason


def test_a_village_known_by_name_reported_a_day_apart_in_two_languages_is_one_incident(database, extractor, tmp_path):
    # Jubas is in villages.tsv (no coordinates: placed at Idlib's); its Arabic and Latin names differ as written,
    # and one outlet says "Monday evening" where the other says Tuesday
    lines = [{"id": "ar-1", "published": "2019-12-24", "source_name": "Outlet A",
              "text": "قتل ثمانية مدنيين بينهم خمسة أطفال بغارة جوية روسية استهدفت مدرسة تؤوي نازحين في بلدة جوباس، "
                      "مساء الاثنين، وفق الدفاع المدني."},
             {"id": "en-2", "published": "2019-12-25", "source_name": "Outlet B",
              "text": "An air strike on a school used as a shelter in the village of Jubas killed eight people on "
                      "Tuesday evening, five of them children, the Syrian Observatory said."}]
    path = tmp_path / "jubas.jsonl"
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    ingest(database, extractor, path)
    (jubas,) = incidents(database)
    assert jubas.documents == ["ar-1", "en-2"] and jubas.killed.best == 8 and jubas.status == "corroborated"


def _lines(path, *texts, published="2020-02-04"):
    path.write_text("".join(json.dumps({"id": f"{path.stem}-{n}", "text": text, "published": published},
                                       ensure_ascii=False) + "\n" for n, text in enumerate(texts)), encoding="utf-8")
    return path


_REGIME_SHELLS = "قُتل ثلاثة مدنيين، اليوم الثلاثاء، بقصف مدفعي لقوات النظام على مدينة سراقب شرقي إدلب."
_TURKISH_SHELLS = "Turkish artillery shelled the town of Saraqib in Idlib province on Tuesday, killing three people."


def test_one_town_shelled_the_same_day_by_sides_of_other_camps_is_two_attacks(database, extractor, tmp_path):
    ingest(database, extractor, _lines(tmp_path / "held.jsonl", _REGIME_SHELLS, _TURKISH_SHELLS))
    assert sorted(tuple(i.perpetrator) for i in incidents(database)) == [("syrian_government",), ("turkey",)]


def test_the_other_camps_rule_reads_a_stored_incident_too(database, extractor, tmp_path):
    ingest(database, extractor, _lines(tmp_path / "first.jsonl", _REGIME_SHELLS))
    summary = ingest(database, extractor, _lines(tmp_path / "later.jsonl", _TURKISH_SHELLS))
    assert summary.joined == 0 and len(incidents(database)) == 2


def test_a_car_hit_and_a_building_hit_in_one_town_the_same_day_stay_apart(database, extractor, tmp_path):
    ingest(database, extractor, _lines(
        tmp_path / "drones.jsonl",
        "A Turkish drone struck a car in the town of Amuda on Tuesday, killing two people, the SDF said.",
        "استهدفت طائرة مسيّرة تركية محطة الكهرباء في مدينة عامودا اليوم الثلاثاء، ما أدى لخروجها عن الخدمة."))
    assert sorted(tuple(i.targets) for i in incidents(database)) == [("infrastructure",), ("vehicle",)]


def test_a_towns_dead_of_one_day_and_wounded_of_the_next_stay_two_attacks(database, extractor, tmp_path):
    ingest(database, extractor, _lines(tmp_path / "monday.jsonl", "قُتل أربعة مدنيين، اليوم الاثنين، بقصف صاروخي لقوات "
                                       "النظام على مدينة الأتارب غربي حلب.", published="2020-02-10"))
    summary = ingest(database, extractor, _lines(tmp_path / "tuesday.jsonl", "Three civilians were wounded on Tuesday "
                                                 "when government rockets hit the town of Atarib, west of Aleppo.",
                                                 published="2020-02-11"))
    assert summary.joined == 0 and sorted((i.killed is not None, i.injured is not None)
                                          for i in incidents(database)) == [(False, True), (True, False)]
