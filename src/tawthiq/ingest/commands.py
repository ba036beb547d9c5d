"""`tawthiq ingest`: files and folders into the record, with a progress bar and a summary."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from ..geo.commands import CountryOption, default_country
from ..store.commands import DbOption, database
from ..terminal import err, fail
from . import BATCH_SIZE
from .text import InputError, parse_date


def ingest(
    paths: list[Path] = typer.Argument(None, help="Files or folders: .txt .md .html .json .jsonl (folders are "
                                                  "read recursively; hidden files are skipped)."),
    source_name: Optional[str] = typer.Option(None, "--source-name", "-s",
                                              help="Outlet or collection name for documents that do not carry one."),
    published: Optional[str] = typer.Option(None, "--published", "-p",
                                            help="Publication day (YYYY-MM-DD) for documents that do not carry one."),
    failed: bool = typer.Option(False, "--failed", help="List the inputs that could not be read, and why."),
    fmt: Optional[str] = typer.Option(
        None, "--format", "-f", help="Read every file as this export format instead of telling it by content: "
        "telegram (Telegram Desktop result.json), twarc2, tweet-v1, x-archive (tweets.js), csv."),
    text_column: str = typer.Option("text", "--text-column", help="CSV: the column holding the post text."),
    date_column: str = typer.Option("date", "--date-column", help="CSV: the column holding the date (ISO)."),
    id_column: str = typer.Option("id", "--id-column", help="CSV: the column holding the post id."),
    author_column: str = typer.Option("author", "--author-column", help="CSV: the column holding the author."),
    batch_size: int = typer.Option(BATCH_SIZE, "--batch-size", min=1,
                                   help="Documents committed together, each whole with its reports (1: every "
                                        "document in its own transaction)."),
    db: Optional[str] = DbOption,
    country: Optional[str] = CountryOption,
) -> None:
    """Read reports into the record: extract incidents, merge reports of one event, keep every source.

    A document is identified by the sha256 of its bytes and stored whole with its reports or not at all,
    --batch-size documents per transaction: running the same ingest again adds nothing, and an interrupted
    ingest (even kill -9) is finished by running it again. A file that cannot be read is kept as a failed
    document with its error (see --failed) and the batch goes on.

    Examples:

      tawthiq ingest reports/

      tawthiq ingest reports.jsonl --source-name "SY24"

      tawthiq ingest result.json                 # a Telegram Desktop export, told by its content

      tawthiq ingest tweets.jsonl                # twarc2 pages or flattened tweets, or v1.1 tweet JSON lines

      tawthiq ingest posts.csv --text-column text --date-column date

      TAWTHIQ_DB=postgresql://user@localhost/tawthiq tawthiq ingest reports/

    Exit codes: 0 everything read, 1 some inputs failed (listed), 2 bad usage or database.
    """
    record_db = database(db)
    if failed:
        _list_failed(record_db)
        return
    if not paths:
        fail("give files or folders to ingest (see tawthiq ingest --help), or --failed to list failed inputs")
    try:
        day = parse_date(published, "--published")
    except InputError as error:
        fail(str(error))
    from .social import FORMATS, CsvColumns

    if fmt is not None and fmt not in FORMATS:
        fail(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
    from ..extract import Extractor
    from ..geo.gazetteer import default_gazetteer
    from ..store.record import Record
    from .job import ingest_paths

    extractor = Extractor(default_gazetteer((country or default_country()).upper()))
    record = Record(record_db)
    with Progress(TextColumn("[bold]ingest[/]"), BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                  TextColumn("{task.fields[current]}"), console=err, transient=True) as progress:
        task = progress.add_task("ingest", total=None, current="")

        def started(total_bytes: int) -> None:
            progress.update(task, total=total_bytes)

        def advanced(size: int, source: str) -> None:
            progress.update(task, advance=size, current=escape(source[-50:]))

        summary = ingest_paths(paths, record, extractor, source_name=source_name, published=day, fmt=fmt,
                               columns=CsvColumns(text_column, date_column, id_column, author_column),
                               batch_size=batch_size, on_start=started, on_progress=advanced)
    table = Table(title=f"ingest into {record_db.display_url}", show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    for label, value in (("files read", summary.files), ("documents added", summary.added),
                         ("already in the record (skipped)", summary.already), ("failed", summary.failed),
                         ("social-media posts among them", summary.posts),
                         ("posts seen before with new content (new version)", summary.edited),
                         ("skipped: service messages, media without text", summary.skipped),
                         ("incident reports", summary.reports), ("new incidents", summary.new_incidents),
                         ("reports merged into existing incidents", summary.joined)):
        table.add_row(label, str(value))
    Console().print(table)
    for problem in summary.problems:
        err.print(f"[yellow]failed:[/] {escape(problem)}", highlight=False, soft_wrap=True)
    if summary.problems:
        raise typer.Exit(1)


def _list_failed(record_db) -> None:
    from ..store.queries import iter_failed

    table = Table(title="inputs that could not be read")
    for column in ("id", "input", "external id", "error", "when"):
        table.add_column(column, overflow="fold")
    with record_db.engine.connect() as conn:
        for row in iter_failed(conn):
            table.add_row(str(row["id"]), escape(row["source"] or ""), escape(row["external_id"] or ""),
                          escape(row["error"] or ""), f"{row['ingested_at']:%Y-%m-%d %H:%M}")
    if not table.row_count:
        Console().print("no failed inputs")
        return
    Console().print(table)


def _web_tools(db, country, ignore_robots: bool, delay: float, timeout: float):
    from ..evidence.fetch import Fetcher
    from ..extract import Extractor
    from ..geo.gazetteer import default_gazetteer
    from ..store.record import Record

    record = Record(database(db))
    extractor = Extractor(default_gazetteer((country or default_country()).upper()))
    return record, extractor, Fetcher(delay=delay, timeout=timeout, respect_robots=not ignore_robots)


IgnoreRobots = typer.Option(False, "--ignore-robots", help="Fetch even what a site's robots.txt asks robots not to.")
Delay = typer.Option(2.0, "--delay", min=0.0, help="Seconds to wait between two requests to one host.")
Timeout = typer.Option(20.0, "--timeout", min=1.0, help="Seconds to wait for a server before giving up.")


def fetch(
    urls: list[str] = typer.Argument(..., help="Web pages to fetch (http or https)."),
    ignore_robots: bool = IgnoreRobots,
    delay: float = Delay,
    timeout: float = Timeout,
    db: Optional[str] = DbOption,
    country: Optional[str] = CountryOption,
) -> None:
    """Fetch pages, keep each as a WARC capture (request, response, time), read the article, store its incidents.

    Fetching a page again adds a capture only when it changed. Captures are kept in the data dir's captures/
    folder and listed in the record. Exit code 1 when some page could not be fetched or read.
    """
    from .web import fetch_into_record

    record, extractor, fetcher = _web_tools(db, country, ignore_robots, delay, timeout)
    failed = 0
    for url in urls:
        result = fetch_into_record(url, record, extractor, fetcher)
        style = {"failed": "red", "unchanged": "dim", "kept": "yellow"}.get(result.outcome, "green")
        (err if result.outcome == "failed" else Console()).print(
            f"[{style}]{result.outcome}[/] {escape(result.message)}", highlight=False, soft_wrap=True)
        failed += result.outcome == "failed"
    if failed:
        raise typer.Exit(1)


feed_app = typer.Typer(help="RSS/Atom feeds: add them once, then `tawthiq feed poll` (from cron) ingests new items.",
                       no_args_is_help=True)


@feed_app.command("add")
def feed_add(url: str = typer.Argument(..., help="The feed's URL."), db: Optional[str] = DbOption) -> None:
    """Remember a feed; its items are fetched by the next `tawthiq feed poll`."""
    from ..store.web import WebRecord

    if not url.startswith(("http://", "https://")):
        fail(f"{url}: not an http(s) URL")
    added = WebRecord(database(db)).add_feed(url)
    Console().print(f"{'added' if added else 'already there'}: {escape(url)}", highlight=False)


@feed_app.command("list")
def feed_list(db: Optional[str] = DbOption) -> None:
    """The feeds, when each was last polled, how many items it has given, and its last error."""
    from ..store.web import WebRecord

    table = Table(title="feeds")
    for column in ("id", "url", "title", "items", "last polled (UTC)", "last error"):
        table.add_column(column, overflow="fold")
    for feed in WebRecord(database(db)).feeds():
        table.add_row(str(feed["id"]), escape(feed["url"]), escape(feed["title"] or ""), str(feed["items"]),
                      f"{feed['last_polled']:%Y-%m-%d %H:%M}" if feed["last_polled"] else "never",
                      escape(feed["last_error"] or ""))
    Console().print(table)


@feed_app.command("poll")
def feed_poll(
    ignore_robots: bool = IgnoreRobots,
    delay: float = Delay,
    timeout: float = Timeout,
    db: Optional[str] = DbOption,
    country: Optional[str] = CountryOption,
) -> None:
    """Fetch every feed once and ingest the items not seen before; safe to run from cron.

    Exit code 1 when a feed or an item failed (each is listed; a failed item is tried again next time).
    """
    from .web import poll_feeds

    record, extractor, fetcher = _web_tools(db, country, ignore_robots, delay, timeout)
    summary = poll_feeds(record, extractor, fetcher,
                         on_item=lambda f: Console().print(f"{f.outcome} {escape(f.message)}", highlight=False))
    Console().print(f"{summary.feeds} feed(s) polled, {summary.new_items} new item(s), "
                    f"{sum(f.incidents for f in summary.fetched)} incident report(s)", highlight=False)
    for problem in summary.problems:
        err.print(f"[yellow]failed:[/] {escape(problem)}", highlight=False, soft_wrap=True)
    if summary.problems:
        raise typer.Exit(1)
