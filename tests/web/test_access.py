"""Who may see and change what: logins, tokens, CSRF, the public view, and the review rules, over HTTP."""

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tawthiq.store.people import People
from tawthiq.store.schema import User
from tawthiq.web.app import create_app


@pytest.fixture
def app(web_database):
    return create_app(web_database, secret="test")


@pytest.fixture
def logged_in(password):
    def open_session(app, email) -> TestClient:
        return _login(app, email, password)

    return open_session


def _login(app, email, password) -> TestClient:
    client = TestClient(app)
    form = client.get("/login").text
    token = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
    answer = client.post("/login", data={"email": email, "password": password, "csrf": token}, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"].startswith("/?")
    return client


def csrf_of(client, path) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', client.get(path).text).group(1)


def an_incident(client, **where) -> dict:
    return client.get("/api/incidents", params=where).json()["incidents"][0]


def test_nobody_reads_without_logging_in(app):
    anonymous = TestClient(app)
    assert anonymous.get("/api/incidents").status_code == 401
    page = anonymous.get("/", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")
    bad = TestClient(app).post("/login", data={"email": "viewer@example.org", "password": "wrong", "csrf": ""},
                               follow_redirects=False)
    assert "error" in bad.headers["location"]


def test_passwords_are_argon2_hashes(web_database, password):
    with web_database.engine.connect() as conn:
        hashes = conn.execute(select(User.password_hash)).scalars().all()
    assert hashes and all(h.startswith("$argon2id$") and password not in h for h in hashes)
    assert People(web_database).login("viewer@example.org", password)["role"] == "viewer"
    assert People(web_database).login("viewer@example.org", "not it") is None


def test_a_form_without_its_csrf_token_is_refused(app, logged_in):
    analyst = logged_in(app, "analyst@example.org")
    incident = an_incident(analyst)
    refused = analyst.post(f"/incidents/{incident['id']}/status", data={"status": "disputed", "note": "x"})
    assert refused.status_code == 403 and "CSRF" in refused.text


def test_review_rules_over_the_forms(app, logged_in):
    analyst = logged_in(app, "analyst@example.org")
    reviewer = logged_in(app, "reviewer@example.org")
    second = logged_in(app, "second-reviewer@example.org")
    viewer = logged_in(app, "viewer@example.org")
    incident = next(i for i in analyst.get("/api/incidents").json()["incidents"]
                    if i["location"]["name"] == "Sarmīn")
    path = f"/incidents/{incident['id']}"

    denied = viewer.post(path + "/status", data={"status": "verified", "csrf": csrf_of(viewer, path)})
    assert denied.status_code == 403
    analyst.post(path + "/edit", data={"killed_low": "2", "killed_best": "3", "killed_high": "3",
                                       "note": "the hospital confirmed a third death", "csrf": csrf_of(analyst, path)})
    assert analyst.get(f"/api/incidents/{incident['id']}").json()["killed"] == {"low": 2, "best": 3, "high": 3}
    cannot = analyst.post(path + "/status", data={"status": "verified", "csrf": csrf_of(analyst, path)})
    assert "only a reviewer" in cannot.text
    reviewer.post(path + "/edit", data={"injured_low": "1", "injured_best": "1", "injured_high": "1",
                                        "csrf": csrf_of(reviewer, path)})
    own = reviewer.post(path + "/status", data={"status": "verified", "csrf": csrf_of(reviewer, path)})
    assert "another reviewer must verify" in own.text
    no_note = second.post(path + "/status", data={"status": "disputed", "csrf": csrf_of(second, path)})
    assert "needs a note" in no_note.text
    second.post(path + "/status", data={"status": "verified", "csrf": csrf_of(second, path)})
    page = second.get(path).text
    assert 'class="status verified"' in page
    history = re.findall(r"<tr><td>[^<]+</td><td>([^<]+)</td><td>([^<]+)</td>", page)
    assert ("analyst@example.org", "killed") in history and ("second-reviewer@example.org", "status") in history
    assert "the hospital confirmed a third death" in page


def test_the_public_view_shows_verified_incidents_without_report_words(web_database, tokens):
    reviewer = TestClient(create_app(web_database, secret="test"),
                          headers={"Authorization": f"Bearer {tokens['reviewer']}"})
    strike = an_incident(reviewer, type="Air/drone strike")
    from tawthiq.store.people import Review

    Review(web_database).set_status(strike["id"], People(web_database).by_token(tokens["admin"]), "verified")
    public = TestClient(create_app(web_database, secret="test", public=True))
    listed = public.get("/api/incidents").json()
    assert listed["total"] >= 1 and {i["status"] for i in listed["incidents"]} == {"verified"}
    detail = public.get(f"/api/incidents/{strike['id']}").json()
    assert detail["killed"] and "report_details" not in detail
    page = public.get(f"/incidents/{strike['id']}").text
    assert "خمسة مدنيين" not in page and '<mark class="evidence"' not in page
    hidden = next(i for i in reviewer.get("/api/incidents").json()["incidents"] if i["status"] != "verified")
    assert public.get(f"/api/incidents/{hidden['id']}").status_code == 404


def test_posting_a_report_needs_an_analyst(web_database, tokens):
    app = create_app(web_database, secret="test")
    report = {"id": "api-1", "published": "2023-10-14", "source_name": "Telegram monitor",
              "text": "قتل طفل بقصف مدفعي على بلدة كفرنبل جنوبي إدلب صباح اليوم، بحسب ناشطين."}
    viewer = TestClient(app, headers={"Authorization": f"Bearer {tokens['viewer']}"})
    assert viewer.post("/api/reports", json=report).status_code == 403
    analyst = TestClient(app, headers={"Authorization": f"Bearer {tokens['analyst']}"})
    created = analyst.post("/api/reports", json=report)
    assert created.status_code == 201 and len(created.json()["incidents"]) == 1
    assert analyst.post("/api/reports", json=report).json()["duplicate"] is True
    assert analyst.post("/api/reports", json={"text": ""}).status_code == 422
