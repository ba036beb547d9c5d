"""Merge scoring: pairs of reports from different documents, against the gold's event groups."""

import json

from tawthiq.evaluation.merge import merge_quality, same_event
from tawthiq.evaluation.score import evaluate


def gold_record(record_id, group, text, place, place_en, day, outlet):
    return {"id": record_id, "event_group": group, "published": day, "lang": "ar", "source_outlet": outlet,
            "is_incident_report": True, "text": text,
            "incidents": [{"role": "main", "date": day, "place": place, "place_en": place_en,
                           "governorate": "Idlib", "attack_type": "airstrike"}]}


def test_same_event_needs_the_group_the_town_and_the_day():
    a = {"place_en": "al-Atarib (market street)", "date": "2017-11-13"}
    b = {"place_en": "Al Atarib (popular market)", "date": "2017-11-13"}
    assert same_event("g1", a, "g1", b) is True
    assert same_event("g1", a, "g2", b) is False
    assert same_event("g1", a, "g1", {**b, "date": "2017-11-20"}) is False
    assert same_event("g1", a, "g1", {"place_en": "Idlib city, Binnin", "date": "2017-11-13"}) is None
    # an air strike one day and shelling the next on the town, both told by the group's reports: two attacks
    strike, shelling = {**a, "attack_type": "airstrike"}, {**b, "date": "2017-11-14", "attack_type": "shelling"}
    assert same_event("g1", strike, "g1", shelling) is False
    assert same_event("g1", strike, "g1", {**shelling, "attack_type": "airstrike"}) is True


def test_merge_quality_counts_true_false_and_missed_merges(tmp_path, extractor):
    records = [
        gold_record("r1", "g1", "قتل خمسة مدنيين بغارة جوية روسية على سوق مدينة أريحا جنوبي إدلب صباح اليوم.",
                    "مدينة أريحا", "Ariha (market)", "2023-10-10", "Outlet A"),
        gold_record("r2", "g1", "قتل سبعة مدنيين بغارة جوية روسية على سوق مدينة أريحا جنوبي إدلب صباح اليوم.",
                    "مدينة أريحا", "Ariha", "2023-10-10", "Outlet B"),
        gold_record("r3", None, "قتل مدنيان بغارة جوية على مدينة سرمين شرقي إدلب صباح اليوم.",
                    "مدينة سرمين", "Sarmin", "2023-10-10", "Outlet C"),
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    scored = merge_quality(evaluate(gold, extractor), workdir=tmp_path)
    assert scored.true_merges == 1
    assert scored.false_merges == [] and scored.missed_merges == []
    assert scored.f1 == 1.0
