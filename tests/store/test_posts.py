"""Posts in the record: one row per platform + id, versions for edits, hashtags found in every spelling."""

import json
import shutil
from pathlib import Path

from sqlalchemy import func, select

from tawthiq.ingest.job import ingest_paths
from tawthiq.store.queries import PostFilter, iter_posts
from tawthiq.store.record import Record
from tawthiq.store.schema import Post, PostVersion

SOCIAL = Path(__file__).parents[1] / "ingest" / "fixtures" / "social"


def count(database, column):
    with database.engine.connect() as conn:
        return conn.execute(select(func.count(column))).scalar_one()


def test_exports_ingest_once_and_a_post_in_two_exports_is_one_post(database, extractor):
    record = Record(database)
    first = ingest_paths([SOCIAL], record, extractor)
    assert first.posts == 28 and first.skipped == 2 and first.failed == 2
    assert count(database, Post.id) == 28
    # twarc2-flat and twarc2-pages hold two of the same tweets: one post each, not two
    with database.engine.connect() as conn:
        ids = conn.execute(select(Post.post_id).where(Post.platform == "twitter")).scalars().all()
    assert len(ids) == len(set(ids))
    again = ingest_paths([SOCIAL], record, extractor)
    assert (again.added, again.posts, again.failed) == (0, 0, 0)
    assert count(database, Post.id) == 28 and count(database, PostVersion.id) == 28


def test_an_edited_post_keeps_its_identity_and_both_versions(database, extractor, tmp_path):
    original = tmp_path / "before" / "result.json"
    original.parent.mkdir()
    shutil.copy(SOCIAL / "telegram-channel.json", original)
    ingest_paths([original], Record(database), extractor)
    export = json.loads(original.read_text(encoding="utf-8"))
    message = next(m for m in export["messages"] if m["id"] == 7)
    message["text"] = message["text"] if isinstance(message["text"], str) else "".join(
        p if isinstance(p, str) else p["text"] for p in message["text"])
    message["text"] = message["text"].replace("ثلاثة مدنيين", "خمسة مدنيين")  # the channel raised the toll
    edited = tmp_path / "after" / "result.json"
    edited.parent.mkdir()
    edited.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    summary = ingest_paths([edited], Record(database), extractor)
    assert summary.edited == 1 and summary.posts == 1
    with database.engine.connect() as conn:
        post = conn.execute(select(Post).where(Post.post_id == "1399999999/7")).mappings().one()
        versions = conn.execute(select(PostVersion.text).where(PostVersion.post_id == post["id"])
                                .order_by(PostVersion.id)).scalars().all()
    assert "خمسة مدنيين" in post["text"]
    assert ["ثلاثة مدنيين" in versions[0], "خمسة مدنيين" in versions[1]] == [True, True]


def test_a_hashtag_is_found_in_every_spelling_and_reposts_are_kept_without_a_document(database, extractor):
    ingest_paths([SOCIAL], Record(database), extractor)
    with database.engine.connect() as conn:
        found = list(iter_posts(conn, PostFilter(hashtag="#الاسد_يقصف_ادلب")))
        spelled = list(iter_posts(conn, PostFilter(hashtag="الأسد_يقصـف_إدلب")))
    assert len(found) == len(spelled) == 16
    assert {tag for row, _ in found for tag in row["hashtags"]} >= {"الأسد_يقصف_ادلب", "الاسد_يقصف_إدلب",
                                                                    "الأسد_يقصـف_ادلب"}
    repost = next(row for row, _ in found if row["repost_of"])
    assert repost["document_id"] is None
    reported = [incidents for row, incidents in found if row["post_id"] == "1399999999/3"]
    assert reported and reported[0]  # the Ariha post went to an incident


def test_the_same_attack_on_telegram_and_twitter_is_one_corroborated_incident(database, extractor):
    ingest_paths([SOCIAL], Record(database), extractor)
    with database.engine.connect() as conn:
        rows = list(iter_posts(conn, PostFilter(hashtag="الاسد_يقصف_إدلب")))
    ariha = ("1399999999/3", "1711000000000000001")  # the same words on Telegram and on Twitter
    incident_ids = {incidents[0] for row, incidents in rows if row["post_id"] in ariha}
    assert len(incident_ids) == 1  # the Telegram message and the tweet about Ariha
    from tawthiq.store.queries import incident_detail

    with database.engine.connect() as conn:
        incident, reports = incident_detail(conn, incident_ids.pop())
    assert incident.status == "corroborated"
    assert {r.document_label for r in reports} == {"telegram:1399999999/3", "twitter:1711000000000000001"}


def test_reading_an_export_again_refreshes_metrics_without_reading_texts_again(database, extractor, tmp_path):
    export = tmp_path / "v1.jsonl"
    lines = (SOCIAL / "tweets-v1.jsonl").read_text(encoding="utf-8").splitlines()
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ingest_paths([export], Record(database), extractor)
    first = json.loads(lines[0])
    first["favorite_count"] = 90
    export.write_text("\n".join([json.dumps(first, ensure_ascii=False)] + lines[1:]) + "\n", encoding="utf-8")

    class NoReading:
        def extract(self, document):
            raise AssertionError("a known post was read again")

    again = ingest_paths([export], Record(database), NoReading())
    assert again.already == 2 and again.added == 0
    with database.engine.connect() as conn:
        metrics = conn.execute(select(Post.metrics).where(Post.post_id == first["id_str"])).scalar_one()
    assert metrics["favorite_count"] == 90


def tweet(number, text, likes):
    return json.dumps({"id_str": str(1711000000000000000 + number), "created_at": "Tue Oct 10 12:02:11 +0000 2023",
                       "text": text, "user": {"screen_name": "sy_cd_media", "id_str": "42"},
                       "favorite_count": likes, "entities": {"hashtags": [{"text": "الأسد_يقصف_ادلب"}]}},
                      ensure_ascii=False)


def test_one_batch_with_a_post_its_repeat_and_its_edit_reads_as_in_file_order(database, extractor, tmp_path):
    """Batched, the lines still take effect in the order read: the repeat refreshes the metrics, the edit adds a
    version, the last line's metrics stand, and the repeat of the edit is not read again."""
    first = "قصف مدفعي لقوات النظام على مدينة سرمين أدى لإصابة ثلاثة مدنيين #الأسد_يقصف_ادلب"
    edited = first.replace("ثلاثة", "خمسة")
    export = tmp_path / "tweets.jsonl"
    export.write_text("\n".join([tweet(1, first, 3), tweet(1, first, 10), tweet(1, edited, 25),
                                 tweet(1, edited, 40), tweet(2, first.replace("سرمين", "بنش"), 1)]) + "\n",
                      encoding="utf-8")
    summary = ingest_paths([export], Record(database), extractor, batch_size=500)
    assert (summary.posts, summary.edited, summary.already, summary.added) == (3, 1, 2, 3)
    with database.engine.connect() as conn:
        post = conn.execute(select(Post).where(Post.post_id == "1711000000000000001")).mappings().one()
        versions = conn.execute(select(PostVersion.text).where(PostVersion.post_id == post["id"])
                                .order_by(PostVersion.id)).scalars().all()
    assert "خمسة" in post["text"] and post["metrics"]["favorite_count"] == 40
    assert ["ثلاثة" in versions[0], "خمسة" in versions[1]] == [True, True] and len(versions) == 2
    assert count(database, Post.id) == 2
    # A stored post, repeated and then edited in a later export: the edit's metrics are the newer ones.
    bnsh = first.replace("سرمين", "بنش")
    export.write_text(tweet(2, bnsh, 7) + "\n" + tweet(2, bnsh.replace("ثلاثة", "أربعة"), 9) + "\n",
                      encoding="utf-8")
    again = ingest_paths([export], Record(database), extractor)
    assert (again.already, again.edited) == (1, 1)
    with database.engine.connect() as conn:
        metrics = conn.execute(select(Post.metrics).where(Post.post_id == "1711000000000000002")).scalar_one()
    assert metrics["favorite_count"] == 9
