"""An incident's fields from all its reports: the most precise place, the most reported day and type, the union
of weapons, targets, reported perpetrators and sources, and UCDP-style figures.

The fields are kept as running tallies that take one report at a time, in report-id order, so a report joining
a large incident costs the same as one joining a small one; `merged_incident` folds a whole list of reports and
gives the same answer, so merging stays deterministic and can be recomputed at any time.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass

from ..records import COUNT_FIELDS, TARGETS, WEAPONS_BY_SPECIFICITY, Count, IncidentReport, Location
from .figures import source_weight, specificity
from .match import MemberReport

KEPT_WORDS = 20  # reports whose words an incident keeps for scoring (the first ones: the later mostly repeat them)
_BREAKDOWNS = {"killed": ("killed_children", "killed_women"), "injured": ("injured_children", "injured_women")}
_FIGURES = COUNT_FIELDS
_BREAKDOWN_NAMES = tuple(name for names in _BREAKDOWNS.values() for name in names)
_PLACE_FIELDS = tuple(Location.model_fields)
_WEAPON_ORDER = {name: rank for rank, name in enumerate(WEAPONS_BY_SPECIFICITY)}
_TARGET_ORDER = {name: rank for rank, name in enumerate(TARGETS)}


@dataclass
class Merged:
    incident: IncidentReport
    corroborated: bool
    first_reported: dt.date | None


def _same(value):
    return value


def _day_text(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _day_of(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text is not None else None


class _Votes:
    """Counts of a value; the most frequent wins, on a tie the one reported first (dicts keep first-seen order).

    Most incidents see one value only (one day, one attack type): it is kept without a dict until a second one
    comes, as thousands of incidents are held in memory at once."""

    __slots__ = ("only", "times", "counts")

    def __init__(self):
        self.only = None
        self.times = 0
        self.counts: dict | None = None

    def add(self, value) -> None:
        if value is None:
            return
        if self.counts is not None:
            self.counts[value] = self.counts.get(value, 0) + 1
        elif self.times == 0 or value == self.only:
            self.only, self.times = value, self.times + 1
        else:
            self.counts = {self.only: self.times, value: 1}

    def winner(self):
        if self.counts is not None:
            return max(self.counts, key=self.counts.__getitem__)
        return self.only

    def state(self, write=_same) -> list:
        """[[value, times], ...] in first-seen order."""
        if self.counts is not None:
            return [[write(value), times] for value, times in self.counts.items()]
        return [[write(self.only), self.times]] if self.times else []

    @classmethod
    def of_state(cls, state: list, read=_same) -> _Votes:
        votes = cls()
        if len(state) == 1:
            votes.only, votes.times = read(state[0][0]), state[0][1]
        elif state:
            votes.counts = {read(value): times for value, times in state}
        return votes


class _FigureTally:
    """One casualty figure (killed, injured, ...) over the reports that give it: the UCDP low/best/high.

    low = the lowest figure, high = the highest (open when no report gives an upper figure), best = the most
    specific figure, then the most reliable source, then the latest report, then the larger number; never a sum.
    A report with no number ("casualties") only counts when no report gives one."""

    __slots__ = ("groups",)

    def __init__(self):
        # numbered? -> [chosen key, chosen count, what goes with the chosen figure, lowest, any upper, highest]
        self.groups: dict[bool, list] = {}

    def add(self, count, member: MemberReport, weight: int, companions: tuple) -> None:
        """One report's figure; `weight` is the reliability of the sources it cites (figures.source_weight)."""
        best, low, high = count.best, count.low, count.high
        key = (specificity(count), weight, member.published or dt.date.min, best or 0, -member.report_id)
        largest = high if high is not None else best if best is not None else low
        if best is not None and largest is not None and best > largest:
            largest = best
        if low is not None and largest is not None and low > largest:
            largest = low
        group = self.groups.get(best is not None)
        if group is None:
            self.groups[best is not None] = [key, count, companions, low, high is not None, largest]
            return
        if key > group[0]:
            group[0:3] = key, count, companions
        if low is not None and (group[3] is None or low < group[3]):
            group[3] = low
        group[4] = group[4] or high is not None
        if largest is not None and (group[5] is None or largest > group[5]):
            group[5] = largest

    def _group(self):
        return self.groups.get(True) or self.groups.get(False)

    def count(self) -> Count | None:
        figures = self.figures()
        return Count.model_construct(low=figures[0], best=figures[1], high=figures[2]) if figures else None

    def figures(self) -> tuple[int | None, int | None, int | None] | None:
        """(low, best, high), as `count` has them, without building the record."""
        group = self._group()
        if group is None:
            return None
        return group[3], group[1].best, group[5] if group[4] else None

    def companions(self) -> tuple | None:
        """(provisional, breakdowns...) of the report whose figure is best."""
        group = self._group()
        return group[2] if group else None

    def state(self) -> list:
        return [[numbered, [key[0], key[1], key[2].isoformat(), key[3], key[4]], [count.low, count.best, count.high],
                 list(companions), low, upper, largest]
                for numbered, (key, count, companions, low, upper, largest) in self.groups.items()]

    @classmethod
    def of_state(cls, state: list) -> _FigureTally:
        figure = cls()
        for numbered, key, count, companions, low, upper, largest in state:
            figure.groups[numbered] = [(key[0], key[1], dt.date.fromisoformat(key[2]), key[3], key[4]),
                                       Count.model_construct(low=count[0], best=count[1], high=count[2]),
                                       tuple(companions), low, upper, largest]
        return figure


class Tally:
    """The merged fields of one incident, brought up to date one report at a time (in report-id order)."""

    __slots__ = ("report_count", "places", "main_days", "all_days", "day_precision", "any_main",
                 "earliest_main_published", "sub_events", "event_types", "event_of_sub", "weapons", "targets",
                 "perpetrators", "perpetrator_texts", "sources", "confidence", "figures", "breakdown_max",
                 "documents", "origins", "first_published", "words")

    def __init__(self):
        self.report_count = 0
        self.places: dict = {}  # place id (None too) -> [reports there, best (precision, report id), location]
        self.main_days, self.all_days = _Votes(), _Votes()
        self.day_precision: list = []  # (a day, the date precision of the first report on that day)
        self.any_main = False
        self.earliest_main_published: dt.date | None = None
        self.sub_events, self.event_types = _Votes(), _Votes()
        self.event_of_sub: dict = {}  # a sub-event type -> the event type of the first report that gave it
        # First-seen order, no repeats; lists, being short (a handful of items) and a third of a dict's size.
        self.weapons: list[str] = []
        self.targets: list[str] = []
        self.perpetrators: list[str] = []
        self.perpetrator_texts: list[str] = []
        self.sources: list[str] = []
        self.confidence: float | None = None
        self.figures: dict[str, _FigureTally] = {}  # only the figures some report gives
        self.breakdown_max: list[int | None] = [None] * len(_BREAKDOWN_NAMES)  # the largest each breakdown gives
        self.documents: list = []  # two at most (corroboration asks for two): lists are a third of a set's size
        self.origins: list = []  # likewise
        self.first_published: dt.date | None = None
        self.words: list[tuple[str, ...]] = []  # each report's words, without repeats (tuples: a tenth the memory)

    @classmethod
    def of(cls, members: list[MemberReport]) -> Tally:
        tally = cls()
        for member in sorted(members, key=lambda m: m.report_id):
            tally.add(member)
        return tally

    def add(self, member: MemberReport) -> None:
        report = member.report
        self.report_count += 1
        location = report.location
        rank = (location.geo_precision or 4, member.report_id)
        place = self.places.get(location.place_id)
        if place is None:
            self.places[location.place_id] = [1, rank, location]
        else:
            place[0] += 1
            if rank < place[1]:
                place[1], place[2] = rank, location
        self.all_days.add(report.date)
        if report.role == "main":
            self.any_main = True
            self.main_days.add(report.date)
            if member.published and (self.earliest_main_published is None
                                     or member.published < self.earliest_main_published):
                self.earliest_main_published = member.published
        if report.date is not None and all(day != report.date for day, _ in self.day_precision):
            self.day_precision.append((report.date, report.date_precision))
        self.sub_events.add(report.sub_event_type)
        self.event_types.add(report.event_type)
        if report.sub_event_type:
            self.event_of_sub.setdefault(report.sub_event_type, report.event_type)
        for items, kept in ((report.weapons, self.weapons), (report.targets, self.targets),
                            (report.perpetrator, self.perpetrators), (report.sources, self.sources)):
            for item in items or ():
                if item not in kept:
                    kept.append(item)
        if report.perpetrator_text and report.perpetrator_text not in self.perpetrator_texts:
            self.perpetrator_texts.append(report.perpetrator_text)
        if self.confidence is None or report.confidence > self.confidence:
            self.confidence = report.confidence
        weight = None
        for name in _FIGURES:
            count = getattr(report, name)
            if count is not None:  # the chosen report's flag and breakdowns are kept, not the report
                if name not in self.figures:
                    self.figures[name] = _FigureTally()
                if weight is None:
                    weight = source_weight(report.sources)
                self.figures[name].add(count, member, weight, (report.provisional,) + tuple(
                    getattr(report, breakdown) for breakdown in _BREAKDOWNS.get(name, ())))
        for position, breakdown in enumerate(_BREAKDOWN_NAMES):
            value = getattr(report, breakdown)
            if value is not None and (self.breakdown_max[position] is None or value > self.breakdown_max[position]):
                self.breakdown_max[position] = value
        if len(self.documents) < 2 and member.document_id not in self.documents:
            self.documents.append(member.document_id)
        if len(self.origins) < 2:
            origin = ("outlet", sys.intern(member.outlet.casefold())) if member.outlet else \
                ("cites", tuple(sorted(report.sources))) if report.sources else None
            if origin is not None and origin not in self.origins:
                self.origins.append(origin)
        if member.published and (self.first_published is None or member.published < self.first_published):
            self.first_published = member.published
        if len(self.words) < KEPT_WORDS:
            self.words.append(tuple(sorted(member.words)))  # sorted once: stored as they are, each time written

    def state(self) -> dict:
        """Everything the tally keeps but its words (the incident's member_words), as JSON values: stored with the
        incident, so a report joining it later, in this process or another, goes on from here instead of
        reading and folding every report it has again."""
        return {
            "reports": self.report_count,
            "places": [[place_id, count, list(rank), [getattr(location, name) for name in _PLACE_FIELDS]]
                       for place_id, (count, rank, location) in self.places.items()],
            "main_days": self.main_days.state(_day_text), "all_days": self.all_days.state(_day_text),
            "day_precision": [[_day_text(day), precision] for day, precision in self.day_precision],
            "any_main": self.any_main, "earliest_main": _day_text(self.earliest_main_published),
            "sub_events": self.sub_events.state(), "event_types": self.event_types.state(),
            "event_of_sub": self.event_of_sub, "weapons": self.weapons, "targets": self.targets,
            "perpetrators": self.perpetrators, "perpetrator_texts": self.perpetrator_texts, "sources": self.sources,
            "confidence": self.confidence,
            "figures": {name: figure.state() for name, figure in self.figures.items()},
            "breakdown_max": self.breakdown_max, "documents": self.documents,
            "origins": [[kind, list(value) if isinstance(value, tuple) else value] for kind, value in self.origins],
            "first_published": _day_text(self.first_published),
        }

    @classmethod
    def of_state(cls, state: dict, words: list[tuple[str, ...]]) -> Tally:
        """The tally `state()` gave, with the words stored beside it; the same tally, report for report."""
        tally = cls()
        tally.report_count = state["reports"]
        tally.places = {place_id: [count, tuple(rank), Location.model_construct(**dict(zip(_PLACE_FIELDS, values)))]
                        for place_id, count, rank, values in state["places"]}
        tally.main_days = _Votes.of_state(state["main_days"], _day_of)
        tally.all_days = _Votes.of_state(state["all_days"], _day_of)
        tally.day_precision = [(_day_of(day), precision) for day, precision in state["day_precision"]]
        tally.any_main, tally.earliest_main_published = state["any_main"], _day_of(state["earliest_main"])
        tally.sub_events = _Votes.of_state(state["sub_events"])
        tally.event_types = _Votes.of_state(state["event_types"])
        tally.event_of_sub = dict(state["event_of_sub"])
        tally.weapons, tally.targets = list(state["weapons"]), list(state["targets"])
        tally.perpetrators, tally.perpetrator_texts = list(state["perpetrators"]), list(state["perpetrator_texts"])
        tally.sources, tally.confidence = list(state["sources"]), state["confidence"]
        tally.figures = {name: _FigureTally.of_state(figure) for name, figure in state["figures"].items()}
        tally.breakdown_max, tally.documents = list(state["breakdown_max"]), list(state["documents"])
        tally.origins = [(kind, sys.intern(value) if isinstance(value, str) else tuple(value))
                         for kind, value in state["origins"]]
        tally.first_published = _day_of(state["first_published"])
        tally.words = list(words)
        return tally

    def location(self):
        """The most precise place, the one most reports name on a tie, then the earliest report's."""
        return min(self.places.values(), key=lambda p: (p[1][0], -p[0], p[1][1]))[2]

    def day(self) -> tuple[dt.date | None, str | None]:
        day = (self.main_days.winner() if self.any_main else None) or self.all_days.winner()
        if day is not None:
            return day, next(precision for seen, precision in self.day_precision if seen == day)
        if self.earliest_main_published:  # no report says when: on or shortly before the day first reported
            return self.earliest_main_published, "week"
        return None, None

    def sub_event_type(self) -> str | None:
        return self.sub_events.winner()

    def weapon_list(self) -> list[str]:
        return sorted(self.weapons, key=lambda w: _WEAPON_ORDER.get(w, len(_WEAPON_ORDER)))

    def target_list(self) -> list[str]:
        return sorted(self.targets, key=lambda t: _TARGET_ORDER.get(t, len(_TARGET_ORDER)))

    @property
    def corroborated(self) -> bool:
        """Reports from two documents and two independent origins: outlets when known, else the sources cited.

        Two articles of one outlet are one origin; a report of unknown outlet that cites nobody counts for nothing."""
        return len(self.documents) >= 2 and len(self.origins) >= 2

    def merged(self) -> Merged:
        fields = self.fields()
        location = fields["location"]
        fields["location"] = location if isinstance(location, Location) else location.record()
        # Every field is built here from validated reports, so the record is assembled without validating again.
        return Merged(IncidentReport.model_construct(**fields, evidence=[]), self.corroborated, self.first_published)

    def fields(self, *, plain: bool = False) -> dict:
        """The merged IncidentReport fields, by name (the location as the report that gave it has it): what the
        record writes, without building the record (thousands a second while ingesting). `plain`: casualty
        figures as (low, best, high) tuples, for writing columns."""
        day, precision = self.day()
        sub_event = self.sub_event_type()
        fields = dict(
            date=day, date_precision=precision, location=self.location(),
            event_type=self.event_of_sub[sub_event] if sub_event else self.event_types.winner(),
            sub_event_type=sub_event, weapons=self.weapon_list(), targets=self.target_list(),
            perpetrator=list(self.perpetrators) or None,
            perpetrator_text=" / ".join(self.perpetrator_texts) or None,
            sources=list(self.sources), role="main" if self.any_main else "background",
            confidence=self.confidence if self.confidence is not None else 0.0, provisional=False)
        for name in _FIGURES:
            figure = self.figures.get(name)
            fields[name] = (figure.figures() if plain else figure.count()) if figure else None
            companions = figure.companions() if figure else None
            if name == "killed" and companions is not None:
                fields["provisional"] = companions[0]
            for position, breakdown in enumerate(_BREAKDOWNS.get(name, ()), start=1):
                # The breakdown that goes with the chosen figure; else the largest any report gives.
                value = companions[position] if companions is not None else None
                fields[breakdown] = value if value is not None else \
                    self.breakdown_max[_BREAKDOWN_NAMES.index(breakdown)]
        return fields


def merged_incident(members: list[MemberReport]) -> Merged:
    return Tally.of(members).merged()
