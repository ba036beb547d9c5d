"""The `tawthiq` command."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from .geo.commands import CountryOption, default_country, gazetteer_app
from .ingest.commands import feed_app, fetch, ingest
from .ingest.files import read_jsonl
from .ingest.text import InputError, decode_report, parse_date
from .publish.commands import export
from .records import ExtractionResult
from .store.commands import incident_app, list_incidents, list_posts, serve, user_app
from .terminal import err, show_count
from .terminal import fail as _fail

app = typer.Typer(
    help="Tawthiq: turn Arabic and English reports of attacks on civilians into a verified record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(gazetteer_app, name="gazetteer")
app.add_typer(incident_app, name="incident")
app.command("ingest")(ingest)
app.command("fetch")(fetch)
app.add_typer(feed_app, name="feed")
app.command("incidents")(list_incidents)
app.command("posts")(list_posts)
app.command("serve")(serve)
app.add_typer(user_app, name="user")
app.command("export")(export)


@app.callback()
def main() -> None:
    """Tawthiq: read reports of attacks into incidents (date, place, attack, casualties, sources, evidence)."""


def _breakdown(children: int | None, women: int | None) -> str:
    parts = []
    if children is not None:
        parts.append(f"{children} ch")
    if women is not None:
        parts.append(f"{women} w")
    return ", ".join(parts)


def _print_table(result: ExtractionResult, console: Console) -> None:
    doc = result.document
    title = f"{doc.source or 'report'} — {len(result.incidents)} incident(s)"
    if doc.published:
        title += f", published {doc.published}"
    table = Table(title=title, show_lines=True)
    for column in ("#", "date", "place", "type", "weapons", "killed", "injured", "children / women", "source"):
        table.add_column(column, overflow="fold")
    for number, incident in enumerate(result.incidents, start=1):
        loc = incident.location
        place = loc.name or loc.text or ""
        if loc.admin1 and loc.admin1 != place:
            place += f" ({loc.admin1})"
        killed = show_count(incident.killed)
        injured = show_count(incident.injured)
        if incident.killed_or_injured:
            killed = injured = f"{show_count(incident.killed_or_injured)} k+i"
        breakdown = "; ".join(
            b for b in (
                ("k: " + _breakdown(incident.killed_children, incident.killed_women)) if incident.killed else "",
                ("i: " + _breakdown(incident.injured_children, incident.injured_women)) if incident.injured else "",
            ) if b and not b.endswith(": ")
        )
        table.add_row(
            str(number) + (" (bg)" if incident.role == "background" else ""),
            str(incident.date or ""),
            place,
            incident.sub_event_type or incident.event_type or "",
            ", ".join(incident.weapons),
            killed + (" *" if incident.provisional else ""),
            injured,
            breakdown,
            ", ".join(incident.sources),
        )
    console.print(table)
    if not result.incidents:
        console.print("No incident found: the text does not read as a report of an attack.")
    elif any(i.provisional for i in result.incidents):
        console.print("* provisional toll (the report says it may rise)")


@app.command()
def extract(
    path: Optional[str] = typer.Argument(None, help="A report file (UTF-8 text), or - for standard input."),
    published: Optional[str] = typer.Option(
        None, "--published", "-p", help="Publication date YYYY-MM-DD; relative dates ('أمس', 'Sunday') resolve against it."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print {document, incidents} as JSON instead of a table."),
    jsonl: Optional[str] = typer.Option(
        None, "--jsonl", help="Batch mode: a JSON Lines file (or -) of {id, text, published?, title?, language?}; "
        "writes one {id, incidents} or {id, error} line per input line."
    ),
    title: Optional[str] = typer.Option(None, "--title", help="Title of the report, if known."),
    country: Optional[str] = CountryOption,
) -> None:
    """Read one report (or a batch with --jsonl) into incidents.

    Examples:

      tawthiq extract report.txt --published 2023-10-07

      cat report.txt | tawthiq extract - --json

      tawthiq extract --jsonl reports.jsonl > incidents.jsonl

    Exit codes: 0 ok, 1 some --jsonl lines could not be read (each has an "error" line), 2 bad input or usage.
    """
    from .extract.pipeline import document_from_text

    if jsonl is not None:
        if path is not None:
            _fail("give either a report PATH or --jsonl FILE, not both")
        _extract_jsonl(jsonl, country)
        return
    if path is None:
        _fail("give a report file, - for standard input, or --jsonl FILE (see tawthiq extract --help)")
    try:
        day = parse_date(published, "--published")
        if path == "-":
            raw = sys.stdin.buffer.read()
            name = "<stdin>"
        else:
            file = Path(path)
            if not file.exists():
                _fail(f"{path}: no such file")
            if file.is_dir():
                _fail(f"{path}: is a folder; give a file (folders are for `tawthiq ingest`)")
            raw = file.read_bytes()
            name = path
        text = decode_report(raw, name)
    except InputError as error:
        _fail(str(error))
        return
    document = document_from_text(text, day, source=name, title=title, raw=raw)
    result = _extractor(country).extract(document)
    if as_json:
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    else:
        _print_table(result, Console())


def _extractor(country: str | None):
    from .extract import Extractor
    from .geo.gazetteer import default_gazetteer

    return Extractor(default_gazetteer((country or default_country()).upper()))


def _extract_jsonl(source: str, country: str | None) -> None:
    from .extract.pipeline import document_from_text

    if source == "-":
        stream, name = sys.stdin.buffer, "<stdin>"
    else:
        if not Path(source).is_file():
            _fail(f"{source}: no such file")
        stream, name = open(source, "rb"), source
    extractor = _extractor(country)
    failed = 0
    out = sys.stdout
    with stream:
        for record in read_jsonl(stream, name):
            if record.error is not None:
                failed += 1
                out.write(json.dumps({"id": record.external_id, "error": record.error}, ensure_ascii=False) + "\n")
                continue
            document = document_from_text(record.text, record.published, source=name, title=record.title,
                                          language=record.language, doc_id=None)
            try:
                result = extractor.extract(document)
            except Exception as error:  # one bad report must not stop a batch of millions
                failed += 1
                out.write(json.dumps({"id": record.external_id, "error": f"{record.source}: {error!r}"}) + "\n")
                continue
            incidents = [i.model_dump(mode="json") for i in result.incidents]
            out.write(json.dumps({"id": record.external_id, "incidents": incidents}, ensure_ascii=False) + "\n")
    if failed:
        err.print(f"{failed} line(s) could not be read; see their \"error\" lines.", highlight=False, soft_wrap=True)
        raise typer.Exit(1)


@app.command("eval")
def evaluate(
    gold: Path = typer.Argument(..., help="Gold file in the shared eval format (e.g. ../shared/eval/dev.jsonl)."),
    floors: Optional[Path] = typer.Option(None, "--floors", help="TOML file of per-field minimum accuracies."),
    misses: bool = typer.Option(False, "--misses", help="List every miss (gold vs extracted)."),
) -> None:
    """Measure the extractor against hand-annotated reports: per-field accuracy and the misses."""
    from .evaluation.score import run_eval

    if not gold.is_file():
        _fail(f"{gold}: no such file")
    code = run_eval(gold, floors, show_misses=misses, console=Console())
    raise typer.Exit(code)


if __name__ == "__main__":  # pragma: no cover
    app()
