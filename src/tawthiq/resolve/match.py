"""Does a new report describe an incident already in the record? Hard rules first, then a weighted score.

Rules (each one a reason `incident show` prints):
- never two reports of one document (the extractor already decided they are different events);
- the same or an adjacent day (a report without a date is placed on its publication day); a report with no day at
  all (no date in its text, no publication date) joins only the one incident that names the same place, the same
  target and agreeing figures (and an undated incident is found the same way by a dated report);
- the same place: the same gazetteer id, or within a few km when both are located that precisely, or for places
  the gazetteer lacks the same name as written (in Arabic and in Latin letters: one consonant skeleton); a report
  placed only at a governorate can join a town's incident of that governorate on the same day, if the texts
  nearly repeat each other and the targets do not differ;
- a compatible attack: no two different sub-event types, no two sets of weapons with nothing in common
  (kin weapons like rocket/missile, and payloads like cluster munitions, count as in common: weapon_kin.tsv), no
  reported attackers all of other camps (side_camps.tsv; not for bombs the sides blame on each other), and not
  a car for a building hit in one town;
- text similarity (shared words of the evidence spans) adds to the score, never decides alone.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sys
from dataclasses import dataclass, field
from typing import Collection
from functools import cached_property, lru_cache

from ..datafiles import read_table
from ..geo.names import is_arabic, skeleton
from ..language.normalize import normalize_term
from ..records import COUNT_FIELDS, IncidentReport

THRESHOLD = 0.6
WEIGHTS = {"place": 0.5, "day": 0.25, "type": 0.1, "text": 0.15}
GOVERNORATE_ONLY = 0.3
AIR_STRIKE = "Air/drone strike"
CAPITAL_NAMED_BARE = 0.6  # with the same day and attack type, enough without a word in common
NEAR_KM = 2.0
VICINITY_KM = 8.0
_WORD = re.compile(r"\w{3,}")
_WORD_OR_STOP = re.compile(r"[^\W\d_]+|[,،(]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})


@dataclass
class MemberReport:
    """A stored (or about to be stored) report with what matching and merging need from its document."""

    report: IncidentReport
    report_id: int = 0
    document_id: int = 0
    published: dt.date | None = None
    outlet: str | None = None  # source_name, else the URL's host; None when unknown
    evidence_text: str | None = None  # the evidence spans' words, when the report is read without its evidence

    @property
    def day(self) -> dt.date | None:
        """The event day, or for a main report without one, its publication day."""
        if self.report.date is not None:
            return self.report.date
        return self.published if self.report.role == "main" else None

    @cached_property
    def words(self) -> frozenset[str]:
        # (not the words of its day: "منذ ساعات الصباح" said by one report of two; days are compared by the day rule)
        text = self.evidence_text if self.evidence_text is not None \
            else " ".join(e.text for e in self.report.evidence if e.field != "date")
        # Interned: incidents held in memory keep these words, and reports of one region share most of them.
        return frozenset(map(sys.intern, _WORD.findall(text.casefold().translate(_FOLD))))


@dataclass(slots=True)
class Candidate:
    """An incident already in the record: its merged fields, and its reports or just what scoring needs of them
    (the words of each report's evidence, the documents they come from)."""

    incident_id: int
    incident: IncidentReport
    members: list[MemberReport] = field(default_factory=list)
    status: str = "unverified"
    word_sets: list[Collection[str]] | None = None  # None: take them from `members`; each without repeats
    document_ids: set[int] | None = None  # None: take them from `members`
    fit: _Fit | None = None  # the place/day/attack rules' verdict, when the caller has it already

    def words(self) -> list[Collection[str]]:
        return self.word_sets if self.word_sets is not None else [m.words for m in self.members]

    def documents(self) -> set[int]:
        return self.document_ids if self.document_ids is not None else {m.document_id for m in self.members}


@dataclass
class Decision:
    incident_id: int | None  # None until a new incident is created for the report
    score: float
    reason: str
    joined: bool = False  # True: merged into an incident that already had reports


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


@lru_cache(maxsize=1)
def _place_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(type words to skip, region words, words that end the name) for reading a place name as written."""
    rows = read_table("tawthiq.language", "places.tsv")
    words = {kind: frozenset(normalize_term(row[0]) for row in rows if len(row) > 1 and row[1] == kind)
             for kind in ("type", "region", "direction")}
    stop = words["direction"] | {normalize_term(row[0]) for row in read_table(__package__, "place_stops.tsv")}
    return words["type"] | {"the"}, words["region"], stop


@lru_cache(maxsize=65536)
def written_name(text: str | None) -> str:
    """The name in a place as written, without type words or what follows it: 'بلدة "حاس" شمال إدلب' -> 'حاس'.

    Empty for a region ('ريف إدلب' names no town)."""
    if not text:
        return ""
    skip, region, stop = _place_words()
    words: list[str] = []
    for word in _WORD_OR_STOP.findall(normalize_term(text).casefold()):
        if not words and word in region:
            return ""
        if word in ",،(" or word in stop:
            if words:
                break
            continue
        if word not in skip:
            words.append(word)
    name = " ".join(words)
    return name if len(name) >= 3 else ""


def _own_name(location, written: str) -> bool:
    """The name as written is the gazetteer place's own name (in either script)."""
    return any(names_agree(written, written_name(name)) for name in (location.name, location.name_ar) if name)


@lru_cache(maxsize=4096)
def _names_the_place(written: str, place_id: str) -> bool:
    """The name as written is one the gazetteer knows for the place itself, beyond the two its record keeps ("the
    town of Derik" near al-Malikiyah): the town, not a part of it."""
    from ..geo.gazetteer import default_gazetteer  # (read once, and only for two reports placed near one town)

    return any(c.place.place_id == place_id for c in default_gazetteer().lookup(written, cross_script=False))


def _other_parts(a, b) -> str:
    """Two places that both stand at one town only approximately (precision 2: a quarter, or a village the
    gazetteer lacks): 'X / Y' when they are written with names that are neither one name nor the town's, else ''."""
    mine, theirs = written_name(a.text), written_name(b.text)
    if not mine or not theirs or _own_name(a, mine) or _own_name(b, theirs) \
            or _names_the_place(mine, a.place_id) or _names_the_place(theirs, b.place_id):
        return ""
    # (a name as written may run on: "تل حبش التابعة لناحية الدرباسية", "كفرسوسة بدمشق" against "Kafr Sousa")
    short, long = sorted((_skeleton_of(mine)[1], _skeleton_of(theirs)[1]), key=len)
    if len(short) < 2 or long.startswith(short):
        return ""
    return f"{a.text} / {b.text}"


def _capital_named_bare(a, b) -> bool:
    """`a` is placed at its governorate by a bare name that is also the name of `b`, its capital ("Homs")."""
    if a.geo_precision != 3 or b.geo_precision != 1 or not b.name:
        return False
    bare = written_name(a.text)
    return bool(bare) and bare == normalize_term(a.text).casefold().strip() and _own_name(b, bare)


def _place(new: IncidentReport, old: IncidentReport) -> tuple[float, str]:
    a, b = new.location, old.location
    if a.place_id and a.place_id == b.place_id and a.geo_precision == 2 == b.geo_precision \
            and (parts := _other_parts(a, b)):
        # "حي الشعار" and "the Bab al-Nairab district", both placed at Aleppo: two parts of one town
        return 0.0, f"different parts of {a.name or a.place_id} ({parts})"
    if a.place_id and a.place_id == b.place_id and (
            (a.geo_precision or 3) <= 2 and (b.geo_precision or 3) <= 2
            or a.name and a.name != a.admin1):  # a village known by name, placed at its governorate's coordinates
        return 1.0, f"same place ({a.name or a.place_id})"
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return 0.0, f"different governorates ({a.admin1} / {b.admin1})"
    if (_capital_named_bare(a, b) or _capital_named_bare(b, a)) and (figures := _figures_agree(new, old)):
        # "the military academy in Homs" (placed at the governorate) and "مدينة حمص": the name is the city's too
        return CAPITAL_NAMED_BARE, f"{a.admin1} named bare, also its capital's name, with figures that agree ({figures})"
    precise = (a.geo_precision or 3) <= 2 and (b.geo_precision or 3) <= 2
    if precise and None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        km = distance_km(a.latitude, a.longitude, b.latitude, b.longitude)
        if km <= NEAR_KM:
            return 0.9, f"places {km:.1f} km apart ({a.name} / {b.name})"
        # (one only approximately located, and not two towns of the gazetteer each named: "أطراف مدينة سلقين" and
        # "بلدة كفرتخاريم", 6 km apart, are two places)
        if km <= VICINITY_KM and 2 in (a.geo_precision, b.geo_precision) and not (a.place_id and b.place_id):
            return 0.7, f"places {km:.1f} km apart, one only approximately located ({a.name} / {b.name})"
        return 0.0, f"different places, {km:.0f} km apart ({a.name} / {b.name})"
    if a.place_id and b.place_id and a.place_id != b.place_id and a.name and b.name \
            and a.name != a.admin1 and b.name != b.admin1:
        # two villages the gazetteer knows by name and places only at their governorate ("Kansafra" and "Maarat
        # al-Naasan"): two places, however alike their reports read
        return 0.0, f"different places ({a.name} / {b.name})"
    written, other = written_name(a.text), written_name(b.text)
    if not (a.place_id and b.place_id) and names_agree(written, other):
        return 0.8, f"same place as written ({a.text} / {b.text})"
    if a.admin1 and a.admin1 == b.admin1 and 3 in (a.geo_precision, b.geo_precision):
        # Weak: with the same day and attack, only near-identical words (a syndicated copy) reach the threshold.
        return GOVERNORATE_ONLY, f"one report names only the governorate ({a.admin1})"
    return 0.0, f"different places ({a.name or a.text} / {b.name or b.text})"


@lru_cache(maxsize=65536)
def _skeleton_of(name: str) -> tuple[bool, str]:
    return is_arabic(name), skeleton(name)


def names_agree(one: str, other: str) -> bool:
    """Two places' names as written (written_name) are one name: the same, or 'الشعفة' and 'al-Shafah', one written
    in Arabic and one in Latin letters with one consonant skeleton."""
    if not one or not other:
        return False
    if one == other:
        return True
    (arabic, mine), (other_arabic, theirs) = _skeleton_of(one), _skeleton_of(other)
    return arabic != other_arabic and len(mine) >= 2 and mine == theirs


PAYLOADS = frozenset({"cluster_munition", "incendiary", "chemical"})


@lru_cache(maxsize=1)
def _kin() -> dict[str, set[str]]:
    kin: dict[str, set[str]] = {}
    for weapon, others in read_table(__package__, "weapon_kin.tsv"):
        for other in others.split():
            kin.setdefault(weapon, set()).add(other)
            kin.setdefault(other, set()).add(weapon)
    return kin


def _specific_weapons(report: IncidentReport) -> set[str]:
    return set(report.weapons) - {"aircraft"}


def weapons_agree(mine: set[str], theirs: set[str]) -> bool:
    """True unless both name weapons and none of them is the same, a kin (rocket/missile) or a payload."""
    if not mine or not theirs or (mine | theirs) & PAYLOADS:
        return True
    kin = _kin()
    return any(a == b or b in kin.get(a, ()) for a in mine for b in theirs)


def _missiles_from_the_air(one: IncidentReport, other: IncidentReport) -> bool:
    """'Missiles hit a hospital in Maarat al-Numan' and 'four air strikes hit the hospital': missiles told with no
    launcher may have come from the aircraft the other report names, when both tell of the same target hit; and
    reports of one attack on a camp disagree on what hit it ("a surface-to-surface missile carrying cluster bombs",
    "an airstrike on a displacement camp")."""
    air, missiles = sorted((one, other), key=lambda r: r.sub_event_type != AIR_STRIKE)
    if air.sub_event_type != AIR_STRIKE or "missile" not in (weapons := _specific_weapons(missiles)):
        return False
    shared = set(air.targets or ()) & set(missiles.targets or ())
    return bool(shared) and (weapons == {"missile"} or "idp_camp" in shared)


@lru_cache(maxsize=1)
def _camps() -> dict[str, str]:
    return dict(read_table(__package__, "side_camps.tsv"))


_BLAMED_BOMBS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})


def _other_sides(new: IncidentReport, old: IncidentReport) -> str | None:
    """'Regime shells killed seven in Saraqib' and 'Turkish artillery killed seven soldiers in Saraqib': reported
    attackers all of other camps (side_camps.tsv) tell of another attack; None when they may be one."""
    if new.sub_event_type in _BLAMED_BOMBS or old.sub_event_type in _BLAMED_BOMBS:
        return None  # (a car bomb each side blames on the other)
    camps = _camps()
    mine = {camps[side] for side in new.perpetrator or () if side in camps}
    theirs = {camps[side] for side in old.perpetrator or () if side in camps}
    if mine and theirs and not mine & theirs:
        return f"other attackers reported ({', '.join(new.perpetrator)} / {', '.join(old.perpetrator)})"
    return None


def _compatible_attack(new: IncidentReport, old: IncidentReport) -> tuple[float, str | None]:
    if new.sub_event_type and old.sub_event_type:
        if new.sub_event_type != old.sub_event_type:
            if not (_specific_weapons(new) & _specific_weapons(old)) and not _missiles_from_the_air(new, old):
                return 0.0, f"different attacks ({new.sub_event_type} / {old.sub_event_type})"
            # "artillery shells and a Russian airstrike hit the hospital": one attack of two kinds, told as an air
            # strike by one report and as shelling by another, both naming the same weapon
            kind = 0.5
        else:
            kind = 1.0
    else:
        kind = 0.5
    if not new.weapons or not old.weapons:
        return kind, None
    mine, theirs = _specific_weapons(new), _specific_weapons(old)
    if not weapons_agree(mine, theirs):
        return 0.0, f"different weapons ({', '.join(sorted(mine))} / {', '.join(sorted(theirs))})"
    return kind, None


def _text(new: MemberReport, word_sets: list[Collection[str]]) -> float:
    """The highest Jaccard overlap of the report's words with any member's."""
    best = 0.0
    mine = new.words
    for words in word_sets:
        shared = len(mine.intersection(words))
        union = len(mine) + len(words) - shared
        if union:
            best = max(best, shared / union)
    return best


@dataclass
class _Fit:
    place: float
    gap: int | None  # None: one side has no day; the same target and figures stand in for it
    kind: float
    why: str


FIGURE_RATIO = 1.5  # two best figures this close (or within 2) tell of the same toll


def _figures_agree(new: IncidentReport, old) -> str:
    """'killed 22 / 20' when some figure both give a best value for agrees and none disagrees; else ''."""
    agreed = []
    for name in COUNT_FIELDS:
        mine, theirs = getattr(new, name), getattr(old, name, None)
        if mine is None or theirs is None or mine.best is None or theirs.best is None:
            continue
        small, large = sorted((mine.best, theirs.best))
        if large - small > 2 and large > FIGURE_RATIO * small:
            return ""
        agreed.append(f"{name.replace('_', ' ')} {mine.best} / {theirs.best}")
    return ", ".join(agreed)


def _undated_fit(new: MemberReport, incident) -> _Fit | str:
    """One side has no day: only the same named place, a shared target and agreeing figures make it one event."""
    place, place_why = _place(new.report, incident)
    if place < 0.8:
        return f"no day to compare, and not the same named place ({place_why})"
    kind, attack_why = _compatible_attack(new.report, incident)
    if attack_why:
        return attack_why
    shared = [target for target in new.report.targets if target in (incident.targets or ())]
    if not shared:
        return "no day to compare, and no target in common"
    figures = _figures_agree(new.report, incident)
    if not figures:
        return "no day to compare, and no casualty figures that agree"
    return _Fit(place, None, kind, f"{place_why}, no day to compare but the same target ({', '.join(shared)}) "
                                   f"and figures that agree ({figures})")


def _fit(new: MemberReport, incident: IncidentReport) -> _Fit | str:
    """The rules that need only the incident's merged fields: day, place, attack. A str says why not."""
    day, other = new.day, incident.date
    if day is None or other is None:
        return _undated_fit(new, incident)
    gap = abs((day - other).days)
    if gap > 1:
        return f"{gap} days apart"
    if _none_against_some(new.report.killed, incident.killed):
        # "no one was killed" and "six killed" the same day in one town: two attacks
        told = [n for n in (new.report.killed.best, incident.killed.best, new.report.killed.low, incident.killed.low)
                if n is not None]  # (the other toll may be "some, number unknown": low 1, no best)
        return f"nobody killed against {max(told)} killed"
    if gap == 1:
        # (a toll that rose is told of the day of the attack: a day apart with another toll is another attack)
        for name in ("killed", "injured"):
            if _other_toll(getattr(new.report, name), getattr(incident, name)):
                return f"a day apart with another toll ({getattr(new.report, name).best} / " \
                       f"{getattr(incident, name).best} {name})"
        if _dead_against_only_wounded(new.report, incident):
            # (the wounded of one day and the dead of the next in one town: two attacks; a report of the attack
            # that killed would tell its dead)
            return "a day apart, one telling dead and the other only wounded"
    place, place_why = _place(new.report, incident)
    if place == 0.0:
        return place_why
    kind, attack_why = _compatible_attack(new.report, incident)
    if attack_why:
        return attack_why
    sides_why = _other_sides(new.report, incident)
    if sides_why:
        return sides_why
    if new.report.targets and incident.targets and not set(new.report.targets) & set(incident.targets) \
            and (place < 1.0 or "vehicle" in {*new.report.targets, *incident.targets}):
        # (a market in Maarat Misrin and a car on the road from Binnish: two towns, two things hit; one town's
        # reports may name what was hit differently, but not a car for a building: every report of a strike on a
        # car tells of the car)
        return f"different targets ({', '.join(new.report.targets)} / {', '.join(incident.targets)})"
    return _Fit(place, gap, kind, f"{place_why}, {'same day' if gap == 0 else 'adjacent day'} ({day}), "
                                  f"{'same attack type' if kind == 1.0 else 'attack type not contradicted'}")


def _counts(figure) -> tuple[int | None, int | None, int | None]:
    return getattr(figure, "low", None), getattr(figure, "best", None), getattr(figure, "high", None)


def _none_against_some(mine, theirs) -> bool:
    """One toll says nobody (exactly 0), the other somebody (at least 1)."""
    (a_low, a_best, a_high), (b_low, b_best, b_high) = _counts(mine), _counts(theirs)
    return (a_best == 0 and a_high == 0 and (b_low or 0) >= 1) or (b_best == 0 and b_high == 0 and (a_low or 0) >= 1)


def _dead_against_only_wounded(report: IncidentReport, incident) -> bool:
    """One tells someone killed, the other tells wounded and no one killed, not even 'some'."""
    def dead(side) -> bool:
        return (getattr(side.killed, "low", None) or 0) >= 1
    def only_wounded(side) -> bool:
        return side.killed is None and (getattr(side.injured, "low", None) or 0) >= 1
    return dead(report) and only_wounded(incident) or dead(incident) and only_wounded(report)


def _other_toll(mine, theirs) -> bool:
    """Two tolls in numbers whose ranges do not meet (3 killed against 6 to 7, 11 wounded against 30)."""
    (a_low, a_best, a_high), (b_low, b_best, b_high) = _counts(mine), _counts(theirs)
    if a_best is None or b_best is None or a_low is None or b_low is None:
        return False
    return (a_high is not None and a_high < b_low) or (b_high is not None and b_high < a_low)


def days_to_search(new: MemberReport) -> int:
    """How many days either side of the report an incident it can join may be (the scores decide: a report that
    names only a governorate, with no name as written, cannot reach the threshold on an adjacent day)."""
    location = new.report.location
    if (location.geo_precision or 3) >= 3 and not written_name(location.text):
        return 0
    return 1


# The overlap of words a pair placed in common only at its governorate needs even on the same day with the same
# attack type: below it, no day, type or figure can bring the pair to the threshold.
NEARLY_THE_SAME_WORDS = (THRESHOLD - WEIGHTS["place"] * GOVERNORATE_ONLY - WEIGHTS["day"] - WEIGHTS["type"]) \
    / WEIGHTS["text"]


def words_too_far_apart(new: MemberReport, incident: IncidentReport, word_sets: list[Collection[str]]) -> bool:
    """True when the pair shares only its governorate (one side is placed no closer) and its words are too far
    apart to reach the threshold whatever the other rules say: a pair that cannot join, set aside before the
    rules are read (which cost more than the words, and a report placed only at its governorate meets every
    incident of that day)."""
    if _place(new.report, incident)[0] != GOVERNORATE_ONLY:
        return False
    mine, needed = new.words, NEARLY_THE_SAME_WORDS - 1e-9
    size = len(mine)
    for words in word_sets:
        if needed * size <= len(words) and needed * len(words) <= size:  # (else the sizes alone keep it under)
            shared = len(mine.intersection(words))
            if shared >= needed * (size + len(words) - shared) and (size or words):
                return False
    return True


def could_join(new: MemberReport, incident: IncidentReport) -> _Fit | None:
    """The verdict of the rules that do not need the incident's reports when it passes them (only those
    incidents are scored), else None."""
    fit = _fit(new, incident)
    return fit if isinstance(fit, _Fit) else None


def _rule_score(new: MemberReport, candidate: Candidate) -> tuple[float, _Fit | str]:
    """The score before text overlap, with the rules' verdict; (0, why not) when a hard rule keeps the report out."""
    if new.document_id in candidate.documents():
        return 0.0, "already holds a report of the same document"
    fit = candidate.fit or _fit(new, candidate.incident)
    if isinstance(fit, str):
        return 0.0, fit
    return (WEIGHTS["place"] * fit.place + WEIGHTS["day"] * (1.0 if fit.gap in (0, None) else 0.4)
            + WEIGHTS["type"] * fit.kind), fit


def _with_text(new: MemberReport, candidate: Candidate, base: float, fit: _Fit) -> tuple[float, str]:
    text = _text(new, candidate.words())
    return base + WEIGHTS["text"] * text, f"{fit.why}, text overlap {text:.2f}"


def score(new: MemberReport, candidate: Candidate) -> tuple[float, str]:
    """(score, why); score 0 with the reason when a hard rule keeps the report out."""
    base, fit = _rule_score(new, candidate)
    if isinstance(fit, str):
        return 0.0, fit
    return _with_text(new, candidate, base, fit)


def decide(new: MemberReport, candidates: list[Candidate]) -> Decision:
    """The incident the report joins (highest score over the threshold, lowest id on a tie), or a new one.

    Text overlap is measured only where it can matter: a candidate that stays under the threshold even with
    every word shared is set aside, and measured only if its reason is shown (no incident joined). A report with
    no day joins only when exactly one incident passes: with nothing to say when, two would be a guess."""
    if not (new.report.location.admin1 or new.report.location.place_id):
        return Decision(None, 0.0, "new incident: the report has no place to match on")
    best: tuple[float, int] | None = None
    best_why = ""
    passed: list[int] = []
    rejected: list[tuple[Candidate, float, _Fit | str]] = []
    for candidate in sorted(candidates, key=lambda c: c.incident_id):
        base, fit = _rule_score(new, candidate)
        if isinstance(fit, str) or base + WEIGHTS["text"] < THRESHOLD:
            rejected.append((candidate, base, fit))
            continue
        value, why = _with_text(new, candidate, base, fit)
        if value >= THRESHOLD:
            passed.append(candidate.incident_id)
        if value >= THRESHOLD and (best is None or value > best[0]):
            best, best_why = (value, candidate.incident_id), why
        elif value < THRESHOLD:
            rejected.append((candidate, value, why))
    if new.day is None and len(passed) > 1:
        return Decision(None, 0.0, "new incident: the report has no date, and it could be any of "
                                   + ", ".join(f"#{incident_id}" for incident_id in passed))
    if best is not None:
        return Decision(best[1], best[0], f"joined: {best_why}; score {best[0]:.2f} ≥ {THRESHOLD}", joined=True)
    if not rejected:
        if new.day is None:
            return Decision(None, 0.0, "new incident: the report has no date, and no incident names the same "
                                       "place, target and figures")
        return Decision(None, 0.0, f"new incident: no incident of the same place and attack within a day of "
                                   f"{new.day} in {new.report.location.admin1 or new.report.location.name}")
    reasons = []
    for candidate, value, why in rejected[:3]:
        if isinstance(why, _Fit):  # set aside before its text was measured
            value, why = _with_text(new, candidate, value, why)
        reasons.append(f"#{candidate.incident_id}: {why}" + (f" (score {value:.2f})" if value else ""))
    return Decision(None, 0.0, "new incident: " + "; ".join(reasons))
