"""`make reparse`: rebuild reports, cells and checks from the WARC archive, with no network.

The same parse → store path as a crawl (the two pipelines), fed from the archive: each page
or file recorded in `documents` is read back from its archived copy and parsed with the
context the crawl recorded (region, column, link title). Run it after improving the parsers.
"""

from __future__ import annotations

import argparse
import logging

import storage
from crawler.faults import content_error
from crawler.items import FetchedDocument
from crawler.lock import acquire
from crawler.pipelines import ParsePipeline, StorePipeline

logger = logging.getLogger(__name__)


def reparse(db_path: str, archive: str) -> dict[str, int]:
    """Parse every archived page and file again and store the results; returns the counts."""
    lock = acquire(db_path)
    try:
        parse, store = ParsePipeline(), StorePipeline(db_path, "reparse")
        store.open_spider()
        for document in list(storage.archived_documents(store.db)):
            response = storage.read_response(archive, document["archive"])
            item = FetchedDocument(
                url=document["url"],
                kind=document["kind"],
                status=response.status,
                body=response.body,
                content_type=document["content_type"],
                context=document["context"],
                error=content_error(response.body, document["content_type"]),
            )
            store.process_item(parse.process_item(item))
        counts = storage.run_counts(store.db, store.run_id)
        store.close_spider()
        return counts
    finally:
        lock.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m crawler.reparse", description=__doc__)
    parser.add_argument("--db", default="data/nianbao.db")
    parser.add_argument("--archive", default="data/archive")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    counts = reparse(args.db, args.archive)
    print(" ".join(f"{key}={value}" for key, value in counts.items()))


if __name__ == "__main__":
    main()
