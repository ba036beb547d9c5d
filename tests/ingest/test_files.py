"""Reading files and folders: every input becomes a document or an error naming it; identity is the sha256."""

import json

from tawthiq.ingest.files import discover, read_path

ARTICLE = """<!DOCTYPE html><html><head><title>قصف على سرمين</title>
<meta property="og:site_name" content="Idlib Post"><meta property="article:published_time" content="2023-10-10">
<link rel="canonical" href="https://idlibpost.example/sarmin"></head>
<body><nav>الرئيسية | أخبار | اتصل بنا</nav><article><h1>قصف على سرمين</h1>
<p>قتل مدنيان وأصيب ثلاثة آخرون بقصف مدفعي لقوات النظام على مدينة سرمين شرقي إدلب صباح اليوم الثلاثاء، بحسب
الدفاع المدني السوري الذي قال إن فرقه أسعفت الجرحى إلى المشافي القريبة.</p>
<p>وتتعرض المدينة منذ أسابيع لقصف شبه يومي يطال الأحياء السكنية والأسواق والمدارس في ريف إدلب الشرقي.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"""


def test_html_gives_the_article_text_and_its_metadata(tmp_path):
    page = tmp_path / "sarmin.html"
    page.write_text(ARTICLE, encoding="utf-8")
    (incoming,) = read_path(page)
    assert incoming.error is None
    assert "قتل مدنيان" in incoming.text
    assert "اتصل بنا" not in incoming.text and "جميع الحقوق" not in incoming.text
    assert incoming.source_name == "Idlib Post"
    assert str(incoming.published) == "2023-10-10"
    assert incoming.url == "https://idlibpost.example/sarmin"


def test_broken_or_empty_html_is_an_error_naming_the_file(tmp_path):
    page = tmp_path / "broken.html"
    page.write_text("<html><body><div><p><<<>>></div", encoding="utf-8")
    (incoming,) = read_path(page)
    assert incoming.error and "broken.html" in incoming.error
    page.write_text("<html><head><script>var x = 1;</script></head><body></body></html>", encoding="utf-8")
    (incoming,) = read_path(page)
    assert incoming.error == f"{page}: no article text found in the page"


def test_json_list_and_jsonl_keep_ids_outlets_and_urls(tmp_path):
    items = [{"id": 7, "text": "نص أول", "source_name": "SY24", "url": "https://x.example/1"},
             {"id": "b", "text": "نص ثان", "published": "2023-10-0"}]
    listed = tmp_path / "batch.json"
    listed.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    first, second = read_path(listed)
    assert (first.external_id, first.source_name, first.url, first.error) == ("7", "SY24", "https://x.example/1",
                                                                              None)
    assert "not a date" in second.error and "batch.json[2]" in second.error
    lines = tmp_path / "batch.jsonl"
    lines.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n\n", encoding="utf-8")
    read = list(read_path(lines))
    assert [r.external_id for r in read] == ["7", "b"]
    assert read[1].source.endswith("batch.jsonl:2")


def test_a_binary_file_and_bad_utf8_are_errors_not_crashes(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    (tmp_path / "latin1.txt").write_bytes("قصف".encode("utf-8") + b"\xe9t\xe9")
    errors = [next(read_path(p)).error for p in sorted(tmp_path.iterdir())]
    assert "not valid UTF-8" in errors[0] and "binary" in errors[1]


def test_the_same_bytes_have_the_same_identity_wherever_they_are(tmp_path):
    (tmp_path / "a.txt").write_text("قصف مدفعي على سراقب", encoding="utf-8")
    (tmp_path / "copy.txt").write_text("قصف مدفعي على سراقب", encoding="utf-8")
    (tmp_path / "other.txt").write_text("قصف مدفعي على سرمين", encoding="utf-8")
    hashes = [next(read_path(tmp_path / n)).sha256 for n in ("a.txt", "copy.txt", "other.txt")]
    assert hashes[0] == hashes[1] != hashes[2]


def test_folders_are_read_recursively_in_order_without_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    files, missing = discover([tmp_path, tmp_path / "nope"])
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a.txt", "b/2.txt"]
    assert missing and "nope" in missing[0]
