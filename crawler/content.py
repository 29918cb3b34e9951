"""What a fetched body is before any parser sees it: a crawl and `make reparse` both ask."""

from __future__ import annotations

import codecs

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
