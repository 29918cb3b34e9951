"""Web archives (.mht, .mhtml): a browser's "save as a single file" and a CMS's export to Word
wrap the page in MIME parts, its text quoted-printable or base64. The page inside is what the
HTML parser reads."""

from __future__ import annotations

import email

HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_web_archive(data: bytes) -> bool:
    """A MIME message of related parts (Chrome: From: <Saved by Blink> … multipart/related)."""
    head = data[:2048].lower()
    return (
        b"multipart/related" in head
        and b"mime-version:" in head
        and not head.lstrip().startswith(b"<")
    )


def archived_page(data: bytes) -> tuple[bytes, str | None, str | None] | None:
    """(the HTML, its charset, its Content-Location) of the archive's first page, or None."""
    for part in email.message_from_bytes(data).walk():
        body = part.get_payload(decode=True)
        if part.get_content_type() in HTML_TYPES and isinstance(body, bytes):
            return body, part.get_content_charset(), part.get("Content-Location")
    return None
