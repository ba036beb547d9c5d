"""Which incident a report joins: place, day, attack and text, with a reason for every decision."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from tawthiq.records import Count, Evidence, IncidentReport, Location
from tawthiq.resolve import Candidate, MemberReport, decide, merged_incident
from tawthiq.resolve.match import words_too_far_apart

ARIHA = Location(name="Ariha", admin1="Idlib", place_id="geonames:172994", latitude=35.8126, longitude=36.6076,
                 geo_precision=1)
DAY = dt.date(2023, 10, 10)


def report(location=ARIHA, day=DAY, sub="Air/drone strike", weapons=(), words="غارة جوية على سوق مدينة أريحا",
           killed=None, sources=(), role="main", targets=()):
    return IncidentReport(date=day, location=location, event_type="Explosions/Remote violence",
                          sub_event_type=sub, weapons=list(weapons), killed=killed, sources=list(sources), role=role,
                          targets=list(targets),
                          evidence=[Evidence(field="location", text=words, start=0, end=len(words))])


def member(rep, report_id, document_id, outlet=None, published=DAY):
    return MemberReport(rep, report_id, document_id, published, outlet)


def candidate(incident_id, *members):
    return Candidate(incident_id, merged_incident(list(members)).incident, list(members))


def test_same_place_same_day_same_attack_joins_with_a_reason():
    existing = candidate(1, member(report(), 1, 1))
    decision = decide(member(report(), 2, 2), [existing])
    assert decision.joined and decision.incident_id == 1
    assert "same place" in decision.reason and "same day" in decision.reason


def test_reports_of_one_document_never_merge():
    existing = candidate(1, member(report(), 1, 7))
    decision = decide(member(report(), 2, 7), [existing])
    assert not decision.joined
    assert "same document" in decision.reason


def test_different_weapons_on_the_same_town_and_day_stay_apart():
    existing = candidate(1, member(report(sub="Shelling/artillery/missile attack", weapons=["artillery"]), 1, 1))
    decision = decide(member(report(sub="Shelling/artillery/missile attack", weapons=["guided_missile"]), 2, 2),
                      [existing])
    assert not decision.joined
    assert "different weapons" in decision.reason


def test_an_air_strike_and_shelling_stay_apart():
    existing = candidate(1, member(report(sub="Shelling/artillery/missile attack"), 1, 1))
    assert not decide(member(report(), 2, 2), [existing]).joined


def test_one_attack_of_two_kinds_told_as_shelling_and_as_an_air_strike_joins_by_its_weapon():
    shelled = candidate(1, member(report(sub="Shelling/artillery/missile attack", weapons=["artillery"]), 1, 1))
    decision = decide(member(report(weapons=["artillery", "aircraft"]), 2, 2), [shelled])
    assert decision.joined and "attack type not contradicted" in decision.reason
    decision = decide(member(report(weapons=["barrel_bomb", "aircraft"]), 3, 3), [shelled])
    assert not decision.joined and "different attacks" in decision.reason


def test_missiles_told_with_no_launcher_join_an_air_strike_on_the_same_target():
    missiles = candidate(1, member(report(sub="Shelling/artillery/missile attack", weapons=["missile"],
                                          targets=["medical"]), 1, 1))
    decision = decide(member(report(targets=["medical"]), 2, 2), [missiles])
    assert decision.joined and "attack type not contradicted" in decision.reason
    # another target, or rockets, is another attack
    assert not decide(member(report(targets=["market"]), 3, 3), [missiles]).joined
    rockets = candidate(2, member(report(sub="Shelling/artillery/missile attack", weapons=["rocket"],
                                         targets=["medical"]), 4, 4))
    assert not decide(member(report(targets=["medical"]), 5, 5), [rockets]).joined


def test_a_ground_missile_and_an_air_strike_on_one_camp_the_same_day_are_one_attack():
    weapons = ["missile", "cluster_munition"]
    missile = candidate(1, member(report(sub="Shelling/artillery/missile attack", weapons=weapons,
                                         targets=["idp_camp"]), 1, 1))
    assert decide(member(report(targets=["idp_camp"]), 2, 2), [missile]).joined
    # (a launcher named on another target is another attack)
    hospital = candidate(2, member(report(sub="Shelling/artillery/missile attack", weapons=weapons,
                                          targets=["medical"]), 3, 3))
    assert not decide(member(report(targets=["medical"]), 4, 4), [hospital]).joined


def test_days_apart_or_another_town_make_a_new_incident():
    existing = candidate(1, member(report(), 1, 1))
    assert not decide(member(report(day=DAY + dt.timedelta(days=3)), 2, 2), [existing]).joined
    sarmin = Location(name="Sarmin", admin1="Idlib", place_id="geonames:164897", latitude=35.9, longitude=36.72,
                      geo_precision=1)
    decision = decide(member(report(location=sarmin), 2, 2), [existing])
    assert not decision.joined and "km apart" in decision.reason


def test_an_adjacent_day_still_joins():
    existing = candidate(1, member(report(), 1, 1))
    assert decide(member(report(day=DAY + dt.timedelta(days=1)), 2, 2), [existing]).joined


def test_a_governorate_only_report_joins_only_when_the_text_agrees():
    existing = candidate(1, member(report(), 1, 1))
    idlib = Location(name="Idlib", admin1="Idlib", place_id="builtin:idlib", latitude=35.93, longitude=36.63,
                     geo_precision=3)
    same_words = member(report(location=idlib), 2, 2)
    other_words = member(report(location=idlib, words="قصف على ريف المحافظة الجنوبي"), 3, 3)
    assert decide(same_words, [existing]).joined
    assert not decide(other_words, [existing]).joined


def test_no_place_never_merges():
    existing = candidate(1, member(report(), 1, 1))
    assert "no place" in decide(member(report(location=Location(text="المنطقة")), 2, 2), [existing]).reason


def undated(**fields):
    return member(report(day=None, **fields), 9, 9, published=None)


def test_a_report_with_no_day_joins_only_the_same_place_target_and_figures():
    market = dict(targets=["market"], killed=Count(low=12, best=12))
    existing = candidate(1, member(report(**market), 1, 1))
    joined = decide(undated(**market), [existing])
    assert joined.joined and "no day to compare but the same target (market)" in joined.reason
    assert "killed 12 / 12" in joined.reason
    assert not decide(undated(targets=["school"], killed=Count(low=12, best=12)), [existing]).joined
    apart = decide(undated(targets=["market"], killed=Count(low=40, best=40)), [existing])
    assert not apart.joined and "no casualty figures that agree" in apart.reason
    assert not decide(undated(targets=["market"]), [existing]).joined  # nothing to compare the toll with
    sarmin = Location(name="Sarmin", admin1="Idlib", place_id="geonames:164897", latitude=35.9, longitude=36.72,
                      geo_precision=1)
    assert not decide(undated(location=sarmin, **market), [existing]).joined
    close = decide(undated(targets=["market"], killed=Count(low=10, best=14)), [existing])
    assert close.joined  # 14 / 12: one toll as two outlets counted it


def test_a_report_with_no_day_that_fits_two_incidents_joins_neither():
    market = dict(targets=["market"], killed=Count(low=12, best=12))
    first = candidate(1, member(report(**market), 1, 1))
    second = candidate(2, member(report(day=DAY + dt.timedelta(days=30), **market), 2, 2))
    decision = decide(undated(**market), [first, second])
    assert not decision.joined and "could be any of #1, #2" in decision.reason


def test_a_dated_report_joins_an_incident_with_no_day_on_the_same_rule():
    market = dict(targets=["market"], killed=Count(low=12, best=11))
    existing = candidate(1, member(report(day=None, **market), 1, 1, published=None))
    assert existing.incident.date is None
    assert decide(member(report(**market), 2, 2), [existing]).joined
    assert not decide(member(report(targets=["market"]), 2, 2), [existing]).joined


def test_an_undated_main_report_is_placed_on_its_publication_day():
    existing = candidate(1, member(report(), 1, 1))
    assert decide(member(report(day=None), 2, 2, published=DAY), [existing]).joined


def test_the_best_scoring_incident_wins_and_ties_go_to_the_oldest():
    first = candidate(1, member(report(), 1, 1))
    second = candidate(2, member(report(), 2, 2))
    assert decide(member(report(), 3, 3), [second, first]).incident_id == 1


def test_corroboration_needs_two_independent_origins():
    one_outlet = [member(report(), 1, 1, outlet="Enab Baladi"), member(report(), 2, 2, outlet="enab baladi")]
    assert not merged_incident(one_outlet).corroborated
    two_outlets = [member(report(), 1, 1, outlet="Enab Baladi"), member(report(), 2, 2, outlet="Syria TV")]
    assert merged_incident(two_outlets).corroborated
    unknown = [member(report(), 1, 1), member(report(), 2, 2)]
    assert not merged_incident(unknown).corroborated
    cited = [member(report(sources=["SOHR"]), 1, 1), member(report(sources=["Syrian Civil Defence"]), 2, 2)]
    assert merged_incident(cited).corroborated


def test_merged_fields_keep_every_source_and_weapon_and_the_most_precise_place():
    vague = report(location=Location(name="Idlib", admin1="Idlib", geo_precision=3), weapons=["aircraft"],
                   killed=Count(low=1), sources=["activists"])
    precise = report(weapons=["barrel_bomb"], killed=Count(low=4, best=4, high=4), sources=["SOHR"])
    merged = merged_incident([member(vague, 1, 1), member(precise, 2, 2)]).incident
    assert merged.location.name == "Ariha"
    assert merged.weapons == ["barrel_bomb", "aircraft"]
    assert merged.sources == ["activists", "SOHR"]
    assert merged.killed == Count(low=4, best=4, high=4)


def test_kin_weapons_and_payloads_do_not_split_one_attack():
    shelling = "Shelling/artillery/missile attack"
    existing = candidate(1, member(report(sub=shelling, weapons=["missile"]), 1, 1))
    assert decide(member(report(sub=shelling, weapons=["rocket", "cluster_munition"]), 2, 2), [existing]).joined
    existing = candidate(1, member(report(sub=shelling, weapons=["artillery"]), 1, 1))
    assert decide(member(report(sub=shelling, weapons=["mortar"]), 2, 2), [existing]).joined
    assert not decide(member(report(sub=shelling, weapons=["small_arms"]), 2, 2), [existing]).joined


def test_places_missing_from_the_gazetteer_match_by_the_name_as_written():
    qah_village = Location(text="قرية قاح", admin1="Idlib", geo_precision=3)
    qah_camp = Location(text="مخيم قاح الواقع على الحدود", admin1="Idlib", geo_precision=3)
    other = Location(text="بلدة حاس", admin1="Idlib", geo_precision=3)
    shelling = "Shelling/artillery/missile attack"
    existing = candidate(1, member(report(location=qah_village, sub=shelling, words="a"), 1, 1))
    decision = decide(member(report(location=qah_camp, sub=shelling, words="b"), 2, 2), [existing])
    assert decision.joined and "same place as written" in decision.reason
    assert not decide(member(report(location=other, sub=shelling, words="c"), 3, 3), [existing]).joined


def test_a_region_is_not_a_place_name():
    from tawthiq.resolve.match import written_name

    assert written_name("ريف إدلب الجنوبي") == ""
    assert written_name('قرية "ترعي" القريبة من مدينة خان شيخون') == "ترعي"
    assert written_name("village of al-Hamama") == "al hamama"
    assert written_name("outskirts of Idlib city") == "idlib"
    assert written_name("أطراف مدينة سرمين") == "سرمين"


def test_a_governorate_only_report_with_other_targets_stays_apart():
    market = candidate(1, member(report().model_copy(update={"targets": ["market"]}), 1, 1))
    idlib = Location(name="Idlib", admin1="Idlib", place_id="builtin:idlib", geo_precision=3)
    camp = report(location=idlib).model_copy(update={"targets": ["idp_camp"]})
    decision = decide(member(camp, 2, 2), [market])
    assert not decision.joined and "different targets" in decision.reason


def test_two_nearby_towns_with_other_targets_stay_apart_one_town_may_name_its_target_otherwise():
    market = candidate(1, member(report(targets=["market"]), 1, 1))
    # a village a kilometre from Ariha's centre: near enough to be told as the same place
    nearby = Location(name="Near Ariha", admin1="Idlib", place_id="test:near-ariha", latitude=35.82, longitude=36.61,
                      geo_precision=1)
    car = decide(member(report(location=nearby, targets=["vehicle"]), 2, 2), [market])
    same_town = decide(member(report(targets=["residential"]), 3, 3), [market])
    assert not car.joined and "different targets" in car.reason
    assert same_town.joined


def test_the_words_of_a_day_are_left_to_the_day_rule():
    # two posts of one bombardment, each placed only at the governorate: they join on nearly the same words, and one
    # saying its day ("منذ ساعات الصباح") says nothing against that
    idlib = Location(name="Idlib", admin1="Idlib", place_id="pcode:SY07", geo_precision=3, text="جبل الزاوية")
    words = "القصف المدفعي على جبل الزاوية"
    existing = candidate(1, member(report(location=idlib, words=words), 1, 1))
    plain = report(location=idlib, words=words)
    dated = plain.model_copy(update={"evidence": [*plain.evidence,
                                                  Evidence(field="date", text="منذ ساعات الصباح", start=0, end=16)]})
    assert decide(member(dated, 2, 2), [existing]).joined


def test_two_reports_that_name_only_the_governorate_are_not_the_same_place():
    idlib = Location(name="Idlib", admin1="Idlib", place_id="pcode:SY07", geo_precision=3)
    existing = candidate(1, member(report(location=idlib, words="قصف على ريف إدلب الجنوبي"), 1, 1))
    decision = decide(member(report(location=idlib, words="غارات على قرى جبل الزاوية"), 2, 2), [existing])
    assert not decision.joined


def test_only_a_report_placed_at_a_town_or_a_written_name_looks_at_adjacent_days():
    from tawthiq.resolve import days_to_search

    governorate = Location(name="Idlib", admin1="Idlib", place_id="pcode:SY07", geo_precision=3, text="ريف إدلب")
    assert days_to_search(member(report(location=governorate), 1, 1)) == 0
    assert days_to_search(member(report(location=Location(text="قرية قاح", admin1="Idlib", geo_precision=3)), 1, 1)) == 1
    assert days_to_search(member(report(), 1, 1)) == 1


def test_a_village_known_by_name_but_placed_at_its_governorate_is_one_place():
    # villages.tsv: no coordinates, so both reports stand at Idlib's centre (precision 3), yet the id is one village's
    habit = Location(name="al-Habit", admin1="Idlib", place_id="tawthiq:SY:habit", latitude=35.77, longitude=36.67,
                     geo_precision=3)
    kansafra = habit.model_copy(update={"name": "Kansafra", "place_id": "tawthiq:SY:kansafra"})
    existing = candidate(1, member(report(habit, words="غارة على بلدة الهبيط"), 1, 1))
    decision = decide(member(report(habit, words="قصف جوي استهدف الهبيط"), 2, 2), [existing])
    assert decision.joined and "same place (al-Habit)" in decision.reason
    other = decide(member(report(kansafra, words="قصف جوي استهدف كنصفرة"), 3, 3), [existing])
    assert not other.joined  # another village of the same governorate, at the same coordinates, is not the same place


def test_a_day_apart_with_another_exact_toll_is_another_attack():
    existing = candidate(1, member(report(killed=Count(low=3, best=3, high=3)), 1, 1))
    next_day = DAY + dt.timedelta(days=1)
    other = decide(member(report(day=next_day, killed=Count(low=2, best=2, high=2)), 2, 2, published=next_day),
                   [existing])
    assert not other.joined and "another toll" in other.reason
    same = decide(member(report(day=next_day, killed=Count(low=3, best=3, high=3)), 3, 3, published=next_day),
                  [existing])
    assert same.joined and "adjacent day" in same.reason  # "Monday evening" in one report, "Tuesday" in another


def test_a_day_apart_a_toll_outside_the_incidents_range_or_other_wounded_is_another_attack():
    reported = [member(report(killed=Count(low=6, best=6, high=6)), 1, 1),
                member(report(killed=Count(low=7, best=7, high=7)), 2, 2)]
    existing = candidate(1, *reported)  # 6 to 7 killed
    next_day = DAY + dt.timedelta(days=1)
    assert not decide(member(report(day=next_day, killed=Count(low=3, best=3, high=3)), 3, 3, published=next_day),
                      [existing]).joined
    wounded = candidate(2, member(report(), 4, 4))
    wounded.incident.injured = Count(low=11, best=11, high=11)
    later = report(day=next_day)
    later.injured = Count(low=30, best=30, high=None)
    assert "another toll" in decide(member(later, 5, 5, published=next_day), [wounded]).reason


def test_a_day_apart_the_dead_of_one_and_only_the_wounded_of_the_other_are_two_attacks():
    existing = candidate(1, member(report(killed=Count(low=4, best=4, high=4)), 1, 1))
    next_day = DAY + dt.timedelta(days=1)
    wounded = report(day=next_day)
    wounded.injured = Count(low=3, best=3, high=3)
    other = decide(member(wounded, 2, 2, published=next_day), [existing])
    assert not other.joined and "only wounded" in other.reason
    # (the same day, the wounded told first may be the same attack's, before its dead were counted)
    same_day = report()
    same_day.injured = Count(low=3, best=3, high=3)
    assert decide(member(same_day, 3, 3), [existing]).joined


def test_nobody_killed_and_six_killed_the_same_day_are_two_attacks():
    existing = candidate(1, member(report(killed=Count(low=6, best=6, high=6)), 1, 1))
    none = decide(member(report(killed=Count(low=0, best=0, high=0)), 2, 2), [existing])
    assert not none.joined and "nobody killed" in none.reason


IDLIB_ONLY = Location(name="Idlib", admin1="Idlib", place_id="pcode:SY07", latitude=35.93, longitude=36.63,
                      geo_precision=3)
VOCABULARY = [f"كلمة{n}" for n in range(12)]


@settings(max_examples=300, deadline=None)
@given(mine=st.sets(st.sampled_from(VOCABULARY), max_size=12), theirs=st.sets(st.sampled_from(VOCABULARY), max_size=12),
       governorate_only_is_new=st.booleans(), same_type=st.booleans(), gap=st.sampled_from([0, 1]))
def test_a_pair_whose_words_are_set_aside_could_never_join(mine, theirs, governorate_only_is_new, same_type, gap):
    """words_too_far_apart spares the rules only for pairs that decide() would keep apart anyway."""
    new_place, old_place = (IDLIB_ONLY, ARIHA) if governorate_only_is_new else (ARIHA, IDLIB_ONLY)
    old = member(report(location=old_place, words=" ".join(sorted(theirs))), 1, 1)
    new = member(report(location=new_place, day=DAY + dt.timedelta(days=gap), words=" ".join(sorted(mine)),
                        sub="Air/drone strike" if same_type else None), 2, 2)
    existing = candidate(1, old)
    if words_too_far_apart(new, existing.incident, existing.words()):
        assert not decide(new, [existing]).joined


def test_a_report_placed_only_at_its_governorate_is_compared_by_words_only_when_they_nearly_repeat():
    town = candidate(1, member(report(words="غارة جوية على سوق مدينة أريحا صباح اليوم"), 1, 1))
    copy = member(report(location=IDLIB_ONLY, words="غارة جوية على سوق مدينة أريحا صباح اليوم"), 2, 2)
    other = member(report(location=IDLIB_ONLY, words="قصف مدفعي على ريف ادلب الجنوبي"), 3, 3)
    assert not words_too_far_apart(copy, town.incident, town.words()) and decide(copy, [town]).joined
    assert words_too_far_apart(other, town.incident, town.words())
    same_town = member(report(words="قصف مدفعي على ريف ادلب الجنوبي"), 4, 4)
    assert not words_too_far_apart(same_town, town.incident, town.words())  # the same place: the rules decide


def test_a_village_the_gazetteer_lacks_written_in_arabic_and_in_latin_letters_is_one_place():
    def village(text):
        return Location(text=text, admin1="Idlib", latitude=35.93, longitude=36.63, geo_precision=3)
    arabic = candidate(1, member(report(location=village("قرية الجديدة"), words="قصف جوي روسي على قرية الجديدة"), 1, 1))
    latin = member(report(location=village("the village of al-Jadida"), words="a russian air strike on al-jadida"), 2, 2)
    decision = decide(latin, [arabic])
    assert decision.joined and "same place as written" in decision.reason
    other = member(report(location=village("the village of Kafr Lata"), words="a russian air strike on kafr lata"), 3, 3)
    assert not decide(other, [arabic]).joined


def test_two_parts_of_one_town_told_by_different_names_stay_apart():
    def quarter(text):
        return Location(text=text, name="Aleppo", name_ar="حلب", admin1="Aleppo", place_id="geonames:170063",
                        latitude=36.2, longitude=37.16, geo_precision=2)
    shaar = candidate(1, member(report(location=quarter("حي الشعار"), words="غارة جوية على حي الشعار"), 1, 1))
    decision = decide(member(report(location=quarter("the Bab al-Nairab neighbourhood of eastern Aleppo"),
                                    words="an air strike on bab al-nairab"), 2, 2), [shaar])
    assert not decision.joined and "different parts of Aleppo" in decision.reason
    # the same quarter in Latin letters, and a name that runs on past the quarter's, are one part
    for text in ("the al-Shaar neighbourhood of eastern Aleppo", "حي الشعار بحلب"):
        assert decide(member(report(location=quarter(text), words="an air strike"), 3, 3), [shaar]).joined
    # and a report placed at the city itself may tell of any of its parts
    city = Location(name="Aleppo", name_ar="حلب", admin1="Aleppo", place_id="geonames:170063", latitude=36.2,
                    longitude=37.16, geo_precision=1, text="مدينة حلب")
    assert decide(member(report(location=city, words="غارة على مدينة حلب"), 4, 4), [shaar]).joined


def test_a_governorate_named_bare_is_its_capital_when_the_figures_agree():
    homs_city = Location(text="مدينة حمص", name="Homs", name_ar="حمص", admin1="Homs", place_id="geonames:169577",
                         latitude=34.73, longitude=36.72, geo_precision=1)
    academy = candidate(1, member(report(location=homs_city, sub="Air/drone strike", weapons=["drone"],
                                         killed=Count(low=89, best=89, high=89),
                                         words="هجوم بالطائرات المسيرة على الكلية الحربية في مدينة حمص"), 1, 1))

    def homs(text):
        return Location(text=text, name="Homs", admin1="Homs", place_id="pcode:SY04", latitude=34.9, longitude=37.9,
                        geo_precision=3)
    told = member(report(location=homs("Homs"), sub="Air/drone strike", weapons=["drone"], words="drones struck",
                         killed=Count(low=89, best=89, high=None)), 2, 2)
    decision = decide(told, [academy])
    assert decision.joined and "Homs named bare, also its capital's name" in decision.reason
    # another toll that day is another attack; and the countryside, or the province, is not the city
    other = member(report(location=homs("Homs"), sub="Air/drone strike", weapons=["drone"], words="drones struck",
                          killed=Count(low=3, best=3, high=3)), 3, 3)
    assert not decide(other, [academy]).joined
    for text in ("ريف حمص", "Homs province"):
        around = member(report(location=homs(text), sub="Air/drone strike", weapons=["drone"], words="drones struck",
                               killed=Count(low=89, best=89, high=89)), 4, 4)
        assert not decide(around, [academy]).joined


def test_a_town_named_by_another_name_the_gazetteer_knows_is_no_part_of_itself():
    def near_malikiyah(text):
        return Location(text=text, name="Al Mālikīyah", name_ar="المالكية", admin1="Al-Hasakah",
                        place_id="geonames:173530", latitude=37.177, longitude=42.14, geo_precision=2)
    town = candidate(1, member(report(location=near_malikiyah("town of Derik"), words="turkish air strikes near derik"),
                               1, 1))
    village = member(report(location=near_malikiyah("قرية تقل بقل بريف ديريك"), words="غارات تركية على قرية تقل بقل"), 2, 2)
    decision = decide(village, [town])
    assert decision.joined and "different parts" not in decision.reason
    quarter = member(report(location=near_malikiyah("قرية تقل بقل"), words="غارات تركية على قرية تقل بقل"), 3, 3)
    other = candidate(4, member(report(location=near_malikiyah("قرية خراب رشك"), words="غارات تركية على خراب رشك"), 4, 4))
    assert not decide(quarter, [other]).joined  # two villages by one town stay two parts


def test_nobody_killed_against_some_killed_number_unknown_is_said_without_failing():
    some = Count(low=1, best=None, high=None)  # "قتلى", "people were killed": some, number unknown
    existing = candidate(1, member(report(killed=some), 1, 1))
    decision = decide(member(report(killed=Count(low=0, best=0, high=0)), 2, 2), [existing])
    assert not decision.joined and "nobody killed against 1 killed" in decision.reason


def test_the_outskirts_of_one_town_and_another_town_nearby_stay_apart():
    salqin_edge = Location(name="Salqin", admin1="Idlib", place_id="geonames:163270", latitude=36.13865,
                           longitude=36.45244, geo_precision=2)
    kafr_takharim = Location(name="Kafr Takharim", admin1="Idlib", place_id="geonames:171072", latitude=36.1168,
                             longitude=36.51522, geo_precision=1)
    existing = candidate(1, member(report(location=kafr_takharim, words="بلدة كفرتخاريم"), 1, 1))
    decision = decide(member(report(location=salqin_edge, words="أطراف مدينة سلقين"), 2, 2), [existing])
    assert not decision.joined and "km apart" in decision.reason


def test_attackers_of_other_camps_stay_apart_allies_and_blamed_bombs_join():
    def by(sides, sub="Shelling/artillery/missile attack"):
        return report(sub=sub).model_copy(update={"perpetrator": list(sides)})

    regime = candidate(1, member(by(["syrian_government"]), 1, 1))
    turkish = decide(member(by(["turkey"]), 2, 2), [regime])
    assert not turkish.joined and "other attackers reported" in turkish.reason
    assert decide(member(by(["iran_backed"]), 3, 3), [regime]).joined  # (a militia beside the army)
    assert decide(member(by(["unknown"]), 4, 4), [regime]).joined
    bomb = "Remote explosive/landmine/IED"
    blamed = candidate(5, member(by(["sdf"], bomb), 5, 5))
    assert decide(member(by(["turkey"], bomb), 6, 6), [blamed]).joined  # (each side blames the other's men)


def test_two_villages_known_by_name_but_placed_at_their_governorate_stay_apart():
    words = "Syrian regime artillery shelled the village, killing a child"

    def village(name, place_id):
        return Location(name=name, admin1="Idlib", place_id=place_id, latitude=35.93, longitude=36.63,
                        geo_precision=3)

    existing = candidate(1, member(report(location=village("Kansafra", "tawthiq:SY:kansafra"), words=words), 1, 1))
    other = member(report(location=village("Maarat al-Naasan", "tawthiq:SY:maarat-naasan"), words=words), 2, 2)
    same = member(report(location=village("Kansafra", "tawthiq:SY:kansafra"), words=words), 3, 3)
    assert not decide(other, [existing]).joined
    assert decide(same, [existing]).joined
