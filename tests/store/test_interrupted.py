"""kill -9 in the middle of an ingest leaves whole documents only, and running it again finishes the rest."""

import os
import signal
import subprocess
import sys
import time

from sqlalchemy import create_engine, text

TOWNS = ["سراقب", "أريحا", "سرمين", "بنش", "الأتارب", "معرة النعمان", "جسر الشغور", "كفرنبل", "الدانا", "ترمانين"]


def write_reports(folder, count=300):
    folder.mkdir()
    for number in range(count):
        town = TOWNS[number % len(TOWNS)]
        body = (f"قتل {number // len(TOWNS) + 1} مدنيين وأصيب {number % 7 + 2} آخرون بقصف مدفعي لقوات النظام "
                f"على مدينة {town} صباح اليوم، بحسب الدفاع المدني السوري. التقرير رقم {number}.")
        (folder / f"report-{number:04d}.txt").write_text(body, encoding="utf-8")


def integrity(url):
    engine = create_engine(url)
    with engine.connect() as conn:
        counts = conn.execute(text("SELECT count(*) FROM documents")).scalar_one()
        reportless = conn.execute(text(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.document_id = d.id)"
        )).scalar_one()
        unlinked = conn.execute(text("SELECT count(*) FROM reports WHERE incident_id IS NULL")).scalar_one()
        wrong_counts = conn.execute(text(
            "SELECT count(*) FROM incidents i WHERE i.report_count <> "
            "(SELECT count(*) FROM reports r WHERE r.incident_id = i.id)")).scalar_one()
    engine.dispose()
    return counts, reportless, unlinked, wrong_counts


def test_kill_minus_nine_mid_batch_loses_nothing_committed(tmp_path, database_url, database):
    folder = tmp_path / "reports"
    write_reports(folder)
    # Small batches, so the ingest is still running when 20 documents are in.
    command = [sys.executable, "-m", "tawthiq.cli", "ingest", str(folder), "--published", "2023-10-10",
               "--batch-size", "10", "--db", database_url]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    engine = create_engine(database_url)
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and process.poll() is None:
            with engine.connect() as conn:
                stored = conn.execute(text("SELECT count(*) FROM documents")).scalar_one()
            if stored >= 20:
                break
            time.sleep(0.05)
        assert process.poll() is None, "the ingest ended before it could be interrupted"
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    finally:
        engine.dispose()
        if process.poll() is None:
            process.kill()
    documents, reportless, unlinked, wrong_counts = integrity(database_url)
    assert 20 <= documents < 300
    assert (reportless, unlinked, wrong_counts) == (0, 0, 0)  # every committed document is whole

    finished = subprocess.run(command, capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    assert integrity(database_url) == (300, 0, 0, 0)
