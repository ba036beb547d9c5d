"""Arabic/English text normalization that remembers where every normalized character came from."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# One character in, one character out: offsets survive these foldings unchanged.
_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ى": "ي", "ی": "ي", "ې": "ي",
        "ک": "ك", "ة": "ه",
        "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
        "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
        "٫": ".", "٬": ",", "،": ",", "؛": ";", "؟": "?",
        "“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "’": "'", "‘": "'", "`": "'",
        "–": "-", "—": "-", "‐": "-", "−": "-",
        "+": "&",  # a post's "2 kids killed + 5 injured": "and", as "&" already reads
        "\u00a0": " ", "\u200f": " ", "\u200e": " ", "\u202b": " ", "\u202c": " ", "\u200b": " ",
        **{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)},
    }
)
# What other characters are folded into (hamza forms -> ا, taa marbuta -> ه, digits, quotes...; not lower case):
# where a text as stored may differ from its normalized form.
FOLD_TARGETS = frozenset(target for source, target in _FOLD.items() if chr(source).lower() != target)
# The underscore that joins the words of a Latin hashtag ("#Kafr_Taal"): a space, one character for one (Arabic
# tags keep theirs: "#حلب_تحت_القصف" is read as a campaign's tag)
_LATIN_TAG_JOIN = re.compile(r"(?<=[a-z])_(?=[a-z])")
# Dropped entirely: tatweel and harakat (they never change which word it is in news text), and a word's hyphen at
# the end of a line of a PDF's text ("chil-\ndren"): the word as one.
_DROP = re.compile("[\u0640\u064b-\u065f\u0670]|(?<=[a-z])-\n(?=[a-z])")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """`text` normalized; `origin[i]` is the index in the original of normalized char i (None = identity)."""

    original: str
    text: str
    origin: tuple[int, ...] | None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized [start, end) span back to the original string."""
        if self.origin is None:
            return start, end
        if start >= len(self.origin):
            return len(self.original), len(self.original)
        first = self.origin[start]
        last = self.origin[end - 1] + 1 if end > start else first
        return first, last

    def original_span(self, start: int, end: int) -> str:
        a, b = self.to_original(start, end)
        return self.original[a:b]


def normalize(text: str) -> NormalizedText:
    """Fold letters, digits and punctuation to one spelling and drop diacritics, keeping an offset map."""
    if not unicodedata.is_normalized("NFC", text):
        # NFC can change length; map through it by normalizing per character cluster is overkill for news
        # text, so we accept offsets relative to the NFC form and store that form as the document text.
        text = unicodedata.normalize("NFC", text)
    folded = _LATIN_TAG_JOIN.sub(" ", text.translate(_FOLD))  # "#Kafr_Taal": a Latin name in a tag, its words apart
    if not _DROP.search(folded):
        return NormalizedText(text, folded, None)
    origin: list[int] = []
    kept_from = 0
    for match in _DROP.finditer(folded):  # keep whole runs between dropped marks (C-speed range extends)
        origin.extend(range(kept_from, match.start()))
        kept_from = match.end()
    origin.extend(range(kept_from, len(folded)))
    return NormalizedText(text, _DROP.sub("", folded), tuple(origin))


def normalize_term(term: str) -> str:
    """Normalize a lexicon entry the same way as document text (no offsets needed)."""
    return _DROP.sub("", unicodedata.normalize("NFC", term).translate(_FOLD)).strip()


_ARABIC = re.compile("[\u0600-\u06ff]+")
_LATIN = re.compile("[A-Za-z]+")


def detect_language(text: str) -> str:
    """'ar' when Arabic letters outnumber Latin ones, else 'en'."""
    sample = text[:4000]
    # Runs, not single letters: a tenth of the strings to make.
    return "ar" if sum(map(len, _ARABIC.findall(sample))) >= sum(map(len, _LATIN.findall(sample))) else "en"


def hashtag_key(tag: str) -> str:
    """The FORMATS.md hashtag key: one key for every spelling of one campaign hashtag."""
    return normalize_term(tag.lstrip("#")).replace("\u200c", "").replace("\u200d", "").casefold()
