"""Crawl runs: when each ran, how it ended, and what it found.

Counts are derived from the rows a run left behind (documents.run_id, reports.*_run_id), so
they are exact however often a URL was retried, and a killed run can still be accounted for.
"""

from __future__ import annotations

import json
import os
from typing import Any

from sqlite_utils import Database

from storage.connection import now, retry_locked, writing

COUNTS = (
    "pages", "reports", "new", "changed", "unchanged", "not_report", "duplicates", "errors",
)
# Outcome names (documents.outcome) accepted for the counts they add up to.
ALIASES = {"report": "reports", "duplicate": "duplicates", "error": "errors"}

_DOCUMENT_COUNTS = """
SELECT count(*), sum(outcome = 'not_report'), sum(outcome = 'duplicate'), sum(outcome = 'error')
FROM documents WHERE run_id = :run
"""
_REPORT_COUNTS = """
SELECT count(*), sum(first_run_id IS :run),
       sum(changed_run_id IS :run AND first_run_id IS NOT :run),
       sum(changed_run_id IS NOT :run AND first_run_id IS NOT :run)
FROM reports WHERE last_run_id = :run
"""
_REASONS = """
SELECT outcome, coalesce(reason, '(none)'), count(*) FROM documents
WHERE run_id = :run AND outcome IN ('not_report', 'duplicate', 'error')
GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2
"""


def run_counts(db: Database, run_id: int) -> dict[str, int]:
    """Pages fetched and reports new / changed / unchanged so far in a run (progress lines)."""
    pages, not_report, duplicates, errors = db.execute(_DOCUMENT_COUNTS, {"run": run_id}).fetchone()
    reports, new, changed, unchanged = db.execute(_REPORT_COUNTS, {"run": run_id}).fetchone()
    values = (pages, reports, new, changed, unchanged, not_report, duplicates, errors)
    return {name: value or 0 for name, value in zip(COUNTS, values, strict=True)}


def run_reasons(db: Database, run_id: int) -> dict[str, dict[str, int]]:
    """{outcome: {reason: documents}} for the documents a run did not store as reports."""
    reasons: dict[str, dict[str, int]] = {}
    for outcome, reason, count in db.execute(_REASONS, {"run": run_id}):
        reasons.setdefault(outcome, {})[reason] = count
    return reasons


def _close(db: Database, run_id: int, status: str, counts: dict[str, int], **extra: Any) -> None:
    values = run_counts(db, run_id) | counts
    values |= {"status": status, "reasons": json.dumps(run_reasons(db, run_id),
                                                      ensure_ascii=False)} | extra
    db.execute(
        f"UPDATE crawl_runs SET {', '.join(f'{k} = :{k}' for k in values)} WHERE id = :id",
        values | {"id": run_id},
    )


@retry_locked
def start_run(db: Database, region: str) -> int:
    """Open a run of `region`; runs of it still marked running died, so they become interrupted.

    Callers hold the crawl lock, so no other live process is crawling this region.
    """
    with writing(db):
        for (stale,) in db.execute(
            "SELECT id FROM crawl_runs WHERE region = ? AND status = 'running'", [region]
        ).fetchall():
            _close(db, stale, "interrupted", {})
        cursor = db.execute(
            "INSERT INTO crawl_runs (region, started, status, pid) VALUES (?, ?, 'running', ?)",
            [region, now(), os.getpid()],
        )
    return int(cursor.lastrowid)


@retry_locked
def finish_run(
    db: Database, run_id: int, *, status: str, counts: dict[str, int], note: str | None = None
) -> None:
    """Close a run with its status (finished, failed, interrupted) and counts.

    Counts the rows show are filled in; `counts` overrides them by name (names in COUNTS,
    or the outcome names report / duplicate / error).
    """
    named = {ALIASES.get(name, name): value for name, value in counts.items()}
    unknown = set(named) - set(COUNTS)
    if unknown:
        raise ValueError(f"unknown counts {sorted(unknown)}; known: {COUNTS}")
    with writing(db):
        _close(db, run_id, status, named, finished=now(), note=note)


def previous_run(db: Database, region: str, *, before: int | None = None) -> dict[str, Any] | None:
    """The last closed run of `region` (before run `before`): did it find reports?"""
    rows = db.query(
        "SELECT * FROM crawl_runs WHERE region = :region AND status != 'running'"
        " AND (:before IS NULL OR id < :before) ORDER BY id DESC LIMIT 1",
        {"region": region, "before": before},
    )
    return next(iter(rows), None)
