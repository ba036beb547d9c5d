"""Readers for gazetteer files: GeoNames dumps and alternate names, OCHA COD CSVs, OpenSyria admin JSON.

Each reader turns one file into `Place` records and a list of problems (line number and what is wrong); a bad
row is reported and skipped, the rest is read. Admin names are made consistent with the governorates already
known (`canonical_admin1`), so imported places and extracted incidents speak of one "Idlib", not "Idleb".
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from ..ingest.text import bounded_lines
from .embedded import canonical_admin1, syria_admin1_by_geonames_code
from .gazetteer import Place
from .names import arabic_key, is_arabic

FORMATS = ("geonames", "alternate-names", "ocha", "opensyria")
MAX_LINE = 1 << 20
_GEONAMES_COLUMNS = 19
_ADMIN_KINDS = {"ADM1": "governorate", "ADM2": "district", "ADM3": "subdistrict"}
_SETTLEMENT_CODES = {"CMPRF", "CMPRFX"}  # refugee camps are class S in GeoNames; they are places attacks hit
_SKIPPED_LANGUAGES = {"link", "wkdt", "post", "iata", "icao", "faac", "abbr", "unlc", "fr_1793", "phon", "piny"}
# Admin prefixes a name may carry in Arabic and English ("ناحية مركز إدلب", "Dana Subdistrict").
_ARABIC_UNIT_WORDS = ("محافظه ", "منطقه ", "ناحيه ", "مركز ")
_ENGLISH_UNIT_SUFFIX = re.compile(r"\s+(governorate|district|sub-?district|nahiya|mantiqa)$", re.IGNORECASE)


@dataclass
class Problem:
    line: int
    message: str


@dataclass
class ReadResult:
    places: list[Place] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: int = 0  # rows read fine that are not places we keep (mountains, rivers, other countries)


def guess_format(path: Path) -> str:
    name = path.name.lower()
    if name.startswith("alternatenames"):
        return "alternate-names"
    if name.endswith(".json"):
        return "opensyria"
    if name.endswith(".csv"):
        return "ocha"
    return "geonames"


@contextmanager
def open_binary(path: Path) -> Iterator[BinaryIO]:
    """The file, or the one .txt inside a GeoNames .zip (SY.zip holds SY.txt and a readme)."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if m.endswith(".txt") and "readme" not in m.lower()]
            if not members:
                raise ValueError(f"{path}: no .txt data file inside the zip")
            with archive.open(members[0]) as handle:
                yield handle
    else:
        with open(path, "rb") as handle:
            yield handle


def _lines(stream: BinaryIO, result: ReadResult) -> Iterator[tuple[int, str]]:
    for number, (raw, too_long) in enumerate(bounded_lines(stream, MAX_LINE), start=1):
        if too_long:
            result.problems.append(Problem(number, f"line longer than {MAX_LINE // 1_048_576} MB"))
            continue
        try:
            line = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as error:
            result.problems.append(Problem(number, f"not valid UTF-8 at byte {error.start}"))
            continue
        if line.strip() and not line.startswith("#"):
            yield number, line


def _split_names(names: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    arabic = {n.strip() for n in names if n.strip() and is_arabic(n)}
    latin = {n.strip() for n in names if len(n.strip()) >= 3 and not is_arabic(n) and _latin_script(n)}
    return tuple(sorted(arabic)), tuple(sorted(latin))


def _latin_script(name: str) -> bool:
    return all(c.isascii() or "\u00c0" <= c <= "\u024f" or "\u1e00" <= c <= "\u1eff" or c in "ʿʾ‘’`" for c in name)


def _number(text: str, what: str, low: float, high: float) -> float:
    value = float(text)
    if not low <= value <= high:
        raise ValueError(f"{what} {text} out of range")
    return value


# -- GeoNames -------------------------------------------------------------------------------------------------
def read_geonames(stream: BinaryIO, country: str | None, governorates: list[Place]) -> ReadResult:
    """A GeoNames dump (SY.txt, allCountries.txt): populated places, camps and ADM1-3 units of `country`."""
    result = ReadResult()
    rows: list[tuple[int, list[str]]] = []
    for number, line in _lines(stream, result):
        columns = line.split("\t")
        if len(columns) != _GEONAMES_COLUMNS:
            result.problems.append(Problem(number, f"expected {_GEONAMES_COLUMNS} tab-separated columns, "
                                                   f"found {len(columns)}"))
            continue
        if country and columns[8] != country:
            result.skipped += 1
            continue
        if not (columns[6] == "P" or columns[7] in _ADMIN_KINDS or columns[7] in _SETTLEMENT_CODES):
            result.skipped += 1
            continue
        rows.append((number, columns))
    # Admin names first (a unit's row may come after its towns), in our spelling for known governorates.
    known_by_code = syria_admin1_by_geonames_code() if country in ("SY", None) else {}
    units: dict[tuple[str, ...], tuple[str, str]] = {}  # (cc, admin1[, admin2[, admin3]]) -> (place id, name)
    for _, c in rows:
        if c[7] in _ADMIN_KINDS:
            depth = ("ADM1", "ADM2", "ADM3").index(c[7]) + 1
            key = (c[8], *c[10 : 10 + depth])
            name = c[1]
            place_id = f"geonames:{c[0]}"
            if depth == 1:
                name = (known_by_code.get(c[10]) if c[8] == "SY" else None) or canonical_admin1(c[1], governorates) or c[1]
                existing = next((g for g in governorates if g.admin1 == name and g.country_code == c[8]), None)
                place_id = existing.place_id if existing is not None else place_id
            units[key] = (place_id, name)
    for number, c in rows:
        try:
            latitude = _number(c[4], "latitude", -90, 90)
            longitude = _number(c[5], "longitude", -180, 180)
            population = int(c[14] or 0)
        except ValueError as error:
            result.problems.append(Problem(number, f"geonameid {c[0]}: {error}"))
            continue
        if not c[0].isdigit() or not c[1].strip():
            result.problems.append(Problem(number, "missing geonameid or name"))
            continue
        cc = c[8]
        admin1 = units.get((cc, c[10]), (None, None))[1] or (known_by_code.get(c[10]) if cc == "SY" else None)
        admin2 = units.get((cc, c[10], c[11]), (None, None))[1] if c[11] else None
        admin3 = units.get((cc, c[10], c[11], c[12]), (None, None))[1] if c[12] else None
        kind = _ADMIN_KINDS.get(c[7], "town")
        depth = {"governorate": 1, "district": 2, "subdistrict": 3, "town": 4}[kind]
        parent = None
        for level in range(min(depth - 1, 3), 0, -1):
            unit = units.get((cc, *c[10 : 10 + level]))
            if unit is not None:
                parent = unit[0]
                break
        place_id = units[(cc, *c[10 : 10 + depth])][0] if kind != "town" else f"geonames:{c[0]}"
        arabic, latin = _split_names([c[1], c[2], *c[3].split(",")])
        result.places.append(Place(
            place_id=place_id, name=c[1] if kind != "governorate" else admin1 or c[1],
            name_ar=arabic[0] if arabic else None, admin1=admin1, admin2=admin2 if depth > 2 else None,
            country_code=cc, latitude=latitude, longitude=longitude, population=population, kind=kind,
            names_ar=arabic, names_en=latin, source="geonames", parent_id=parent,
            admin3=admin3 if depth > 3 else None,
        ))
    return result


def read_alternate_names(stream: BinaryIO, places: dict[str, Place]) -> ReadResult:
    """GeoNames alternateNamesV2.txt: spellings added to places already imported (ids `geonames:<id>`)."""
    result = ReadResult()
    extra: dict[str, list[str]] = {}
    for number, line in _lines(stream, result):
        columns = line.split("\t")
        if len(columns) < 4 or not columns[1].isdigit():
            result.problems.append(Problem(number, "expected alternateNameId, geonameid, isolanguage, name, ..."))
            continue
        place_id = f"geonames:{columns[1]}"
        if place_id not in places or columns[2] in _SKIPPED_LANGUAGES or not columns[3].strip():
            result.skipped += 1
            continue
        extra.setdefault(place_id, []).append(columns[3])
    for place_id, names in extra.items():
        place = places[place_id]
        arabic, latin = _split_names(names)
        merged = replace(place, names_ar=tuple(sorted(set(place.names_ar) | set(arabic))),
                         names_en=tuple(sorted(set(place.names_en) | set(latin))))
        if merged.name_ar is None and merged.names_ar:
            merged = replace(merged, name_ar=merged.names_ar[0])
        if merged != place:
            result.places.append(merged)
    return result


# -- OCHA COD -------------------------------------------------------------------------------------------------
_OCHA_NAME = re.compile(r"^adm(?:in)?(\d)(?:name)?(?:ref)?(en|ar)$")
_OCHA_PCODE = re.compile(r"^adm(?:in)?(\d)pcode$")
_LATITUDE = {"latitude", "lat", "y", "latitudey", "laty"}
_LONGITUDE = {"longitude", "lon", "long", "lng", "x", "longitudex", "longx"}


def _header_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def read_ocha(stream: BinaryIO, country: str, governorates: list[Place]) -> ReadResult:
    """An OCHA COD CSV (admin boundaries or populated places): admin0-4 names en/ar, P-codes, coordinates."""
    result = ReadResult()
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="", errors="strict")
    try:
        reader = csv.reader(text)
        header = next(reader, None)
    except (UnicodeDecodeError, csv.Error) as error:
        result.problems.append(Problem(1, f"unreadable header: {error}"))
        return result
    if not header:
        result.problems.append(Problem(1, "empty file"))
        return result
    columns = {"name": {}, "pcode": {}}
    latitude = longitude = None
    for index, raw in enumerate(header):
        key = _header_key(raw)
        if (match := _OCHA_NAME.match(key)) is not None:
            columns["name"].setdefault((int(match.group(1)), match.group(2)), index)
        elif (match := _OCHA_PCODE.match(key)) is not None:
            columns["pcode"].setdefault(int(match.group(1)), index)
        elif key in _LATITUDE:
            latitude = index
        elif key in _LONGITUDE:
            longitude = index
    levels = sorted({level for level, _ in columns["name"]} | set(columns["pcode"]))
    if not levels or max(levels) < 1:
        result.problems.append(Problem(1, "no admin name columns (admin1Name_en, ADM1_EN, ...) in the header"))
        return result
    by_pcode = {g.pcode: g for g in governorates if g.pcode}
    number = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except (UnicodeDecodeError, csv.Error) as error:
            number += 1
            result.problems.append(Problem(number, f"unreadable row: {error}"))
            continue
        number = reader.line_num
        if not any(cell.strip() for cell in row) or row[0].startswith("#"):
            continue  # blank, or the HXL hashtag row under the header
        place = _ocha_place(row, columns, latitude, longitude, country, by_pcode)
        if isinstance(place, str):
            result.problems.append(Problem(number, place))
        else:
            result.places.append(place)
    return _dedupe(result)


def _cell(row: list[str], index: int | None) -> str | None:
    if index is None or index >= len(row):
        return None
    return row[index].strip() or None


def _ocha_place(row, columns, lat_index, lon_index, country, by_pcode) -> Place | str:
    names = {key: _cell(row, index) for key, index in columns["name"].items()}
    pcodes = {level: _cell(row, index) for level, index in columns["pcode"].items()}
    depth = max((level for (level, _), value in names.items() if value and level >= 1), default=0)
    if depth == 0:
        return "no admin1-4 name in this row"
    pcode = pcodes.get(depth)
    name_en, name_ar = names.get((depth, "en")), names.get((depth, "ar"))
    try:
        lat = _number(row[lat_index], "latitude", -90, 90) if _cell(row, lat_index) else None
        lon = _number(row[lon_index], "longitude", -180, 180) if _cell(row, lon_index) else None
    except ValueError as error:
        return str(error)
    if (lat is None) != (lon is None):
        return "latitude without longitude (or the reverse)"
    admin1_code = pcodes.get(1)
    known = by_pcode.get(admin1_code) if admin1_code else None
    admin1 = known.admin1 if known is not None else names.get((1, "en"))
    kind = {1: "governorate", 2: "district", 3: "subdistrict"}.get(depth, "town")
    place_id = f"pcode:{pcode}" if pcode else f"ocha:{country}:{name_en or name_ar}:{admin1}"
    parent = next((f"pcode:{pcodes[level]}" for level in range(depth - 1, 0, -1) if pcodes.get(level)), None)
    code_country = (pcodes.get(0) or "")[:2].upper() or (pcode or "")[:2].upper()
    arabic, latin = _split_names([n for n in (name_ar, name_en) if n])
    return Place(
        place_id=place_id, name=(known.name if kind == "governorate" and known else name_en or name_ar or ""),
        name_ar=name_ar, admin1=admin1, admin2=names.get((2, "en")) if depth > 2 else None,
        country_code=code_country if code_country.isalpha() and len(code_country) == 2 else country,
        latitude=lat, longitude=lon, population=0, kind=kind,
        names_ar=_with_unit_words_stripped(arabic), names_en=_with_unit_words_stripped(latin), source="ocha",
        pcode=pcode, parent_id=parent, admin3=names.get((3, "en")) if depth > 3 else None,
    )


def _dedupe(result: ReadResult) -> ReadResult:
    """An admin CSV repeats a governorate on every row below it: keep one place per id, names merged."""
    by_id: dict[str, Place] = {}
    for place in result.places:
        by_id[place.place_id] = by_id[place.place_id].merged_with(place) if place.place_id in by_id else place
    result.places = list(by_id.values())
    return result


def _with_unit_words_stripped(names: tuple[str, ...]) -> tuple[str, ...]:
    """'مركز الأتارب' is also 'الأتارب'; 'Dana Subdistrict' is also 'Dana'."""
    out = set(names)
    for name in names:
        key = arabic_key(name) if is_arabic(name) else name
        for word in _ARABIC_UNIT_WORDS:
            while key.startswith(word):
                key = key[len(word) :]
                out.add(key)
        stripped = _ENGLISH_UNIT_SUFFIX.sub("", name)
        if stripped != name and stripped:
            out.add(stripped)
    return tuple(sorted(n for n in out if n))


# -- OpenSyria ------------------------------------------------------------------------------------------------
def read_opensyria(stream: BinaryIO, governorates: list[Place], known: dict[str, Place]) -> ReadResult:
    """OpenSyria data-geography JSON (governorates/districts/subdistricts.json): names, aliases, P-codes."""
    result = ReadResult()
    try:
        records = json.load(io.TextIOWrapper(stream, encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        result.problems.append(Problem(getattr(error, "lineno", 1), f"not valid JSON: {error}"))
        return result
    if not isinstance(records, list):
        result.problems.append(Problem(1, "expected a JSON array of admin units"))
        return result
    by_pcode = {p.pcode: p for p in [*governorates, *known.values()] if p.pcode}
    for index, record in enumerate(records, start=1):
        place = _opensyria_place(record, by_pcode)
        if isinstance(place, str):
            result.problems.append(Problem(index, f"record {index}: {place}"))
        else:
            result.places.append(place)
            if place.pcode:
                by_pcode[place.pcode] = place
    return result


def _opensyria_place(record, by_pcode: dict[str, Place]) -> Place | str:
    if not isinstance(record, dict) or not isinstance(record.get("name"), dict):
        return "not an admin unit object (no \"name\")"
    name_en, name_ar = record["name"].get("en"), record["name"].get("ar")
    if not name_en and not name_ar:
        return "no name in English or Arabic"
    kind = "subdistrict" if "districtId" in record else "district" if "governorateId" in record else "governorate"
    pcode = (record.get("externalIds") or {}).get("ochaPcode")
    centroid = record.get("centroid") or {}
    try:
        lat = _number(str(centroid["latitude"]), "latitude", -90, 90) if centroid.get("latitude") is not None else None
        lon = _number(str(centroid["longitude"]), "longitude", -180, 180) if centroid.get("longitude") is not None else None
    except ValueError as error:
        return str(error)
    governorate = by_pcode.get(pcode[:4]) if pcode else None
    district = by_pcode.get(pcode[:6]) if pcode and kind == "subdistrict" else None
    aliases = [a.get("value", "") for a in record.get("aliases") or [] if isinstance(a, dict)]
    arabic, latin = _split_names([n for n in (name_en, name_ar, *aliases) if n])
    population = (record.get("population") or {}).get("value") if isinstance(record.get("population"), dict) else None
    admin1 = governorate.admin1 if governorate is not None else None
    return Place(
        place_id=f"pcode:{pcode}" if pcode else f"opensyria:{record.get('id')}",
        name=(governorate.name if kind == "governorate" and governorate else name_en or name_ar),
        name_ar=name_ar, admin1=admin1,
        admin2=(district.name if district is not None else None), country_code=(pcode or "SY")[:2].upper(),
        latitude=lat, longitude=lon, population=int(population or 0), kind=kind,
        names_ar=_with_unit_words_stripped(arabic), names_en=_with_unit_words_stripped(latin), source="opensyria",
        pcode=pcode, parent_id=(f"pcode:{pcode[:6]}" if kind == "subdistrict" and pcode else
                                f"pcode:{pcode[:4]}" if kind == "district" and pcode else None),
    )


READERS: dict[str, Callable] = {"geonames": read_geonames, "alternate-names": read_alternate_names,
                                 "ocha": read_ocha, "opensyria": read_opensyria}


@dataclass
class ImportSummary:
    path: Path
    format: str
    added: int
    updated: int
    unchanged: int
    skipped: int
    problems: list[Problem]


def import_file(path: Path, fmt: str | None, country: str, store) -> ImportSummary:
    """Read one file into the store; raises ValueError when the file as a whole cannot be read."""
    from .embedded import syria_governorates

    fmt = fmt or guess_format(path)
    if fmt not in READERS:
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    stored = store.places(None if fmt == "alternate-names" else country)
    governorates = [*(syria_governorates() if country == "SY" else []),
                    *(p for p in stored if p.kind == "governorate" and p.country_code == country)]
    with open_binary(path) as stream:
        if fmt == "geonames":
            result = read_geonames(stream, country, governorates)
        elif fmt == "alternate-names":
            result = read_alternate_names(stream, {p.place_id: p for p in stored if p.place_id.startswith("geonames:")})
        elif fmt == "ocha":
            result = read_ocha(stream, country, governorates)
        else:
            result = read_opensyria(stream, governorates, {p.place_id: p for p in stored})
    added, updated, unchanged = store.upsert(result.places)
    return ImportSummary(path, fmt, added, updated, unchanged, result.skipped, result.problems)
