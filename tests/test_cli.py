import json
import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from tawthiq.cli import app

runner = CliRunner()
REPORT = "قتل مدنيان وأصيب ثلاثة آخرون بقصف مدفعي لقوات النظام على بلدة سرمين صباح اليوم، حسب الدفاع المدني."
CONTRACT = {
    "date", "date_precision", "location", "event_type", "sub_event_type", "weapons", "targets", "perpetrator",
    "perpetrator_text", "killed", "injured", "killed_or_injured", "killed_children", "killed_women",
    "injured_children", "injured_women", "sources", "role", "evidence", "confidence",
}
LOCATION = {"text", "name", "name_ar", "admin1", "admin2", "country_code", "latitude", "longitude", "geo_precision",
            "place_id"}


def test_json_output_has_the_contract_fields(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published", "2023-10-07", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) >= {"document", "incidents"}
    (incident,) = data["incidents"]
    assert CONTRACT <= set(incident)
    assert LOCATION == set(incident["location"])
    assert incident["killed"] == {"low": 2, "best": 2, "high": 2}
    assert incident["date"] == "2023-10-07"
    assert data["document"]["id"] == __import__("hashlib").sha256(REPORT.encode()).hexdigest()


def test_table_output_shows_arabic(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "-p", "2023-10-07"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "Sarm" in result.stdout and "Syrian Civil" in result.stdout


def test_bad_inputs_exit_2_with_a_message(tmp_path):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\x00\x10JFIF")
    cases = [
        (["extract", str(binary)], "binary"),
        (["extract", str(tmp_path / "missing.txt")], "no such file"),
        (["extract", str(tmp_path)], "is a folder"),
        (["extract", "-", "--published", "2023-13-40"], "not a date"),
    ]
    for args, message in cases:
        result = runner.invoke(app, args, input=REPORT)
        assert result.exit_code == 2, args
        assert message in result.output
        assert "Traceback" not in result.output


def test_jsonl_batch_keeps_order_and_reports_failures(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(
        "\n".join([json.dumps({"id": "a", "text": REPORT, "published": "2023-10-07"}, ensure_ascii=False),
                   "not json", json.dumps({"id": "c", "text": "no attack here, only weather."})]),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", "--jsonl", str(path)])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line.get("id") for line in lines] == ["a", None, "c"]
    assert lines[0]["incidents"][0]["killed"]["best"] == 2
    assert "error" in lines[1] and lines[2]["incidents"] == []


def _run(args, **kwargs):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "tawthiq.cli", *args], capture_output=True, env=env, **kwargs)


def test_subprocess_stdin_json():
    done = _run(["extract", "-", "--json", "--published", "2023-10-07"], input=REPORT.encode())
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["incidents"][0]["location"]["name"] == "Sarmīn"


def test_subprocess_huge_single_line_is_refused_cleanly(tmp_path):
    path = Path(tmp_path) / "huge.txt"
    path.write_bytes(b"a" * (50 * 1024 * 1024))
    done = _run(["extract", str(path)])
    assert done.returncode == 2
    assert b"too large" in done.stderr and b"Traceback" not in done.stderr
