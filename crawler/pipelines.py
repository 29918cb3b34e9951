"""Item pipelines: parse every fetched document, then store what it turned out to be.

Both are thin: `parsers.parse_document` decides what a document is, `storage` writes it.
Every document ends as a `documents` row with an outcome and a reason, whatever happened.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Self

from scrapy.crawler import Crawler

import storage
from crawler.items import FetchedDocument
from parsers import parse_document

logger = logging.getLogger(__name__)

ReportKey = tuple[int, int]
_NAVIGATION_REASONS = {"front": "front page", "nav": "navigation page", "list": "list page"}


class ParsePipeline:
    """Turn pages and attachments into report records (lists and navigation are not parsed)."""

    def process_item(self, item: FetchedDocument) -> FetchedDocument:
        if (item.error or item.unchanged or item.kind not in ("page", "attachment")
                or item.status != 200):
            return item
        try:
            report = parse_document(item.body, url=item.url, content_type=item.content_type,
                                    context=item.context)
        except Exception as exc:  # a parser bug must cost one document, not the crawl
            logger.exception("parser failed on %s", item.url)
            item.error = f"parse error: {type(exc).__name__}: {exc}"
            return item
        item.report = report.to_dict()
        return item


class StorePipeline:
    """Write documents and reports to SQLite, one transaction per item, and close the run.

    Run counts are read back from the rows (storage.run_counts), so a progress line and the
    final tally say exactly what the database holds.
    """

    progress_every = 100

    def __init__(self, db_path: str, region: str):
        self.db_path = db_path
        self.region = region
        self.items = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        spider = crawler.spider
        return cls(crawler.settings.get("NIANBAO_DB"), getattr(spider, "region_name", "?"))

    def open_spider(self) -> None:
        self.db = storage.open_db(self.db_path)
        storage.ensure_divisions(self.db)
        self.run_id = storage.start_run(self.db, self.region)

    def close_spider(self) -> None:
        counts = storage.run_counts(self.db, self.run_id)
        status, note = "finished", None
        previous = storage.previous_run(self.db, self.region, before=self.run_id)
        if counts["pages"] == 0:
            status, note = "failed", "nothing could be fetched"
        elif counts["reports"] == 0 and previous and previous["reports"]:
            status = "failed"
            note = (f"no reports found where run {previous['id']} found {previous['reports']}:"
                    " was the portal redesigned?")
        storage.finish_run(self.db, self.run_id, status=status, counts={}, note=note)
        logger.log(logging.ERROR if status == "failed" else logging.INFO,
                   "run %s of %s %s: %s%s", self.run_id, self.region, status, _tally(counts),
                   f" ({note})" if note else "")
        for outcome, reasons in storage.run_reasons(self.db, self.run_id).items():
            logger.info("run %s %s: %s", self.run_id, outcome, _tally(reasons))
        self.db.close()

    def process_item(self, item: FetchedDocument) -> FetchedDocument:
        outcome, reason, key = self._store_report(item)
        storage.record_document(
            self.db,
            url=item.url,
            kind=item.kind,
            status=item.status,
            sha256=hashlib.sha256(item.body).hexdigest() if item.body else None,
            outcome=outcome,
            reason=reason,
            run_id=self.run_id,
            archive=item.archive,
            content_type=item.content_type,
            report_key=key,
            etag=item.etag,
            last_modified=item.last_modified,
            context=item.context,
        )
        self.items += 1
        if self.items % self.progress_every == 0:
            logger.info("run %s: %s", self.run_id, _tally(storage.run_counts(self.db, self.run_id)))
        return item

    def _store_report(self, item: FetchedDocument) -> tuple[str, str | None, ReportKey | None]:
        """(outcome, reason, report key) for one document; stores the report if it is one."""
        if item.error:
            return "error", item.error, None
        if item.unchanged and item.kind in ("page", "attachment"):
            return self._unchanged(item)
        if item.status != 200:
            return "error", f"HTTP {item.status}", None
        if item.report is None:
            return "not_report", _NAVIGATION_REASONS.get(item.kind, item.kind), None
        report = item.report
        if not report["is_annual_report"]:
            return "not_report", report["reason"] or "not an annual report", None
        if not report["agency_short"] or not report["year"]:
            missing = "agency" if not report["agency_short"] else "year"
            return "error", f"annual report without {missing}", None
        source = storage.stored_report_url(self.db, report)
        if source is not None and source != item.url:
            return "duplicate", f"same report as {source}", None
        agency_id, _ = storage.upsert_report(self.db, report, run_id=self.run_id)
        return "report", None, (agency_id, report["year"])


    def _unchanged(self, item: FetchedDocument) -> tuple[str, str | None, ReportKey | None]:
        """Same bytes as last time: last time's outcome stands, its report is seen again."""
        previous = storage.get_document(self.db, item.url)
        if previous is None or previous["outcome"] is None:
            return "error", "unchanged document with no earlier outcome", None
        key = None
        if previous["outcome"] == "report" and previous["agency_id"] is not None:
            key = (previous["agency_id"], previous["year"])
            storage.touch_report(self.db, *key, run_id=self.run_id)
        return previous["outcome"], previous["reason"], key


def _tally(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} {value}" for name, value in counts.items())
