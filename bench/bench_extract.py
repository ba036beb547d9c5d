"""Extraction throughput and peak memory on generated reports (`make bench`).

Reports are composed from templates written for this benchmark with random towns, numbers, dates, weapons and
sources, padded with background sentences to about 3 KB, so no two are the same text.
"""

from __future__ import annotations

import json
import random
import resource
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


def main(count: int = 3000) -> None:
    rng = random.Random(7)
    out = Path(tempfile.mkdtemp(prefix="tawthiq-bench-"))
    source = out / "reports.jsonl"
    with open(source, "w", encoding="utf-8") as handle:
        for n in range(count):
            day = f"2023-10-{rng.randint(1, 28):02d}"
            handle.write(json.dumps({"id": f"b{n}", "text": report(rng), "published": day}, ensure_ascii=False) + "\n")
    size = source.stat().st_size
    # Warm the gazetteer cache so the run measures extraction, not the one-time index build.
    subprocess.run([sys.executable, "-m", "tawthiq.cli", "extract", "-", "--json"], input="قصف".encode(),
                   capture_output=True, check=False)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "tawthiq.cli", "extract", "--jsonl", str(source)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    lines = done.stdout.decode().splitlines()
    incidents = sum(len(json.loads(line).get("incidents", [])) for line in lines)
    print(f"extract --jsonl, one process, one core: {count} generated reports, {size / count / 1024:.1f} KB each")
    print(f"  wall time        {elapsed:.2f} s (includes start-up and loading lexicons + gazetteer once)")
    print(f"  throughput       {count / elapsed:.0f} documents/s, {size / elapsed / 1_048_576:.2f} MB/s")
    print(f"  incidents found  {incidents} ({incidents / count:.2f} per report)")
    print(f"  peak memory      {peak_mb:.0f} MB (max RSS of the extract process)")
    if done.returncode not in (0, 1):
        print(done.stderr.decode()[-2000:])
        raise SystemExit(done.returncode)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
