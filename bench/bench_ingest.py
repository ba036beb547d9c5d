"""Ingest rate into the embedded SQLite record, extraction excluded, and memory over 100,000 reports.

A pool of generated reports (bench_extract's templates) is extracted once, outside the clock; then 100,000
documents are made from it — each a distinct text (so a distinct sha256), published on a day spread over two
years by one of twenty outlets, its incidents moved to that day — and stored with its reports resolved into
incidents in batches of `tawthiq ingest`'s default size, exactly as the ingest does after extraction.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from bench_extract import report

from tawthiq.collector import long_batch, settle
from tawthiq.extract import Extractor
from tawthiq.extract.pipeline import document_from_text
from tawthiq.ingest import BATCH_SIZE
from tawthiq.store import open_database
from tawthiq.store.record import Pending, Record

OUTLETS = [f"Outlet {n}" for n in range(20)]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main(count: int = 100_000, pool_size: int = 1_000) -> None:
    rng = random.Random(11)
    extractor = Extractor()
    base = dt.date(2023, 1, 1)
    pool = []
    for _ in range(pool_size):
        text = report(rng)
        document = document_from_text(text, base)
        pool.append((text, document.language, extractor.extract(document).incidents))
    folder = Path(tempfile.mkdtemp(prefix="tawthiq-bench-ingest-"))
    # TAWTHIQ_BENCH_DB=postgresql://... measures an (empty) PostgreSQL database instead of a new SQLite file.
    database = open_database(os.environ.get("TAWTHIQ_BENCH_DB") or f"sqlite:///{folder / 'record.db'}")
    record = Record(database)
    print(f"ingest into {database.display_url if 'TAWTHIQ_BENCH_DB' in os.environ else 'SQLite (WAL)'}, "
          f"extraction excluded: {count:,} documents made from {pool_size:,} generated "
          f"reports extracted beforehand, {sum(len(i) for *_, i in pool) / pool_size:.2f} incident reports each, "
          f"committed {BATCH_SIZE} documents at a time\n")
    joined = reports = 0
    samples = []
    start = time.perf_counter()
    with long_batch():  # as tawthiq ingest runs its batches
        batch: list[Pending] = []
        for n in range(count):
            text, language, incidents = pool[n % pool_size]
            shift = dt.timedelta(days=rng.randrange(730))
            moved = [i.model_copy(update={"date": i.date + shift if i.date else None}) for i in incidents]
            document = document_from_text(f"{text}\n[{n}]", base + shift, source=f"bench:{n}", language=language)
            document.source_name = rng.choice(OUTLETS)
            batch.append(Pending(document, moved, external_id=f"b{n}"))
            if len(batch) == BATCH_SIZE or n + 1 == count:
                for stored in record.add_documents(batch):
                    reports += len(stored.decisions)
                    joined += sum(d.joined for d in stored.decisions)
                batch = []
                settle()
            if (n + 1) % (count // 10) == 0:
                samples.append((n + 1, time.perf_counter() - start, rss_mb()))
    elapsed = time.perf_counter() - start
    held = len(record.window)
    counts = record.counts()
    database.dispose()
    size = sum(p.stat().st_size for p in folder.iterdir()) / 1_048_576  # nothing there for PostgreSQL
    print(f"  throughput       {count / elapsed:,.0f} documents/s ({reports / elapsed:,.0f} incident reports/s), "
          f"{elapsed:.1f} s in all")
    print(f"  record           {counts['documents']:,} documents, {counts['reports']:,} reports, "
          f"{counts['incidents']:,} incidents ({joined:,} reports merged into an existing incident)"
          + (f", {size:.0f} MB" if size else ""))
    print(f"  held in memory   {held:,} incidents at the end (the window keeps {record.window.size:,} at most)")
    print("  memory (RSS)     " + ", ".join(f"{done // 1000}k: {mb:.0f} MB" for done, _, mb in samples[::3]
                                             + ([samples[-1]] if len(samples) % 3 != 1 else [])))
    rates = [(b[0] - a[0]) / (b[1] - a[1]) for a, b in zip([(0, 0.0, 0)] + samples, samples)]
    print(f"  rate per tenth   {', '.join(f'{rate:,.0f}' for rate in rates)} documents/s "
          "(does it slow as the record grows?)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
