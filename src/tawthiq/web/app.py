"""The web app: the dashboard (map, timeline, filters, totals), incident pages with highlighted evidence, and a
read-only JSON API. `tawthiq serve` runs it; tests use `create_app` with their own database."""

from __future__ import annotations

import datetime as dt
import os
from itertools import islice
from pathlib import Path
from typing import Iterator

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..publish.exports import geojson_chunks
from ..records import ACTORS, EVENT_TYPES, WEAPONS, Incident
from ..store import open_database
from ..store.database import Database
from ..store.queries import incident_detail, iter_incidents
from .i18n import LANGUAGES, direction, strings
from .present import Filters, figure, marked_text, only, totals

HERE = Path(__file__).parent
SORTS = {"date": False, "-date": True}
STATUSES = ("unverified", "corroborated", "verified", "disputed")


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


def create_app(database: Database | str | None = None, *, tiles: str | None = None) -> FastAPI:
    """The app on a database (an open Database, a URL, or the default record)."""
    db = database if isinstance(database, Database) else open_database(database)
    tile_url = tiles if tiles is not None else os.environ.get("TAWTHIQ_TILES", "")
    app = FastAPI(title="Tawthiq", description="A record of attacks on civilians: incidents merged from reports, "
                  "with low/best/high figures and the evidence behind every field.", version="0.1.0",
                  docs_url=None, redoc_url=None)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """The API documentation, with Swagger UI served by the app (no CDN)."""
        return get_swagger_ui_html(openapi_url="/openapi.json", title="Tawthiq API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/vendor/leaflet/images/marker-icon.png")
    templates = Jinja2Templates(directory=HERE / "templates")  # autoescape on: report text is never trusted

    def incidents(filters: Filters, newest_first: bool = True) -> Iterator[Incident]:
        with db.engine.connect() as conn:
            yield from only(iter_incidents(conn, filters.sql(), newest_first=newest_first), filters)

    def language(request: Request, lang: str | None) -> str:
        return lang if lang in LANGUAGES else request.cookies.get("lang", "ar")

    def page(request: Request, name: str, lang: str, **context) -> HTMLResponse:
        words = strings(lang)
        response = templates.TemplateResponse(request, name, {
            "lang": lang, "dir": direction(lang), "t": words, "figure": lambda c: figure(c, words), **context})
        response.set_cookie("lang", lang, samesite="lax")
        return response

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard(request: Request, since: str | None = None, until: str | None = None,
                  governorate: str | None = None, type: str | None = None, weapon: str | None = None,
                  perpetrator: str | None = None, status: str | None = None, source: str | None = None,
                  lang: str | None = None):
        lang = language(request, lang)
        filters = _filters(since, until, governorate, type, weapon, perpetrator, status, source)
        found = list(islice(incidents(filters), 2000))
        summary = totals(found)
        points = [{"id": i.id, "lat": i.location.latitude, "lon": i.location.longitude,
                   "label": f"{i.date or ''} {i.location.name or i.location.text or ''}: {figure(i.killed, strings(lang))}"}
                  for i in found if i.location.latitude is not None]
        days = sorted(summary.per_day.items())
        with db.engine.connect() as conn:
            governorates = sorted({i.location.admin1 for i in iter_incidents(conn) if i.location.admin1})
        return page(request, "dashboard.html", lang, incidents=found[:200], shown=min(len(found), 200),
                    total=len(found), summary=summary, points=points, days=days,
                    peak=max((v[0] for _, v in days), default=1), filters=filters, query=filters.query(),
                    governorates=governorates, types=[s for subs in EVENT_TYPES.values() for s in subs],
                    weapons=WEAPONS, actors=ACTORS, statuses=STATUSES, tiles=tile_url)

    @app.get("/incidents/{incident_id}", response_class=HTMLResponse, include_in_schema=False)
    def incident_page(request: Request, incident_id: int, lang: str | None = None):
        lang = language(request, lang)
        with db.engine.connect() as conn:
            found = incident_detail(conn, incident_id)
        if found is None:
            raise HTTPException(404, f"no incident {incident_id}")
        incident, reports = found
        marked = [(r, marked_text(r.text, r.report.evidence)) for r in reports]
        return page(request, "incident.html", lang, incident=incident, reports=marked)

    @app.get("/api/incidents", tags=["incidents"])
    def api_incidents(since: str | None = None, until: str | None = None, governorate: str | None = None,
                      type: str | None = None, weapon: str | None = None, perpetrator: str | None = None,
                      status: str | None = None, source: str | None = None,
                      sort: str = Query("-date", pattern="^-?date$"),
                      limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0)) -> dict:
        """Incidents, filtered and paged; field names as in DESIGN.md."""
        filters = _filters(since, until, governorate, type, weapon, perpetrator, status, source)
        matching = incidents(filters, newest_first=SORTS[sort])
        page_items, total = [], 0
        for index, incident in enumerate(matching):
            total += 1
            if offset <= index < offset + limit:
                page_items.append(incident.model_dump(mode="json", exclude={"evidence"}))
        return {"total": total, "limit": limit, "offset": offset, "incidents": page_items}

    @app.get("/api/incidents.geojson", tags=["incidents"])
    def api_geojson(since: str | None = None, until: str | None = None, governorate: str | None = None,
                    type: str | None = None, status: str | None = None) -> StreamingResponse:
        """All matching incidents as a GeoJSON FeatureCollection, streamed."""
        filters = _filters(since, until, governorate, type, None, None, status, None)

        def body() -> Iterator[str]:
            yield from geojson_chunks(incidents(filters, newest_first=False))

        return StreamingResponse(body(), media_type="application/geo+json")

    @app.get("/api/incidents/{incident_id}", tags=["incidents"])
    def api_incident(incident_id: int) -> dict:
        """One incident, every report behind it with its evidence spans and why it was merged."""
        with db.engine.connect() as conn:
            found = incident_detail(conn, incident_id)
        if found is None:
            raise HTTPException(404, f"no incident {incident_id}")
        incident, reports = found
        data = incident.model_dump(mode="json", exclude={"evidence"})
        data["report_details"] = [{"report_id": r.report_id, "document": r.document_label,
                                   "source_name": r.source_name, "merge_reason": r.merge_reason,
                                   **r.report.model_dump(mode="json")} for r in reports]
        return data

    @app.get("/api/stats", tags=["stats"])
    def api_stats(since: str | None = None, until: str | None = None, governorate: str | None = None,
                  type: str | None = None, status: str | None = None) -> dict:
        """Incidents and killed per day, incidents per governorate and per type, totals with low/best/high."""
        summary = totals(incidents(_filters(since, until, governorate, type, None, None, status, None)))
        return {
            "incidents": summary.incidents,
            "killed": dict(zip(("low", "best", "high"), summary.killed)),
            "injured": dict(zip(("low", "best", "high"), summary.injured)),
            "per_day": [{"date": day.isoformat(), "incidents": n, "killed": k}
                        for day, (n, k) in sorted(summary.per_day.items())],
            "per_governorate": dict(summary.per_governorate.most_common()),
            "per_type": dict(summary.per_type.most_common()),
        }

    return app
