"""Plain-text and JSON Lines input: decoded safely, bounded in size, with errors a user can act on."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from dataclasses import dataclass
from typing import BinaryIO, Iterator

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024  # a news report is a few KB; anything this big is not one report


class InputError(ValueError):
    """Input a user must fix; the message names the input and the problem."""


def decode_report(raw: bytes, name: str) -> str:
    """Bytes of one report to NFC text, refusing binaries, invalid UTF-8, empty and oversized input."""
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise InputError(
            f"{name}: {len(raw) / 1_048_576:.1f} MB is too large for one report (limit "
            f"{MAX_DOCUMENT_BYTES // 1_048_576} MB); put many reports in a JSON Lines file and use --jsonl"
        )
    if b"\x00" in raw[:8192]:
        raise InputError(f"{name}: looks like a binary file (it contains NUL bytes), not a text report")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start}); "
            "save the report as UTF-8 and try again"
        ) from None
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: the report is empty")
    return text


def parse_date(value: str | None, what: str) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]) if len(str(value)) >= 10 else dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(f"{what}: {value!r} is not a date (expected YYYY-MM-DD)") from None


@dataclass
class JsonlRecord:
    line: int
    id: str | None
    text: str | None = None
    published: dt.date | None = None
    title: str | None = None
    language: str | None = None
    error: str | None = None


def bounded_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[bytes, bool]]:
    """Lines of a binary stream; a line longer than `limit` is skipped (read in chunks) and flagged."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # drain the rest of the oversized line without holding it
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield b"", True
            continue
        yield line, False


def read_jsonl(stream: BinaryIO, name: str) -> Iterator[JsonlRecord]:
    """One record per line: {"id", "text", "published"?, "title"?, "language"?}; bad lines become errors."""
    for number, (raw, too_long) in enumerate(bounded_lines(stream, MAX_DOCUMENT_BYTES), start=1):
        where = f"{name}:{number}"
        if too_long:
            yield JsonlRecord(number, None, error=f"{where}: line longer than {MAX_DOCUMENT_BYTES // 1_048_576} MB")
            continue
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as error:
            yield JsonlRecord(number, None, error=f"{where}: not valid UTF-8 at byte {error.start}")
            continue
        except json.JSONDecodeError as error:
            yield JsonlRecord(number, None, error=f"{where}: bad JSON ({error.msg} at column {error.colno})")
            continue
        if not isinstance(obj, dict):
            yield JsonlRecord(number, None, error=f"{where}: expected a JSON object, got {type(obj).__name__}")
            continue
        record_id = obj.get("id")
        record_id = str(record_id) if record_id is not None else None
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            yield JsonlRecord(number, record_id, error=f"{where}: no \"text\" (a non-empty string is required)")
            continue
        try:
            published = parse_date(obj.get("published"), f"{where}: \"published\"")
        except InputError as error:
            yield JsonlRecord(number, record_id, error=str(error))
            continue
        language = obj.get("language") if obj.get("language") in ("ar", "en") else None
        title = obj.get("title") if isinstance(obj.get("title"), str) else None
        yield JsonlRecord(number, record_id, unicodedata.normalize("NFC", text), published, title, language)
