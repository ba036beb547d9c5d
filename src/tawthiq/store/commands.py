"""`tawthiq incidents` and `tawthiq incident show`: read the record from the terminal."""

from __future__ import annotations

import json
import sys
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..ingest.text import InputError, parse_date
from ..terminal import fail, show_count
from .database import Database, DatabaseError, open_database

DbOption = typer.Option(
    None, "--db", envvar="TAWTHIQ_DB",
    help="Database URL (sqlite:///path.db, postgresql://user@host/db) or a SQLite file path "
         "[default: tawthiq.db in the user data dir].")

incident_app = typer.Typer(help="One incident of the record.", no_args_is_help=True)


def database(url: str | None) -> Database:
    try:
        return open_database(url)
    except DatabaseError as error:
        fail(str(error))
        raise  # unreachable: fail() exits


def _date(value: str | None, what: str):
    try:
        return parse_date(value, what)
    except InputError as error:
        fail(str(error))


def list_incidents(
    since: Optional[str] = typer.Option(None, "--since", help="Only incidents on or after this day (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="Only incidents on or before this day."),
    governorate: Optional[str] = typer.Option(None, "--governorate", "-g", help="Only this admin1 (e.g. Idlib)."),
    event_type: Optional[str] = typer.Option(None, "--type", help="Only this event or sub-event type."),
    status: Optional[str] = typer.Option(None, "--status", help="unverified, corroborated, verified or disputed."),
    limit: int = typer.Option(50, "--limit", "-n", min=0, help="At most this many, newest first (0: all)."),
    as_json: bool = typer.Option(False, "--json", help="JSON Lines, one incident per line."),
    as_csv: bool = typer.Option(False, "--csv", help="ACLED-style CSV (as `tawthiq export --format acled-csv`)."),
    db: Optional[str] = DbOption,
) -> None:
    """List incidents of the record: a table, or --json / --csv."""
    from .queries import IncidentFilter, count_incidents, iter_incidents

    where = IncidentFilter(_date(since, "--since"), _date(until, "--until"), governorate, event_type, status)
    if status and status not in ("unverified", "corroborated", "verified", "disputed"):
        fail(f"--status: {status!r} is not one of unverified, corroborated, verified, disputed")
    record = database(db)
    with record.engine.connect() as conn:
        rows = iter_incidents(conn, where, limit=limit or None, newest_first=True)
        if as_json or as_csv:
            from ..publish.exports import write_acled, write_jsonl

            (write_jsonl if as_json else write_acled)(rows, sys.stdout)
            return
        total = count_incidents(conn, where)
        table = Table(title=f"{total} incident(s)" + (f", newest {limit} shown" if limit and total > limit else ""))
        for column in ("id", "date", "place", "admin1", "type", "weapons", "killed", "injured", "reports", "status"):
            table.add_column(column, overflow="fold")
        for incident in rows:
            killed, injured = show_count(incident.killed), show_count(incident.injured)
            if incident.killed_or_injured is not None:
                killed = injured = show_count(incident.killed_or_injured) + " k+i"
            table.add_row(str(incident.id), str(incident.date or ""), escape(incident.location.name or
                          incident.location.text or ""), incident.location.admin1 or "",
                          incident.sub_event_type or "", ", ".join(incident.weapons), killed, injured,
                          str(len(incident.reports)), incident.status)
        Console().print(table)


@incident_app.command("show")
def show_incident(
    incident_id: int = typer.Argument(..., help="The incident id (first column of `tawthiq incidents`)."),
    as_json: bool = typer.Option(False, "--json", help="The incident and its reports as JSON."),
    db: Optional[str] = DbOption,
) -> None:
    """An incident's merged figures (low/best/high), every report behind it, its evidence, and why it was merged."""
    from .queries import incident_detail

    record = database(db)
    with record.engine.connect() as conn:
        found = incident_detail(conn, incident_id)
    if found is None:
        fail(f"no incident {incident_id} in {record.display_url}")
    incident, reports = found
    if as_json:
        data = incident.model_dump(mode="json", exclude={"evidence"})
        data["report_details"] = [
            {"report_id": r.report_id, "document": r.document_label, "source_name": r.source_name,
             "published": r.published.isoformat() if r.published else None, "merge_reason": r.merge_reason,
             **r.report.model_dump(mode="json")} for r in reports]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    console = Console()
    loc = incident.location
    console.print(f"[bold]Incident {incident.id}[/] — {incident.status}, {len(reports)} report(s) from "
                  f"{len(incident.documents)} document(s)", highlight=False)
    summary = Table(show_header=False, box=None)
    summary.add_column(style="bold")
    summary.add_column(overflow="fold")
    place = " / ".join(p for p in (loc.name, loc.name_ar) if p) or loc.text or ""
    rows = [
        ("date", f"{incident.date or 'unknown'} ({incident.date_precision or '-'})"),
        ("place", f"{place}, {loc.admin2 or ''} {loc.admin1 or ''} [{loc.place_id or 'no id'}, "
                  f"precision {loc.geo_precision or '-'}]"),
        ("attack", f"{incident.sub_event_type or '-'}; weapons: {', '.join(incident.weapons) or '-'}; "
                   f"targets: {', '.join(incident.targets) or '-'}"),
        ("reported perpetrator", ", ".join(incident.perpetrator or []) or "not named"),
    ]
    for label, count in (("killed", incident.killed), ("injured", incident.injured),
                         ("killed or injured", incident.killed_or_injured)):
        if count is not None:
            rows.append((label, f"best {count.best if count.best is not None else '?'}, low {count.low}, "
                                f"high {count.high if count.high is not None else 'open'}"))
    rows.append(("children / women killed", f"{_or_dash(incident.killed_children)} / {_or_dash(incident.killed_women)}"))
    rows.append(("children / women injured",
                 f"{_or_dash(incident.injured_children)} / {_or_dash(incident.injured_women)}"))
    rows.append(("sources cited", ", ".join(incident.sources) or "-"))
    rows.append(("outlets", ", ".join(incident.outlets) or "-"))
    for label, value in rows:
        summary.add_row(label, escape(value))
    console.print(summary)
    for stored in reports:
        report = stored.report
        console.rule(f"report {stored.report_id} — {escape(stored.document_label)}"
                     + (f" ({escape(stored.source_name)})" if stored.source_name else "")
                     + (f", published {stored.published}" if stored.published else ""))
        console.print(f"[bold]why here:[/] {escape(stored.merge_reason or '-')}", highlight=False)
        console.print(f"date {report.date or '-'}; place {escape(report.location.text or '-')}; "
                      f"killed {show_count(report.killed) or '-'}; injured {show_count(report.injured) or '-'}"
                      + (f"; killed or injured {show_count(report.killed_or_injured)}"
                         if report.killed_or_injured else "")
                      + f"; sources {', '.join(report.sources) or '-'}", highlight=False)
        for evidence in report.evidence:
            console.print(f"  {evidence.field:>18} [{evidence.start}:{evidence.end}] «{escape(evidence.text)}»",
                          highlight=False)


def _or_dash(value: int | None) -> str:
    return "-" if value is None else str(value)


def list_posts(
    hashtag: Optional[str] = typer.Option(None, "--hashtag", "-t", help="Only posts with this hashtag, in any "
                                          "spelling (أ/ا, ى/ي, tatweel, Persian letters); with or without #."),
    since: Optional[str] = typer.Option(None, "--since", help="Only posts on or after this day (UTC, YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="Only posts on or before this day."),
    platform: Optional[str] = typer.Option(None, "--platform", help="telegram, twitter or csv."),
    author: Optional[str] = typer.Option(None, "--author", help="Only this account or channel."),
    limit: int = typer.Option(50, "--limit", "-n", min=0, help="At most this many, newest first (0: all)."),
    as_json: bool = typer.Option(False, "--json", help="JSON Lines, one post per line."),
    db: Optional[str] = DbOption,
) -> None:
    """Social-media posts in the record, with the incidents each one reported."""
    from .queries import PostFilter, iter_posts

    where = PostFilter(hashtag, _date(since, "--since"), _date(until, "--until"), platform, author)
    record = database(db)
    with record.engine.connect() as conn:
        rows = iter_posts(conn, where, limit=limit or None)
        if as_json:
            for row, incident_ids in rows:
                data = {k: v for k, v in row.items() if k not in ("id", "document_id")}
                data.update(created_at=row["created_at"].isoformat() + "Z" if row["created_at"] else None,
                            first_seen=row["first_seen"].isoformat(), last_seen=row["last_seen"].isoformat(),
                            incidents=incident_ids)
                sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
            return
        table = Table(title="posts" + (f" with #{hashtag.lstrip('#')}" if hashtag else ""))
        for column in ("time (UTC)", "platform", "account", "text", "hashtags", "incidents"):
            table.add_column(column, overflow="fold")
        for row, incident_ids in rows:
            text = row["text"] if len(row["text"]) <= 140 else row["text"][:139] + "…"
            table.add_row(f"{row['created_at']:%Y-%m-%d %H:%M}" if row["created_at"] else "", row["platform"],
                          escape(row["channel"] or row["author"] or ""), escape(text),
                          escape(" ".join("#" + t for t in row["hashtags"])),
                          ", ".join(str(i) for i in dict.fromkeys(incident_ids))
                          or ("repost" if row["repost_of"] else ""))
        Console().print(table)


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0: every interface)."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    tiles: Optional[str] = typer.Option(None, "--tiles", envvar="TAWTHIQ_TILES",
                                        help="Map tile URL template, e.g. https://tile.example/{z}/{x}/{y}.png; "
                                             "without one the map is a plain background (works offline)."),
    public: bool = typer.Option(False, "--public", help="Let anonymous visitors see verified incidents (figures "
                                "and sources, not the reports' words); otherwise everyone must log in."),
    db: Optional[str] = DbOption,
) -> None:
    """Serve the dashboard and the API (http://127.0.0.1:8000, OpenAPI at /docs) on the record.

    Accounts: `tawthiq user add EMAIL --role reviewer`; API tokens: `tawthiq user token EMAIL`.
    """
    import uvicorn

    from ..web.app import create_app

    app = create_app(database(db), tiles=tiles or "", public=public)
    Console().print(f"Tawthiq on http://{host}:{port}  (API documentation: /docs)", highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning")


user_app = typer.Typer(help="Accounts for the dashboard and the API (roles: viewer, analyst, reviewer, admin).",
                       no_args_is_help=True)


@user_app.command("add")
def user_add(
    email: str = typer.Argument(..., help="The person's email, their login name."),
    role: str = typer.Option("viewer", "--role", help="viewer (reads), analyst (edits, merges, splits), reviewer "
                             "(also verifies), admin."),
    password: Optional[str] = typer.Option(None, "--password", hidden=True, envvar="TAWTHIQ_NEW_PASSWORD",
                                           help="Given here only by scripts; people are asked for it."),
    db: Optional[str] = DbOption,
) -> None:
    """Create an account; the password is asked twice, hashed with argon2, never shown or logged."""
    from .people import People, ReviewError

    if password is None:
        password = typer.prompt("password (10 characters or more)", hide_input=True, confirmation_prompt=True)
    try:
        People(database(db)).add_user(email, role, password)
    except ReviewError as error:
        fail(str(error))
    Console().print(f"added {escape(email)} as {role}", highlight=False)


@user_app.command("token")
def user_token(email: str = typer.Argument(...), db: Optional[str] = DbOption) -> None:
    """Make an API token for the account (shown once: only its hash is kept)."""
    from .people import People, ReviewError

    try:
        token = People(database(db)).new_token(email)
    except ReviewError as error:
        fail(str(error))
    sys.stdout.write(token + "\n")


@user_app.command("list")
def user_list(db: Optional[str] = DbOption) -> None:
    """The accounts and their roles."""
    from sqlalchemy import select

    from .schema import User

    with database(db).engine.connect() as conn:
        for email, role in conn.execute(select(User.email, User.role).order_by(User.id)):
            sys.stdout.write(f"{email}\t{role}\n")
