"""Social-media exports: every format told by content, read item by item; a bad item never stops the rest."""

import datetime as dt
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tawthiq.ingest.social import CsvColumns, detect, read_posts

FIXTURES = Path(__file__).parent / "fixtures" / "social"


def posts_of(name, fmt=None, columns=None):
    path = FIXTURES / name
    return list(read_posts(path, fmt or detect(path), columns))


def test_formats_are_told_by_content(tmp_path):
    assert detect(FIXTURES / "telegram-channel.json") == "telegram"
    assert detect(FIXTURES / "telegram-full.json") == "telegram"
    assert detect(FIXTURES / "twarc2-pages.jsonl") == "twarc2"
    assert detect(FIXTURES / "twarc2-flat.jsonl") == "twarc2"
    assert detect(FIXTURES / "tweets-v1.jsonl") == "tweet-v1"
    assert detect(FIXTURES / "tweets.js") == "x-archive"
    assert detect(FIXTURES / "posts.csv") == "csv"
    renamed = tmp_path / "export.txt"  # the name does not matter for a tweet archive
    renamed.write_bytes((FIXTURES / "tweets.js").read_bytes())
    assert detect(renamed) == "x-archive"
    report = tmp_path / "report.json"
    report.write_text(json.dumps({"id": "r1", "text": "قصف على سرمين"}), encoding="utf-8")
    lines = tmp_path / "reports.jsonl"
    lines.write_text(json.dumps({"id": "r1", "text": "قصف على سرمين"}) + "\n", encoding="utf-8")
    assert detect(report) is None and detect(lines) is None


def test_telegram_channel_export():
    items = posts_of("telegram-channel.json")
    assert sum(i.skipped for i in items) == 2  # the pinned-message service message and a video with no text
    posts = [i.post for i in items if i.post]
    assert len(posts) == 6
    first = posts[0]
    assert first.platform == "telegram" and first.post_id == "1399999999/2"
    assert first.created_at == dt.datetime(2023, 10, 10, 9, 35)  # from date_unixtime, in UTC
    assert first.hashtags == ["الأسد_يقصف_ادلب"]
    assert "#الأسد_يقصف_ادلب" in first.text and first.text.startswith("عاجل")  # text list joined back
    with_photo = posts[1]
    assert with_photo.media[0].kind == "photo" and with_photo.media[0].key.startswith("photos/")
    assert with_photo.metrics == {"reactions": 44}
    forwarded = posts[3]
    assert forwarded.forwarded_from == "شبكة أخبار إدلب" and forwarded.reply_to == "2"


def test_telegram_full_export_keeps_each_chat():
    posts = [i.post for i in posts_of("telegram-full.json") if i.post]
    assert [p.post_id for p in posts[:5]] == ["1200000001/100", "1200000001/101", "1200000001/102", "4400000002/7",
                                              "4400000002/8"]
    assert len(posts) == 14
    assert posts[0].channel == "شبكة أخبار إدلب" and posts[3].channel == "مجموعة الرصد"


def test_twarc2_pages_expand_includes_and_survive_a_broken_page():
    items = posts_of("twarc2-pages.jsonl")
    errors = [i for i in items if i.error]
    assert len(errors) == 1 and "twarc2-pages.jsonl:2" in errors[0].error
    posts = {i.post.post_id: i.post for i in items if i.post}
    assert set(posts) == {"1711000000000000001", "1711000000000000002", "1711000000000000003",
                          "1711000000000000004"}  # the page after the broken one is read
    original, retweet = posts["1711000000000000001"], posts["1711000000000000002"]
    assert original.author == "idlib_reporter" and original.media[0].url.endswith("ariha.jpg")
    assert retweet.repost_of == original.post_id and retweet.text == original.text  # not the cut "RT @…"
    assert retweet.metrics["impression_count"] is None  # absent is null, not 0
    reply = posts["1711000000000000003"]
    assert reply.reply_to == original.post_id and "&amp;" not in reply.text and "&" in reply.text


def test_flattened_and_paged_twarc2_give_the_same_post():
    flat = {i.post.post_id: i.post for i in posts_of("twarc2-flat.jsonl") if i.post}
    paged = {i.post.post_id: i.post for i in posts_of("twarc2-pages.jsonl") if i.post}
    for post_id, post in flat.items():
        assert post.identity == paged[post_id].identity
        assert post.content_hash == paged[post_id].content_hash


def test_v1_tweets_read_extended_text_and_retweets_in_full():
    extended, retweet = [i.post for i in posts_of("tweets-v1.jsonl")]
    assert not extended.text.endswith("…") and extended.text.startswith("إصابة خمسة مدنيين")
    assert extended.created_at == dt.datetime(2023, 10, 10, 12, 2, 11)
    assert retweet.repost_of == extended.post_id and retweet.text == extended.text


def test_x_archive_is_parsed_never_run_and_counts_become_numbers(tmp_path):
    first, second = [i.post for i in posts_of("tweets.js")]
    assert first.metrics == {"retweet_count": 2, "favorite_count": 14}
    assert first.urls == ["https://idlibpost.example/al-bab"]
    hostile = tmp_path / "tweets.js"
    hostile.write_text("window.YTD.tweets.part0 = (function(){ require('fs') })()", encoding="utf-8")
    (item,) = read_posts(hostile, "x-archive")
    assert item.error and "cannot be read" in item.error


def test_csv_with_named_columns():
    columns = CsvColumns(text="post", date="posted", id="id", author="account")
    items = posts_of("posts.csv", "csv", columns)
    good = [i.post for i in items if i.post]
    assert [p.post_id for p in good] == ["c-1", "c-3"]
    assert good[0].created_at == dt.datetime(2023, 10, 12, 5, 0)  # +03:00 to UTC; the BOM is not in a name
    bad = next(i for i in items if i.error)
    assert "posts.csv:3" in bad.error and "'yesterday'" in bad.error
    (missing,) = posts_of("posts.csv", "csv")
    assert "no column named 'text'" in missing.error and "--text-column" in missing.error


READERS = ["telegram", "twarc2", "tweet-v1", "x-archive", "csv"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=600),
    st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                 lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                 max_leaves=20).map(lambda v: json.dumps(v).encode()),
), fmt=st.sampled_from(READERS))
def test_hostile_input_never_crashes_a_reader(tmp_path, data, fmt):
    path = tmp_path / "export.json"
    path.write_bytes(data)
    for item in read_posts(path, fmt):
        assert (item.post is None) == (item.error is not None or item.skipped)


def test_deeply_nested_json_is_an_error_not_a_crash(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    for fmt in ("twarc2", "tweet-v1"):
        (item,) = read_posts(path, fmt)
        assert item.error
    path.write_text('{"messages": ' + "[" * 500_000 + "]" * 500_000 + "}", encoding="utf-8")
    (item,) = read_posts(path, "telegram")  # stopped at once, not after minutes of parsing
    assert "nested deeper than" in item.error


def test_the_archives_account_file_names_the_author(tmp_path):
    archive = tmp_path / "data"
    archive.mkdir()
    (archive / "tweets.js").write_bytes((FIXTURES / "tweets.js").read_bytes())
    (archive / "account.js").write_text('window.YTD.account.part0 = [{"account": {"username": "idlib_reporter", '
                                        '"accountId": "1001", "accountDisplayName": "مراسل إدلب"}}]', encoding="utf-8")
    first = next(i.post for i in read_posts(archive / "tweets.js", "x-archive"))
    assert (first.author, first.author_id) == ("idlib_reporter", "1001")
    assert first.url == "https://x.com/idlib_reporter/status/1711000000000000201"


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash_the_page_reader(data):
    from tawthiq.ingest.files import read_html

    item = read_html("page.html", data)
    assert (item.text is None) == (item.error is not None)
