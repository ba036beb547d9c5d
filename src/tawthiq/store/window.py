"""The incidents resolution holds in memory while it writes: by governorate and day, with their running tallies.

A report can only join an incident of its governorate within a day of its own (resolve.match's rules), or one
with no day at all, so the record is read one (governorate, day) at a time, once, and kept (the incidents without
a day under (governorate, None)); incidents the batch creates or changes are
updated here and written at the end of the batch. The window is bounded: past its size, the days used least
recently are let go (the database has them) and read again when needed. It is only valid while nobody else
writes: Record empties it when the record's version says another writer came in between.
"""

from __future__ import annotations

import datetime as dt
import math
import sys
from functools import lru_cache
from types import SimpleNamespace
from urllib.parse import urlsplit

import orjson
from sqlalchemy import Connection, Text, and_, bindparam, cast, or_, select

from ..language.normalize import FOLD_TARGETS
from ..records import COUNT_FIELDS
from ..resolve import MemberReport, could_join, days_to_search
from ..resolve.match import AIR_STRIKE, NEAR_KM, VICINITY_KM, names_agree, words_too_far_apart, written_name
from ..resolve.merge import KEPT_WORDS, Tally
from .convert import report_view
from .schema import Document, Incident, Report

documents, reports, incidents = Document.__table__, Report.__table__, Incident.__table__

_BRIEF = select(incidents.c.id, incidents.c.date, incidents.c.location_text, incidents.c.location_name,
                incidents.c.location_name_ar,
                incidents.c.admin1, incidents.c.place_id, incidents.c.geo_precision, incidents.c.latitude,
                incidents.c.longitude, incidents.c.sub_event_type, incidents.c.weapons, incidents.c.targets,
                incidents.c.perpetrator, incidents.c.status, incidents.c.report_count, incidents.c.edited_fields,
                incidents.c.killed_best, incidents.c.injured_best, incidents.c.killed_or_injured_best,
                incidents.c.killed_low, incidents.c.injured_low, incidents.c.killed_or_injured_low,
                incidents.c.killed_high, incidents.c.injured_high, incidents.c.killed_or_injured_high,
                # As text, read into lists only for the incidents a report is scored against.
                cast(incidents.c.member_words, Text).label("member_words"),
                incidents.c.tally.is_not(None).label("has_tally"))
# The incidents of a governorate (or of none) on some days (and, the second flag, those without a day): built once,
# so reading a day again costs the query, not the making of it.
_ON_DAYS = {
    (no_admin1, undated): _BRIEF.where(
        incidents.c.admin1.is_(None) if no_admin1 else incidents.c.admin1 == bindparam("admin1"),
        or_(incidents.c.date.in_(bindparam("days", expanding=True)), incidents.c.date.is_(None)) if undated
        else incidents.c.date.in_(bindparam("days", expanding=True)))
    for no_admin1 in (False, True) for undated in (False, True)}
_TALLY = select(cast(incidents.c.tally, Text)).where(incidents.c.id == bindparam("incident_id"))
_MEMBERS = (select(reports, documents.c.published, documents.c.source_name, documents.c.url)
            .join(documents, documents.c.id == reports.c.document_id))


def outlet_of(source_name: str | None, url: str | None) -> str | None:
    if source_name:
        return source_name
    if url:
        host = urlsplit(url).hostname
        return host.removeprefix("www.") if host else None
    return None


def stored_member(row) -> MemberReport:
    """A stored report (joined with its document's published day and outlet) as resolution reads it."""
    evidence = " ".join(e["text"] for e in row["evidence"] or [] if e.get("field") != "date")  # (as MemberReport.words)
    return MemberReport(report_view(row), row["id"], row["document_id"], row["published"],
                        outlet_of(row["source_name"], row["url"]), evidence_text=evidence)


def read_members(conn: Connection, *, incident_id: int | None = None,
                 report_ids: list[int] | None = None) -> list[MemberReport]:
    query = _MEMBERS.where(reports.c.id.in_(report_ids)) if report_ids is not None else \
        _MEMBERS.where(reports.c.incident_id == incident_id)
    return [stored_member(row) for row in conn.execute(query.order_by(reports.c.id)).mappings()]


_PLACE_FIELDS = ("text", "name", "name_ar", "place_id", "geo_precision", "latitude", "longitude")  # and admin1
_FIGURES = COUNT_FIELDS  # their best values: what a report without a day is matched on


def _brief_view(row) -> SimpleNamespace:
    """What the place/day/attack rules read of a stored incident, without building the whole record."""
    location = SimpleNamespace(text=row["location_text"], name=row["location_name"], name_ar=row["location_name_ar"],
                               admin1=row["admin1"], place_id=row["place_id"], geo_precision=row["geo_precision"],
                               latitude=row["latitude"], longitude=row["longitude"])
    figures = {name: SimpleNamespace(low=row[f"{name}_low"], best=row[f"{name}_best"], high=row[f"{name}_high"])
               if row[f"{name}_best"] is not None or row[f"{name}_low"] is not None else None for name in _FIGURES}
    return SimpleNamespace(date=row["date"], location=location, sub_event_type=row["sub_event_type"],
                           weapons=row["weapons"] or [], targets=row["targets"] or [],
                           perpetrator=row["perpetrator"] or [], **figures)


class _TallyView(SimpleNamespace):
    """A tally's view; its figures, which only a report without a day compares, are counted when asked for."""

    def __getattr__(self, name: str):
        if name not in _FIGURES:
            raise AttributeError(name)
        figure = self.__dict__["tally"].figures.get(name)
        count = figure.count() if figure is not None else None
        self.__dict__[name] = count  # the view is built again whenever its tally changes
        return count


def _tally_view(tally: Tally, edited: frozenset[str] = frozenset(), before: SimpleNamespace | None = None
                ) -> SimpleNamespace:
    """What the rules read of an incident, from its tally; a field a person set by hand (`edited`) keeps the
    value it had (`before`), as the stored row keeps it, so matching is the same whether the incident was held
    in memory or read again."""
    day, _ = tally.day()
    view = _TallyView(date=day, location=tally.location(), sub_event_type=tally.sub_event_type(),
                      weapons=tally.weapon_list(), targets=tally.target_list(),
                      perpetrator=list(tally.perpetrators), tally=tally)
    if before is not None and edited:
        for name in _FIGURES:
            if name in edited:  # set here, so not counted from the tally
                setattr(view, name, getattr(before, name, None))
        if "date" in edited:
            view.date = before.date
        if "sub_event_type" in edited:
            view.sub_event_type = before.sub_event_type
        if "admin1" in edited and view.location.admin1 != before.location.admin1:
            view.location = SimpleNamespace(**{name: getattr(view.location, name) for name in _PLACE_FIELDS},
                                            admin1=before.location.admin1)
    return view


CELL_DEGREES = 0.1  # the grid precisely located incidents are filed in (about 11 km north-south)


def _cell(location) -> tuple[int, int] | None:
    """The grid cell of a place located to a town or better; None for a governorate or a place without
    coordinates (such an incident is compared with every report of its governorate and day)."""
    if (location.geo_precision or 3) > 2 or location.latitude is None or location.longitude is None:
        return None
    return math.floor(location.latitude / CELL_DEGREES), math.floor(location.longitude / CELL_DEGREES)


def _written_like(name: str) -> str:
    """A LIKE pattern for a name as written (folded by written_name) that matches it as stored: 'كفرومه' ->
    '%كفروم_%', where '_' stands for ة or ه."""
    escaped = "".join("_" if char in FOLD_TARGETS else "\\" + char if char in "%_\\" else char for char in name)
    return f"%{escaped}%"


class Held:
    """One incident in memory: what the rules read of it, its status, its reports' words, and (once a report
    has joined it here) the running tally of its fields."""

    __slots__ = ("id", "view", "status", "tally", "key", "attack", "cell", "weak", "name", "new", "words_written",
                 "edited", "armed", "_words", "_stored_words", "has_tally")

    def __init__(self, incident_id: int, view: SimpleNamespace, status: str, *, tally: Tally | None = None,
                 stored_words: str | None = None, words_written: int = -1, new: bool = False,
                 edited: frozenset[str] = frozenset(), has_tally: bool = False):
        self.id, self.view, self.status, self.tally, self.new = incident_id, view, status, tally, new
        self.edited = edited  # fields a person set by hand: a merge leaves them as they are
        self.key: tuple | None = None  # (governorate, day or None) it is filed under
        self.attack: str | None = None  # and the attack type and grid cell it is filed under there
        self.cell: tuple[int, int] | None = None
        self.armed: frozenset[str] = frozenset()  # and the specific weapons it is filed under there
        self.weak = True  # placed only at its governorate
        self.name = ""  # its place's name as written (resolve.match.written_name)
        self.words_written = words_written  # how many reports' words the stored row has (-1: not known)
        self._words: list[tuple[str, ...]] | None = None
        self._stored_words = stored_words  # member_words as stored, read on first use
        self.has_tally = has_tally  # its tally's state is stored (read when a report joins, not held before)

    @property
    def words(self) -> list[tuple[str, ...]]:
        """The words of its first reports' evidence (resolve.merge.KEPT_WORDS of them)."""
        if self.tally is not None:
            return self.tally.words
        if self._words is None:
            self._words = [tuple(map(sys.intern, words)) for words in orjson.loads(self._stored_words or "[]")]
            self._stored_words = None
        return self._words


class _Day:
    """The incidents of one governorate and day, by attack type and then by grid cell (None: not precisely
    located), so a report is compared only with those its attack type and place allow (resolve.match's rules)."""

    __slots__ = ("by_attack", "by_weapon")

    def __init__(self):
        self.by_attack: dict[str | None, dict[tuple[int, int] | None, dict[int, Held]]] = {}
        self.by_weapon: dict[str, dict[int, Held]] = {}  # and by each specific weapon it names

    def every(self) -> list[Held]:
        return [held for cells in self.by_attack.values() for group in cells.values() for held in group.values()]

    def put(self, held: Held) -> None:
        location = held.view.location
        held.attack, held.cell = held.view.sub_event_type, _cell(location)
        held.weak, held.name = (location.geo_precision or 3) >= 3, written_name(location.text)
        self.by_attack.setdefault(held.attack, {}).setdefault(held.cell, {})[held.id] = held
        held.armed = frozenset(held.view.weapons).difference(("aircraft",))
        for weapon in held.armed:
            self.by_weapon.setdefault(weapon, {})[held.id] = held

    def remove(self, held: Held) -> None:
        """Where `put` filed it (the view may have changed since)."""
        self.by_attack.get(held.attack, {}).get(held.cell, {}).pop(held.id, None)
        for weapon in held.armed:
            self.by_weapon.get(weapon, {}).pop(held.id, None)

    def near(self, around: frozenset | None, weak_report: bool, attack: str | None,
             adjacent_name: str | None = None, place_id: str | None = None,
             weapons: frozenset[str] = frozenset(), targets: frozenset[str] = frozenset()) -> list[Held]:
        """Incidents of the same or an unknown attack type (all of them for a report of unknown type) that may be
        in the same place: for a precisely located report, those in the grid cells `around` it (within the
        vicinity's reach) and those not located precisely; else (`around` None) all of them.

        On an adjacent day (`adjacent_name` is then the report's place name as written), a pair of which one is
        placed only at its governorate cannot reach the threshold unless the names as written agree
        (resolve.match: 0.3 for the place, 0.4 for the day; names_agree, in either script), so only those pairs are
        kept, and those of one gazetteer id (a village known by name, placed at its governorate: resolve.match counts
        it one place).

        Incidents of another attack type are kept when they name one of the report's specific `weapons` (one
        attack of two kinds, "artillery shells and an airstrike", told as shelling by one report and as an air
        strike by another: resolve.match's rule), and so are, between air strikes and attacks whose only weapon is
        "missile", those of the other that name one of the report's `targets` (missiles told with no launcher may be
        the aircraft's, when both tell of the same target hit: resolve.match)."""
        found: list[Held] = []
        from_the_air = AIR_STRIKE if attack not in (None, AIR_STRIKE) and weapons == {"missile"} and targets else None
        missiles = attack == AIR_STRIKE and bool(targets) and "missile" not in weapons
        if missiles:
            weapons = weapons | {"missile"}
        kinds = self.by_attack if attack is None else (attack, None) if from_the_air is None \
            else (attack, None, from_the_air)
        for kind in kinds:
            cells = self.by_attack.get(kind)
            if not cells:
                continue
            for key, group in cells.items():
                if around is not None and key is not None and key not in around:
                    continue
                if from_the_air is not None and kind == from_the_air:
                    group = {i: held for i, held in group.items() if targets.intersection(held.view.targets or ())}
                if adjacent_name is None:
                    found.extend(group.values())
                else:
                    found.extend(held for held in group.values() if not (weak_report or held.weak)
                                 or names_agree(held.name, adjacent_name)
                                 or (place_id is not None and held.view.location.place_id == place_id))
        if attack is None or not weapons:
            return found
        seen: set[int] = set()
        for weapon in weapons:
            for held in self.by_weapon.get(weapon, {}).values():
                if held.attack in (attack, None) or held.id in seen \
                        or around is not None and held.cell is not None and held.cell not in around:
                    continue
                if missiles and weapon == "missile" and not targets.intersection(held.view.targets or ()):
                    continue
                if adjacent_name is not None and (weak_report or held.weak) \
                        and not names_agree(held.name, adjacent_name) \
                        and not (place_id is not None and held.view.location.place_id == place_id):
                    continue
                seen.add(held.id)
                found.append(held)
        return found


def cells_around(location) -> frozenset | None:
    """The grid cells within the vicinity's reach of a precisely located place; None for any other."""
    cell = _cell(location)
    return None if cell is None else _cells_around(cell)


@lru_cache(maxsize=4096)
def _cells_around(cell: tuple[int, int]) -> frozenset:
    # The reach east-west widens with latitude: measured at the cell's edge nearer the pole, so none is missed.
    latitude = max(abs(cell[0]), abs(cell[0] + 1)) * CELL_DEGREES
    reach_lat = math.ceil(VICINITY_KM / (111.0 * CELL_DEGREES))
    reach_lon = math.ceil(VICINITY_KM / (111.0 * CELL_DEGREES * max(0.1, math.cos(math.radians(latitude)))))
    return frozenset((row, column) for row in range(cell[0] - reach_lat, cell[0] + reach_lat + 1)
                     for column in range(cell[1] - reach_lon, cell[1] + reach_lon + 1))


class Window:
    """Incidents held for resolving: found by governorate, day, attack type and place; at most `size` of them."""

    def __init__(self, size: int):
        self.size = size
        self.clear()

    def clear(self) -> None:
        self.held: dict[int, Held] = {}
        self.days: dict[tuple, _Day] = {}  # (governorate, day) -> its incidents, in least-recent-use order
        self.read: set[tuple] = set()  # the (governorate, day)s read from the database
        self.dirty: dict[int, Held] = {}

    def __len__(self) -> int:
        return len(self.held)

    def candidates(self, conn: Connection, member: MemberReport) -> list[tuple[Held, object]]:
        """The incidents the report could join by place, day and attack, each with the rules' verdict (scoring
        is decide()'s)."""
        day, location = member.day, member.report.location
        if not (location.admin1 or location.place_id):
            return []
        if day is None:
            return self._undated_candidates(conn, member)
        reach = days_to_search(member)
        keys = [(location.admin1, day + dt.timedelta(days=offset)) for offset in range(-reach, reach + 1)]
        keys.append((location.admin1, None))  # undated incidents: only the same named place can be one of them
        missing = [key for key in keys if key not in self.read]
        if missing:
            self._read(conn, location.admin1, [d for _, d in missing])
        found = []
        name = written_name(location.text)
        around, weak = cells_around(location), (location.geo_precision or 3) >= 3
        weapons = frozenset(member.report.weapons).difference(("aircraft",))  # resolve.match's specific weapons
        targets = frozenset(member.report.targets)
        for key in keys:
            that_day = self.days.pop(key, None)
            if that_day is None:  # nothing held (or stored) that day
                continue
            self.days[key] = that_day  # most recently used last
            for held in that_day.near(around, weak, member.report.sub_event_type, None if key[1] == day else name,
                                      location.place_id, weapons, targets):
                if (weak or held.weak) and words_too_far_apart(member, held.view, held.words):
                    continue  # (only nearly the same words would join a pair placed in common at its governorate)
                fit = could_join(member, held.view)
                if fit is not None:
                    found.append((held, fit))
        return found

    def _undated_candidates(self, conn: Connection, member: MemberReport) -> list[tuple[Held, object]]:
        """For a report without a day: the incidents of any day at the same named place (resolve.match's rule
        for a pair without a day), from the database and from what this batch has not written yet."""
        location = member.report.location
        name = written_name(location.text)
        same_place = []
        if location.place_id:
            same_place.append(incidents.c.place_id == location.place_id)
        if _cell(location) is not None:
            reach = 2 * NEAR_KM / 111.0  # a box around the place, the rules measure the distance
            same_place.append(and_(incidents.c.latitude.between(location.latitude - reach, location.latitude + reach),
                                   incidents.c.longitude.between(location.longitude - 2 * reach,
                                                                 location.longitude + 2 * reach)))
        if name:
            same_place.append(incidents.c.location_text.ilike(_written_like(name), escape="\\"))
        if not same_place:
            return []
        same_admin1 = incidents.c.admin1.is_(None) if location.admin1 is None else \
            incidents.c.admin1 == location.admin1
        found: dict[int, Held] = {held.id: held for held in self.dirty.values()
                                  if held.view.location.admin1 == location.admin1}
        for row in conn.execute(_BRIEF.where(same_admin1, or_(*same_place))).mappings():
            found.setdefault(row["id"], self.held.get(row["id"]) or self._hold(conn, row))
        return [(held, fit) for held in sorted(found.values(), key=lambda h: h.id)
                if (fit := could_join(member, held.view)) is not None]

    def _read(self, conn: Connection, admin1: str | None, days: list[dt.date | None]) -> None:
        self.read.update((admin1, day) for day in days)
        dated = [day for day in days if day is not None]
        statement = _ON_DAYS[admin1 is None, len(dated) < len(days)]
        for row in conn.execute(statement, {"admin1": admin1, "days": dated}).mappings():
            if row["id"] not in self.held:  # else held already, and newer than the stored row
                self._hold(conn, row)

    def _hold(self, conn: Connection, row) -> Held:
        stored = row["member_words"] if row["member_words"] != "null" else None  # JSON null: none kept
        held = Held(row["id"], _brief_view(row), row["status"], stored_words=stored,
                    words_written=min(row["report_count"], KEPT_WORDS) if stored is not None else 0,
                    edited=frozenset(row["edited_fields"] or ()), has_tally=stored is not None and row["has_tally"])
        if stored is None:  # stored before incidents kept their reports' words
            held.tally = Tally.of(read_members(conn, incident_id=held.id))
        self._file(held)
        return held

    def _file(self, held: Held) -> None:
        """File the incident under its governorate, day and cell (again, after a report changed them)."""
        if held.key is not None and held.key in self.days:
            self.days[held.key].remove(held)
        held.key = (held.view.location.admin1, held.view.date)
        self.held[held.id] = held
        if held.key not in self.days:
            self.days[held.key] = _Day()
        self.days[held.key].put(held)

    def create(self, incident_id: int, member: MemberReport) -> Held:
        tally = Tally()
        tally.add(member)
        held = Held(incident_id, _tally_view(tally), "unverified", tally=tally, new=True)
        self._file(held)
        self.dirty[incident_id] = held
        return held

    def join(self, conn: Connection, held: Held, member: MemberReport) -> None:
        if held.tally is None:  # first report to join it here: its tally as stored (else from its reports)
            state = conn.execute(_TALLY, {"incident_id": held.id}).scalar_one() if held.has_tally else None
            held.tally = Tally.of_state(orjson.loads(state), held.words) if state and state != "null" \
                else Tally.of(read_members(conn, incident_id=held.id))
        held.tally.add(member)
        held.view = _tally_view(held.tally, held.edited, held.view)
        self._file(held)
        self.dirty[held.id] = held

    def take_dirty(self) -> list[Held]:
        dirty, self.dirty = list(self.dirty.values()), {}
        return dirty

    def trim(self) -> None:
        """After a batch is written: past the window's size, let go of the days used least recently."""
        while len(self.held) > self.size and self.days:
            key = next(iter(self.days))
            self.read.discard(key)
            for held in self.days.pop(key).every():
                self.held.pop(held.id, None)
