"""The small vocabulary the platform adapters share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from parsel import Selector

_DATE = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


@dataclass(frozen=True)
class Entry:
    """One link of a list page: where it goes, its title and the date printed beside it."""

    url: str
    title: str
    date: str | None = None


def find_date(text: str) -> str | None:
    """The first date in a list row, as ISO YYYY-MM-DD."""
    match = _DATE.search(text or "")
    if not match:
        return None
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


# List rows: li, tr, dd, p, and in div-built lists any div holding one link (with its date
# beside it, in the div or a child of it).
_ROWS = "//li | //tr | //dd | //p[a] | //div[count(.//a[@href]) = 1]"


def entries_from(selector: Selector, base_url: str) -> list[Entry]:
    """Links in list rows that carry a date: how nearly every CMS lists a column.

    A row without a date is navigation; rows whose link has no text are skipped.
    """
    found: dict[str, Entry] = {}
    for row in selector.xpath(_ROWS):
        links = row.xpath("./descendant::a[@href]")
        if not links or len(links) > 3:
            continue
        row_text = " ".join(row.xpath("./descendant-or-self::text()").getall())
        date = find_date(row_text)
        if date is None:
            continue
        link = links[0]
        title = (link.attrib.get("title") or " ".join(link.xpath(".//text()").getall())).strip()
        href = link.attrib["href"].strip()
        if not title or href.startswith(("javascript:", "#", "mailto:")):
            continue
        url = urljoin(base_url, href)
        found.setdefault(url, Entry(url=url, title=" ".join(title.split()), date=date))
    return list(found.values())
