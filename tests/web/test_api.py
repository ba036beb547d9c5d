"""The API and the server-rendered pages through FastAPI's client; report text is always shown as text."""

import re

import pytest
from fastapi.testclient import TestClient

from tawthiq.web.app import create_app


@pytest.fixture(scope="module")
def client(web_database, tokens):
    """A viewer's client: reads everything, changes nothing."""
    return TestClient(create_app(web_database, secret="test"), headers={"Authorization": f"Bearer {tokens['viewer']}"})


def test_incidents_are_filtered_paged_and_named_as_in_the_design(client):
    everything = client.get("/api/incidents").json()
    assert everything["total"] == 4
    first = everything["incidents"][0]
    for key in ("id", "date", "location", "event_type", "sub_event_type", "weapons", "killed", "injured", "sources",
                "status", "reports", "documents"):
        assert key in first
    dates = [i["date"] for i in everything["incidents"]]
    assert dates == sorted(dates, reverse=True)
    page = client.get("/api/incidents", params={"limit": 1, "offset": 1, "sort": "date"}).json()
    assert page["total"] == 4 and len(page["incidents"]) == 1
    assert client.get("/api/incidents", params={"governorate": "Idlib", "type": "Air/drone strike"}).json()["total"] == 1
    assert client.get("/api/incidents", params={"source": "SOHR"}).json()["total"] == 1
    assert client.get("/api/incidents", params={"perpetrator": "russia"}).json()["total"] == 1
    assert client.get("/api/incidents", params={"since": "2023-10-13"}).json()["total"] == 1
    assert client.get("/api/incidents", params={"since": "yesterday"}).status_code == 422


def test_incident_detail_stats_and_geojson(client):
    strike = next(i for i in client.get("/api/incidents").json()["incidents"] if len(i["reports"]) == 3)
    detail = client.get(f"/api/incidents/{strike['id']}").json()
    assert detail["killed"] == {"low": 5, "best": 5, "high": 7}
    assert len(detail["report_details"]) == 3 and detail["report_details"][0]["evidence"]
    assert client.get("/api/incidents/99999").status_code == 404
    stats = client.get("/api/stats").json()
    assert stats["incidents"] == 4 and stats["per_governorate"]["Idlib"] == 4
    assert stats["killed"]["low"] == 5 + 1 + 2 and stats["per_day"][0]["date"] == "2023-10-10"
    geo = client.get("/api/incidents.geojson")
    assert geo.headers["content-type"].startswith("application/geo+json")
    assert len(geo.json()["features"]) == 4
    assert "/api/incidents" in client.get("/openapi.json").json()["paths"]


def test_pages_are_arabic_right_to_left_by_default_and_english_on_request(client):
    client.cookies.clear()
    arabic = client.get("/")
    assert '<html lang="ar" dir="rtl">' in arabic.text and "الحوادث" in arabic.text
    english = client.get("/", params={"lang": "en"})
    assert '<html lang="en" dir="ltr">' in english.text and "Incidents" in english.text
    assert client.get("/").text.startswith("<!doctype html>\n<html lang=\"en\"")  # the choice is remembered


def test_hostile_report_text_is_shown_as_text(client):
    hostile = next(i for i in client.get("/api/incidents").json()["incidents"] if "hostile-1" in i["documents"])
    html = client.get(f"/incidents/{hostile['id']}").text
    assert "<script>window.hacked" not in html and "&lt;script&gt;window.hacked = 1&lt;/script&gt;" in html
    assert 'href="javascript:' not in html and "onerror=\"window" not in html
    assert "&lt;b&gt;Fake&lt;/b&gt; Outlet" in html
    assert '<mark class="evidence" data-field="killed"' in html


def test_no_asset_comes_from_another_site(client):
    for path in ("/", "/?lang=en"):
        html = client.get(path).text
        # what the page loads and links to (not its text: a random form token may well hold the letters "cdn")
        references = re.findall(r"""(?:src|href)=["']([^"']+)""", html)
        assert references and all(not ref.startswith(("http:", "https:", "//")) and "cdn" not in ref.lower()
                                  for ref in references), references
    assert client.get("/static/vendor/leaflet/leaflet.js").status_code == 200
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs and "cdn.jsdelivr" not in docs


def test_documents_and_reports_are_listed(client):
    documents = client.get("/api/documents").json()
    assert documents["total"] == 6 and {"external_id", "status", "source_name"} <= set(documents["documents"][0])
    assert "text" not in documents["documents"][0]
    first = min(documents["documents"], key=lambda d: d["id"])
    reports = client.get("/api/reports", params={"document": first["id"]}).json()["reports"]
    assert len(reports) == 1 and reports[0]["evidence"] and reports[0]["merge_reason"].startswith("new incident")
    strike = next(i for i in client.get("/api/incidents").json()["incidents"] if len(i["reports"]) == 3)
    assert len(client.get("/api/reports", params={"incident": strike["id"]}).json()["reports"]) == 3
    assert client.get("/api/documents", params={"status": "broken"}).status_code == 422
