"""Python's cycle collector set for a long ingest: one collection per batch, through that batch's objects only."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

SWEEP_EVERY = 40  # batches between two collections of everything, what was put out of reach included
_settled = 0  # batches settled in this long batch
_active = False  # inside long_batch()


@contextmanager
def long_batch() -> Iterator[None]:
    """While batches run, the collector runs only when settle() says a batch is written, and what was loaded before
    (lexicons, gazetteer, the database's metadata: objects that live as long as the process) is out of its reach.
    A batch allocates millions of short-lived objects while holding thousands of incidents: with Python's
    defaults the collector took about a quarter of an ingest's time, most of it going again and again through
    the incidents held (make bench). The objects freed by their count (nearly all) are freed at once as always;
    the defaults come back when the batches end."""
    global _settled, _active
    enabled = gc.isenabled()
    gc.freeze()
    gc.disable()
    _settled, _active = 0, True
    try:
        yield
    finally:
        _active = False
        if enabled:
            gc.enable()
        gc.unfreeze()


def settle() -> None:
    """After a batch is written: collect the cycles it left, then put what outlives it (the incidents the window
    holds, mostly) out of the collector's reach too, so that the collections during the next batch go through
    that batch's objects only, not through everything held. Every SWEEP_EVERY batches everything is looked
    through once, so that a cycle among objects let go later (an incident the window no longer holds) is freed."""
    global _settled
    if not _active:
        return  # (outside long batches the collector keeps Python's defaults)
    _settled += 1
    if _settled % SWEEP_EVERY == 0:
        gc.unfreeze()
    gc.collect()
    gc.freeze()
