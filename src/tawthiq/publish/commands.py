"""`tawthiq export`: the record as ACLED-style CSV, GeoJSON, HXL or JSON Lines, streamed to a file or stdout."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Optional

import typer

from ..store.commands import DbOption, database
from ..terminal import err, fail
from .exports import FORMATS, WRITERS


def export(
    format: str = typer.Option(..., "--format", "-f", help=f"One of: {', '.join(FORMATS)}."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write [default: standard output]."),
    since: Optional[str] = typer.Option(None, "--since", help="Only incidents on or after this day (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="Only incidents on or before this day."),
    governorate: Optional[str] = typer.Option(None, "--governorate", "-g", help="Only this admin1."),
    status: Optional[str] = typer.Option(None, "--status", help="Only this status (e.g. verified)."),
    include_personal: bool = typer.Option(False, "--include-personal",
                                          help="Also write words quoted from the reports, which may name people."),
    db: Optional[str] = DbOption,
) -> None:
    """Export incidents, one per row/feature/line, with low/best/high figures and the documents behind each.

    Examples:

      tawthiq export --format acled-csv -o incidents.csv

      tawthiq export --format geojson -o incidents.geojson --since 2023-10-01

    The file appears only when the export is complete (written beside it, then renamed). CSV files start with a
    UTF-8 byte-order mark so that Excel shows Arabic correctly.
    """
    from ..ingest.text import InputError, parse_date
    from ..store.queries import IncidentFilter, iter_incidents

    if format not in WRITERS:
        fail(f"--format: {format!r} is not one of {', '.join(FORMATS)}")
    try:
        where = IncidentFilter(parse_date(since, "--since"), parse_date(until, "--until"), governorate,
                               status=status)
    except InputError as error:
        fail(str(error))
    record_db = database(db)
    writer = WRITERS[format]
    with record_db.engine.connect() as conn:
        incidents = iter_incidents(conn, where)
        if output is None or str(output) == "-":
            count = writer(incidents, sys.stdout, include_personal)
        else:
            if output.is_dir():
                fail(f"{output}: is a folder; give a file name")
            output.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
            try:
                # A BOM in CSV files, or Excel shows Arabic as mojibake (FORMATS.md); not on standard output.
                encoding = "utf-8-sig" if format in ("acled-csv", "hxl") else "utf-8"
                with os.fdopen(handle, "w", encoding=encoding, newline="") as out:
                    count = writer(incidents, out, include_personal)
                os.replace(temp, output)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
    err.print(f"{count} incident(s) written" + (f" to {output}" if output and str(output) != "-" else ""),
              highlight=False)
