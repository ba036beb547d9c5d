"""IncidentReport <-> the flat columns of the reports and incidents tables."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, NamedTuple

from ..records import COUNT_FIELDS, Count, Evidence, IncidentReport, Location

_LOCATION = ("text", "name", "name_ar", "admin1", "admin2", "country_code", "latitude", "longitude",
             "geo_precision", "place_id")
_LOCATION_COLUMN = {"text": "location_text", "name": "location_name", "name_ar": "location_name_ar"}
_COUNTS = COUNT_FIELDS
_PLAIN = ("date", "date_precision", "event_type", "sub_event_type", "weapons", "targets", "perpetrator",
          "perpetrator_text", "killed_children", "killed_women", "injured_children", "injured_women", "sources",
          "role", "provisional", "confidence")


def report_columns(report: IncidentReport) -> dict[str, Any]:
    return columns_of(report.__dict__)


def columns_of(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The flat columns of IncidentReport fields given by name (a record's, or a merged incident's)."""
    row: dict[str, Any] = {name: fields[name] for name in _PLAIN}
    location = fields["location"]
    for name in _LOCATION:
        row[_LOCATION_COLUMN.get(name, name)] = getattr(location, name)
    for name in _COUNTS:
        count = fields[name]
        row[f"{name}_low"], row[f"{name}_best"], row[f"{name}_high"] = \
            (None, None, None) if count is None else count if isinstance(count, tuple) else \
            (count.low, count.best, count.high)  # a tuple: a tally's plain (low, best, high)
    row["weapons"] = list(row["weapons"])
    row["targets"] = list(row["targets"])
    row["sources"] = list(row["sources"])
    row["perpetrator"] = list(row["perpetrator"]) if row["perpetrator"] is not None else None
    return row


def _count(row: Mapping[str, Any], name: str) -> Count | None:
    low, best, high = row[f"{name}_low"], row[f"{name}_best"], row[f"{name}_high"]
    if low is None and best is None and high is None:
        return None
    return Count.model_construct(low=low, best=best, high=high)


def report_from_row(row: Mapping[str, Any], *, with_evidence: bool = True) -> IncidentReport:
    """Rows were written from validated records, so they are rebuilt without validating again (hot path)."""
    location = Location.model_construct(**{name: row[_LOCATION_COLUMN.get(name, name)] for name in _LOCATION})
    fields = {name: row[name] for name in _PLAIN}
    fields["weapons"] = fields["weapons"] or []
    fields["targets"] = fields["targets"] or []
    fields["sources"] = fields["sources"] or []
    evidence = [Evidence.model_construct(**e) for e in row.get("evidence") or []] if with_evidence else []
    return IncidentReport.model_construct(location=location, evidence=evidence, **fields,
                                          **{name: _count(row, name) for name in _COUNTS})


class CountView(NamedTuple):
    low: int | None
    best: int | None
    high: int | None


@dataclass(slots=True)
class LocationView:
    text: str | None
    name: str | None
    name_ar: str | None
    admin1: str | None
    admin2: str | None
    country_code: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    place_id: str | None

    def record(self) -> Location:
        return Location.model_construct(**{name: getattr(self, name) for name in _LOCATION})


@dataclass(slots=True)
class ReportView:
    """A stored report or incident read for matching and merging: the IncidentReport fields, no validation.

    Resolving reads thousands of stored reports a second; building validated records for each was most of the
    time, and these have been validated once already, on the way in."""

    date: Any
    date_precision: str | None
    location: LocationView
    event_type: str | None
    sub_event_type: str | None
    weapons: list
    targets: list
    perpetrator: list | None
    perpetrator_text: str | None
    killed: CountView | None
    injured: CountView | None
    killed_or_injured: CountView | None
    killed_children: int | None
    killed_women: int | None
    injured_children: int | None
    injured_women: int | None
    sources: list
    role: str
    provisional: bool
    confidence: float


def _count_view(row: Mapping[str, Any], name: str) -> CountView | None:
    low, best, high = row[f"{name}_low"], row[f"{name}_best"], row[f"{name}_high"]
    if low is None and best is None and high is None:
        return None
    return CountView(low, best, high)


def report_view(row: Mapping[str, Any]) -> ReportView:
    return ReportView(
        date=row["date"], date_precision=row["date_precision"],
        location=LocationView(*(row[_LOCATION_COLUMN.get(name, name)] for name in _LOCATION)),
        event_type=row["event_type"], sub_event_type=row["sub_event_type"], weapons=row["weapons"] or [],
        targets=row["targets"] or [], perpetrator=row["perpetrator"], perpetrator_text=row["perpetrator_text"],
        killed=_count_view(row, "killed"), injured=_count_view(row, "injured"),
        killed_or_injured=_count_view(row, "killed_or_injured"), killed_children=row["killed_children"],
        killed_women=row["killed_women"], injured_children=row["injured_children"],
        injured_women=row["injured_women"], sources=row["sources"] or [], role=row["role"],
        provisional=row["provisional"], confidence=row["confidence"])
