"""Tables pasted into a report: which casualty figure a bare number in a row stands for, by its column's header.

A spreadsheet's tab-separated rows or a PDF's "a | b | c" rows, under a header such as "Killed" or "الجرحى".
Written by hand: no table library reads a table out of running news text, and the header words are the
casualty lexicon's own.
"""

from __future__ import annotations

import re

from ..language.scan import Scan

_CELL_BREAK = re.compile(r"\t| \| ")
_RULE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*")
_BARE_NUMBER = re.compile(r"\s*\|?\s*\d{1,4}\s*\|?\s*")  # (a row's first or last cell keeps its outer "|")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of the line text[start:end], as spans."""
    spans, position = [], start
    for match in _CELL_BREAK.finditer(text, start, end):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, end))
    return spans


def column_outcomes(scan: Scan) -> dict[int, str]:
    """{start of a number: "killed" / "injured"} for every bare number in a table row whose column header names
    the dead or the wounded. A table is a run of three or more lines with the same number (three or more) of
    cells; its header is the first line, with no digit in it."""
    text = scan.text
    if "\t" not in text and " | " not in text:
        return {}
    lines, position = [], 0
    for line in text.split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    found: dict[int, str] = {}
    index = 0
    while index < len(lines):
        start, end = lines[index]
        header = _cells(text, start, end)
        if len(header) < 3 or any(char.isdigit() for char in text[start:end]):
            index += 1
            continue
        rows, skipped = [], 0
        for row_start, row_end in lines[index + 1 :]:
            if not rows and _RULE.fullmatch(text, row_start, row_end):
                skipped += 1  # "|---|---|": the line a Markdown table draws under its header
                continue
            cells = _cells(text, row_start, row_end)
            if len(cells) != len(header):
                break
            rows.append(cells)
        if len(rows) < 2:
            index += 1
            continue
        outcomes = []
        for cell_start, cell_end in header:
            said = {i.value for i in scan.items if cell_start <= i.start < cell_end and i.category == "casualty"
                    and i.value in ("killed", "injured")}
            outcomes.append(said.pop() if len(said) == 1 else None)
        for cells in rows:
            for (cell_start, cell_end), outcome in zip(cells, outcomes):
                if outcome is not None and _BARE_NUMBER.fullmatch(text, cell_start, cell_end):
                    number = next((i for i in scan.items if cell_start <= i.start < cell_end and i.number is not None),
                                  None)
                    if number is not None:
                        found[number.start] = outcome
        index += 1 + skipped + len(rows)
    return found
