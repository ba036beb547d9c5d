"""The dashboard as a person uses it, in real headless Chromium (Debian's, driven by Playwright)."""

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import sync_playwright

from tawthiq.web.app import create_app

SCREENSHOTS = Path(os.environ.get("TAWTHIQ_SCREENSHOTS", Path(__file__).parents[2] / "build" / "screenshots"))
CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.fail("Chromium is not installed: the browser tests need Debian's chromium "
                    "(`make test` and .ci/run install it)")
    return found


@pytest.fixture(scope="module")
def server(web_database):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(web_database), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert running.started, "the app did not start"
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    errors = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    yield opened
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


def log_in(page, server, email, password):
    page.goto(server + "/?lang=ar")
    page.wait_for_selector("form#login")  # everyone logs in first
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    page.click("form#login button")
    page.wait_for_selector("#who")


def test_dashboard_filter_open_an_incident_and_see_the_evidence(page, server, password):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    log_in(page, server, "viewer@example.org", password)
    page.goto(server + "/?lang=ar")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("#incidents tr.incident").count() == 4
    assert page.locator("#map").get_attribute("data-points") == "4"  # every incident is on the map
    assert page.locator("#timeline rect.bar").count() >= 2
    page.screenshot(path=str(SCREENSHOTS / "dashboard-ar.png"), full_page=True)

    page.select_option("select[name=type]", "Air/drone strike")
    page.click("#apply")
    page.wait_for_url("**type=Air*")
    assert "type=Air%2Fdrone+strike" in page.url or "type=Air/drone" in page.url  # the filter stays in the URL
    rows = page.locator("#incidents tr.incident")
    assert rows.count() == 1

    rows.first.locator("a").click()
    page.wait_for_selector("#facts")
    assert "5" in page.locator("#figure-killed").inner_text()
    marks = page.locator("mark.evidence")
    assert marks.count() >= 6
    assert marks.filter(has_text="خمسة مدنيين").count() >= 1

    page.click("#switch-language")
    page.wait_for_selector("html[dir=ltr]")
    assert "Why merged" in page.content()
    page.goto(server + "/?lang=en")
    page.screenshot(path=str(SCREENSHOTS / "dashboard-en.png"), full_page=True)
    assert (SCREENSHOTS / "dashboard-ar.png").stat().st_size > 10_000
    assert (SCREENSHOTS / "dashboard-en.png").stat().st_size > 10_000


def test_a_reviewer_verifies_an_incident(page, server, password):
    log_in(page, server, "reviewer@example.org", password)
    page.goto(server + "/?lang=en&type=Air%2Fdrone+strike")
    page.locator("#incidents tr.incident a").first.click()
    page.wait_for_selector("#status-form")
    page.select_option("#status-form select[name=status]", "verified")
    page.fill("#status-form input[name=note]", "three outlets, the civil defence's figures")
    page.click("#status-form button")
    page.wait_for_selector("#facts")
    assert page.locator("#incident-title .status").inner_text() == "verified"
    assert "reviewer@example.org" in page.locator("#history").inner_text()
    page.screenshot(path=str(SCREENSHOTS / "incident-verified-en.png"), full_page=True)


def test_a_hostile_report_runs_nothing_in_the_browser(page, server, password):
    log_in(page, server, "analyst@example.org", password)
    page.goto(server + "/?lang=en&source=Fake")
    page.locator("#incidents tr.incident a").first.click()
    page.wait_for_selector("#facts")
    assert page.evaluate("window.hacked") is None  # neither the <script> nor the onerror handler ran
    assert "<script>window.hacked = 1</script>" in page.locator(".report .text").first.inner_text()
    assert page.locator(".report a[href^='javascript']").count() == 0


def test_the_api_documentation_renders_without_the_internet(page, server):
    """The documentation page is open to everyone; the API it describes is not."""
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=15000)
    assert "Tawthiq" in page.locator(".swagger-ui .info .title").inner_text()
    assert page.locator(".opblock").count() >= 4  # every API path is listed
