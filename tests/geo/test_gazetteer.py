"""Lookup and context: cross-script matches, homonyms, non-places, and locations with the right precision."""

import datetime as dt

import pytest

from tawthiq.extract import Extractor
from tawthiq.extract.pipeline import document_from_text


@pytest.fixture
def extract_with(imported_gazetteer):
    extractor = Extractor(imported_gazetteer)

    def run(text: str):
        return extractor.extract(document_from_text(text, dt.date(2023, 10, 7))).incidents

    return run


def test_arabic_name_finds_a_latin_only_place(imported_gazetteer):
    # Tirmanin came from the GeoNames sample with Latin names only: only the skeleton links it to Arabic.
    store_free = [c for c in imported_gazetteer.lookup("ترمانين", "Idlib") if c.place.place_id == "geonames:9000004"]
    assert store_free and store_free[0].how in ("name", "skeleton")


def test_short_skeletons_never_match_across_scripts(imported_gazetteer):
    assert all(c.how == "name" for c in imported_gazetteer.lookup("قاح"))
    assert [c.place.name for c in imported_gazetteer.lookup("Qah")] == ["Qah"]


def test_embedded_lookup_in_both_scripts(imported_gazetteer):
    for name in ("الأتارب", "Atareb", "Al-Atarib"):
        best = imported_gazetteer.lookup(name)[0].place
        assert (best.admin1, best.kind) == ("Aleppo", "town"), name


def test_a_latin_name_looked_up_without_the_final_h_of_its_taa_marbuta():
    from tawthiq.geo.gazetteer import default_gazetteer

    (town,) = {c.place.place_id: c for c in default_gazetteer().lookup("Darat Izza")}.values()
    assert (town.place.name, town.place.admin1) == ("Dārat ‘Izzah", "Aleppo")


def test_fuzzy_search_ranks_the_right_town_first(imported_gazetteer):
    results = imported_gazetteer.search("Maarat al-Numan")
    assert results[0].place.admin1 == "Idlib" and "Nu" in results[0].place.name


def test_town_named_in_arabic_resolves_to_the_latin_only_entry(extract_with):
    (incident,) = extract_with("قصفت قوات النظام بالصواريخ بلدة ترمانين شمالي إدلب، ما أدى لإصابة 9 مدنيين.")
    location = incident.location
    assert (location.name, location.admin1, location.place_id, location.geo_precision) == (
        "Tirmanin", "Idlib", "geonames:9000004", 1)
    assert location.latitude == pytest.approx(36.2287)


def test_english_spelling_variant_resolves(extract_with):
    (incident,) = extract_with("Regime shelling on the town of Termanin in northern Idlib killed two civilians.")
    assert incident.location.place_id == "geonames:9000004"


def test_village_without_coordinates_stands_at_its_subdistrict(extract_with):
    (incident,) = extract_with("قصف مدفعي على بلدة اللطامنة بريف حماة أدى إلى مقتل مدنيين اثنين.")
    location = incident.location
    assert (location.name, location.admin1, location.geo_precision) == ("Lataminah", "Hama", 2)
    assert (location.latitude, location.longitude) == (35.374, 36.572)  # the Kafr Zeita subdistrict row


def test_homonym_in_another_governorate_is_not_taken(extract_with):
    # The embedded Babila is near Damascus; the report says Idlib, and the Idlib Babila needs the import.
    (incident,) = extract_with("غارة جوية على بلدة بابيلا جنوب إدلب أدت إلى مقتل طفل.")
    assert incident.location.admin1 == "Idlib"
    assert incident.location.place_id == "geonames:9000005"


def test_homonym_missing_from_the_gazetteer_falls_back_to_the_governorate(extractor):
    (incident,) = extractor.extract(document_from_text(
        "غارة جوية على بلدة بابيلا جنوب إدلب أدت إلى مقتل طفل.", dt.date(2023, 10, 7))).incidents
    location = incident.location
    assert (location.admin1, location.geo_precision, location.place_id) == ("Idlib", 3, None)


def test_small_imported_village_needs_context(extract_with):
    # "بابيلا" is a small imported village: bare in a sentence it is not taken as a place ...
    assert all(i.location is None or i.location.place_id != "geonames:9000005"
               for i in extract_with("قال بابيلا إن القصف أدى إلى مقتل مدني."))
    # ... after a type word or before a governorate it is.
    (incident,) = extract_with("قصف على قرية بابيلا أدى إلى مقتل مدني.")
    assert incident.location.place_id == "geonames:9000005"


@pytest.mark.parametrize("tag", ["#حلب", "#حلب_تحت_القصف", "#الأسد_يقصف_حلب"])
def test_hashtag_is_not_an_event_location(extractor, tag):
    text = f"قصف مدفعي على مدينة سرمين أدى لمقتل مدنيين اثنين {tag}"
    incidents = extractor.extract(document_from_text(text, dt.date(2023, 10, 7))).incidents
    assert [(i.location.name, i.location.admin1) for i in incidents] == [("Sarmīn", "Idlib")]
    (untagged,) = extractor.extract(document_from_text(f"قصف مدفعي أدى لمقتل مدنيين اثنين {tag}")).incidents
    assert (untagged.location.text, untagged.location.admin1) == (None, None)


def test_subdistrict_named_in_text_gives_precision_two(extract_with):
    (incident,) = extract_with("قصفت قوات النظام ناحية كنسبا في جبل الأكراد ما أدى لمقتل مدني.")
    assert (incident.location.admin1, incident.location.geo_precision) == ("Latakia", 2)
    assert incident.location.place_id == "pcode:SY060004"


def test_another_country_from_its_own_dump(tmp_path, store):
    from tawthiq.geo.embedded import embedded_places
    from tawthiq.geo.gazetteer import Gazetteer, merge_places
    from tawthiq.geo.importers import import_file

    def row(geonameid, name, alternates, lat, lon, fclass, fcode, admin1, population):
        return "\t".join([geonameid, name, name, alternates, lat, lon, fclass, fcode, "YE", "", admin1, "", "", "",
                          population, "", "10", "Asia/Aden", "2024-01-01"])

    dump = tmp_path / "YE.txt"
    dump.write_text("\n".join([
        row("9100001", "Taiz Governorate", "محافظة تعز", "13.5", "44.0", "A", "ADM1", "25", "0"),
        row("9100002", "Al Mukha", "المخا,Mocha", "13.3199", "43.2498", "P", "PPL", "25", "10000"),
    ]) + "\n", encoding="utf-8")
    assert import_file(dump, None, "YE", store).added == 2
    gazetteer = Gazetteer(merge_places(embedded_places("YE"), store.places("YE")), "YE")
    (incident,) = Extractor(gazetteer).extract(document_from_text(
        "قتل ثلاثة مدنيين بقصف مدفعي على مدينة المخا في محافظة تعز.", dt.date(2023, 10, 7))).incidents
    location = incident.location
    assert (location.place_id, location.admin1, location.country_code, location.geo_precision) == (
        "geonames:9100002", "Taiz Governorate", "YE", 1)
    assert incident.killed.best == 3


def test_villages_the_packages_lack_are_embedded_by_name_and_governorate():
    from tawthiq.geo.gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    (habit,) = gazetteer.lookup("الهبيط")
    assert (habit.place.name, habit.place.admin1, habit.place.latitude) == ("al-Habit", "Idlib", None)
    anchor, exact = gazetteer.located(habit.place)
    assert anchor.kind == "governorate" and anchor.admin1 == "Idlib" and not exact
    assert [c.place.place_id for c in gazetteer.lookup("Latamneh")] == ["tawthiq:SY:latamneh"]


def test_villages_of_jabal_al_zawiya_and_the_ghab_are_embedded(extract):
    maar_hattat, karkat = (extract(text, "2019-07-17")[0] for text in (
        "قتل مدنيان، اليوم الأربعاء، بقصف مدفعي على قرية معرحطاط.",
        "Shelling hit the village of Karkat on Wednesday, wounding three people."))
    assert (maar_hattat.location.name, maar_hattat.location.admin1) == ("Maar Hattat", "Idlib")
    assert (karkat.location.name, karkat.location.admin1) == ("Al-Karkat", "Hama")


def test_an_import_with_coordinates_replaces_our_village(imported_gazetteer):
    # the import's Qah has coordinates; ours (villages.tsv) has none and gives way to it
    (qah,) = imported_gazetteer.lookup("قاح")
    assert qah.place.imported and qah.place.latitude is not None


def test_a_village_named_like_a_verb_needs_its_type_word(extract):
    (strike,) = extract("حضر الاجتماع ممثلون عن الأمم المتحدة. وقتل مدنيان بقصف على بلدة حضر اليوم.", "2021-09-07")
    assert (strike.location.text, strike.location.name, strike.location.admin1) == ("بلدة حضر", "Hadar", "Quneitra")


def test_search_puts_the_nearest_spelling_before_a_name_sharing_one_word():
    from tawthiq.geo.gazetteer import default_gazetteer

    results = default_gazetteer().search("Tal Tamr")
    assert results[0].place.name == "Tall Tamr" and results[0].place.admin1 == "Al-Hasakah"
