"""nianbao parsers: any fetched document to the report record (DESIGN.md §2).

Pure functions, no Scrapy, HTTP or SQLite: bytes or text in, a `Report` out.
"""

from parsers.document import parse_document
from parsers.record import Report

__all__ = ["Report", "parse_document"]
