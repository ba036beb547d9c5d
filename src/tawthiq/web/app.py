"""The web app: the dashboard (map, timeline, filters, totals), incident pages with highlighted evidence, and a
read-only JSON API. `tawthiq serve` runs it; tests use `create_app` with their own database."""

from __future__ import annotations

import datetime as dt
import os
import secrets
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

from pydantic import BaseModel, Field
from sqlalchemy import func, select
from starlette.middleware.sessions import SessionMiddleware

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, RedirectResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..publish.exports import geojson_chunks
from ..records import ACTORS, EVENT_TYPES, WEAPONS, Incident
from ..store import open_database
from ..store.database import Database
from ..paths import data_dir
from ..store.people import STATUSES, People, Review, ReviewError, allowed
from ..store.queries import incident_detail, iter_incidents
from ..store.convert import report_from_row
from ..store.record import Record
from ..store.schema import Document as DocumentRow
from ..store.schema import Incident as IncidentRow
from ..store.schema import Report as ReportRow
from .i18n import LANGUAGES, direction, strings
from .present import Filters, figure, marked_text, only, totals

HERE = Path(__file__).parent
documents_table, reports_table = DocumentRow.__table__, ReportRow.__table__
incidents_table = IncidentRow.__table__
SORTS = {"date": False, "-date": True}
MAP_LIMIT = 2000  # newest incidents on the map; the table shows the newest 200


def _day(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def _filters(since, until, governorate, type_, weapon, perpetrator, status, source) -> Filters:
    return Filters(_day(since, "since"), _day(until, "until"), governorate or None, type_ or None, weapon or None,
                   perpetrator or None, status or None, source or None)


def _same_token(sent, kept) -> bool:
    """The CSRF check: a token was issued to this session and the form sent that very token back."""
    return bool(kept) and isinstance(sent, str) and secrets.compare_digest(sent, kept)


def _secret() -> str:
    """The key that signs session cookies: $TAWTHIQ_SECRET, else one made once and kept in the data dir."""
    if os.environ.get("TAWTHIQ_SECRET"):
        return os.environ["TAWTHIQ_SECRET"]
    path = data_dir() / "secret.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


def create_app(database: Database | str | None = None, *, tiles: str | None = None, public: bool = False,
               secret: str | None = None) -> FastAPI:
    """The app on a database (an open Database, a URL, or the default record).

    Everyone must log in (or send an API token) unless `public`: then anonymous visitors see verified incidents
    only, without the reports' texts."""
    db = database if isinstance(database, Database) else open_database(database)
    people, review = People(db), Review(db)

    @lru_cache(maxsize=1)
    def extractor():
        """Built on the first posted report (lexicons and the country's gazetteer load once, not per request)."""
        from ..extract import Extractor
        from ..geo.commands import default_country
        from ..geo.gazetteer import default_gazetteer

        return Extractor(default_gazetteer(default_country()))
    tile_url = tiles if tiles is not None else os.environ.get("TAWTHIQ_TILES", "")
    app = FastAPI(title="Tawthiq", description="A record of attacks on civilians: incidents merged from reports, "
                  "with low/best/high figures and the evidence behind every field.", version="0.1.0",
                  docs_url=None, redoc_url=None)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_middleware(SessionMiddleware, secret_key=secret or _secret(), same_site="lax", https_only=False,
                       max_age=12 * 3600)

    def current_user(request: Request) -> dict | None:
        header = request.headers.get("Authorization", "")
        if header.lower().startswith("bearer "):
            return people.by_token(header[7:].strip())
        user_id = request.session.get("user_id")
        return people.by_id(user_id) if user_id else None

    def reader(request: Request) -> dict | None:
        """Who reads: a user, or (public view) an anonymous visitor as None; else 401."""
        user = current_user(request)
        if user is None and not public:
            raise HTTPException(401, "log in, or send an API token: Authorization: Bearer <token>")
        return user

    def csrf(request: Request) -> str:
        if "csrf" not in request.session:
            request.session["csrf"] = secrets.token_urlsafe(24)
        return request.session["csrf"]

    async def form_of(request: Request, role: str) -> tuple[dict, dict]:
        """The posted form, after checking the CSRF token and the user's role."""
        user = current_user(request)
        if user is None:
            raise HTTPException(401, "log in first")
        form = dict(await request.form())
        if not _same_token(form.get("csrf"), request.session.get("csrf")):
            raise HTTPException(403, "the form is stale or was not sent by this site (CSRF check); reload and retry")
        if not allowed(user["role"], role):
            raise HTTPException(403, f"this needs the {role} role")
        return user, form

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """The API documentation, with Swagger UI served by the app (no CDN)."""
        return get_swagger_ui_html(openapi_url="/openapi.json", title="Tawthiq API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/vendor/leaflet/images/marker-icon.png")
    templates = Jinja2Templates(directory=HERE / "templates")  # autoescape on: report text is never trusted

    def incidents(filters: Filters, newest_first: bool = True, user: dict | None = None) -> Iterator[Incident]:
        if user is None:  # the public view: verified incidents only
            filters = Filters(**{**vars(filters), "status": "verified"})
        with db.engine.connect() as conn:
            yield from only(iter_incidents(conn, filters.sql(), newest_first=newest_first), filters)

    def language(request: Request, lang: str | None) -> str:
        return lang if lang in LANGUAGES else request.cookies.get("lang", "ar")

    def page(request: Request, name: str, lang: str, **context) -> HTMLResponse:
        words = strings(lang)
        user = current_user(request)
        response = templates.TemplateResponse(request, name, {
            "lang": lang, "dir": direction(lang), "t": words, "figure": lambda c: figure(c, words), "user": user,
            "csrf": csrf(request), "can": lambda role: user is not None and allowed(user["role"], role),
            **context})
        response.set_cookie("lang", lang, samesite="lax")
        return response

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard(request: Request, since: str | None = None, until: str | None = None,
                  governorate: str | None = None, type: str | None = None, weapon: str | None = None,
                  perpetrator: str | None = None, status: str | None = None, source: str | None = None,
                  lang: str | None = None):
        lang = language(request, lang)
        user = current_user(request)
        if user is None and not public:
            return RedirectResponse(f"/login?lang={lang}", status_code=303)
        filters = _filters(since, until, governorate, type, weapon, perpetrator, status, source)
        found = list(islice(incidents(filters, user=user), MAP_LIMIT))
        # Totals and the timeline cover every matching incident, not only those on the map.
        summary = totals(found) if len(found) < MAP_LIMIT else totals(incidents(filters, user=user))
        points = [{"id": i.id, "lat": i.location.latitude, "lon": i.location.longitude,
                   "label": f"{i.date or ''} {i.location.name or i.location.text or ''}: {figure(i.killed, strings(lang))}"}
                  for i in found if i.location.latitude is not None]
        days = sorted(summary.per_day.items())
        with db.engine.connect() as conn:
            governorates = conn.execute(select(incidents_table.c.admin1).where(incidents_table.c.admin1.is_not(None))
                                        .distinct().order_by(incidents_table.c.admin1)).scalars().all()
        return page(request, "dashboard.html", lang, incidents=found[:200], shown=min(len(found), 200),
                    total=summary.incidents, summary=summary, points=points, days=days,
                    peak=max((v[0] for _, v in days), default=1), filters=filters, query=filters.query(),
                    governorates=governorates, types=[s for subs in EVENT_TYPES.values() for s in subs],
                    weapons=WEAPONS, actors=ACTORS, statuses=STATUSES, tiles=tile_url)

    @app.get("/incidents/{incident_id}", response_class=HTMLResponse, include_in_schema=False)
    def incident_page(request: Request, incident_id: int, lang: str | None = None, error: str | None = None):
        lang = language(request, lang)
        user = current_user(request)
        if user is None and not public:
            return RedirectResponse(f"/login?lang={lang}", status_code=303)
        with db.engine.connect() as conn:
            found = incident_detail(conn, incident_id)
        if found is None or (user is None and found[0].status != "verified"):
            raise HTTPException(404, f"no incident {incident_id}")
        incident, reports = found
        # The public view shows the figures and who reported them, not the reports' words (they may name people).
        marked = [(r, marked_text(r.text, r.report.evidence) if user else None) for r in reports]
        return page(request, "incident.html", lang, incident=incident, reports=marked, error=error,
                    history=review.history(incident_id) if user else [], statuses=STATUSES,
                    types=[s for subs in EVENT_TYPES.values() for s in subs])

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_page(request: Request, lang: str | None = None, error: str | None = None):
        return page(request, "login.html", language(request, lang), error=error)

    @app.post("/login", include_in_schema=False)
    async def login(request: Request):
        form = dict(await request.form())
        lang = language(request, None)
        if not _same_token(form.get("csrf"), request.session.get("csrf")):
            return RedirectResponse(f"/login?lang={lang}&error=stale", status_code=303)
        user = people.login(str(form.get("email", "")), str(form.get("password", "")))
        if user is None:
            return RedirectResponse(f"/login?lang={lang}&error=wrong", status_code=303)
        request.session.clear()
        request.session["user_id"] = user["id"]
        return RedirectResponse(f"/?lang={lang}", status_code=303)

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request):
        await form_of(request, "viewer")
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    def _back(incident_id: int, error: str | None = None) -> RedirectResponse:
        target = f"/incidents/{incident_id}"
        if error:
            target += "?error=" + quote(error)
        return RedirectResponse(target, status_code=303)

    @app.post("/incidents/{incident_id}/status", include_in_schema=False)
    async def set_status(request: Request, incident_id: int):
        user, form = await form_of(request, "analyst")
        try:
            review.set_status(incident_id, user, str(form.get("status")), str(form.get("note") or "") or None)
        except ReviewError as error:
            return _back(incident_id, str(error))
        return _back(incident_id)

    @app.post("/incidents/{incident_id}/edit", include_in_schema=False)
    async def edit(request: Request, incident_id: int):
        user, form = await form_of(request, "analyst")
        try:
            values: dict = {}
            if form.get("date"):
                values["date"] = dt.date.fromisoformat(str(form["date"]))
            if form.get("sub_event_type"):
                values["sub_event_type"] = str(form["sub_event_type"])
            for name in ("killed", "injured"):
                parts = [str(form.get(f"{name}_{p}") or "").strip() for p in ("low", "best", "high")]
                if any(parts):
                    values[name] = tuple(int(p) if p else None for p in parts)
            review.edit(incident_id, user, values, str(form.get("note") or "") or None)
        except (ReviewError, ValueError) as error:
            return _back(incident_id, str(error))
        return _back(incident_id)

    @app.post("/incidents/{incident_id}/merge", include_in_schema=False)
    async def merge(request: Request, incident_id: int):
        user, form = await form_of(request, "analyst")
        try:
            review.merge(incident_id, int(str(form.get("other"))), user, str(form.get("note") or "") or None)
        except (ReviewError, ValueError) as error:
            return _back(incident_id, str(error))
        return _back(incident_id)

    @app.post("/incidents/{incident_id}/split", include_in_schema=False)
    async def split(request: Request, incident_id: int):
        user, form = await form_of(request, "analyst")
        try:
            new_id = review.split(incident_id, int(str(form.get("report"))), user, str(form.get("note") or "") or None)
        except (ReviewError, ValueError) as error:
            return _back(incident_id, str(error))
        return _back(new_id)

    @app.get("/api/incidents", tags=["incidents"])
    def api_incidents(since: str | None = None, until: str | None = None, governorate: str | None = None,
                      type: str | None = None, weapon: str | None = None, perpetrator: str | None = None,
                      status: str | None = None, source: str | None = None,
                      sort: str = Query("-date", pattern="^-?date$"),
                      limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0),
                      user: dict | None = Depends(reader)) -> dict:
        """Incidents, filtered and paged; field names as in DESIGN.md."""
        filters = _filters(since, until, governorate, type, weapon, perpetrator, status, source)
        matching = incidents(filters, newest_first=SORTS[sort], user=user)
        page_items, total = [], 0
        for index, incident in enumerate(matching):
            total += 1
            if offset <= index < offset + limit:
                page_items.append(incident.model_dump(mode="json", exclude={"evidence"}))
        return {"total": total, "limit": limit, "offset": offset, "incidents": page_items}

    @app.get("/api/incidents.geojson", tags=["incidents"])
    def api_geojson(since: str | None = None, until: str | None = None, governorate: str | None = None,
                    type: str | None = None, status: str | None = None,
                    user: dict | None = Depends(reader)) -> StreamingResponse:
        """All matching incidents as a GeoJSON FeatureCollection, streamed."""
        filters = _filters(since, until, governorate, type, None, None, status, None)

        def body() -> Iterator[str]:
            yield from geojson_chunks(incidents(filters, newest_first=False, user=user))

        return StreamingResponse(body(), media_type="application/geo+json")

    @app.get("/api/incidents/{incident_id}", tags=["incidents"])
    def api_incident(incident_id: int, user: dict | None = Depends(reader)) -> dict:
        """One incident, every report behind it with its evidence spans and why it was merged."""
        with db.engine.connect() as conn:
            found = incident_detail(conn, incident_id)
        if found is None or (user is None and found[0].status != "verified"):
            raise HTTPException(404, f"no incident {incident_id}")
        incident, reports = found
        data = incident.model_dump(mode="json", exclude={"evidence"})
        if user is None:  # the public view: no report words
            return data
        data["report_details"] = [{"report_id": r.report_id, "document": r.document_label,
                                   "source_name": r.source_name, "merge_reason": r.merge_reason,
                                   **r.report.model_dump(mode="json")} for r in reports]
        return data

    @app.get("/api/stats", tags=["stats"])
    def api_stats(since: str | None = None, until: str | None = None, governorate: str | None = None,
                  type: str | None = None, status: str | None = None, user: dict | None = Depends(reader)) -> dict:
        """Incidents and killed per day, incidents per governorate and per type, totals with low/best/high."""
        summary = totals(incidents(_filters(since, until, governorate, type, None, None, status, None), user=user))
        return {
            "incidents": summary.incidents,
            "killed": dict(zip(("low", "best", "high"), summary.killed)),
            "injured": dict(zip(("low", "best", "high"), summary.injured)),
            "per_day": [{"date": day.isoformat(), "incidents": n, "killed": k}
                        for day, (n, k) in sorted(summary.per_day.items())],
            "per_governorate": dict(summary.per_governorate.most_common()),
            "per_type": dict(summary.per_type.most_common()),
        }

    @app.get("/api/documents", tags=["documents"])
    def api_documents(status: str | None = Query(None, pattern="^(ok|failed)$"), limit: int = Query(50, ge=1, le=1000),
                      offset: int = Query(0, ge=0), user: dict | None = Depends(reader)) -> dict:
        """Documents read into the record (newest first), failed ones with their error; no texts here."""
        if user is None:
            raise HTTPException(401, "documents are not part of the public view")
        query = select(documents_table.c.id, documents_table.c.external_id, documents_table.c.source,
                       documents_table.c.source_name, documents_table.c.url, documents_table.c.title,
                       documents_table.c.published, documents_table.c.language, documents_table.c.status,
                       documents_table.c.error, documents_table.c.ingested_at)
        counted = select(func.count()).select_from(documents_table)
        if status:
            query, counted = (query.where(documents_table.c.status == status),
                              counted.where(documents_table.c.status == status))
        with db.engine.connect() as conn:
            total = conn.execute(counted).scalar_one()
            rows = conn.execute(query.order_by(documents_table.c.id.desc()).limit(limit).offset(offset)).mappings()
            items = [{k: (v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v) for k, v in r.items()}
                     for r in rows]
        return {"total": total, "limit": limit, "offset": offset, "documents": items}

    @app.get("/api/reports", tags=["reports"])
    def api_reports(document: int | None = None, incident: int | None = None, limit: int = Query(50, ge=1, le=1000),
                    offset: int = Query(0, ge=0), user: dict | None = Depends(reader)) -> dict:
        """Incident reports as extracted (one document's, or one incident's), with evidence and merge reasons."""
        if user is None:
            raise HTTPException(401, "reports are not part of the public view")
        query = select(reports_table)
        if document is not None:
            query = query.where(reports_table.c.document_id == document)
        if incident is not None:
            query = query.where(reports_table.c.incident_id == incident)
        with db.engine.connect() as conn:
            rows = conn.execute(query.order_by(reports_table.c.id).limit(limit).offset(offset)).mappings().all()
        return {"limit": limit, "offset": offset, "reports": [
            {"id": r["id"], "document_id": r["document_id"], "incident_id": r["incident_id"],
             "merge_reason": r["merge_reason"], **report_from_row(r).model_dump(mode="json")} for r in rows]}

    @app.post("/api/reports", tags=["reports"], status_code=201)
    def api_ingest(report: PostedReport, request: Request) -> dict:
        """Ingest one report (analysts and above): extracted, stored, merged; returns where its incidents went."""
        user = current_user(request)
        if user is None or not allowed(user["role"], "analyst"):
            raise HTTPException(403, "ingesting needs an analyst's token")
        from ..extract.pipeline import document_from_text

        raw = report.text.encode()
        document = document_from_text(report.text, report.published, source=report.url or "api",
                                      title=report.title, raw=raw)
        document.source_name = report.source_name
        result = extractor().extract(document)
        stored = Record(db).add_document(document, result.incidents, external_id=report.id, url=report.url,
                                         report_confidence=result.report_confidence)
        return {"duplicate": stored.duplicate, "document_id": stored.document_id,
                "incidents": [d.incident_id for d in stored.decisions],
                "reasons": [d.reason for d in stored.decisions]}

    return app


class PostedReport(BaseModel):
    """A report sent to the API, as one line of a JSON Lines ingest."""

    text: str = Field(min_length=1, max_length=10_000_000)
    id: str | None = None
    published: dt.date | None = None
    title: str | None = None
    source_name: str | None = None
    url: str | None = None
