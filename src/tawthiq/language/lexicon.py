"""Lexicon files (data/*.tsv) compiled into one Aho-Corasick automaton, matched once per document."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

import ahocorasick

from .normalize import normalize_term

# Clitics an Arabic word may carry before it. Patterns written with the article need one of the
# article forms; patterns without it accept only the bare clitics (so "اثنين" two != "الاثنين" Monday).
_BARE_CLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل"})
_ARTICLE_CLITICS = frozenset({"ال", "وال", "بال", "فال", "كال", "لل", "ولل", "فلل", "وبال", "فبال",
                              "عال", "وعال"})  # (spoken "على ال...": "عالمدرسة", "عاللطامنة")
_MAX_CLITIC = 4
_CLITICS_ALLOWED = {"none": _BARE_CLITICS, "required": _ARTICLE_CLITICS, "optional": _BARE_CLITICS | _ARTICLE_CLITICS}

# A place's name takes no bare "ف" ("then"): "فاطمة" is a woman's name, not "ف" + Atmeh
_PLACE_CLITICS = {article: allowed - {"ف", "فب", "فل"} for article, allowed in _CLITICS_ALLOWED.items()}


def _clitics_of(entry: "Entry") -> frozenset[str]:
    return (_PLACE_CLITICS if entry.category == "place" else _CLITICS_ALLOWED)[entry.article]


LEXICON_FILES = ("numbers", "quantifiers", "casualty", "attack", "targets", "actors", "sources", "time", "places", "cues")


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon row: its file (category), pattern, and the other columns."""

    category: str
    pattern: str
    value: str
    extra: tuple[str, ...] = ()
    article: str = "none"  # "none", "required" or "optional"
    suffix: bool = False


@dataclass(slots=True, eq=False)  # (as scan.Item: built by the hundred per document, so not frozen)
class Hit:
    """A lexicon entry found in normalized text; [start, end) covers the pattern, not its clitics."""

    start: int
    end: int
    entry: Entry
    prefix: str = ""

    @property
    def category(self) -> str:
        return self.entry.category

    @property
    def value(self) -> str:
        return self.entry.value


@dataclass
class Lexicon:
    """All entries, one automaton; `match(text)` returns non-overlapping hits, longest first."""

    entries: list[Entry] = field(default_factory=list)
    _automaton: ahocorasick.Automaton | None = None

    def add(self, entry: Entry) -> None:
        self.entries.append(entry)
        self._automaton = None

    def extend(self, entries: Iterable[Entry]) -> None:
        self.entries.extend(entries)
        self._automaton = None

    def build(self) -> None:
        automaton = ahocorasick.Automaton()
        keyed: dict[str, list[Entry]] = {}
        for entry in dict.fromkeys(self.entries):  # two spellings may fold to one entry
            keyed.setdefault(entry.pattern, []).append(entry)
        for key, entries in keyed.items():
            # What match() asks of a key, worked out once: its length, whether it is Latin (a Latin word takes no
            # clitics), and each entry with whether it takes a suffix and the clitics it may carry
            automaton.add_word(key, (len(key), key.isascii(),
                                     tuple((entry, entry.suffix, _clitics_of(entry)) for entry in entries)))
        automaton.make_automaton()
        self._automaton = automaton

    def match(self, text: str) -> list[Hit]:
        if self._automaton is None:
            self.build()
        candidates: list[Hit] = []
        append = candidates.append
        size = len(text)
        for end_index, (length, latin, entries) in self._automaton.iter(text):
            end = end_index + 1
            start = end - length
            # A match must start a word (after at most _MAX_CLITIC letters of clitics) and end one (or take a
            # suffix): the letters around it are looked at directly, a few characters each way.
            word_start = start
            while word_start > 0 and text[word_start - 1].isalpha():
                word_start -= 1
                if start - word_start > _MAX_CLITIC:
                    break
            if start - word_start > _MAX_CLITIC:
                continue
            prefix = text[word_start:start] if word_start < start else ""
            if prefix and latin:
                continue
            letter_after = end < size and text[end].isalpha()
            for entry, suffix, clitics in entries:
                if (suffix or not letter_after) and prefix in clitics:
                    append(Hit(start, end, entry, prefix))
        return _longest_non_overlapping(candidates)


def _longest_non_overlapping(hits: list[Hit]) -> list[Hit]:
    # Prefer the longest match; among equals, the earliest. Different categories may share a span
    # (a word that is both a weapon and a target), so identical spans are all kept.
    if not hits:
        return hits
    hits.sort(key=lambda h: (h.start - h.end, h.start))
    occupied = bytearray(max(h.end for h in hits))
    kept_spans: set[tuple[int, int]] = set()
    kept: list[Hit] = []
    for hit in hits:
        start, end = hit.start, hit.end
        if occupied.find(1, start, end) == -1 or (start, end) in kept_spans:
            kept.append(hit)
            kept_spans.add((start, end))
            occupied[start:end] = b"\x01" * (end - start)
    kept.sort(key=lambda h: (h.start, h.end))
    return kept


def parse_pattern(raw: str) -> tuple[str, str, bool]:
    """Return (normalized key, article mode, suffix allowed) for a pattern as written in a TSV file."""
    pattern = raw.strip()
    suffix = pattern.endswith("*")
    if suffix:
        pattern = pattern[:-1]
    article = "none"
    if pattern.startswith("(ال)"):
        pattern, article = pattern[4:], "optional"
    key = normalize_term(pattern)
    if article == "none" and key.startswith("ال") and len(key) > 3:
        key, article = key[2:], "required"
    return key, article, suffix


def read_tsv(path: Path | str, category: str | None = None) -> list[Entry]:
    """Read one lexicon file; errors name the file and line."""
    path = Path(path)
    category = category or path.stem
    entries: list[Entry] = []
    with open(path, encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.reader(handle, delimiter="\t") if row and not row[0].startswith("#")]
    if not rows:
        return entries
    header, body = rows[0], rows[1:]
    if header[0] != "pattern":
        raise ValueError(f"{path}: the first column must be 'pattern', found {header[0]!r}")
    for line_number, row in enumerate(body, start=2):
        if not row[0].strip():
            continue
        key, article, suffix = parse_pattern(row[0])
        if not key:
            raise ValueError(f"{path}:{line_number}: empty pattern")
        cells = [cell.strip() for cell in row[1:]] + [""] * (len(header) - len(row))
        entries.append(Entry(category, key, cells[0] if cells else "", tuple(cells[1:]), article, suffix))
    return entries


def data_path(name: str) -> Path:
    return Path(str(resources.files("tawthiq.language") / "data" / f"{name}.tsv"))


@lru_cache(maxsize=1)
def base_lexicon() -> Lexicon:
    """The built-in lexicons, loaded once per process."""
    lexicon = Lexicon()
    for name in LEXICON_FILES:
        lexicon.extend(read_tsv(data_path(name)))
    lexicon.build()
    return lexicon
