"""Write a Capture as WARC request + response records (warcio), one gzip file per capture, named by its hash."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .fetch import Capture

# The body is kept decoded, so the headers that describe the wire encoding would lie about it.
_WIRE_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


def payload_sha256(capture: Capture) -> str:
    return hashlib.sha256(capture.body).hexdigest()


def write_warc(capture: Capture, folder: Path) -> Path:
    """captures/<yyyy>/<mm>/<payload sha256>-<time>.warc.gz holding the request and the response as received."""
    stamp = capture.fetched_at
    target = folder / f"{stamp:%Y}" / f"{stamp:%m}"
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"{payload_sha256(capture)[:16]}-{stamp:%Y%m%dT%H%M%S%f}.warc.gz"
    date = stamp.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        parts = urlsplit(capture.final_url)
        request_target = parts.path or "/"
        if parts.query:
            request_target += "?" + parts.query
        request_headers = StatusAndHeaders(f"GET {request_target} HTTP/1.1",
                                           [("Host", parts.netloc), *capture.request_headers.items()],
                                           is_http_request=True)
        writer.write_record(writer.create_warc_record(capture.final_url, "request", payload=io.BytesIO(b""),
                                                      http_headers=request_headers,
                                                      warc_headers_dict={"WARC-Date": date}))
        headers = [(k, v) for k, v in capture.response_headers if k.lower() not in _WIRE_HEADERS]
        headers.append(("Content-Length", str(len(capture.body))))
        response_headers = StatusAndHeaders(f"{capture.status} {capture.reason}".strip(), headers,
                                            protocol="HTTP/1.1")
        extra = {"WARC-Date": date}
        if capture.redirects:
            extra["WARC-Tawthiq-Redirected-From"] = " ".join(capture.redirects)
        writer.write_record(writer.create_warc_record(capture.final_url, "response", payload=io.BytesIO(capture.body),
                                                      http_headers=response_headers, warc_headers_dict=extra))
    return path
