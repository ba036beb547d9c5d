"""Pages and feeds from a local HTTP server (no internet): captures as WARC, politeness, clear failures."""

import http.server
import socket
import threading
import time

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from tawthiq.cli import app
from tawthiq.evidence import fetch as fetch_module
from tawthiq.evidence.fetch import Fetcher
from tawthiq.ingest.web import fetch_into_record, poll_feeds
from tawthiq.store import open_database
from tawthiq.store.record import Record
from tawthiq.store.schema import Capture, Document, FeedItem
from tawthiq.store.web import WebRecord

ARTICLE = """<html><head><title>{title}</title><meta property="og:site_name" content="Idlib Post">
<meta property="article:published_time" content="2023-10-10"></head><body><nav>الرئيسية | أخبار</nav>
<article><h1>{title}</h1><p>{body}</p><p>وتتعرض المنطقة منذ أسابيع لقصف شبه يومي يطال الأحياء السكنية والأسواق
والمدارس في ريف إدلب الشرقي، وسط موجة نزوح للأهالي نحو المخيمات القريبة من الحدود.</p></article></body></html>"""
SARMIN = "قتل مدنيان وأصيب ثلاثة آخرون بقصف مدفعي لقوات النظام على مدينة سرمين شرقي إدلب صباح اليوم الثلاثاء."
ARIHA = "قتل خمسة مدنيين بغارة جوية روسية على سوق مدينة أريحا جنوبي إدلب صباح اليوم الثلاثاء."


def page(title, body):
    return 200, "text/html; charset=utf-8", ARTICLE.format(title=title, body=body).encode()


class Site:
    """Pages by path, changeable by the test; remembers every request's path and User-Agent."""

    def __init__(self):
        self.pages = {"/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /private/\n")}
        self.requests = []
        self.etag = None
        self.not_modified = 0

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"


@pytest.fixture
def site():
    served = Site()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            served.requests.append((self.path, self.headers.get("User-Agent")))
            entry = served.pages.get(self.path)
            if entry is None:
                self.send_error(404, "Not Found")
                return
            status, kind, body = entry
            if self.path.endswith(".xml") and self.headers.get("If-None-Match") == '"v1"' and served.etag == '"v1"':
                served.not_modified += 1
                self.send_response(304)
                self.end_headers()
                return
            if status == "slow":
                time.sleep(2)
                status = 200
            self.send_response(status)
            if status in (301, 302):
                self.send_header("Location", body.decode())
                body = b""
            self.send_header("Content-Type", kind)
            if self.path.endswith(".xml") and served.etag:
                self.send_header("ETag", served.etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except BrokenPipeError:  # the client gave up waiting (the timeout test)
                pass

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    served.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield served
    server.shutdown()


@pytest.fixture
def record(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'web.db'}")
    yield Record(database)
    database.dispose()


def fetcher(**options):
    return Fetcher(delay=0, timeout=options.pop("timeout", 5), **options)


def count(record, column):
    with record.database.engine.connect() as conn:
        return conn.execute(select(func.count(column))).scalar_one()


def test_a_page_is_captured_as_warc_and_read_into_incidents(site, record, extractor, tmp_path):
    site.pages["/news/sarmin"] = page("قصف على سرمين", SARMIN)
    result = fetch_into_record(site.url("/news/sarmin"), record, extractor, fetcher(), tmp_path / "warc")
    assert result.outcome == "new" and result.incidents == 1
    assert all("Tawthiq" in agent for _, agent in site.requests)
    assert ("/robots.txt", site.requests[0][1]) == site.requests[0]
    with record.database.engine.connect() as conn:
        capture = conn.execute(select(Capture)).mappings().one()
        document = conn.execute(select(Document)).mappings().one()
    assert capture["document_id"] == document["id"] and document["source_name"] == "Idlib Post"
    with open(capture["warc_path"], "rb") as handle:
        records = list(ArchiveIterator(handle))
        kinds = [r.rec_type for r in records]
    assert kinds == ["request", "response"]
    assert records[1].rec_headers.get_header("WARC-Target-URI") == site.url("/news/sarmin")


def test_fetching_again_adds_a_capture_only_when_the_page_changed(site, record, extractor, tmp_path):
    site.pages["/news/1"] = page("قصف", SARMIN)
    url = site.url("/news/1")
    fetch_into_record(url, record, extractor, fetcher(), tmp_path)
    again = fetch_into_record(url, record, extractor, fetcher(), tmp_path)
    assert again.outcome == "unchanged" and count(record, Capture.id) == 1
    site.pages["/news/1"] = page("قصف", SARMIN + " وارتفعت الحصيلة إلى ثلاثة قتلى.")
    changed = fetch_into_record(url, record, extractor, fetcher(), tmp_path)
    assert changed.outcome == "changed" and count(record, Capture.id) == 2 and count(record, Document.id) == 2


def test_redirects_are_followed_and_recorded(site, record, extractor, tmp_path):
    site.pages["/old"] = (301, "text/html", b"/new")
    site.pages["/new"] = page("أريحا", ARIHA)
    result = fetch_into_record(site.url("/old"), record, extractor, fetcher(), tmp_path)
    assert "redirected to " + site.url("/new") in result.message
    with record.database.engine.connect() as conn:
        assert conn.execute(select(Capture.final_url)).scalar_one() == site.url("/new")


def test_failures_say_what_happened(site, record, extractor, tmp_path):
    site.pages["/report.pdf"] = (200, "application/pdf", b"%PDF-1.4 binary")
    site.pages["/slow"] = ("slow", "text/html", b"<p>late</p>")
    missing = fetch_into_record(site.url("/gone"), record, extractor, fetcher(), tmp_path)
    pdf = fetch_into_record(site.url("/report.pdf"), record, extractor, fetcher(), tmp_path)
    slow = fetch_into_record(site.url("/slow"), record, extractor, fetcher(timeout=1), tmp_path)
    with socket.socket() as closed:  # a port nobody listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    refused = fetch_into_record(f"http://127.0.0.1:{port}/x", record, extractor, fetcher(respect_robots=False),
                                tmp_path)
    assert missing.outcome == "failed" and "HTTP 404" in missing.message
    assert pdf.outcome == "kept" and "not a web page (application/pdf)" in pdf.message
    assert slow.outcome == "failed" and "timeout" in slow.message
    assert refused.outcome == "failed" and "cannot connect" in refused.message
    assert fetch_into_record("ftp://example.org/x", record, extractor, fetcher(), tmp_path).outcome == "failed"


def test_robots_txt_is_respected_unless_told_otherwise(site, record, extractor, tmp_path):
    site.pages["/private/page"] = page("سري", SARMIN)
    refused = fetch_into_record(site.url("/private/page"), record, extractor, fetcher(), tmp_path)
    assert refused.outcome == "failed" and "robots.txt" in refused.message
    assert "/private/page" not in [path for path, _ in site.requests]
    allowed = fetch_into_record(site.url("/private/page"), record, extractor, fetcher(respect_robots=False),
                                tmp_path)
    assert allowed.outcome == "new"


def test_requests_to_one_host_are_spaced(site, monkeypatch):
    pauses = []
    monkeypatch.setattr(fetch_module.time, "sleep", pauses.append)
    site.pages["/a"] = page("a", SARMIN)
    polite = Fetcher(delay=5, timeout=5)
    polite.get(site.url("/a"))
    polite.get(site.url("/a"))
    assert len(pauses) >= 2 and all(0 < p <= 5 for p in pauses)  # before the page, and before the second


RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Idlib Post</title>
<link>{base}/</link><description>news</description>{items}</channel></rss>"""
ITEM = "<item><title>{title}</title><link>{base}{path}</link><guid>{base}{path}</guid></item>"


def test_feeds_ingest_new_items_once(site, record, extractor, tmp_path):
    base = site.url("")
    site.pages["/a1"] = page("سرمين", SARMIN)
    site.pages["/a2"] = page("أريحا", ARIHA)
    items = ITEM.format(title="1", base=base, path="/a1") + ITEM.format(title="2", base=base, path="/a2")
    site.pages["/feed.xml"] = (200, "application/rss+xml", RSS.format(base=base, items=items).encode())
    site.pages["/broken.xml"] = (200, "text/html", b"<html><body>not a feed</body></html>")
    web = WebRecord(record.database)
    assert web.add_feed(site.url("/feed.xml")) and not web.add_feed(site.url("/feed.xml"))
    web.add_feed(site.url("/broken.xml"))
    first = poll_feeds(record, extractor, fetcher(), tmp_path)
    assert first.new_items == 2 and sum(f.incidents for f in first.fetched) == 2
    assert len(first.problems) == 1 and "not a feed" in first.problems[0]
    assert poll_feeds(record, extractor, fetcher(), tmp_path).new_items == 0
    site.pages["/a3"] = page("ثالث", SARMIN.replace("سرمين", "بنش"))
    items += ITEM.format(title="3", base=base, path="/a3")
    site.pages["/feed.xml"] = (200, "application/rss+xml", RSS.format(base=base, items=items).encode())
    assert poll_feeds(record, extractor, fetcher(), tmp_path).new_items == 1
    assert count(record, FeedItem.id) == 3
    feed = next(f for f in web.feeds() if f["url"].endswith("feed.xml"))
    assert feed["title"] == "Idlib Post" and feed["items"] == 3


def test_a_feed_that_did_not_change_is_not_read_again(site, record, extractor, tmp_path):
    base = site.url("")
    site.pages["/a1"] = page("سرمين", SARMIN)
    site.pages["/feed.xml"] = (200, "application/rss+xml",
                               RSS.format(base=base, items=ITEM.format(title="1", base=base, path="/a1")).encode())
    site.etag = '"v1"'
    WebRecord(record.database).add_feed(site.url("/feed.xml"))
    assert poll_feeds(record, extractor, fetcher(), tmp_path).new_items == 1
    assert poll_feeds(record, extractor, fetcher(), tmp_path).new_items == 0
    assert site.not_modified == 1  # the second poll sent If-None-Match and got 304


def test_fetch_and_feed_from_the_command_line(site, tmp_path, monkeypatch):
    monkeypatch.setenv("TAWTHIQ_DATA_DIR", str(tmp_path / "data"))
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    site.pages["/n"] = page("سرمين", SARMIN)
    runner = CliRunner()
    result = runner.invoke(app, ["fetch", site.url("/n"), "--delay", "0", "--db", db], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "new" in result.stdout and "1 incident report" in result.stdout
    assert list((tmp_path / "data" / "captures").rglob("*.warc.gz"))
    missing = runner.invoke(app, ["fetch", site.url("/none"), "--delay", "0", "--db", db])
    assert missing.exit_code == 1 and "HTTP 404" in missing.stderr
    assert runner.invoke(app, ["feed", "add", "file:///etc/passwd", "--db", db]).exit_code == 2
