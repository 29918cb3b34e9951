"""Web archives (.mht, .mhtml): a browser's "save as a single file" and a CMS's export to Word
wrap the page in MIME parts, its text quoted-printable or base64. The page inside is what the
HTML parser reads; a frame saved as a part of its own (Chrome: `<iframe src="cid:…">`) is put
back in place."""

from __future__ import annotations

import email
import re
from dataclasses import dataclass, field
from html import escape

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Archived:
    """The archive's page (bytes and charset), its address, and its frames' pages by cid."""

    page: bytes
    charset: str | None
    location: str | None
    frames: dict[str, tuple[bytes, str | None]] = field(default_factory=dict)


def is_web_archive(data: bytes) -> bool:
    """A MIME message of related parts (Chrome: From: <Saved by Blink> … multipart/related)."""
    head = data[:2048].lower()
    return (
        b"multipart/related" in head
        and b"mime-version:" in head
        and not head.lstrip().startswith(b"<")
    )


def archived_page(data: bytes) -> Archived | None:
    """The archive's first HTML part, and the others as frames, or None."""
    found: Archived | None = None
    for part in email.message_from_bytes(data).walk():
        body = part.get_payload(decode=True)
        if part.get_content_type() not in HTML_TYPES or not isinstance(body, bytes):
            continue
        if found is None:
            found = Archived(body, part.get_content_charset(), part.get("Content-Location"))
        elif cid := (part.get("Content-ID") or "").strip("<> "):
            found.frames[f"cid:{cid}"] = (body, part.get_content_charset())
    return found


_FRAME_SRC = re.compile(r"""(<iframe\b[^>]*?)\bsrc=["'](cid:[^"']+)["']""", re.IGNORECASE)


def with_frames(page: str, frames: dict[str, str]) -> str:
    """The page with each archived frame's page inline (`srcdoc`), as a browser shows it."""
    if not frames or "cid:" not in page:
        return page

    def inline(m: re.Match[str]) -> str:
        frame = frames.get(m.group(2))
        return m.group(0) if frame is None else f'{m.group(1)}srcdoc="{escape(frame)}"'

    return _FRAME_SRC.sub(inline, page)
