"""One pass over a document: normalized text, lexicon hits and numbers as one ordered list of items."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .lexicon import Entry, Hit, Lexicon, base_lexicon
from .normalize import NormalizedText, normalize
from .numbers import compose, digit_numbers

_WORD = re.compile(r"\w+")
_NUMBER_ENTRY = Entry("number", "", "")


# Not frozen: a frozen dataclass is built four times slower, and a document makes hundreds of items. An item is
# itself (compared and hashed by identity), and nothing changes one after the scan.
@dataclass(slots=True, eq=False)
class Item:
    """A lexicon hit or a number; `number` is set for numbers (digits or composed words)."""

    start: int
    end: int
    entry: Entry
    prefix: str = ""
    number: int | None = None
    category: str = ""  # copies of entry.category / entry.value: read millions of times
    value: str = ""

    @property
    def word_start(self) -> int:
        """Start of the whole word, clitics and article included (for evidence spans)."""
        return self.start - len(self.prefix)

    def col(self, index: int) -> str:
        extra = self.entry.extra
        return extra[index] if index < len(extra) else ""


@dataclass
class Scan:
    norm: NormalizedText
    items: list[Item]
    word_starts: list[int]
    # {start of a number: the outcome its table column names} (extract.tables), for numbers in table rows
    column_outcomes: dict[int, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.norm.text

    def word_index(self, position: int) -> int:
        return bisect_right(self.word_starts, position) - 1

    def gap(self, left: Item, right: Item) -> int:
        """Whole words strictly between two items (0 when adjacent)."""
        return max(0, self.word_index(right.start) - self.word_index(left.end - 1) - 1)

    def between(self, left: Item, right: Item) -> str:
        return self.norm.text[left.end : right.start]


def _compose_number_words(hits: list[Hit], text: str) -> list[Item]:
    """Turn lexicon hits into items, joining runs of number words ("خمسة وعشرون") into one number."""
    items: list[Item] = []
    run: list[Hit] = []

    def flush() -> None:
        if run:
            value = compose([(int(h.entry.value), h.entry.extra[0] if h.entry.extra else "unit") for h in run])
            items.append(Item(run[0].start, run[-1].end, _NUMBER_ENTRY, run[0].prefix, value, "number"))
            run.clear()

    for hit in hits:
        if hit.entry.category != "numbers":
            flush()
            items.append(Item(hit.start, hit.end, hit.entry, hit.prefix, None, hit.entry.category, hit.entry.value))
            continue
        if run:
            between = text[run[-1].end : hit.start - len(hit.prefix)]
            joined = between.strip() in ("", "-") and (hit.prefix == "و" or hit.entry.pattern.isascii()) \
                or between.strip() == "and" and hit.entry.pattern.isascii() and int(run[-1].entry.value) % 100 == 0
            # ("a hundred and twelve": "and" after hundreds joins the number in English)
            if not joined and not (between.strip() == "" and hit.entry.extra[:1] == ("scale",)):
                flush()
        run.append(hit)
    flush()
    return items


# "أطلق مسلحون مجهولون النار على ...": Arabic puts the subject between the verb and its object, which no fixed
# lexicon phrase spans; the object stands for the phrase "اطلق النار"
_SPLIT_FIRE = re.compile(r"(?<!\S)[وف]?اطلق(?:ت|وا)?\s(?:[^\s.,،]+\s){1,3}?(النار)(?!\w)")


def _fire_told_apart(text: str, lexicon: Lexicon, items: list[Item]) -> None:
    """Add an item for "اطلق النار" wherever its verb and object stand apart and no hit covers the object."""
    matches = list(_SPLIT_FIRE.finditer(text)) if "النار" in text else []
    if not matches:
        return
    phrase = next((hit.entry for hit in lexicon.match("اطلق النار") if hit.entry.category == "attack"), None)
    if phrase is None:
        return
    for match in matches:
        start, end = match.span(1)
        if not any(item.start < end and start < item.end for item in items):
            items.append(Item(start, end, phrase, "", None, phrase.category, phrase.value))


def scan(text: str, lexicon: Lexicon | None = None) -> Scan:
    norm = normalize(text)
    lexicon = lexicon or base_lexicon()
    hits = lexicon.match(norm.text)
    items = _compose_number_words(hits, norm.text)
    _fire_told_apart(norm.text, lexicon, items)
    for number in digit_numbers(norm.text):
        items.append(Item(number.start, number.end, _NUMBER_ENTRY, number.prefix, number.value, "number"))
    items.sort(key=lambda item: (item.start, item.end))
    word_starts = [m.start() for m in _WORD.finditer(norm.text)]
    return Scan(norm, items, word_starts)
