"""Why a fetch left nothing to parse, in words that group: the same fault reads the same on
any portal, in `documents.reason`. The crawl and `make reparse` both ask."""

from __future__ import annotations

import codecs

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import Response
from twisted.internet.defer import CancelledError
from twisted.internet.error import ConnectionDone, ConnectionLost
from twisted.python.failure import Failure

_FAILURES: tuple[tuple[type[BaseException] | tuple[type[BaseException], ...], str], ...] = (
    (DownloadTimeoutError, "timeout"),
    (ResponseDataLossError, "truncated response"),
    (DownloadConnectionRefusedError, "connection refused"),
    (CannotResolveHostError, "DNS lookup failed"),
    ((DownloadFailedError, ConnectionLost, ConnectionDone), "connection lost"),
)
# Scrapy cancels a download only when its body outgrows DOWNLOAD_MAXSIZE: at once when
# Content-Length says so (DownloadCancelledError), else when the bytes pass it. It is not
# retried, so retries before it were for another fault and go unmentioned.
_OVER_SIZE_CAP = (DownloadCancelledError, CancelledError)
_IGNORED = {"Forbidden by robots.txt": "robots.txt disallows",
            "max redirections reached": "too many redirects"}
# Magic numbers of files the parsers read whatever the Content-Type says; UTF-16 BOMs.
_DOCUMENT_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", codecs.BOM_UTF16_LE,
                   codecs.BOM_UTF16_BE)
# C0 controls that no text in any encoding a portal uses contains (tab, LF, FF, CR, ESC do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def content_error(body: bytes, content_type: str | None) -> str | None:
    """Binary bytes under a text Content-Type (or none): garbage no parser should be fed."""
    media_type = (content_type or "").split(";")[0].strip().lower()
    if (media_type.startswith("text/") or not media_type) and is_binary(body):
        return f"binary content served as {media_type or 'no content type'}"
    return None


def is_binary(body: bytes) -> bool:
    """Bytes that are no text in any encoding (and no PDF or Office file either): more than
    1% control characters in the first 4 KB."""
    head = body[:4096]
    if not head or head.startswith(_DOCUMENT_MAGIC):
        return False
    return len(head) - len(head.translate(None, _CONTROL_BYTES)) > len(head) // 100


def failure_reason(failure: Failure) -> str:
    """Why a request got no response: a middleware's refusal, or the network fault with the
    retries spent on it."""
    error = failure.value
    if isinstance(error, IgnoreRequest):
        return _IGNORED.get(str(error), str(error))
    if isinstance(error, _OVER_SIZE_CAP):
        return "response over size cap"
    reason = next((text for types, text in _FAILURES if isinstance(error, types)),
                  f"{type(error).__name__}: {failure.getErrorMessage()}")
    retries = failure.request.meta.get("retry_times")
    return f"{reason} after {retries} retries" if retries else reason


def response_error(response: Response, content_type: str | None) -> str | None:
    """What is wrong with a response that no parser should be asked about, if anything: an
    error status retries did not cure, or bytes that are not what the server says."""
    retries = response.meta.get("retry_times")
    if response.status >= 400 and retries:
        return f"HTTP {response.status} after {retries} retries"
    return content_error(response.body, content_type)
