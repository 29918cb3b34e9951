"""Downloader middlewares: every response is written to the WARC archive before parsing."""

from __future__ import annotations

import hashlib
from typing import Self

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import Response

import storage


class WarcArchiveMiddleware:
    """Archive each response and note where it went, in ``request.meta["archive"]``.

    From there the location lands in ``documents``, so `make reparse` can rebuild the
    database from the archive alone. A body identical to the one recorded for the same URL
    is already archived: it is not written again and the stored location stays.
    """

    def __init__(self, folder: str, db_path: str):
        self.archive = storage.WarcArchive(folder)
        self.db = storage.open_db(db_path)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        middleware = cls(settings.get("NIANBAO_ARCHIVE"), settings.get("NIANBAO_DB"))
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def process_response(self, request: Request, response: Response) -> Response:
        if response.url.endswith("/robots.txt"):
            return response
        sha256 = hashlib.sha256(response.body).hexdigest()
        if storage.document_sha(self.db, response.url) == sha256:
            request.meta["archive"] = None
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

    def spider_closed(self) -> None:
        self.archive.close()
        self.db.close()
