"""Score the extractor against gold annotations (the shared eval format) field by field.

Each gold incident is aligned to at most one extracted incident of the same document (by place, then figures);
a gold incident with no partner counts as a miss in every field, so accuracy can only rise by finding
incidents, not by skipping them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from ..extract.pipeline import Extractor, document_from_text
from ..geo.gazetteer import Gazetteer
from ..records import WEAPONS_BY_SPECIFICITY, Document, IncidentReport

ATTACK_TYPES = {
    "airstrike": {"Air/drone strike"},
    "drone": {"Air/drone strike"},
    "shelling": {"Shelling/artillery/missile attack"},
    "missile": {"Shelling/artillery/missile attack"},
    # (the gold's vocabulary has no suicide bombing: a bomber's car or belt is a car bomb or an IED there)
    "car_bomb": {"Remote explosive/landmine/IED", "Suicide bomb"},
    "ied": {"Remote explosive/landmine/IED", "Suicide bomb"},
    "landmine": {"Remote explosive/landmine/IED"},
    "explosion_unclear": {"Remote explosive/landmine/IED", None},
    "ground_clash": {"Armed clash"},
    "gunfire": {"Attack", "Armed clash"},
    None: {None},
}
FIELDS = (
    "place", "governorate", "date", "type", "weapon", "targets", "perpetrator", "killed", "injured",
    "children_killed", "women_killed", "children_injured", "women_injured", "sources", "role",
)
_SOURCE_KEYS = (
    ("civil def", "Syrian Civil Defence"), ("white helmet", "Syrian Civil Defence"), ("sohr", "SOHR"),
    ("observatory", "SOHR"), ("snhr", "SNHR"), ("activist", "activists"), ("local source", "local sources"),
    ("correspondent", "correspondent"), ("witness", "witnesses"), ("resident", "residents"),
    ("medical", "medical source"), ("health", "health directorate"), ("human rights watch", "Human Rights Watch"),
    ("msf", "MSF"), ("rescuer", "rescuers"), ("police", "police"),
)


def canonical_source(name: str) -> str:
    low = name.lower()
    return next((canon for key, canon in _SOURCE_KEYS if key in low), low)


def loose_name(name: str | None) -> str:
    """Latin place names compared by consonant skeleton: 'al-Atarib' ~ 'Al Atārib' ~ 'Atareb'; a doubled
    consonant (a shadda written twice or not: 'Ma‘arrat' ~ 'Maarat') counts once, and a final "h" after a vowel
    (a taa marbuta) none."""
    if not name:
        return ""
    import unicodedata

    base = unicodedata.normalize("NFKD", name.split("(")[0]).encode("ascii", "ignore").decode().lower()
    base = re.sub(r"\b(al|el|ad|an|ar|as|at|ash|az|city|the)\b[- ]?", "", base)
    base = re.sub(r"(?<=[aeiou])h\b", "", base)  # a taa marbuta written or not: "Hamouriyah" ~ "Hamouria"
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[^bcdfghjklmnpqrstvwxz]", "", base))


def _count_ok(gold: dict, prefix: str, count) -> bool:
    value, low, high = gold.get(prefix), gold.get(f"{prefix}_min"), gold.get(f"{prefix}_max")
    if value is None and low is None and high is None:
        return count is None
    if count is None:
        return False
    return count.low == low and count.high == high and (value is None or count.best == value)


def most_specific(weapons: list[str]) -> str | None:
    ranked = [w for w in WEAPONS_BY_SPECIFICITY if w in weapons and w != "aircraft"]
    return ranked[0] if ranked else None


@dataclass
class Alignment:
    gold: dict
    predicted: IncidentReport | None
    text: str


def _place_overlap(gold: dict, report: IncidentReport, text: str) -> bool:
    place = gold.get("place")
    evidence = next((e for e in report.evidence if e.field == "location"), None)
    if place and evidence is not None:
        start = text.find(place)
        while start != -1:
            if start < evidence.end and evidence.start < start + len(place):
                return True
            start = text.find(place, start + 1)
    gold_name, name = loose_name(gold.get("place_en")), loose_name(report.location.name)
    return bool(gold_name and name and (gold_name.startswith(name) or name.startswith(gold_name)))


def _score(gold: dict, report: IncidentReport, text: str) -> float:
    score = 0.0
    if _place_overlap(gold, report, text):
        score += 3
    if gold.get("governorate") and gold["governorate"] == report.location.admin1:
        score += 0.5
    score += _count_ok(gold, "killed", report.killed) + _count_ok(gold, "injured", report.injured)
    if (gold.get("role") or "main") == report.role:
        score += 0.5
    if gold.get("date") and report.date and gold["date"] == report.date.isoformat():
        score += 0.5
    return score


def align(golds: list[dict], predicted: list[IncidentReport], text: str) -> list[Alignment]:
    pairs = sorted(
        ((_score(g, p, text), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(predicted)), reverse=True
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    partner: dict[int, int] = {}
    for score, gi, pi in pairs:
        if score < 1.5 or gi in used_gold or pi in used_pred:
            continue
        partner[gi] = pi
        used_gold.add(gi)
        used_pred.add(pi)
    return [Alignment(g, predicted[partner[gi]] if gi in partner else None, text) for gi, g in enumerate(golds)]


def field_correct(name: str, a: Alignment) -> bool:
    gold, report = a.gold, a.predicted
    if report is None:
        return False
    if name == "place":
        return _place_overlap(gold, report, a.text)
    if name == "governorate":
        return gold.get("governorate") == report.location.admin1
    if name == "date":
        return (gold.get("date") or None) == (report.date.isoformat() if report.date else None)
    if name == "type":
        if gold.get("weapon") == "chemical" and report.sub_event_type == "Chemical weapon":
            return True  # ACLED codes a chemical attack so, however delivered (the gold has no type of its own for it)
        return report.sub_event_type in ATTACK_TYPES.get(gold.get("attack_type"), {None})
    if name == "weapon":
        return gold.get("weapon") == most_specific(report.weapons)
    if name == "targets":
        return set(gold.get("targets") or []) == set(report.targets)
    if name == "perpetrator":
        return set(gold.get("perpetrator_reported") or []) == set(report.perpetrator or [])
    if name in ("killed", "injured"):
        return _count_ok(gold, name, getattr(report, name))
    if name in ("children_killed", "women_killed", "children_injured", "women_injured"):
        who, outcome = name.split("_")
        return gold.get(name) == getattr(report, f"{outcome}_{who}")
    if name == "sources":
        return {canonical_source(s) for s in gold.get("source_cited") or []} == {
            canonical_source(s) for s in report.sources
        }
    if name == "role":
        return (gold.get("role") or "main") == report.role
    raise KeyError(name)


@dataclass
class EvalResult:
    alignments: list[Alignment] = field(default_factory=list)
    predicted: int = 0
    negatives: int = 0
    negatives_correct: int = 0
    records: int = 0
    extra: list[tuple[str, IncidentReport]] = field(default_factory=list)  # extracted, matching no gold incident
    # Gold incidents at one town that the gazetteer in use holds, with the ids that town may have there.
    known_towns: list[tuple[Alignment, set[str]]] = field(default_factory=list)
    # Per gold record: the record, the document read, what was extracted, and the alignment (for merge scoring).
    read: list[tuple[dict, Document, list[IncidentReport], list[Alignment]]] = field(default_factory=list)

    @property
    def town_accuracy(self) -> float:
        """The right gazetteer entry, over gold incidents whose town the gazetteer holds (a miss counts wrong)."""
        right = sum(a.predicted is not None and a.predicted.location.place_id in ids for a, ids in self.known_towns)
        return right / max(1, len(self.known_towns))

    def accuracy(self, name: str) -> float:
        if not self.alignments:
            return 0.0
        return sum(field_correct(name, a) for a in self.alignments) / len(self.alignments)

    @property
    def recall(self) -> float:
        return sum(a.predicted is not None for a in self.alignments) / max(1, len(self.alignments))

    @property
    def precision(self) -> float:
        return sum(a.predicted is not None for a in self.alignments) / max(1, self.predicted)


_GROUPED = re.compile(r",| and |\s-\s|;")
_TOWN_WORDS = re.compile(r"\s+(city|town|village)$", re.IGNORECASE)


def known_town_ids(gold: dict, gazetteer: Gazetteer) -> set[str]:
    """Ids the gold incident's one town has in the gazetteer ('Maarrat al-Numan (outskirts)' -> its id)."""
    name = _TOWN_WORDS.sub("", (gold.get("place_en") or "").split("(")[0].strip())
    if not name or _GROUPED.search(name):
        return set()
    return {c.place.place_id for c in gazetteer.lookup(name, gold.get("governorate"))
            if c.place.kind != "governorate" and c.place.admin1 == gold.get("governorate")}


def evaluate(gold_path: Path, extractor: Extractor | None = None) -> EvalResult:
    extractor = extractor or Extractor()
    result = EvalResult()
    with open(gold_path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            result.records += 1
            published = dt.date.fromisoformat(record["published"]) if record.get("published") else None
            document = document_from_text(record["text"], published, source=record.get("id"),
                                          language=record.get("lang"))
            document.source_name = record.get("source_outlet")
            predicted = extractor.extract(document).incidents
            result.predicted += len(predicted)
            if not record.get("is_incident_report", True):
                result.negatives += 1
                result.negatives_correct += not predicted
            aligned = align(record.get("incidents") or [], predicted, record["text"])
            result.alignments.extend(aligned)
            result.read.append((record, document, predicted, aligned))
            for alignment in aligned:
                ids = known_town_ids(alignment.gold, extractor.gazetteer)
                if ids:
                    result.known_towns.append((alignment, ids))
            partners = {id(a.predicted) for a in aligned if a.predicted is not None}
            result.extra.extend((record.get("id", "?"), p) for p in predicted if id(p) not in partners)
    return result


def run_eval(gold_path: Path, floors_path: Path | None, show_misses: bool, console: Console) -> int:
    from .merge import merge_quality

    result = evaluate(gold_path)
    merged = merge_quality(result)
    floors = tomllib.loads(floors_path.read_text(encoding="utf-8")).get("floors", {}) if floors_path else {}
    table = Table(title=f"{gold_path.name}: {result.records} reports, {len(result.alignments)} gold incidents")
    table.add_column("field")
    table.add_column("accuracy", justify="right")
    table.add_column("floor", justify="right")
    failed = []
    rows = [(name, result.accuracy(name)) for name in FIELDS]
    rows += [(f"town, where the gazetteer has it (n={len(result.known_towns)})", result.town_accuracy),
             ("incident recall", result.recall), ("incident precision", result.precision),
             ("non-reports left empty", result.negatives_correct / max(1, result.negatives)),
             (f"merge precision (pairs merged={merged.true_merges + len(merged.false_merges)})", merged.precision),
             (f"merge recall (pairs in gold={merged.true_merges + len(merged.missed_merges)})", merged.recall),
             ("merge F1", merged.f1)]
    for name, value in rows:
        floor = floors.get(name.split(" (")[0])
        mark = ""
        if floor is not None and value + 1e-9 < floor:
            failed.append(name)
            mark = " [red]below[/]"
        table.add_row(name, f"{value:.3f}", "" if floor is None else f"{floor:.2f}{mark}")
    console.print(table)
    if show_misses:
        for a in result.alignments:
            wrong = [n for n in FIELDS if not field_correct(n, a)]
            if not wrong:
                continue
            p = a.predicted
            console.print(f"[bold]{a.gold.get('place')!s}[/] ({a.gold.get('role', 'main')}) misses: {', '.join(wrong)}",
                          highlight=False)
            if p is None:
                console.print("   no extracted incident matched", highlight=False)
                continue
            console.print(f"   got place={p.location.text!r} admin1={p.location.admin1} date={p.date} "
                          f"type={p.sub_event_type} weapons={p.weapons} perp={p.perpetrator} killed={_fmt(p.killed)} "
                          f"injured={_fmt(p.injured)} kc={p.killed_children} kw={p.killed_women} "
                          f"ic={p.injured_children} iw={p.injured_women} src={p.sources} targets={p.targets}",
                          highlight=False)
            g = a.gold
            console.print(f"   want date={g.get('date')} type={g.get('attack_type')} weapon={g.get('weapon')} "
                          f"perp={g.get('perpetrator_reported')} killed={g.get('killed')}/{g.get('killed_min')}.."
                          f"{g.get('killed_max')} injured={g.get('injured')}/{g.get('injured_min')}..{g.get('injured_max')} "
                          f"kc={g.get('children_killed')} kw={g.get('women_killed')} ic={g.get('children_injured')} "
                          f"iw={g.get('women_injured')} src={g.get('source_cited')} targets={g.get('targets')}",
                          highlight=False)
    if show_misses and result.extra:
        console.print(f"[bold]extracted incidents with no gold partner ({len(result.extra)}):[/]")
        for record_id, p in result.extra:
            console.print(f"   {record_id}: place={p.location.text!r} date={p.date} type={p.sub_event_type} "
                          f"killed={_fmt(p.killed)} injured={_fmt(p.injured)} role={p.role}", highlight=False)
    if show_misses:
        for label in merged.false_merges:
            console.print(f"[bold]false merge:[/] {label}", highlight=False)
        for label in merged.missed_merges:
            console.print(f"[bold]missed merge:[/] {label}", highlight=False)
    if failed:
        console.print(f"[red]below the floor:[/] {', '.join(failed)}")
        return 1
    return 0


def _fmt(count) -> str:
    return "-" if count is None else f"{count.low}/{count.best}/{count.high}"
