"""URL handling that survives the links pages really carry (`http://[bad`, stray brackets):
urllib raises ValueError on those, and one bad link must not cost the whole record."""

from __future__ import annotations

from urllib.parse import SplitResult, urljoin, urlsplit

_EMPTY = SplitResult("", "", "", "", "")


def split(url: str | None) -> SplitResult:
    """`urlsplit`, or an empty result for a URL it cannot read."""
    try:
        return urlsplit(url or "")
    except ValueError:
        return _EMPTY


def join(base: str | None, href: str) -> str:
    """`urljoin`, or the link as written when the two cannot be joined."""
    try:
        return urljoin(base or "", href)
    except ValueError:
        return href
