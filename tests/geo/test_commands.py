"""`tawthiq gazetteer search|stats|import` through Typer's runner and as a subprocess, each with its own data dir."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tawthiq.cli import app
from tawthiq.geo.gazetteer import default_gazetteer

FIXTURES = Path(__file__).parent / "fixtures"
runner = CliRunner()


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("TAWTHIQ_DATA_DIR", str(tmp_path / "data"))
    default_gazetteer.cache_clear()
    yield tmp_path / "data"
    default_gazetteer.cache_clear()


def test_search_shows_candidates_with_admin_and_coordinates(data_dir):
    result = runner.invoke(app, ["gazetteer", "search", "Atareb"], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    assert "Al Atārib" in result.stdout and "Aleppo" in result.stdout and "36.1" in result.stdout


def test_search_for_nothing_says_so(data_dir):
    result = runner.invoke(app, ["gazetteer", "search", "Zzyzx Qqq"])
    assert result.exit_code == 1 and "no place matches" in result.output


def test_import_reports_bad_rows_and_is_idempotent(data_dir):
    first = runner.invoke(app, ["gazetteer", "import", str(FIXTURES / "SY-sample.txt")], env={"COLUMNS": "250"})
    assert first.exit_code == 1  # two malformed rows, reported and skipped
    assert "6 added" in first.stdout
    assert "SY-sample.txt:9: expected 19 tab-separated columns" in first.output
    again = runner.invoke(app, ["gazetteer", "import", str(FIXTURES / "SY-sample.txt")], env={"COLUMNS": "250"})
    assert "0 added, 0 updated, 6 unchanged" in again.stdout
    stats = runner.invoke(app, ["gazetteer", "stats"], env={"COLUMNS": "250"})
    assert stats.exit_code == 0 and "geonames" in stats.stdout and "embedded" in stats.stdout


def test_import_several_opensyria_files_parents_first(data_dir):
    result = runner.invoke(app, ["gazetteer", "import", str(FIXTURES / "subdistricts-sample.json"),
                                 "--format", "opensyria"], env={"COLUMNS": "250"})
    assert "2 added" in result.stdout
    search = runner.invoke(app, ["gazetteer", "search", "ناحية الدانا"], env={"COLUMNS": "250"})
    assert "subdistrict" in search.stdout and "SY070301" in search.stdout


def test_unknown_format_and_missing_file_are_usage_errors(data_dir):
    assert runner.invoke(app, ["gazetteer", "import", str(FIXTURES / "SY-sample.txt"), "-f", "kml"]).exit_code == 2
    missing = runner.invoke(app, ["gazetteer", "import", "nowhere.txt"])
    assert missing.exit_code == 2 and "no such file" in missing.output


def test_extract_uses_imported_places_as_a_subprocess(data_dir, tmp_path):
    env = {**os.environ, "TAWTHIQ_DATA_DIR": str(data_dir)}
    tawthiq = [sys.executable, "-m", "tawthiq.cli"]
    subprocess.run([*tawthiq, "gazetteer", "import", str(FIXTURES / "SY-sample.txt")], env=env,
                   capture_output=True, check=False)
    report = tmp_path / "report.txt"
    report.write_text("قصفت قوات النظام بلدة ترمانين شمالي إدلب ما أدى لإصابة 9 مدنيين.", encoding="utf-8")
    done = subprocess.run([*tawthiq, "extract", str(report), "--json"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    (incident,) = json.loads(done.stdout)["incidents"]
    assert incident["location"]["place_id"] == "geonames:9000004"
    assert incident["location"]["geo_precision"] == 1
