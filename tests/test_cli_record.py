"""The record from the command line: ingest, incidents, incident show, export; errors are clear, exit 2."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from tawthiq.cli import app

runner = CliRunner()
WIDE = {"COLUMNS": "220"}



@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'cli.db'}"


@pytest.fixture
def reports(tmp_path, outlet_lines):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "batch.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in outlet_lines[:2]) + "\n",
                                        encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\x00\x01binary")
    return folder


def test_ingest_prints_a_summary_and_lists_what_failed(db, reports):
    result = runner.invoke(app, ["ingest", str(reports), "--db", db], env=WIDE)
    assert result.exit_code == 1  # one input could not be read
    assert "documents added" in result.stdout and "2" in result.stdout
    assert "scan.pdf" in result.stderr and "binary" in result.stderr
    again = runner.invoke(app, ["ingest", str(reports), "--db", db], env=WIDE)
    assert again.exit_code == 0, again.output  # nothing new failed: the failure is already on record
    assert "already in the record (skipped)" in again.stdout
    failed = runner.invoke(app, ["ingest", "--failed", "--db", db], env=WIDE)
    assert "scan.pdf" in failed.stdout


def test_incidents_and_incident_show(db, reports):
    runner.invoke(app, ["ingest", str(reports), "--db", db])
    listed = runner.invoke(app, ["incidents", "--db", db, "--governorate", "Idlib"], env=WIDE)
    assert listed.exit_code == 0, listed.output
    assert "1 incident(s)" in listed.stdout and "corroborated" in listed.stdout
    as_json = runner.invoke(app, ["incidents", "--db", db, "--json"])
    (incident,) = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert incident["killed"] == {"low": 5, "best": 5, "high": 7}
    shown = runner.invoke(app, ["incident", "show", str(incident["id"]), "--db", db], env=WIDE)
    assert shown.exit_code == 0, shown.output
    assert "why here: joined: same place" in shown.stdout
    assert "best 5, low 5, high 7" in shown.stdout
    assert "idlib-post-1" in shown.stdout and "halab-2" in shown.stdout
    missing = runner.invoke(app, ["incident", "show", "999", "--db", db])
    assert missing.exit_code == 2 and "no incident 999" in missing.stderr


def test_export_writes_the_file_only_when_complete(db, reports, tmp_path):
    runner.invoke(app, ["ingest", str(reports), "--db", db])
    out = tmp_path / "out" / "incidents.geojson"
    result = runner.invoke(app, ["export", "--format", "geojson", "-o", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["features"][0]["properties"]["documents"] == ["idlib-post-1", "halab-2"]
    assert "1 incident(s) written" in result.stderr
    assert [p.name for p in out.parent.iterdir()] == ["incidents.geojson"]
    csv_file = tmp_path / "out" / "incidents.csv"
    runner.invoke(app, ["export", "--format", "acled-csv", "-o", str(csv_file), "--db", db])
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbfevent_id_cnty,")  # a BOM for Excel


@pytest.mark.parametrize("args, message", [
    (["export", "--format", "xlsx"], "is not one of acled-csv"),
    (["incidents", "--since", "yesterday"], "is not a date"),
    (["incidents", "--status", "done"], "is not one of unverified"),
    (["ingest"], "give files or folders"),
    (["ingest", "x", "--published", "2023-13-01"], "is not a date"),
])
def test_bad_usage_is_one_clear_line_and_exit_2(db, args, message):
    result = runner.invoke(app, args + ["--db", db])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_an_unreachable_server_is_a_clear_error_not_a_traceback():
    result = subprocess.run([sys.executable, "-m", "tawthiq.cli", "incidents"], capture_output=True, text=True,
                            env={**__import__("os").environ,
                                 "TAWTHIQ_DB": "postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"})
    assert result.returncode == 2
    assert "cannot open the database postgresql://nobody@127.0.0.1:1/none" in result.stderr
    assert "Traceback" not in result.stderr


SOCIAL = __import__("pathlib").Path(__file__).parent / "ingest" / "fixtures" / "social"


def test_social_exports_from_the_command_line(db):
    result = runner.invoke(app, ["ingest", str(SOCIAL / "posts.csv"), "--text-column", "post", "--date-column",
                                 "posted", "--author-column", "account", "--db", db], env=WIDE)
    assert result.exit_code == 1, result.output  # one row has a date that is not a date
    assert "posts.csv:3" in result.stderr
    runner.invoke(app, ["ingest", str(SOCIAL / "telegram-channel.json"), "--db", db])
    listed = runner.invoke(app, ["posts", "--hashtag", "الاسد_يقصف_ادلب", "--json", "--db", db])
    assert listed.exit_code == 0, listed.output
    lines = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(lines) == 6 and {line["platform"] for line in lines} == {"telegram", "csv"}
    assert all(line["created_at"].endswith("Z") for line in lines)
    table = runner.invoke(app, ["posts", "--platform", "csv", "--db", db], env=WIDE)
    assert "kafr_nouran_news" in table.stdout and "sarmin_net" in table.stdout


def test_a_forced_format_must_be_one_we_read(db):
    result = runner.invoke(app, ["ingest", str(SOCIAL / "tweets.js"), "--format", "facebook", "--db", db])
    assert result.exit_code == 2 and "is not one of telegram" in result.stderr


def test_accounts_from_the_command_line(db):
    added = runner.invoke(app, ["user", "add", "ana@example.org", "--role", "analyst", "--db", db],
                          env={"TAWTHIQ_NEW_PASSWORD": "a long enough password"})
    assert added.exit_code == 0, added.output
    again = runner.invoke(app, ["user", "add", "ana@example.org", "--db", db],
                          env={"TAWTHIQ_NEW_PASSWORD": "a long enough password"})
    assert again.exit_code == 2 and "already has an account" in again.stderr
    short = runner.invoke(app, ["user", "add", "b@example.org", "--db", db], env={"TAWTHIQ_NEW_PASSWORD": "short"})
    assert short.exit_code == 2 and "at least 10" in short.stderr
    token = runner.invoke(app, ["user", "token", "ana@example.org", "--db", db]).stdout.strip()
    assert len(token) >= 40
    assert runner.invoke(app, ["user", "list", "--db", db]).stdout == "ana@example.org\tanalyst\n"
