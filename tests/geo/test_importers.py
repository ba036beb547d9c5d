"""Import readers: each format's places, admin names, problems with line numbers, idempotent re-imports."""

import io
import zipfile
from pathlib import Path

import pytest

from tawthiq.geo.embedded import syria_governorates
from tawthiq.geo.importers import import_file, read_geonames, read_ocha

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_GAZETTEER = Path(__file__).resolve().parents[3] / "shared" / "data" / "gazetteer" / "opensyria-data-geography"


def test_geonames_dump_keeps_places_and_admin_units_of_the_country():
    with open(FIXTURES / "SY-sample.txt", "rb") as handle:
        result = read_geonames(handle, "SY", syria_governorates())
    by_name = {p.name: p for p in result.places}
    tirmanin = by_name["Tirmanin"]
    assert tirmanin.place_id == "geonames:9000004"
    assert (tirmanin.kind, tirmanin.admin1, tirmanin.admin2, tirmanin.admin3) == (
        "town", "Idlib", "Mintaqat Harim", "Nahiyat ad Dana")
    assert tirmanin.parent_id == "geonames:9000003"
    assert "Termanin" in tirmanin.names_en
    assert by_name["Mukhayyam Atmah"].kind == "town"  # a refugee camp is a place attacks hit
    assert "مخيم أطمة" in by_name["Mukhayyam Atmah"].names_ar
    # The governorate row joins our governorate (same id, our English name), it does not duplicate it.
    governorate = next(p for p in result.places if p.kind == "governorate")
    assert (governorate.place_id, governorate.name) == ("pcode:SY07", "Idlib")
    assert "Reyhanli" not in by_name and "Jabal Zawiyah" not in by_name
    assert result.skipped == 2
    assert [(p.line, p.message.split(":")[0]) for p in result.problems] == [
        (9, "expected 19 tab-separated columns, found 18"), (10, "geonameid 9000010")]


def test_geonames_zip_is_read_like_the_txt(tmp_path, store):
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("readme.txt", "GeoNames readme")
        zipped.write(FIXTURES / "SY-sample.txt", "SY.txt")
    summary = import_file(archive, None, "SY", store)
    assert summary.format == "geonames" and summary.added == 6


def test_import_twice_changes_nothing(store):
    first = import_file(FIXTURES / "SY-sample.txt", None, "SY", store)
    again = import_file(FIXTURES / "SY-sample.txt", None, "SY", store)
    assert first.added == 6 and len(first.problems) == 2
    assert (again.added, again.updated, again.unchanged) == (0, 0, 6)
    assert len(store.places("SY")) == 6


def test_alternate_names_add_arabic_spellings_to_imported_ids_only(store):
    import_file(FIXTURES / "SY-sample.txt", None, "SY", store)
    summary = import_file(FIXTURES / "alternateNames-sample.txt", "alternate-names", "SY", store)
    assert summary.updated == 2 and summary.added == 0
    assert [p.line for p in summary.problems] == [5]
    tirmanin = store.get(["geonames:9000004"])["geonames:9000004"]
    assert tirmanin.names_ar == ("ترمانين",) and tirmanin.name_ar == "ترمانين"
    assert "geonames:1234567" not in store.ids()


def test_ocha_csv_reads_admin_levels_pcodes_and_skips_the_hxl_row(store):
    summary = import_file(FIXTURES / "ocha-sample.csv", None, "SY", store)
    places = {p.place_id: p for p in store.places("SY")}
    qah = places["pcode:C9001"]
    assert (qah.name, qah.name_ar, qah.kind, qah.admin1, qah.admin2, qah.admin3) == (
        "Qah", "قاح", "town", "Idlib", "Harim", "Dana")
    assert (qah.latitude, qah.longitude, qah.parent_id) == (36.308, 36.618, "pcode:SY070301")
    latamneh = places["pcode:C9002"]
    assert latamneh.latitude is None and latamneh.parent_id == "pcode:SY050202"
    assert places["pcode:SY050202"].kind == "subdistrict" and places["pcode:SY050202"].latitude == 35.374
    assert [p.line for p in summary.problems] == [6]  # header, HXL row, then the fourth data row
    assert "east" in summary.problems[0].message


def test_ocha_headers_in_the_older_adm_style():
    csv_text = "ADM1_EN,ADM1_AR,ADM1_PCODE,ADM2_EN,ADM2_AR,ADM2_PCODE,Latitude_y,Longitude_x\n" \
               "Idleb,إدلب,SY07,Ariha,أريحا,SY0702,35.81,36.60\n"
    result = read_ocha(io.BytesIO(csv_text.encode()), "SY", syria_governorates())
    (district,) = result.places
    assert (district.place_id, district.kind, district.admin1, district.name_ar) == ("pcode:SY0702", "district",
                                                                                     "Idlib", "أريحا")


def test_ocha_csv_without_admin_columns_is_one_clear_problem():
    result = read_ocha(io.BytesIO(b"name,lat,lon\nX,1,2\n"), "SY", syria_governorates())
    assert result.places == [] and result.problems[0].line == 1 and "admin" in result.problems[0].message


def test_opensyria_json_names_aliases_and_problems(store):
    summary = import_file(FIXTURES / "subdistricts-sample.json", None, "SY", store)
    places = {p.place_id: p for p in store.places("SY")}
    dana = places["pcode:SY070301"]
    assert (dana.kind, dana.admin1, dana.population, dana.source) == ("subdistrict", "Idlib", 150000, "opensyria")
    assert {"الدانا", "ناحية الدانا"} <= set(dana.names_ar) and "Ad Dana" in dana.names_en
    assert "كنسبا" in places["pcode:SY060004"].names_ar  # "مركز كنسبا" also stands for the bare name
    assert places["pcode:SY060004"].admin1 == "Latakia"
    assert [p.line for p in summary.problems] == [3, 4]


def test_a_file_that_is_not_json_is_reported(tmp_path, store):
    broken = tmp_path / "districts.json"
    broken.write_text('[{"name": ', encoding="utf-8")
    summary = import_file(broken, None, "SY", store)
    assert summary.added == 0 and "not valid JSON" in summary.problems[0].message


@pytest.mark.skipif(not SHARED_GAZETTEER.is_dir(), reason="needs ../shared/data/gazetteer (present in CI)")
def test_real_opensyria_hierarchy(store):
    for name in ("governorates", "districts", "subdistricts"):
        summary = import_file(SHARED_GAZETTEER / f"{name}.json", "opensyria", "SY", store)
        assert summary.problems == []
    places = store.places("SY")
    kinds = {k: sum(1 for p in places if p.kind == k) for k in ("governorate", "district", "subdistrict")}
    assert kinds == {"governorate": 14, "district": 62, "subdistrict": 272}
    atareb = next(p for p in places if p.pcode == "SY020001")
    assert atareb.admin1 == "Aleppo" and atareb.admin2 is not None
    assert "الاتارب" in {n.replace("أ", "ا") for n in atareb.names_ar}
    assert {p.admin1 for p in places} <= {g.admin1 for g in syria_governorates()}
