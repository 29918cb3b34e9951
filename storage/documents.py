"""Every fetched page or file, with what became of it: the crawl's memory between runs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, NamedTuple

from sqlite_utils import Database

from storage.connection import now, retry_locked, writing

OUTCOMES = ("report", "not_report", "duplicate", "error")


class Validators(NamedTuple):
    """What the last fetch of a URL left us to make the next one conditional."""

    etag: str | None
    last_modified: str | None
    sha256: str | None


_UPSERT = """
INSERT INTO documents (url, kind, status, content_type, sha256, etag, last_modified, outcome,
                       reason, archive, agency_id, year, run_id, first_fetched, fetched_at,
                       context)
VALUES (:url, :kind, :status, :content_type, :sha256, :etag, :last_modified, :outcome,
        :reason, :archive, :agency_id, :year, :run_id, :at, :at, :context)
ON CONFLICT (url) DO UPDATE SET
    kind = excluded.kind,
    status = excluded.status,
    outcome = excluded.outcome,
    reason = excluded.reason,
    run_id = excluded.run_id,
    fetched_at = excluded.fetched_at,
    first_fetched = coalesce(first_fetched, excluded.first_fetched),
    content_type = coalesce(excluded.content_type, content_type),
    sha256 = coalesce(excluded.sha256, sha256),
    etag = coalesce(excluded.etag, etag),
    last_modified = coalesce(excluded.last_modified, last_modified),
    archive = coalesce(excluded.archive, archive),
    context = coalesce(excluded.context, context),
    agency_id = CASE WHEN excluded.agency_id IS NOT NULL THEN excluded.agency_id
                     WHEN excluded.outcome IN ('report', 'duplicate') THEN agency_id END,
    year = CASE WHEN excluded.agency_id IS NOT NULL THEN excluded.year
                WHEN excluded.outcome IN ('report', 'duplicate') THEN year END
"""


@retry_locked
def record_document(
    db: Database,
    *,
    url: str,
    kind: str,
    status: int | None,
    sha256: str | None,
    outcome: str,
    reason: str | None,
    run_id: int | None,
    archive: str | None = None,
    content_type: str | None = None,
    report_key: tuple[int, int] | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    context: dict[str, Any] | None = None,
) -> None:
    """Insert or update the row of `url`.

    A None sha256 / archive / content_type / etag / last_modified keeps the value of the
    previous fetch (a 304 Not Modified has no body of its own). Without `report_key`, a
    document that is still a report or duplicate keeps the report it pointed to. `context`
    is what the crawl knew of the document (region, column, link title): `make reparse`
    parses with it again.
    """
    if outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {OUTCOMES}, not {outcome!r}")
    agency_id, year = report_key or (None, None)
    with writing(db):
        db.execute(
            _UPSERT,
            {"url": url, "kind": kind, "status": status, "content_type": content_type,
             "sha256": sha256, "etag": etag, "last_modified": last_modified,
             "outcome": outcome, "reason": reason, "archive": archive, "agency_id": agency_id,
             "year": year, "run_id": run_id, "at": now(), "context": _json(context)},
        )


def _json(value: dict[str, Any] | None) -> str | None:
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else None


def archived_documents(db: Database) -> Iterator[dict[str, Any]]:
    """Pages and files fetched whole (HTTP 200) with an archived body, reports first, in the
    order they were found. Fetch failures stay as recorded: there is nothing to parse again.

    `make reparse` feeds them to the parsers again; taking last run's reports first makes a
    rebuild keep the same document for each (agency, year) as the crawl did.
    """
    rows = db.query(
        "SELECT url, kind, status, content_type, archive, context FROM documents"
        " WHERE kind IN ('page', 'attachment') AND status = 200 AND archive IS NOT NULL"
        " ORDER BY outcome != 'report', first_fetched, url"
    )
    for row in rows:
        yield {**row, "context": json.loads(row["context"]) if row["context"] else {}}


def get_document(db: Database, url: str) -> dict[str, Any] | None:
    """The stored row of `url`, or None if it was never fetched."""
    rows = list(db.query("SELECT * FROM documents WHERE url = ?", [url]))
    return rows[0] if rows else None


def document_sha(db: Database, url: str) -> str | None:
    """SHA-256 of the body fetched last time (None if unknown): unchanged bytes skip parsing."""
    row = db.execute("SELECT sha256 FROM documents WHERE url = ?", [url]).fetchone()
    return row[0] if row else None


def document_validators(db: Database, url: str) -> Validators:
    """ETag, Last-Modified and SHA-256 of the last fetch, for an If-None-Match request."""
    row = db.execute(
        "SELECT etag, last_modified, sha256 FROM documents WHERE url = ?", [url]
    ).fetchone()
    return Validators(*(row or (None, None, None)))
