"""IncidentReport <-> the flat columns of the reports and incidents tables."""

from __future__ import annotations

from typing import Any, Mapping

from ..records import Count, Evidence, IncidentReport, Location

_LOCATION = ("text", "name", "name_ar", "admin1", "admin2", "country_code", "latitude", "longitude",
             "geo_precision", "place_id")
_LOCATION_COLUMN = {"text": "location_text", "name": "location_name", "name_ar": "location_name_ar"}
_COUNTS = ("killed", "injured", "killed_or_injured")
_PLAIN = ("date", "date_precision", "event_type", "sub_event_type", "weapons", "targets", "perpetrator",
          "perpetrator_text", "killed_children", "killed_women", "injured_children", "injured_women", "sources",
          "role", "provisional", "confidence")


def report_columns(report: IncidentReport) -> dict[str, Any]:
    row: dict[str, Any] = {name: getattr(report, name) for name in _PLAIN}
    for name in _LOCATION:
        row[_LOCATION_COLUMN.get(name, name)] = getattr(report.location, name)
    for name in _COUNTS:
        count = getattr(report, name)
        for part in ("low", "best", "high"):
            row[f"{name}_{part}"] = getattr(count, part) if count is not None else None
    row["weapons"] = list(report.weapons)
    row["targets"] = list(report.targets)
    row["sources"] = list(report.sources)
    row["perpetrator"] = list(report.perpetrator) if report.perpetrator is not None else None
    return row


def _count(row: Mapping[str, Any], name: str) -> Count | None:
    parts = {part: row[f"{name}_{part}"] for part in ("low", "best", "high")}
    if all(value is None for value in parts.values()):
        return None
    return Count(**parts)


def report_from_row(row: Mapping[str, Any], *, with_evidence: bool = True) -> IncidentReport:
    location = Location(**{name: row[_LOCATION_COLUMN.get(name, name)] for name in _LOCATION})
    fields = {name: row[name] for name in _PLAIN}
    fields["weapons"] = fields["weapons"] or []
    fields["targets"] = fields["targets"] or []
    fields["sources"] = fields["sources"] or []
    evidence = [Evidence(**e) for e in row.get("evidence") or []] if with_evidence else []
    return IncidentReport(location=location, evidence=evidence, **fields,
                          **{name: _count(row, name) for name in _COUNTS})
