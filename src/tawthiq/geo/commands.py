"""`tawthiq gazetteer ...`: search the gazetteer, count its places, import GeoNames/OCHA/OpenSyria files."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from ..terminal import err
from ..terminal import fail as _fail

gazetteer_app = typer.Typer(
    help="The place gazetteer: search it, see what is in it, and extend it with GeoNames, OCHA or OpenSyria files.",
    no_args_is_help=True,
)


def default_country() -> str:
    return (os.environ.get("TAWTHIQ_COUNTRY") or "SY").upper()


CountryOption = typer.Option(
    None, "--country", "-c", help="ISO country code of the gazetteer (default: $TAWTHIQ_COUNTRY or SY)."
)


@gazetteer_app.command()
def search(
    name: str = typer.Argument(..., help="A place name in Arabic or Latin script ('ترمانين', 'Atareb')."),
    country: Optional[str] = CountryOption,
    limit: int = typer.Option(10, "--limit", "-n", min=1, help="How many candidates to show."),
    governorate: Optional[str] = typer.Option(None, "--governorate", "-g", help="Prefer places in this admin1."),
) -> None:
    """Candidates for a name: exact spellings, cross-script (consonant skeleton) and fuzzy matches, with a score."""
    from .gazetteer import default_gazetteer

    gazetteer = default_gazetteer((country or default_country()).upper())
    candidates = gazetteer.search(name, limit=limit)
    if governorate:
        candidates = gazetteer.rank(candidates, admin1=governorate)
    if not candidates:
        err.print(f"no place matches {name!r}", highlight=False)
        raise typer.Exit(1)
    table = Table(title=f"{name} — {len(candidates)} candidate(s)")
    for column in ("score", "match", "name", "Arabic", "kind", "admin1", "admin2", "lat", "lon", "population", "id",
                   "source"):
        table.add_column(column, overflow="fold")
    for candidate in candidates:
        place = candidate.place
        table.add_row(
            f"{candidate.score:.2f}", candidate.how, place.name, place.name_ar or "", place.kind, place.admin1 or "",
            place.admin2 or "", f"{place.latitude:.4f}" if place.latitude is not None else "",
            f"{place.longitude:.4f}" if place.longitude is not None else "", str(place.population or ""),
            place.place_id, place.source,
        )
    Console().print(table)


@gazetteer_app.command()
def stats(country: Optional[str] = CountryOption) -> None:
    """Places in the gazetteer in use, by source and kind (admin level)."""
    from .gazetteer import default_gazetteer
    from .store import GazetteerStore

    code = (country or default_country()).upper()
    gazetteer = default_gazetteer(code)
    counts = Counter((p.source, p.kind) for p in gazetteer.places)
    table = Table(title=f"Gazetteer {code}: {len(gazetteer.places)} places")
    for column in ("source", "kind", "places", "with Arabic name", "with coordinates"):
        table.add_column(column)
    for (source, kind), number in sorted(counts.items()):
        chosen = [p for p in gazetteer.places if p.source == source and p.kind == kind]
        table.add_row(source, kind, str(number), str(sum(1 for p in chosen if p.names_ar)),
                      str(sum(1 for p in chosen if p.latitude is not None)))
    console = Console()
    console.print(table)
    console.print(f"imports are stored in {GazetteerStore.default().path}", highlight=False)


@gazetteer_app.command("import")
def import_command(
    paths: list[Path] = typer.Argument(..., help="One or more files: SY.txt / SY.zip, alternateNamesV2.txt, "
                                                 "an OCHA COD .csv, OpenSyria governorates/districts/subdistricts.json."),
    fmt: Optional[str] = typer.Option(
        None, "--format", "-f", help="geonames, alternate-names, ocha or opensyria (default: from the file name)."
    ),
    alternate_names: bool = typer.Option(False, "--alternate-names", help="Same as --format alternate-names."),
    country: Optional[str] = CountryOption,
) -> None:
    """Add places to the gazetteer; they take precedence over the embedded ones. Importing twice changes nothing.

    Examples:

      tawthiq gazetteer import SY.txt

      tawthiq gazetteer import alternateNamesV2.txt --alternate-names

      tawthiq gazetteer import syr_pplp.csv --format ocha

      tawthiq gazetteer import governorates.json districts.json subdistricts.json --format opensyria

    A malformed row is reported with its line number and skipped; exit code 1 if any row was skipped so.
    """
    from .gazetteer import default_gazetteer
    from .importers import FORMATS, import_file
    from .store import GazetteerStore

    if alternate_names:
        fmt = "alternate-names"
    if fmt is not None and fmt not in FORMATS:
        _fail(f"--format {fmt}: one of {', '.join(FORMATS)}")
    code = (country or default_country()).upper()
    store = GazetteerStore.default()
    order = {"governorates": 0, "districts": 1, "subdistricts": 2}  # parents first, so children find their names
    had_problems = False
    console = Console()
    for path in sorted(paths, key=lambda p: order.get(p.stem.lower(), 3)):
        if not path.is_file():
            _fail(f"{path}: no such file")
        try:
            with console.status(f"importing {path} ..."):
                summary = import_file(path, fmt, code, store)
        except (ValueError, OSError) as error:
            _fail(f"{path}: {error}")
            return
        console.print(f"{path} ({summary.format}): {summary.added} added, {summary.updated} updated, "
                      f"{summary.unchanged} unchanged, {summary.skipped} rows not places of {code}", highlight=False)
        for problem in summary.problems[:20]:
            err.print(f"  {path}:{problem.line}: {problem.message} (skipped)", highlight=False, soft_wrap=True)
        if len(summary.problems) > 20:
            err.print(f"  ... and {len(summary.problems) - 20} more malformed rows", highlight=False)
        had_problems = had_problems or bool(summary.problems)
    default_gazetteer.cache_clear()
    if had_problems:
        raise typer.Exit(1)
