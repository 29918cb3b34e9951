"""Downloader middlewares: every response is written to the WARC archive before parsing."""

from __future__ import annotations

from typing import Self

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import Response

from storage.archive import WarcArchive


class WarcArchiveMiddleware:
    """Archive each final response (after redirects and retries) and note where it went.

    The location lands in ``response.meta["archive"]`` and from there in ``documents``, so
    `make reparse` can rebuild the database from the archive alone.
    """

    def __init__(self, folder: str):
        self.archive = WarcArchive(folder)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        middleware = cls(crawler.settings.get("NIANBAO_ARCHIVE"))
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def process_response(self, request: Request, response: Response) -> Response:
        if response.url.endswith("/robots.txt"):
            return response
        headers = [
            (key.decode("latin-1"), value.decode("latin-1"))
            for key, values in response.headers.items()
            for value in values
        ]
        request.meta["archive"] = self.archive.write(
            response.url, response.status, headers, response.body, method=request.method
        )
        return response

    def spider_closed(self) -> None:
        self.archive.close()
