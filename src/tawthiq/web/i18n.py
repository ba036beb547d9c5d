"""The dashboard's two languages: Arabic (default, right-to-left) and English, from data/strings.tsv."""

from __future__ import annotations

from functools import lru_cache

from ..datafiles import read_table

LANGUAGES = ("ar", "en")


@lru_cache(maxsize=1)
def _strings() -> dict[str, dict[str, str]]:
    return {lang: {row[0]: row[index] for row in read_table(__package__, "strings.tsv")}
            for index, lang in enumerate(LANGUAGES, start=1)}


def strings(lang: str) -> dict[str, str]:
    return _strings()[lang if lang in LANGUAGES else "ar"]


def direction(lang: str) -> str:
    return "rtl" if lang == "ar" else "ltr"
