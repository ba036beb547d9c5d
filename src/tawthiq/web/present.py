"""What the pages show, computed from records: filters, totals with low–best–high, per-day series, and report
text with its evidence spans marked — escaped, because report text is untrusted."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from markupsafe import Markup, escape

from ..records import Count, Evidence, Incident
from ..store.queries import IncidentFilter


@dataclass
class Filters:
    """The dashboard's filters, all kept in the URL."""

    since: dt.date | None = None
    until: dt.date | None = None
    governorate: str | None = None
    type: str | None = None
    weapon: str | None = None
    perpetrator: str | None = None
    status: str | None = None
    source: str | None = None

    def sql(self) -> IncidentFilter:
        """The part the database filters; weapon, perpetrator and source are list fields, matched in `keep`."""
        return IncidentFilter(self.since, self.until, self.governorate, self.type, self.status)

    def keep(self, incident: Incident) -> bool:
        if self.weapon and self.weapon not in incident.weapons:
            return False
        if self.perpetrator and self.perpetrator not in (incident.perpetrator or []):
            return False
        if self.source:
            wanted = self.source.casefold()
            if not any(wanted in s.casefold() for s in incident.sources + incident.outlets):
                return False
        return True

    def query(self) -> dict[str, str]:
        return {k: str(v) for k, v in vars(self).items() if v not in (None, "")}


def only(incidents: Iterable[Incident], filters: Filters) -> Iterator[Incident]:
    return (i for i in incidents if filters.keep(i))


@dataclass
class Totals:
    incidents: int = 0
    killed: list[int | None] = field(default_factory=lambda: [0, 0, 0])  # low, best, high (None: open)
    injured: list[int | None] = field(default_factory=lambda: [0, 0, 0])
    per_day: dict[dt.date, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    per_governorate: Counter = field(default_factory=Counter)
    per_type: Counter = field(default_factory=Counter)


def _add(total: list[int | None], count: Count | None) -> None:
    if count is None:
        return
    total[0] += count.low or 0
    total[1] += count.best if count.best is not None else (count.low or 0)
    total[2] = None if total[2] is None or count.high is None else total[2] + count.high


def totals(incidents: Iterable[Incident]) -> Totals:
    """Sums over distinct incidents (each incident's own figures were never summed across its reports)."""
    result = Totals()
    for incident in incidents:
        result.incidents += 1
        _add(result.killed, incident.killed)
        _add(result.injured, incident.injured)
        if incident.date:
            day = result.per_day[incident.date]
            day[0] += 1
            day[1] += (incident.killed.best or incident.killed.low or 0) if incident.killed else 0
        result.per_governorate[incident.location.admin1 or "?"] += 1
        result.per_type[incident.sub_event_type or "?"] += 1
    return result


def marked_text(text: str, evidence: list[Evidence]) -> Markup:
    """The document text with each evidence span in <mark>, everything else escaped (never trusted HTML)."""
    spans = sorted({(e.start, e.end, e.field) for e in evidence if 0 <= e.start < e.end <= len(text)})
    parts: list[str] = []
    position = 0
    for start, end, name in spans:
        if start < position:
            continue  # overlaps the span before: that one is shown
        parts.append(escape(text[position:start]))
        parts.append(Markup('<mark class="evidence" data-field="{}" title="{}">{}</mark>').format(
            name, name, text[start:end]))
        position = end
    parts.append(escape(text[position:]))
    return Markup("").join(parts)


def figure(count: Count | None, words: dict[str, str]) -> str:
    if count is None:
        return "–"
    best = count.best if count.best is not None else f"≥{count.low}"
    if count.low == count.best == count.high:
        return str(best)
    high = count.high if count.high is not None else words["open"]
    return f"{best} ({count.low}–{high})"
