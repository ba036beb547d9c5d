"""Files and folders -> incoming documents: .txt .md (text), .html (article text via trafilatura), .json, .jsonl.

Every input yields something: a readable document, or an error that names the file (and line) and the problem.
The sha256 identity of a document is of its raw bytes: the whole file, or the one JSON Lines line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

from .text import MAX_DOCUMENT_BYTES, InputError, bounded_lines, decode_report, parse_date

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_WORD = re.compile(r"[^\W\d_]{2}")


@dataclass
class Incoming:
    """One document as read from its input, before extraction; `error` set when it cannot be read."""

    source: str
    raw: bytes
    text: str | None = None
    error: str | None = None
    external_id: str | None = None
    published: dt.date | None = None
    title: str | None = None
    source_name: str | None = None
    url: str | None = None
    language: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()


def discover(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """The files to read under the given paths, in a stable order, and the paths that do not exist."""
    files: list[Path] = []
    missing: list[str] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(
                p for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ))
        elif path.is_file():
            files.append(path)
        else:
            missing.append(f"{path}: no such file or folder")
    return files, missing


def _text_field(value) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _from_object(obj, source: str, raw: bytes) -> Incoming:
    """A {"id", "text", "published"?, "title"?, "source_name"?, "url"?, "language"?} object."""
    if not isinstance(obj, dict):
        return Incoming(source, raw, error=f"{source}: expected a JSON object, got {type(obj).__name__}")
    record_id = obj.get("id")
    external_id = str(record_id) if record_id is not None else None
    text = _text_field(obj.get("text"))
    if text is None:
        return Incoming(source, raw, error=f"{source}: no \"text\" (a non-empty string is required)",
                        external_id=external_id)
    try:
        published = parse_date(obj.get("published"), f"{source}: \"published\"")
    except InputError as error:
        return Incoming(source, raw, error=str(error), external_id=external_id)
    return Incoming(
        source, raw, unicodedata.normalize("NFC", text), external_id=external_id, published=published,
        title=_text_field(obj.get("title")), source_name=_text_field(obj.get("source_name")),
        url=_text_field(obj.get("url")), language=obj.get("language") if obj.get("language") in ("ar", "en") else None,
    )


def read_jsonl(stream: BinaryIO, name: str) -> Iterator[Incoming]:
    """One document per line of a JSON Lines stream; a bad line becomes an error naming `name:line`."""
    for number, (line, too_long) in enumerate(bounded_lines(stream, MAX_DOCUMENT_BYTES), start=1):
        where = f"{name}:{number}"
        if too_long:
            yield Incoming(where, f"{where}:too-long".encode(),
                           error=f"{where}: line longer than {MAX_DOCUMENT_BYTES // 1_048_576} MB")
            continue
        line = line.strip()
        if not line:
            continue
        try:
            obj = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as error:
            yield Incoming(where, line, error=f"{where}: not valid UTF-8 at byte {error.start}")
            continue
        except json.JSONDecodeError as error:
            yield Incoming(where, line, error=f"{where}: bad JSON ({error.msg} at column {error.colno})")
            continue
        yield _from_object(obj, where, line)


def read_jsonl_file(path: Path) -> Iterator[Incoming]:
    with open(path, "rb") as stream:
        yield from read_jsonl(stream, str(path))


def read_json_file(path: Path, raw: bytes) -> Iterator[Incoming]:
    try:
        obj = json.loads(decode_report(raw, str(path)))
    except InputError as error:
        yield Incoming(str(path), raw, error=str(error))
        return
    except json.JSONDecodeError as error:
        yield Incoming(str(path), raw, error=f"{path}: bad JSON ({error.msg} at line {error.lineno} column {error.colno})")
        return
    if isinstance(obj, list):
        for number, item in enumerate(obj, start=1):
            item_raw = json.dumps(item, ensure_ascii=False, sort_keys=True).encode("utf-8")
            yield _from_object(item, f"{path}[{number}]", item_raw)
        return
    if isinstance(obj, dict) and "text" not in obj:
        yield Incoming(str(path), raw, error=f"{path}: a JSON report needs a \"text\" field, or give a list of "
                                             "such reports")
        return
    yield _from_object(obj, str(path), raw)


def read_html(source: str, raw: bytes) -> Incoming:
    """The article text of a web page, with its title, date, site name and URL from the page's metadata."""
    import trafilatura

    try:
        html = decode_report(raw, source) if b"\x00" in raw[:8192] else raw.decode("utf-8", errors="replace")
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                                include_tables=False)
    except InputError as error:
        return Incoming(source, raw, error=str(error))
    except Exception as error:  # trafilatura on badly broken markup: say so, keep going
        return Incoming(source, raw, error=f"{source}: could not read the page ({error.__class__.__name__})")
    if extracted is None or not _WORD.search(extracted.text or ""):
        return Incoming(source, raw, error=f"{source}: no article text found in the page")
    published = None
    if extracted.date:
        try:
            published = dt.date.fromisoformat(extracted.date[:10])
        except ValueError:
            published = None
    return Incoming(source, raw, unicodedata.normalize("NFC", extracted.text), published=published,
                    title=extracted.title, source_name=extracted.sitename, url=extracted.url)


def read_path(path: Path) -> Iterator[Incoming]:
    """Everything one file holds; the format is chosen by extension, anything else is read as plain text."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        yield from read_jsonl_file(path)
        return
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES and suffix != ".json":
            head = path.open("rb").read(4096)
            yield Incoming(str(path), head + str(size).encode(), error=(
                f"{path}: {size / 1_048_576:.1f} MB is too large for one report (limit "
                f"{MAX_DOCUMENT_BYTES // 1_048_576} MB); put many reports in a JSON Lines file"))
            return
        raw = path.read_bytes()
    except OSError as error:
        yield Incoming(str(path), str(path).encode(), error=f"{path}: cannot read ({error.strerror})")
        return
    if suffix == ".json":
        yield from read_json_file(path, raw)
    elif suffix in HTML_SUFFIXES:
        yield read_html(str(path), raw)
    else:
        try:
            yield Incoming(str(path), raw, decode_report(raw, str(path)))
        except InputError as error:
            yield Incoming(str(path), raw, error=str(error))
