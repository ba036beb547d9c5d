"""Social-media exports -> Posts: Telegram Desktop result.json, twarc2 JSON Lines, v1.1 tweet JSON, the X archive's
tweets.js, and CSV with named columns. The format is told by content (`detect`), not only by file name.

Every item yields a Post or an error naming the file and the item; one bad item never stops the rest.
Field mapping and traps: ../shared/FORMATS.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import ijson
from ijson.common import ObjectBuilder

from ..records import Media, Post
from .text import MAX_DOCUMENT_BYTES, bounded_lines

FORMATS = ("telegram", "twarc2", "tweet-v1", "x-archive", "csv")
MAX_TEXT = 100_000  # characters of one post's text; a longer field is cut
MAX_DEPTH = 64  # JSON nesting an export can have (Telegram messages are about 5 deep)
_HASHTAG = re.compile(r"#([\w\u200c\u200d]+)")


@dataclass
class PostItem:
    """One item of an export: a Post, or the reason it is not one. `skipped` marks service messages."""

    source: str
    post: Post | None = None
    error: str | None = None
    skipped: bool = False


def _head(path: Path, size: int = 65536) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(size)


def detect(path: Path) -> str | None:
    """The export format of a file by its content, or None for plain reports (text, HTML, report JSON/JSONL)."""
    head = _head(path).lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"window.YTD."):
        return "x-archive"
    if path.suffix.lower() in (".csv", ".tsv"):
        return "csv"
    if head.startswith(b"{") and path.suffix.lower() == ".json":
        try:
            for prefix, event, value in ijson.parse(io.BytesIO(head)):
                if prefix == "" and event == "map_key":
                    if value in ("messages", "chats"):
                        return "telegram"
        except ijson.common.IncompleteJSONError:
            pass
        return None
    first_line = head.split(b"\n", 1)[0].strip()
    try:
        obj = json.loads(first_line)
    except ValueError:
        return None
    if not isinstance(obj, dict):
        return None
    if "data" in obj and ("includes" in obj or "meta" in obj or "__twarc" in obj):
        return "twarc2"
    if "id_str" in obj and ("user" in obj or "full_text" in obj or "retweeted_status" in obj):
        return "tweet-v1"
    if "author_id" in obj and "id" in obj and "text" in obj:
        return "twarc2"  # `twarc2 flatten`: one tweet a line, the author inlined
    return None


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.timezone.utc).replace(tzinfo=None) if value.tzinfo else value


def _text(value: Any) -> str:
    text = value if isinstance(value, str) else ""
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT]
    return text


def _count(value: Any) -> int | None:
    """Metrics as numbers; the X archive writes them as strings, absent ones stay null (not 0)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


# --- Telegram Desktop ------------------------------------------------------------------------------------------


def _telegram_text(message: dict) -> str:
    """`text` is a string, or a list of strings and {type, text} entity objects."""
    value = message.get("text")
    if isinstance(value, list):
        return _text("".join(part if isinstance(part, str) else str(_dict(part).get("text", "")) for part in value))
    return _text(value)


def telegram_post(message: dict, chat_id: Any, chat_name: str | None) -> Post:
    entities = [e for e in _list(message.get("text_entities")) if isinstance(e, dict)]
    text = _telegram_text(message)
    hashtags = [str(e.get("text", "")).lstrip("#") for e in entities if e.get("type") == "hashtag"]
    if not hashtags:
        hashtags = _HASHTAG.findall(text)
    created = None
    if str(message.get("date_unixtime", "")).isdigit():  # `date` is local time with no offset: never use it
        created = dt.datetime.fromtimestamp(int(message["date_unixtime"]), dt.timezone.utc).replace(tzinfo=None)
    media = []
    for key in ("photo", "file"):
        if isinstance(message.get(key), str):
            media.append(Media(kind=message.get("media_type") or key, key=message[key]))
    reactions = sum(_count(_dict(r).get("count")) or 0 for r in _list(message.get("reactions")))
    return Post(
        platform="telegram", post_id=f"{chat_id}/{message.get('id')}", author=message.get("from") or chat_name,
        author_id=message.get("from_id"), channel=chat_name, created_at=created, text=text, hashtags=_unique(hashtags),
        mentions=[str(e.get("text", "")).lstrip("@") for e in entities if e.get("type") == "mention"],
        urls=[str(e.get("href") or e.get("text")) for e in entities if e.get("type") in ("link", "text_link")],
        media=media, reply_to=str(message["reply_to_message_id"]) if message.get("reply_to_message_id") else None,
        forwarded_from=message.get("forwarded_from") if isinstance(message.get("forwarded_from"), str) else None,
        metrics={"reactions": reactions} if message.get("reactions") else {},
    )


def read_telegram(path: Path) -> Iterator[PostItem]:
    """A single-chat export (the chat object) or a full export (chats.list[]), read incrementally with ijson so
    a multi-gigabyte result.json never sits in memory whole.

    ijson's basic events carry no path, and we keep our own, only as deep as an export goes: its prefixed events
    cost time that grows with the square of the nesting, which a hostile file could make unbounded."""
    chat: dict[str, Any] = {}
    builder: ObjectBuilder | None = None
    builder_depth = 0
    keys: list[str | None] = []  # per open container: the current key of a map, None for an array
    number = 0
    with open(path, "rb") as stream:
        try:
            for event, value in ijson.basic_parse(stream, use_float=True):
                if builder is not None:
                    builder.event(event, value)
                    if event in ("start_map", "start_array"):
                        builder_depth += 1
                    elif event in ("end_map", "end_array"):
                        builder_depth -= 1
                        if builder_depth == 0:
                            number += 1
                            yield _telegram_item(path, number, builder.value, chat)
                            builder = None
                            continue
                    if builder_depth > MAX_DEPTH:
                        raise _TooDeep
                    continue
                if event == "map_key":
                    keys[-1] = value
                    continue
                where = ".".join("item" if key is None else key for key in keys)
                if event == "start_map" and where in ("messages.item", "chats.list.item.messages.item"):
                    builder, builder_depth = ObjectBuilder(), 1
                    builder.event(event, value)
                    continue
                if event in ("start_map", "start_array"):
                    keys.append("" if event == "start_map" else None)
                    if len(keys) > MAX_DEPTH:
                        raise _TooDeep
                elif event in ("end_map", "end_array"):
                    keys.pop()
                elif where in ("id", "chats.list.item.id"):
                    chat["id"] = value
                elif where in ("name", "chats.list.item.name"):
                    chat["name"] = value
        except _TooDeep:
            yield PostItem(str(path), error=f"{path}: JSON nested deeper than {MAX_DEPTH} levels after message "
                                            f"{number}; the messages before it are read")
        except (ijson.common.IncompleteJSONError, ijson.common.JSONError, UnicodeDecodeError) as error:
            yield PostItem(f"{path}", error=f"{path}: the export is not valid JSON after message {number} "
                                            f"({str(error).splitlines()[0][:120] if str(error) else 'cut short'}); "
                                            "the messages before it are read")


class _TooDeep(Exception):
    pass


def _telegram_item(path: Path, number: int, message: Any, chat: dict) -> PostItem:
    label = message.get("id", f"#{number}") if isinstance(message, dict) else f"#{number}"
    where = f"{path}: chat {chat.get('id')} message {label}"
    if not isinstance(message, dict):
        return PostItem(where, error=f"{where}: not a message object")
    if message.get("type") == "service":
        return PostItem(where, skipped=True)
    try:
        post = telegram_post(message, chat.get("id"), chat.get("name"))
    except (ValueError, TypeError, OverflowError) as error:
        return PostItem(where, error=f"{where}: {error.__class__.__name__}: {str(error)[:200]}")
    if not post.text.strip():
        return PostItem(where, error=f"{where}: no text (a photo or file only)", skipped=True)
    return PostItem(where, post)


# --- Twitter / X -----------------------------------------------------------------------------------------------


def _v2_post(tweet: dict, users: dict, media_index: dict, tweets: dict) -> Post:
    entities = _dict(tweet.get("entities"))
    references = {str(_dict(r).get("type")): _dict(r) for r in _list(tweet.get("referenced_tweets"))}
    text = tweet.get("text")
    retweeted = references.get("retweeted")
    if retweeted:  # a retweet's own text is cut ("RT @user: ..."): the original is in includes.tweets
        original = retweeted if "text" in retweeted else tweets.get(str(retweeted.get("id")), {})
        text = original.get("text", text)
    author = _dict(tweet.get("author")) or users.get(str(tweet.get("author_id")), {})
    media = []
    inlined = {_dict(m).get("media_key"): _dict(m) for m in _list(_dict(tweet.get("attachments")).get("media"))}
    for key in _list(_dict(tweet.get("attachments")).get("media_keys")) or list(inlined):
        item = media_index.get(key) or inlined.get(key) or {}  # a page's includes, or inlined by `flatten`
        media.append(Media(kind=item.get("type", "media"), key=str(key),
                           url=item.get("url") or item.get("preview_image_url")))
    created = tweet.get("created_at")
    metrics = _dict(tweet.get("public_metrics"))
    username = author.get("username")
    return Post(
        platform="twitter", post_id=str(tweet["id"]), author=username, author_id=str(tweet.get("author_id") or "")
        or None, created_at=_utc(dt.datetime.fromisoformat(created.replace("Z", "+00:00"))) if created else None,
        text=_text(html.unescape(text or "")),
        hashtags=_unique([str(_dict(h).get("tag")) for h in _list(entities.get("hashtags"))]),
        mentions=[str(_dict(m).get("username")) for m in _list(entities.get("mentions"))],
        urls=[str(_dict(u).get("expanded_url") or _dict(u).get("url")) for u in _list(entities.get("urls"))],
        media=media, reply_to=_ref_id(references.get("replied_to")), quote_of=_ref_id(references.get("quoted")),
        repost_of=_ref_id(retweeted), metrics={k: _count(v) for k, v in metrics.items()},
        url=f"https://x.com/{username}/status/{tweet['id']}" if username else None,
    )


def _ref_id(reference: dict | None) -> str | None:
    return str(reference["id"]) if reference and reference.get("id") is not None else None


def _v1_created(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    return _utc(dt.datetime.strptime(value, "%a %b %d %H:%M:%S %z %Y"))


def _v1_text(tweet: dict) -> str:
    return (_dict(tweet.get("extended_tweet")).get("full_text") or tweet.get("full_text") or tweet.get("text") or "")


def v1_post(tweet: dict) -> Post:
    """A v1.1 tweet (API or the X archive's `tweet` objects): retweets and extended tweets read in full."""
    retweeted = _dict(tweet.get("retweeted_status"))
    text = _v1_text(retweeted) if retweeted else _v1_text(tweet)
    entities = _dict(_dict(tweet.get("extended_tweet")).get("entities")) or _dict(tweet.get("entities"))
    media_entities = _dict(tweet.get("extended_entities")).get("media") or entities.get("media")
    user = _dict(tweet.get("user"))
    username = user.get("screen_name")
    return Post(
        platform="twitter", post_id=str(tweet["id_str"]), author=username, author_id=user.get("id_str"),
        created_at=_v1_created(tweet.get("created_at")), text=_text(html.unescape(text)),
        hashtags=_unique([str(_dict(h).get("text")) for h in _list(entities.get("hashtags"))]),
        mentions=[str(_dict(m).get("screen_name")) for m in _list(entities.get("user_mentions"))],
        urls=[str(_dict(u).get("expanded_url") or _dict(u).get("url")) for u in _list(entities.get("urls"))],
        media=[Media(kind=_dict(m).get("type", "photo"), key=_dict(m).get("id_str"), url=_dict(m).get("media_url_https"))
               for m in _list(media_entities)],
        reply_to=tweet.get("in_reply_to_status_id_str"), quote_of=tweet.get("quoted_status_id_str"),
        repost_of=retweeted.get("id_str") if retweeted else None,
        metrics={"retweet_count": _count(tweet.get("retweet_count")),
                 "favorite_count": _count(tweet.get("favorite_count"))},
        url=f"https://x.com/{username}/status/{tweet['id_str']}" if username else None,
    )


def _lines(path: Path) -> Iterator[tuple[str, Any, str | None]]:
    """(where, parsed JSON or None, error) for each non-empty line."""
    with open(path, "rb") as stream:
        for number, (line, too_long) in enumerate(bounded_lines(stream, MAX_DOCUMENT_BYTES), start=1):
            where = f"{path}:{number}"
            if too_long:
                yield where, None, f"{where}: line longer than {MAX_DOCUMENT_BYTES // 1_048_576} MB"
                continue
            if not line.strip():
                continue
            try:
                yield where, json.loads(line.decode("utf-8")), None
            except (UnicodeDecodeError, ValueError, RecursionError) as error:
                yield where, None, f"{where}: not a JSON line ({error.__class__.__name__})"


def _guarded(where: str, build) -> PostItem:
    try:
        post = build()
    except (KeyError, ValueError, TypeError, AttributeError, OverflowError) as error:
        return PostItem(where, error=f"{where}: not a tweet we can read ({error.__class__.__name__}: "
                                     f"{str(error)[:120]})")
    if not post.text.strip():
        return PostItem(where, error=f"{where}: no text", skipped=True)
    return PostItem(where, post)


def read_twarc2(path: Path) -> Iterator[PostItem]:
    """twarc2 output: one API v2 page a line (data + includes), or `twarc2 flatten` output (one tweet a line)."""
    for where, obj, error in _lines(path):
        if error:
            yield PostItem(where, error=error)
            continue
        if not isinstance(obj, dict):
            yield PostItem(where, error=f"{where}: expected a JSON object")
            continue
        if "data" not in obj:
            yield _guarded(where, lambda obj=obj: _v2_post(obj, {}, {}, {}))
            continue
        includes = _dict(obj.get("includes"))
        users = {str(_dict(u).get("id")): _dict(u) for u in _list(includes.get("users"))}
        media_index = {_dict(m).get("media_key"): _dict(m) for m in _list(includes.get("media"))}
        tweets = {str(_dict(t).get("id")): _dict(t) for t in _list(includes.get("tweets"))}
        data = obj["data"] if isinstance(obj["data"], list) else [obj["data"]]
        for index, tweet in enumerate(data, start=1):
            yield _guarded(f"{where} tweet {index}",
                           lambda tweet=tweet: _v2_post(_dict(tweet), users, media_index, tweets))


def read_tweet_v1(path: Path) -> Iterator[PostItem]:
    for where, obj, error in _lines(path):
        if error:
            yield PostItem(where, error=error)
            continue
        yield _guarded(where, lambda obj=obj: v1_post(_dict(obj)))


def read_x_archive(path: Path) -> Iterator[PostItem]:
    """`window.YTD.tweets.part0 = [...]`: the part after the first '=' is JSON; it is parsed, never run."""
    raw = path.read_bytes()
    start = raw.find(b"=")
    try:
        items = json.loads(raw[start + 1:].decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        yield PostItem(str(path), error=f"{path}: the archive's JSON cannot be read ({error.__class__.__name__})")
        return
    account = _archive_account(path)
    for index, item in enumerate(_list(items), start=1):
        tweet = _dict(_dict(item).get("tweet") or item)
        if account and "user" not in tweet:  # tweets.js has no author: the archive's account.js names it
            tweet = {**tweet, "user": account}
        yield _guarded(f"{path}: tweet {index}", lambda tweet=tweet: v1_post(tweet))


def _archive_account(path: Path) -> dict | None:
    """{screen_name, id_str} from account.js beside tweets.js, when the archive has it."""
    account_file = path.with_name("account.js")
    if not account_file.is_file() or account_file.stat().st_size > 1_000_000:
        return None
    raw = account_file.read_bytes()
    try:
        items = json.loads(raw[raw.find(b"=") + 1:].decode("utf-8-sig"))
        account = _dict(_dict(_list(items)[0]).get("account"))
    except (ValueError, IndexError, UnicodeDecodeError, RecursionError):
        return None
    return {"screen_name": account.get("username"), "id_str": account.get("accountId")} if account else None


@dataclass
class CsvColumns:
    text: str = "text"
    date: str | None = "date"
    id: str | None = "id"
    author: str | None = "author"


def read_csv(path: Path, columns: CsvColumns) -> Iterator[PostItem]:
    """One post a row, the columns named by the user; dates in ISO form (a time zone, if any, is honoured)."""
    with open(path, encoding="utf-8-sig", newline="", errors="replace") as handle:
        reader = csv.DictReader(handle, delimiter="\t" if path.suffix.lower() == ".tsv" else ",")
        if reader.fieldnames is None or columns.text not in reader.fieldnames:
            yield PostItem(str(path), error=f"{path}: no column named {columns.text!r} (columns: "
                                            f"{', '.join(reader.fieldnames or [])}); say which with --text-column")
            return
        for number, row in enumerate(reader, start=2):
            where = f"{path}:{number}"
            text = _text(row.get(columns.text) or "")
            if not text.strip():
                yield PostItem(where, error=f"{where}: empty {columns.text!r}", skipped=True)
                continue
            created = None
            value = (row.get(columns.date) or "").strip() if columns.date else ""
            if value:
                try:
                    created = _utc(dt.datetime.fromisoformat(value.replace("Z", "+00:00")))
                except ValueError:
                    yield PostItem(where, error=f"{where}: {columns.date!r} is {value!r}, not a date (YYYY-MM-DD "
                                                f"or ISO date-time)")
                    continue
            post_id = (row.get(columns.id) or "").strip() if columns.id else ""
            yield PostItem(where, Post(platform="csv", post_id=post_id or f"{path.name}:{number}",
                                       author=(row.get(columns.author) or None) if columns.author else None,
                                       created_at=created, text=text, hashtags=_unique(_HASHTAG.findall(text))))


def read_posts(path: Path, fmt: str, columns: CsvColumns | None = None) -> Iterator[PostItem]:
    readers = {"telegram": read_telegram, "twarc2": read_twarc2, "tweet-v1": read_tweet_v1,
               "x-archive": read_x_archive}
    if fmt == "csv":
        return read_csv(path, columns or CsvColumns())
    return readers[fmt](path)
