"""Casualty figures over several reports of one event (UCDP rule): low, high and the most specific best."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import read_table
from ..records import Count


@lru_cache(maxsize=1)
def reliability() -> dict[str, int]:
    return {name: int(weight) for name, weight in read_table(__package__, "reliability.tsv")}


def source_weight(sources: list[str]) -> int:
    """The weight of the most reliable source cited (1 for one the table does not list, 0 for none)."""
    if not sources:
        return 0
    table = reliability()
    return max(table.get(name, 1) for name in sources)


def specificity(count: Count) -> int:
    """3 an exact figure, 2 'about N', 1 'at least / more than N', 0 no number ('casualties', 'several')."""
    if count.best is None:
        return 0
    if count.low == count.best == count.high:
        return 3
    return 2 if count.high is not None else 1


@dataclass(frozen=True)
class Figure:
    """One report's figure, with what decides between reports: the sources it cites and when it was published."""

    count: Count
    sources: tuple[str, ...] = ()
    published: dt.date | None = None
    report_id: int = 0


def best_figure(figures: list[Figure]) -> Figure | None:
    """The most specific figure, then the most reliable source, then the latest report, then the larger number."""
    if not figures:
        return None
    return max(figures, key=lambda f: (specificity(f.count), source_weight(list(f.sources)),
                                       f.published or dt.date.min, f.count.best or 0, -f.report_id))


def merge_counts(figures: list[Figure]) -> Count | None:
    """low = the lowest credible figure, high = the highest, best = the best figure's; never a sum.

    A report with no number ("casualties") only counts when no report gives one; an open upper bound
    ("at least 5") leaves high open only when no report gives an upper figure.
    """
    if not figures:
        return None
    numbered = [f for f in figures if f.count.best is not None] or figures
    chosen = best_figure(numbered)
    low = min((f.count.low for f in numbered if f.count.low is not None), default=None)
    uppers = [f.count.high for f in numbered if f.count.high is not None]
    high = None
    if uppers:
        high = max(uppers + [v for f in numbered for v in (f.count.best, f.count.low) if v is not None])
    return Count(low=low, best=chosen.count.best, high=high)
