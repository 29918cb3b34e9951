"""ReportsSpider: from each portal's front page to its annual-report columns, their list
pages, the report pages and their attachments.

It knows portals only through the region file and platforms only through `crawler.cms`;
what a link means is decided by `crawler.discovery`, what a document is by `parsers`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterable, Iterator
from pathlib import Path
from typing import Any, Self
from urllib.parse import urljoin, urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler import discovery, portal_server
from crawler.cms import adapter_for
from crawler.faults import failure_reason, response_error
from crawler.items import FetchedDocument
from crawler.regions import Portal, Region, region_for_url, resolve

logger = logging.getLogger(__name__)

_YEAR_COLUMN = re.compile(r"^(19|20)\d\d\s*年度?$")
class ReportsSpider(Spider):
    """Crawl one or more regions (``-a region=demo``) or a single column (``-a url=...``)."""

    name = "reports"

    def __init__(self, region: str | None = None, url: str | None = None, **kwargs: Any):
        super().__init__(**kwargs)
        self.regions: list[Region] = [region_for_url(url)] if url else resolve(region or "demo")
        self.region_name = url or region or "demo"
        self.portals: list[Portal] = [p for r in self.regions for p in r.portals if p.url]
        self.allowed_domains = sorted({_site(host) for host in _hosts(self.portals)})
        # Loopback and private addresses only where the user pointed the crawl at them: demo
        # portals served from this repository, or the column URL of a one-off crawl.
        self.private_hosts = frozenset(_hosts(
            p for r in self.regions if r.demo or url for p in r.portals if p.url))
        self._servers: list[portal_server.ServerHandle] = []
        self._list_pages: dict[str, set[str]] = {}  # pages requested per list, by first page
        self._capped_lists: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        if settings.getpriority("USER_AGENT") == 0:  # Scrapy's default: nobody chose one
            user_agent = settings.get("NIANBAO_USER_AGENT").format(
                contact=settings.get("NIANBAO_CONTACT_URL"))
            settings.set("USER_AGENT", user_agent, priority="spider")
        if spider.regions and all(r.demo for r in spider.regions):
            # Portals served from this repository on loopback: no one to be polite to.
            for name, value in (("DOWNLOAD_DELAY", 0), ("AUTOTHROTTLE_ENABLED", False),
                                ("CONCURRENT_REQUESTS_PER_DOMAIN", 8)):
                crawler.settings.set(name, value, priority="spider")
        return spider

    async def start(self) -> AsyncIterator[Request]:
        for portal in self.portals:
            if portal.serve:
                parts = urlsplit(portal.url)
                self._servers.append(
                    portal_server.serve(Path(portal.serve), parts.hostname, parts.port or 80)
                )
        for portal in self.portals:
            meta = {"portal": portal, "nav_depth": 0}
            yield Request(portal.url, self.parse_navigation, errback=self.failed,
                          meta={**meta, "kind": "front"})
            for column in portal.columns:
                yield self._list_request(column, portal, column="", dedicated=True)

    def closed(self, reason: str) -> None:
        for server in self._servers:
            server.stop()

    # -- callbacks -----------------------------------------------------------------------

    def parse_navigation(self, response: Response) -> Iterator[Any]:
        """Front and navigation pages: look for report columns, unit indexes, the way on."""
        portal: Portal = response.meta["portal"]
        depth = response.meta["nav_depth"]
        yield self._document(response, response.meta.get("kind", "nav"))
        max_depth = self.settings.getint("NIANBAO_MAX_NAV_DEPTH")
        for text, url in _links(response):
            if discovery.is_attachment(url):
                continue
            if discovery.is_report_column(text, url):
                yield self._list_request(url, portal, column=text, dedicated=True)
            elif discovery.is_unit_index(text):
                yield Request(url, self.parse_unit_index, errback=self.failed,
                              meta={"portal": portal, "kind": "nav", "column": text})
            elif depth < max_depth and discovery.is_navigation(text, url):
                yield Request(url, self.parse_navigation, errback=self.failed,
                              meta={"portal": portal, "kind": "nav", "nav_depth": depth + 1})

    def parse_unit_index(self, response: Response) -> Iterator[Any]:
        """A page with one column per township or department: each is a column to list."""
        portal: Portal = response.meta["portal"]
        yield self._document(response, "nav")
        for text, url in _links(response):
            if discovery.is_report_column(text, url):
                yield self._list_request(url, portal, column=text, dedicated=True)
            elif discovery.is_unit_column(text) and not discovery.is_attachment(url):
                yield self._list_request(url, portal, column=text, dedicated=False, unit=text)

    def parse_list(self, response: Response) -> Iterator[Any]:
        """A page of a column: its entries, its sub-columns and its other pages."""
        meta = response.meta
        portal: Portal = meta["portal"]
        yield self._document(response, "list")
        if response.status != 200:
            return
        adapter = adapter_for(response)
        entry_urls = set()
        for entry in adapter.entries(response):
            entry_urls.add(entry.url)
            context = {"link_title": entry.title, "published": entry.date}
            if discovery.is_attachment(entry.url):
                yield self._attachment_request(entry.url, portal, meta, context)
            elif discovery.is_report_column(entry.title, entry.url) and "/art/" not in entry.url:
                yield self._list_request(entry.url, portal, column=entry.title, dedicated=True)
            elif meta["dedicated"] or discovery.is_report_title(entry.title):
                yield Request(entry.url, self.parse_article, errback=self.failed,
                              meta={**_inherit(meta), "kind": "page", "context": context})
        if meta.get("sub_depth", 0) < 2:
            # In a column whose URL carries the 年报 tokens (…/gknb/…), every link inside it
            # does too: its pager, a calendar's ?date= views, their neighbours. There the URL
            # is no evidence of a sub-column, only the link text is; else a calendar or a
            # pager without end is followed as ever new sub-columns.
            own_tokens = discovery.is_report_column("", meta["list_root"])
            for text, url in _links(response):
                if url in entry_urls or discovery.is_attachment(url):
                    continue
                if discovery.is_report_column(text, "" if own_tokens else url) or (
                    meta["dedicated"] and _YEAR_COLUMN.match(text)
                ):
                    yield self._list_request(url, portal, column=text, dedicated=True,
                                             sub_depth=meta.get("sub_depth", 0) + 1)
        yield from self._next_pages(adapter.next_pages(response), meta)

    def parse_article(self, response: Response) -> Iterator[Any]:
        """A report candidate: the page itself, and the files it links to."""
        yield self._document(response, "page")
        if response.status != 200 or not hasattr(response, "text"):
            return
        title = response.meta["context"].get("link_title")
        for text, url in _links(response):
            if discovery.is_attachment(url):
                context = {"link_title": text or title, "page": response.url,
                           "published": response.meta["context"].get("published")}
                yield self._attachment_request(url, response.meta["portal"], response.meta,
                                               context)

    def parse_attachment(self, response: Response) -> Iterator[FetchedDocument]:
        yield self._document(response, "attachment")

    def failed(self, failure: Failure) -> Iterator[FetchedDocument]:
        """A request that produced no response still becomes a `documents` row: under the URL
        that was asked for (the first of a redirect chain), with the reason it failed."""
        request = failure.request
        response = getattr(failure.value, "response", None)
        if response is not None:
            yield self._document(response, request.meta.get("kind", "page"))
            return
        yield FetchedDocument(
            url=request.meta.get("redirect_urls", [request.url])[0],
            kind=request.meta.get("kind", "page"),
            error=failure_reason(failure),
            context=self._context(request.meta),
        )

    # -- helpers -------------------------------------------------------------------------

    def _list_request(self, url: str, portal: Portal, *, column: str, dedicated: bool,
                      unit: str | None = None, sub_depth: int = 0) -> Request:
        meta = {"portal": portal, "kind": "list", "column": column, "dedicated": dedicated,
                "unit": unit, "sub_depth": sub_depth, "list_root": url}
        return Request(url, self.parse_list, errback=self.failed, meta=meta)

    def _next_pages(self, pages: Iterable[str | Request],
                    meta: dict[str, Any]) -> Iterator[Request]:
        """The list's other pages, up to NIANBAO_MAX_LIST_PAGES distinct pages per list: a
        CMS that draws 下一页 on every page, or a pager window, must not lead on forever."""
        root = meta["list_root"]
        requested = self._list_pages.setdefault(root, {root})
        limit = self.settings.getint("NIANBAO_MAX_LIST_PAGES")
        for page in pages:
            request = page if isinstance(page, Request) else Request(page)
            if request.url in requested:
                continue
            if len(requested) >= limit:
                if root not in self._capped_lists:
                    self._capped_lists.add(root)
                    logger.warning("list %s: stopped at %d pages (NIANBAO_MAX_LIST_PAGES)",
                                   root, limit)
                return
            requested.add(request.url)
            yield request.replace(callback=self.parse_list, errback=self.failed,
                                  meta=_list_meta(meta))

    def _attachment_request(self, url: str, portal: Portal, meta: dict[str, Any],
                            context: dict[str, Any]) -> Request:
        return Request(url, self.parse_attachment, errback=self.failed,
                       meta={**_inherit(meta), "kind": "attachment", "context": context,
                             "allow_offsite": True})

    def _context(self, meta: dict[str, Any]) -> dict[str, Any]:
        """What the crawl knows that the document may not say: region, column, link title."""
        portal: Portal | None = meta.get("portal")
        context = dict(meta.get("context") or {})
        if portal is not None:
            context["portal"] = portal.name
            context["region"] = {"province": portal.province, "prefecture": portal.prefecture,
                                 "county": portal.county, "code": portal.code}
        for key in ("column", "unit"):
            if meta.get(key):
                context[key] = meta[key]
        return context

    def _document(self, response: Response, kind: str) -> FetchedDocument:
        headers = response.headers
        content_type = _header(headers, b"Content-Type")
        return FetchedDocument(
            url=response.url,
            kind=kind,
            status=response.status,
            body=response.body,
            error=response_error(response, content_type),
            content_type=content_type,
            etag=_header(headers, b"ETag"),
            last_modified=_header(headers, b"Last-Modified"),
            archive=response.meta.get("archive"),
            unchanged=response.meta.get("unchanged", False),
            context=self._context(response.meta),
        )


def _list_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """A list request's own meta, without what Scrapy added on the way."""
    keys = ("portal", "kind", "column", "dedicated", "unit", "sub_depth", "list_root")
    return {key: meta[key] for key in keys if key in meta}


def _inherit(meta: dict[str, Any]) -> dict[str, Any]:
    """The parts of a list request's meta an article request carries on."""
    return {key: meta[key] for key in ("portal", "column", "unit") if key in meta}


def _links(response: Response) -> Iterator[tuple[str, str]]:
    """(text, absolute URL) of every HTML link; files and XML have none."""
    if not hasattr(response, "xpath"):
        return
    for link in response.xpath("//a[@href]"):
        href = link.attrib["href"].strip()
        if not href or href.startswith(("javascript:", "#", "mailto:", "tel:")):
            continue
        text = " ".join(link.xpath(".//text()").getall()).strip() or link.attrib.get("title", "")
        yield " ".join(text.split()), urljoin(response.url, href)


def _site(host: str) -> str:
    """The domain a portal's pages live under: www.lufeng.gov.cn's disclosure platform is often
    its sibling xxgk.lufeng.gov.cn, so the www. is dropped (subdomains are allowed)."""
    return host.removeprefix("www.")


def _hosts(portals: Iterable[Portal]) -> set[str]:
    """Host names of the portals' front pages and known columns."""
    urls = (url for p in portals for url in (p.url, *p.columns) if url)
    return {host for url in urls if (host := urlsplit(url).hostname)}


def _header(headers: Any, name: bytes) -> str | None:
    value = headers.get(name)
    return value.decode("latin-1") if value else None
