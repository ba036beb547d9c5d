"""Numbers in digits (any script, already folded to ASCII) and in Arabic/English words.

Written by hand: pyarabic's text2number misreads the spellings news text uses ("اربعة" without hamza -> 0,
"احد عشر" -> 10, "ثلاث مئة" -> 103), so recognition comes from data/numbers.tsv and composition is here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A standalone count: not glued to letters ("35كم"), not part of a date or time ("13/11/2017", "14,08",
# "/40/" ages), thousands separators allowed ("2,300").
# The look-ahead for a digit comes first so that the look-behinds run only where a number can start.
_DIGITS = re.compile(r"(?=\d)(?<!\d)(?<!\d[.,:/])(?<![^\W\dو])(?<!/)(?<![^\W\d]و)(\d{1,3}(?:,\d{3})+|\d+)(?![\w/]|[.,:]\d)")


@dataclass(frozen=True, slots=True)
class NumberSpan:
    start: int
    end: int
    value: int
    words: bool  # written in words, not digits
    prefix: str = ""  # "و" when the number is glued to the conjunction ("و3 نساء")


def digit_numbers(text: str) -> list[NumberSpan]:
    return [
        NumberSpan(m.start(), m.end(), int(m.group(1).replace(",", "")), False, text[m.start() - 1 : m.start()].strip())
        for m in _DIGITS.finditer(text)
    ]


def compose(parts: list[tuple[int, str]]) -> int:
    """Value of a run of number words: [(5, 'unit'), (20, 'ten')] -> 25; [(3, 'unit'), (1000, 'scale')] -> 3000."""
    total = 0
    current = 0
    for value, role in parts:
        if role == "scale":
            total += (current or 1) * value
            current = 0
        else:
            current += value
    return total + current
