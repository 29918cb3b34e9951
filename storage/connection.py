"""Opening the database, and the write transaction every verb uses.

WAL lets Datasette read while a crawl writes. Writers take the write lock up front
(`BEGIN IMMEDIATE`) so the busy timeout applies; if another writer still holds it when the
timeout runs out, tenacity retries the whole transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import ParamSpec, TypeVar

from sqlite_utils import Database
from tenacity import retry, retry_if_exception, stop_after_attempt, wait_random_exponential

from storage.schema import migrate

BUSY_TIMEOUT_SECONDS = 10.0

P = ParamSpec("P")
T = TypeVar("T")


def _is_locked(error: BaseException) -> bool:
    return isinstance(error, sqlite3.OperationalError) and (
        "locked" in str(error) or "busy" in str(error)
    )


def retry_locked(fn: Callable[P, T]) -> Callable[P, T]:
    """Retry a whole write verb while another process holds the write lock."""
    return retry(
        retry=retry_if_exception(_is_locked),
        wait=wait_random_exponential(multiplier=0.05, max=5),
        stop=stop_after_attempt(12),
        reraise=True,
    )(fn)


@contextmanager
def writing(db: Database) -> Iterator[Database]:
    """One write transaction: everything inside commits together or not at all."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.rollback()
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise


def now() -> str:
    """Timestamps are UTC ISO 8601 text, so they sort and read the same everywhere."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@retry_locked
def _migrate(db: Database) -> None:
    migrate(db)


def open_db(path: str | Path) -> Database:
    """Open (creating or upgrading) the nianbao database at `path`, in WAL mode with FKs on."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False)
    db = Database(conn)
    db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    db.execute("PRAGMA foreign_keys = ON")
    db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")
    _migrate(db)
    return db
