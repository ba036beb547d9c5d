import io
import json

import pytest
from hypothesis import given, strategies as st

from tawthiq.ingest.files import read_jsonl
from tawthiq.ingest.text import MAX_DOCUMENT_BYTES, InputError, decode_report, parse_date


def test_decode_refuses_binary_invalid_empty_and_huge():
    with pytest.raises(InputError, match="binary"):
        decode_report(b"\x89PNG\x00\x00", "x.png")
    with pytest.raises(InputError, match=r"not valid UTF-8 \(byte 0xff at offset 2\)"):
        decode_report("قص".encode()[:2] + b"\xff", "bad.txt")
    with pytest.raises(InputError, match="empty"):
        decode_report(b"  \n", "empty.txt")
    with pytest.raises(InputError, match="too large"):
        decode_report(b"a" * (MAX_DOCUMENT_BYTES + 1), "big.txt")


def test_decode_normalizes_to_nfc_and_strips_bom():
    assert decode_report("\ufeffقصف\r\n".encode(), "x") == "قصف\n"


def test_parse_date():
    assert str(parse_date("2023-10-07", "x")) == "2023-10-07"
    with pytest.raises(InputError, match="not a date"):
        parse_date("2023-13-45", "--published")


def test_jsonl_bad_lines_become_errors_and_the_rest_goes_on():
    lines = [
        json.dumps({"id": "a", "text": "قصف", "published": "2023-10-07"}),
        "{broken",
        json.dumps({"id": "c"}),
        json.dumps({"id": "d", "text": "x", "published": "yesterday"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": 5, "text": "ok"}),
    ]
    records = list(read_jsonl(io.BytesIO("\n".join(lines).encode()), "in.jsonl"))
    assert [r.error is None for r in records] == [True, False, False, False, False, True]
    assert "in.jsonl:2" in records[1].error
    assert records[5].external_id == "5"


def test_jsonl_oversized_line_is_skipped_not_held():
    big = b'{"id": "big", "text": "' + b"a" * (MAX_DOCUMENT_BYTES + 10) + b'"}\n'
    stream = io.BytesIO(big + b'{"id": "next", "text": "ok"}\n')
    records = list(read_jsonl(stream, "in.jsonl"))
    assert "longer than" in records[0].error
    assert records[1].external_id == "next" and records[1].error is None


@given(st.binary(max_size=400))
def test_random_bytes_never_crash_the_jsonl_reader(data):
    for record in read_jsonl(io.BytesIO(data), "fuzz"):
        assert (record.error is None) == (record.text is not None)
