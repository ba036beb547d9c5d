"""Name keys for place lookup: one folded key per script and a consonant skeleton shared by both scripts.

Written by hand: no maintained library maps Arabic place names to the many Latin spellings gazetteers use
("ترمانين" ~ "Tirmanin" ~ "Termanin", "الأتارب" ~ "Al Atarib" ~ "Atareb"). Arabic script writes few vowels
and Latin transliterations disagree on vowels, doubling and the article, so both sides are reduced to the
consonants they agree on, in shared classes (ق/ك ~ q/k, س/ص ~ s, ط/ت ~ t ...); vowels, weak letters (ا و ي),
ع/ء and the article are dropped and repeats collapsed.
"""

from __future__ import annotations

import re
import unicodedata

from ..language.normalize import normalize_term

# Arabic letter (after normalize_term) -> consonant class; letters absent here are dropped.
_ARABIC_CLASSES = {
    "ب": "b", "ت": "t", "ط": "t", "ث": "t", "ج": "j", "ح": "h", "ه": "h", "خ": "X", "د": "d", "ض": "d",
    "ذ": "d", "ظ": "d", "ر": "r", "ز": "z", "س": "s", "ص": "s", "ش": "C", "غ": "G", "ف": "f", "ق": "k",
    "ك": "k", "ل": "l", "م": "m", "ن": "n", "پ": "b", "گ": "k", "چ": "j", "ڤ": "f",
}
# Latin digraphs first (to the upper-case classes), then single letters; vowels, w and y are dropped.
_LATIN_DIGRAPHS = (("kh", "X"), ("sh", "C"), ("ch", "C"), ("gh", "G"), ("th", "t"), ("dh", "d"), ("dj", "j"))
_LATIN_CLASSES = {
    "b": "b", "p": "b", "t": "t", "j": "j", "g": "G", "h": "h", "d": "d", "r": "r", "z": "z", "s": "s",
    "f": "f", "v": "f", "q": "k", "k": "k", "c": "k", "l": "l", "m": "m", "n": "n", "x": "ks",
    "X": "X", "C": "C", "G": "G",
}
# The Arabic article in Latin spellings, sun-letter assimilation included ("Ad Dana", "an-Nu`man").
_LATIN_ARTICLES = frozenset("al el il ul ad adh an ar as ash at ath az ed en er es esh et ez".split())
_ARTICLE_WORD = re.compile(r"(?<![a-z])(?:" + "|".join(sorted(_LATIN_ARTICLES, key=len, reverse=True)) + r")[ -](?=[a-z])")
_LATIN_WORD = re.compile(r"[a-z]+")
_REPEATS = re.compile(r"(.)\1+")
_ARABIC_LETTERS = re.compile("[\u0621-\u064a]")


def is_arabic(name: str) -> bool:
    return bool(_ARABIC_LETTERS.search(name))


def arabic_key(name: str) -> str:
    """The normalized Arabic spelling (hamza, taa marbuta, alef maqsura and harakat folded)."""
    return " ".join(normalize_term(name).split())


def fold_latin(name: str) -> str:
    """Lowercase ASCII, diacritics and apostrophes gone: 'Al Atārib' -> 'al atarib', 'Ma`arrat' -> 'maarrat'."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(_LATIN_WORD.findall(ascii_text.replace("'", "").replace("`", "")))


_FINAL_H = re.compile(r"(?<=[^\W\d_]{2}[ae])h\b")


def latin_spellings(name: str) -> set[str]:
    """How a Latin name may appear in normalized text: as written, without diacritics, hyphen or space."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    spellings = {normalize_term(name), normalize_term(plain)}
    # English news writes every article "al-": "Jisr ash Shughur" appears as "Jisr al-Shughur".
    spellings |= {_ARTICLE_WORD.sub("al-", s) for s in spellings}
    spellings |= {s.replace("-", " ") for s in spellings} | {s.replace(" ", "-") for s in spellings if " " in s}
    # The final "h" of a taa marbuta is often dropped: "Dārat ‘Izzah" appears as "Darat Izza".
    spellings |= {_FINAL_H.sub("", s) for s in spellings}
    return {" ".join(s.split()) for s in spellings if s.strip()}


def without_final_h(key: str) -> str:
    """A folded key with the final "h" of a taa marbuta dropped from each word: 'darat izzah' -> 'darat izza'."""
    return _FINAL_H.sub("", key)


def latin_key(name: str) -> str:
    """The folded Latin spelling without the article: 'Al-Atarib' and 'al Atarib' -> 'atarib'."""
    words = [w for w in fold_latin(name).split() if w not in _LATIN_ARTICLES]
    return " ".join(words)


_VOWEL_SPELLINGS = (("ou", "u"), ("oo", "u"), ("ee", "i"))


def plain_vowels(key: str) -> str:
    """A folded Latin key with the French and English ways of writing a long vowel made one: 'sousah' -> 'susah'
    (as "Qousseir", "Deir Ballout"); only a fallback when no name is spelled as written."""
    for spelling, vowel in _VOWEL_SPELLINGS:
        key = key.replace(spelling, vowel)
    return key


def _arabic_word_skeleton(word: str) -> str:
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    if word.endswith("ه") and len(word) > 2:
        word = word[:-1]  # taa marbuta (folded to ه) has no consonant of its own in Latin spellings
    return "".join(_ARABIC_CLASSES.get(letter, "") for letter in word)


def _latin_word_skeleton(word: str) -> str:
    if len(word) > 3 and word.endswith(("at", "et", "ah", "eh", "ih", "uh")):
        word = word[:-1]  # "Ma`arrat", "Jablah": the taa marbuta again
    for digraph, replacement in _LATIN_DIGRAPHS:
        word = word.replace(digraph, replacement)
    return "".join(_LATIN_CLASSES.get(letter, "") for letter in word)


def skeleton(name: str) -> str:
    """The consonant skeleton of a name in either script; equal skeletons mean 'may be the same name'."""
    if is_arabic(name):
        words = arabic_key(name).split()
        raw = "".join(_arabic_word_skeleton(w) for w in words)
    else:
        words = latin_key(name).split()
        raw = "".join(_latin_word_skeleton(w) for w in words)
    return _REPEATS.sub(r"\1", raw)
