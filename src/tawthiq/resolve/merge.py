"""An incident's fields from all its reports: the most precise place, the most reported day and type, the union
of weapons, targets, reported perpetrators and sources, and UCDP-style figures. A pure function of the reports,
in report-id order, so merging is deterministic and can be recomputed at any time."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from ..records import TARGETS, WEAPONS_BY_SPECIFICITY, IncidentReport, Location
from .figures import Figure, best_figure, merge_counts
from .match import MemberReport

_BREAKDOWNS = {"killed": ("killed_children", "killed_women"), "injured": ("injured_children", "injured_women")}


@dataclass
class Merged:
    incident: IncidentReport
    corroborated: bool
    first_reported: dt.date | None


def _most_common(values: list, default=None):
    """The most frequent value; on a tie the one reported first."""
    values = [v for v in values if v is not None]
    if not values:
        return default
    counts = Counter(values)
    return max(values, key=lambda v: (counts[v], -values.index(v)))


def _union(lists: list[list[str] | None], order: tuple[str, ...] | None = None) -> list[str]:
    seen: list[str] = []
    for items in lists:
        for item in items or []:
            if item not in seen:
                seen.append(item)
    if order:
        seen.sort(key=lambda v: order.index(v) if v in order else len(order))
    return seen


def _location(location) -> Location:
    """A stored report's location view becomes a record again (a new report's already is one)."""
    return location if isinstance(location, Location) else location.record()


def independent_origins(members: list[MemberReport]) -> set:
    """Who stands behind the reports: the outlet when known, else the sources the report cites.

    Two articles of one outlet are one origin; a report of unknown outlet that cites nobody counts for nothing.
    """
    origins: set = set()
    for member in members:
        if member.outlet:
            origins.add(("outlet", member.outlet.casefold()))
        elif member.report.sources:
            origins.add(("cites", tuple(sorted(member.report.sources))))
    return origins


def merged_incident(members: list[MemberReport]) -> Merged:
    members = sorted(members, key=lambda m: m.report_id)
    reports = [m.report for m in members]
    placed = min(members, key=lambda m: (m.report.location.geo_precision or 4,
                                         -sum(r.location.place_id == m.report.location.place_id for r in reports),
                                         m.report_id))
    main = [r for r in reports if r.role == "main"] or reports
    day = _most_common([r.date for r in main]) or _most_common([r.date for r in reports])
    dated = next((r for r in reports if r.date == day), placed.report)
    precision = dated.date_precision if day else None
    if day is None:  # no report says when: it happened on or shortly before the day it was first reported
        published = [m.published for m in members if m.report.role == "main" and m.published]
        day, precision = (min(published), "week") if published else (None, None)
    sub_event = _most_common([r.sub_event_type for r in reports])
    merged = IncidentReport(
        date=day,
        date_precision=precision,
        location=_location(placed.report.location),
        event_type=next((r.event_type for r in reports if r.sub_event_type == sub_event), None)
        if sub_event else _most_common([r.event_type for r in reports]),
        sub_event_type=sub_event,
        weapons=_union([r.weapons for r in reports], WEAPONS_BY_SPECIFICITY),
        targets=_union([r.targets for r in reports], TARGETS),
        perpetrator=_union([r.perpetrator for r in reports]) or None,
        perpetrator_text=" / ".join(dict.fromkeys(r.perpetrator_text for r in reports if r.perpetrator_text)) or None,
        sources=_union([r.sources for r in reports]),
        role="main" if any(r.role == "main" for r in reports) else "background",
        confidence=max(r.confidence for r in reports),
    )
    for name in ("killed", "injured", "killed_or_injured"):
        figures = [Figure(getattr(m.report, name), tuple(m.report.sources), m.published, m.report_id)
                   for m in members if getattr(m.report, name) is not None]
        setattr(merged, name, merge_counts(figures))
        chosen = best_figure([f for f in figures if f.count.best is not None] or figures)
        if name == "killed" and chosen is not None:
            merged.provisional = next(m.report.provisional for m in members if m.report_id == chosen.report_id)
        for breakdown in _BREAKDOWNS.get(name, ()):
            # The breakdown that goes with the chosen figure; else the largest any report gives.
            source = next((m.report for m in members if chosen and m.report_id == chosen.report_id), None)
            value = getattr(source, breakdown) if source is not None else None
            if value is None:
                value = max((getattr(r, breakdown) for r in reports if getattr(r, breakdown) is not None),
                            default=None)
            setattr(merged, breakdown, value)
    documents = {m.document_id for m in members}
    published = [m.published for m in members if m.published is not None]
    return Merged(merged, len(documents) >= 2 and len(independent_origins(members)) >= 2,
                  min(published) if published else None)
