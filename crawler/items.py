"""The one item the spider yields: a fetched document and what we know of where it was found."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class FetchedDocument:
    """One response (or failed request), on its way to the parser and the database.

    `unchanged`: the same bytes as last time (a 304, or an identical body), so the stored
    outcome stands and the parser is not run again.
    """

    url: str
    kind: str  # front (a portal's front page), nav, list, page (an article) or attachment
    status: int | None = None
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    archive: str | None = None
    context: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    unchanged: bool = False
    report: dict[str, Any] | None = None
