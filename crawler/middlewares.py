"""Downloader middlewares: stay on the region's hosts, refuse redirect loops, and write every
response to the WARC archive before parsing.

What a middleware refuses it raises as IgnoreRequest with the reason as its message: the
spider's errback turns it into a `documents` row, so nothing is dropped without a trace.
"""

from __future__ import annotations

import hashlib
import ipaddress
from collections.abc import Iterable
from typing import Self
from urllib.parse import urldefrag, urljoin

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.error import DNSLookupError
from w3lib.url import safe_url_string

import storage

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


class StayOnTargetMiddleware:
    """Fetch only the region's hosts and the attachments their pages link to, and never a
    loopback, private or otherwise non-public address unless the crawl named that host (a
    demo portal, or the column URL of a one-off crawl of a local mirror).

    It replaces Scrapy's OffsiteMiddleware, which drops an offsite request (an offsite
    redirect too) silently when it is scheduled; here the request fails on its way to the
    downloader and is recorded. It runs before RobotsTxtMiddleware, so a refused host is not
    even asked for its robots.txt. The spider says what is allowed: `allowed_domains` (its
    hosts; subdomains count) and `private_hosts`; requests with meta `allow_offsite`
    (attachments) may go to any public host.

    A host name is resolved (through the reactor's caching resolver, the one the download
    will use) and refused if its address is not public, so a name pointing into the
    crawler's own network is caught as well as an IP literal.
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self._addresses: dict[str, IPAddress | None] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        spider = self.crawler.spider
        host = urlparse_cached(request).hostname or ""
        robots = urlparse_cached(request).path == "/robots.txt"  # asked for a host we fetch
        if not (request.meta.get("allow_offsite") or robots
                or on_site(host, spider.allowed_domains)):
            what = "redirect" if request.meta.get("redirect_urls") else "link"
            raise IgnoreRequest(f"offsite {what} to {host}")
        if host in spider.private_hosts:
            return
        address = await self._address(host)
        if address is not None and not is_public(address):
            raise IgnoreRequest(f"non-public address {address} refused")

    async def _address(self, host: str) -> IPAddress | None:
        """The address `host` is or resolves to; None if it does not resolve (the download
        then fails with its own DNS error)."""
        if host not in self._addresses:
            try:
                self._addresses[host] = ipaddress.ip_address(host)
            except ValueError:
                from twisted.internet import reactor  # late: importing it installs a reactor

                try:
                    resolved = await maybe_deferred_to_future(reactor.resolve(host))
                except DNSLookupError:
                    resolved = None
                self._addresses[host] = ipaddress.ip_address(resolved) if resolved else None
        return self._addresses[host]


def on_site(host: str, domains: Iterable[str]) -> bool:
    """`host` is one of `domains` or a subdomain of one (as Scrapy's offsite filter has it)."""
    return any(host == domain or host.endswith("." + domain) for domain in domains)


def is_public(address: IPAddress) -> bool:
    """Routable on the internet: not loopback, private, link-local, reserved or multicast."""
    return address.is_global and not address.is_multicast


class RedirectLoopMiddleware:
    """Refuse a redirect back to a URL already on the request's redirect chain.

    Scrapy would follow it and its dupefilter would then drop the repeated URL without a
    word, leaving no `documents` row for either URL. It sits above RedirectMiddleware (600)
    so it sees the 3xx response first.
    """

    def process_response(self, request: Request, response: Response) -> Response:
        location = response.headers.get(b"Location")
        if response.status in REDIRECT_STATUSES and location:
            target = urldefrag(urljoin(request.url, safe_url_string(location)))[0]
            chain = [*request.meta.get("redirect_urls", []), request.url]
            if target in (urldefrag(url)[0] for url in chain):
                raise IgnoreRequest("redirect loop")
        return response


class WarcArchiveMiddleware:
    """Archive each response before parsing, and use the archive to crawl incrementally.

    The location lands in ``request.meta["archive"]`` and from there in ``documents``, so
    `make reparse` can rebuild the database from the archive alone. A URL fetched before is
    asked for conditionally (If-None-Match / If-Modified-Since from its last fetch); a 304
    is answered from the archived copy, and a body identical to the archived one is not
    written again. Either way ``request.meta["unchanged"]`` tells the pipelines that nothing
    needs parsing: lists are still read (from the archived copy), pages are not re-parsed.
    """

    def __init__(self, folder: str, db_path: str):
        self.folder = folder
        self.archive = storage.WarcArchive(folder)
        self.db = storage.open_db(db_path)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        middleware = cls(settings.get("NIANBAO_ARCHIVE"), settings.get("NIANBAO_DB"))
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def process_request(self, request: Request) -> None:
        if request.method != "GET" or urlparse_cached(request).path == "/robots.txt":
            return
        validators = storage.document_validators(self.db, request.url)
        if validators.etag:
            request.headers.setdefault(b"If-None-Match", validators.etag)
        if validators.last_modified:
            request.headers.setdefault(b"If-Modified-Since", validators.last_modified)

    def process_response(self, request: Request, response: Response) -> Response:
        if urlparse_cached(request).path == "/robots.txt":
            return response
        if response.status == 304:
            return self._archived(request, response)
        sha256 = hashlib.sha256(response.body).hexdigest()
        if storage.document_sha(self.db, response.url) == sha256:
            request.meta.update(archive=None, unchanged=True)
            return response
        headers = [
            (key.decode("latin-1"), value.decode("latin-1"))
            for key, values in response.headers.items()
            for value in values
        ]
        request.meta["archive"] = self.archive.write(
            response.url, response.status, headers, response.body, method=request.method,
            request_body=request.body or None,
        )
        return response

    def _archived(self, request: Request, response: Response) -> Response:
        """The archived copy standing in for a 304 Not Modified (the 304 itself if none)."""
        document = storage.get_document(self.db, request.url)
        if not document or not document["archive"]:
            return response
        archived = storage.read_response(self.folder, document["archive"])
        headers = Headers(archived.headers)
        cls = responsetypes.from_args(headers=headers, url=request.url, body=archived.body)
        request.meta.update(archive=None, unchanged=True)
        return cls(url=request.url, status=200, headers=headers, body=archived.body,
                   request=request)

    def spider_closed(self) -> None:
        self.archive.close()
        self.db.close()
