"""A document that reached us as data, not as a page: a 政务公开 platform's JSON API response
(an article, or a column of articles) or an RSS/Atom feed. Each is written out as the page a
browser would have shown for it — an article with its title, publication time, source and
body, or a column of links — so the HTML reader handles it like any other page.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
from collections.abc import Iterator
from html import escape
from typing import NamedTuple

from lxml import etree

from parsers.render import han_count

# the keys a platform names an article's fields by (compared lower case): its title's as
# scripts write them (a page's script state is read with them too), its date's and source's
TITLE_KEYS = ("title", "infoTitle", "articleTitle", "docTitle", "headline", "mainTitle")
_DATE_KEYS = (
    "publishtime", "publishdate", "pubdate", "releasedate", "releasetime", "infodate",
    "docpubtime", "date", "createtime", "updatetime",
)  # fmt: skip
_SOURCE_KEYS = ("source", "infosource", "sourcename", "publisher", "deptname", "author")
_ARTICLE_CHARS = 200  # a body holds this many characters at least: less is a column's summary
_CHINA_TIME = dt.timezone(dt.timedelta(hours=8))


class Entry(NamedTuple):
    """One article as the data gives it."""

    title: str
    date: str
    source: str
    body: str  # HTML, or plain text
    link: str = ""


def page_from_json(text: str) -> str | None:
    """The page a JSON API response stands for; None when it is no JSON."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    entries = _entries(data)
    article = max(entries, key=lambda e: len(e.body), default=None)
    if article is not None and len(article.body) >= _ARTICLE_CHARS:
        return _article_page(article)
    return _column_page("", entries) if len(entries) >= 2 else None


def page_from_feed(text: str) -> str | None:
    """The page an RSS or Atom feed stands for: its one article in full, else the column of
    its entries' links."""
    try:
        root = etree.fromstring(
            text.encode("utf-8"), etree.XMLParser(recover=True, resolve_entities=False)
        )
    except etree.XMLSyntaxError:
        return None
    if root is None:
        return None
    items = [el for el in root.iter() if _local(el) in ("item", "entry")]
    entries = [_feed_entry(item) for item in items]
    if len(entries) == 1 and len(entries[0].body) >= _ARTICLE_CHARS:
        return _article_page(entries[0])
    channel = next((el for el in root.iter() if _local(el) == "title"), None)
    return _column_page(_text(channel), entries) if entries else None


def state_entries(code: str) -> list[Entry]:
    """The titled entries of a script's JSON state (window.__INITIAL_STATE__ = {…}): what a
    single-page app renders, such as a column of reports."""
    start, end = code.find("{"), code.rfind("}")
    try:
        return _entries(json.loads(code[start : end + 1])) if 0 <= start < end else []
    except ValueError:
        return []


def _entries(data: object) -> list[Entry]:
    return [e for e in map(_entry, _objects(data)) if e.title]


def _objects(data: object) -> Iterator[dict]:
    """Every JSON object inside the data, outermost first."""
    if isinstance(data, dict):
        yield data
        for value in data.values():
            yield from _objects(value)
    elif isinstance(data, list):
        for value in data:
            yield from _objects(value)


def _entry(obj: dict) -> Entry:
    """An object's article fields: its title, date and source by their keys, its body the
    longest string holding Han characters."""
    fields = {k.lower(): v for k, v in obj.items() if isinstance(k, str)}
    strings = [v for v in obj.values() if isinstance(v, str) and han_count(v) >= 20]
    return Entry(
        title=_first(fields, (*(k.lower() for k in TITLE_KEYS), "name")),
        date=_date_value(next((fields[k] for k in _DATE_KEYS if fields.get(k)), "")),
        source=_first(fields, _SOURCE_KEYS),
        body=max(strings, key=len, default=""),
        link=str(fields.get("url") or fields.get("link") or ""),
    )


def _first(fields: dict[str, object], keys: tuple[str, ...]) -> str:
    return next((v.strip() for k in keys if isinstance(v := fields.get(k), str) and v.strip()), "")


def _date_value(value: object) -> str:
    """A date as the page would print it: Unix times (seconds or milliseconds) in China's time."""
    if isinstance(value, int | float) or (isinstance(value, str) and value.isdigit()):
        seconds = int(value) / (1000 if int(value) > 10**11 else 1)
        return dt.datetime.fromtimestamp(seconds, _CHINA_TIME).strftime("%Y-%m-%d %H:%M:%S")
    return value if isinstance(value, str) else ""


def _feed_entry(item: etree._Element) -> Entry:
    """An RSS item's or an Atom entry's fields."""
    children = {_local(el): el for el in reversed(item)}  # (the first of each name)
    link = children.get("link")
    date = _text(
        next((children[k] for k in ("pubDate", "published", "updated") if k in children), None)
    )
    if date and not date[:4].isdigit():  # RSS's RFC 822 date (Tue, 21 Jan 2020 09:12:00 +0800)
        try:
            date = email.utils.parsedate_to_datetime(date).strftime("%Y-%m-%d %H:%M:%S")
        except (TypeError, ValueError):
            date = ""
    bodies = (_text(children.get(k)) for k in ("encoded", "content", "description", "summary"))
    return Entry(
        title=_text(children.get("title")),
        date=date,
        source=_text(children.get("author")),
        body=max(bodies, key=len),
        link=(link.get("href") or _text(link)) if link is not None else "",
    )


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _text(el: etree._Element | None) -> str:
    return "".join(el.itertext()).strip() if el is not None else ""


def _article_page(entry: Entry) -> str:
    body = entry.body
    if "<" not in body:  # plain text: a paragraph a line
        body = "".join(f"<p>{escape(line)}</p>" for line in body.splitlines() if line.strip())
    title = escape(entry.title)
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta name="ArticleTitle" content="{title}">'
        f'<meta name="PubDate" content="{escape(entry.date)}">'
        f'<meta name="ContentSource" content="{escape(entry.source)}"></head>'
        f'<body><h1>{title}</h1><div id="zoom">{body}</div></body></html>'
    )


def _column_page(name: str, entries: list[Entry]) -> str:
    items = "".join(
        f'<li><a href="{escape(e.link)}">{escape(e.title)}</a> {escape(e.date[:10])}</li>'
        for e in entries
    )
    return (
        f'<html><head><meta charset="utf-8"><title>{escape(name)}</title></head>'
        f"<body><h1>{escape(name)}</h1><ul>{items}</ul></body></html>"
    )
