"""Merge quality: do reports of one attack in different documents end up in one incident, and only those?

The gold set says which documents report the same attack (`event_group`, of a report or of one of its incidents);
within a group, two gold incidents
are the same event when they name the same single place (loosely: 'al-Atarib (market street)' ~ 'al-Atarib
(popular market)') on compatible days. Every document is stored and resolved in a throwaway SQLite record, in
file order, exactly as `tawthiq ingest` would; then every pair of reports from different documents is scored:
  - a true merge: both sides match gold incidents that are the same event, and they share an incident;
  - a false merge: they share an incident, but gold says different events (or one side matches no gold incident);
  - a missed merge: gold says same event, but they are apart (or the extractor missed one of them).
A pair of a grouped incident ('Idlib city, Binnin, Jabal al-Arbaeen') and a single town is not scored: the gold
does not say whether the town's strike is the one in the list.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from ..store import open_database
from ..store.record import Record
from .score import EvalResult, loose_name

_GROUPED = re.compile(r",| and |;")


@dataclass
class MergeResult:
    true_merges: int = 0
    false_merges: list[str] = field(default_factory=list)
    missed_merges: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        merged = self.true_merges + len(self.false_merges)
        return self.true_merges / merged if merged else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_merges + len(self.missed_merges)
        return self.true_merges / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _single_place(gold: dict) -> str:
    name = (gold.get("place_en") or "").split("(")[0].strip()
    if not name or _GROUPED.search(name) or name.lower().startswith("near"):
        return ""
    return loose_name(name)


def same_event(group_a: str | None, gold_a: dict, group_b: str | None, gold_b: dict) -> bool | None:
    """True/False from the gold; None when the gold cannot say (a grouped list of towns against one of them)."""
    if not group_a or group_a != group_b:
        return False
    place_a, place_b = _single_place(gold_a), _single_place(gold_b)
    if not place_a or not place_b:
        return None
    if place_a != place_b:
        return False
    day_a, day_b = gold_a.get("date"), gold_b.get("date")
    if day_a and day_b and day_a != day_b and gold_a.get("attack_type") and gold_b.get("attack_type") \
            and gold_a["attack_type"] != gold_b["attack_type"]:
        return False  # an air strike one day and shelling the next on the town: two attacks the group's reports tell
    if day_a and day_b:
        return abs((dt.date.fromisoformat(day_a) - dt.date.fromisoformat(day_b)).days) <= 1
    return True


def _group(record: dict, gold: dict | None) -> str | None:
    """The event group of one gold incident: its own `event_group` where it has one (a report telling several
    attacks others also tell, as a rights group's list does), else its report's."""
    return (gold or {}).get("event_group") or record.get("event_group")


def merge_quality(result: EvalResult, workdir: Path | None = None) -> MergeResult:
    """Store every document read by `evaluate` in a fresh record and score the incidents it forms."""
    with tempfile.TemporaryDirectory(prefix="tawthiq-eval-", dir=workdir) as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'eval.db'}")
        record = Record(database)
        # One entry per extracted report: (record id, event group, gold incident or None, incident id)
        reports: list[tuple[str, str | None, dict | None, int]] = []
        try:
            for gold_record, document, predicted, aligned in result.read:
                stored = record.add_document(document, predicted, external_id=gold_record.get("id"),
                                             url=gold_record.get("url"))
                gold_of = {id(a.predicted): a.gold for a in aligned if a.predicted is not None}
                for report, decision in zip(predicted, stored.decisions):
                    gold = gold_of.get(id(report))
                    reports.append((gold_record.get("id"), _group(gold_record, gold), gold, decision.incident_id))
        finally:
            database.dispose()
    scored = MergeResult()
    for (doc_a, group_a, gold_a, inc_a), (doc_b, group_b, gold_b, inc_b) in combinations(reports, 2):
        if doc_a == doc_b:
            continue
        gold_same = gold_a is not None and gold_b is not None and same_event(group_a, gold_a, group_b, gold_b)
        if gold_same is None:
            continue
        label = f"{doc_a} {gold_a.get('place_en') if gold_a else '(no gold)'} ~ " \
                f"{doc_b} {gold_b.get('place_en') if gold_b else '(no gold)'}"
        if inc_a == inc_b:
            if gold_same:
                scored.true_merges += 1
            else:
                scored.false_merges.append(label)
        elif gold_same:
            scored.missed_merges.append(label)
    # Gold pairs where the extractor found only one side (or neither) are missed merges too.
    found = {(doc, gold.get("place"), gold.get("date")) for doc, _, gold, _ in reports if gold is not None}
    golds = [(r.get("id"), _group(r, g), g) for r, _, _, _ in result.read for g in r.get("incidents") or []]
    for (doc_a, group_a, gold_a), (doc_b, group_b, gold_b) in combinations(golds, 2):
        if doc_a == doc_b or not same_event(group_a, gold_a, group_b, gold_b):
            continue
        if (doc_a, gold_a.get("place"), gold_a.get("date")) not in found or \
                (doc_b, gold_b.get("place"), gold_b.get("date")) not in found:
            scored.missed_merges.append(f"{doc_a} {gold_a.get('place_en')} ~ {doc_b} {gold_b.get('place_en')} "
                                        "(not extracted)")
    return scored
