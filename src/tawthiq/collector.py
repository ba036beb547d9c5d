"""Python's cycle collector set for a long ingest: fewer and smaller collections."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 10_000  # allocations between two collections of the youngest objects (Python's default: 700)


@contextmanager
def long_batch() -> Iterator[None]:
    """While a batch runs, what was loaded before it (lexicons, gazetteer, the database's metadata: objects that
    live as long as the process) is put out of the collector's reach, and the youngest objects are collected
    a fourteenth as often. A batch allocates millions of short-lived objects while holding thousands of
    incidents: with Python's defaults the collector took about a quarter of an ingest's time (make bench). Cycles
    are still collected, only less often; the defaults come back when the batch ends."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()
