"""Text input: decoded safely, bounded in size, with errors a user can act on; dates given by the user."""

from __future__ import annotations

import datetime as dt
import unicodedata
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
