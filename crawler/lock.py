"""One crawl per database at a time: a cron run that overlaps a running one exits at once.

The lock is an exclusive `flock` on `<database>.lock`, held for the whole crawl. The kernel
drops it when the process ends, however it ends (kill -9 included), so a stale lock file
never blocks the next run.
"""

from __future__ import annotations

import fcntl
import logging
import os
from pathlib import Path
from typing import IO, Self

from scrapy import signals
from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class CrawlLocked(RuntimeError):
    """Another crawl is writing the same database."""


def lock_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}.lock")


def acquire(db_path: str | Path) -> IO[str]:
    """Take the database's crawl lock or raise CrawlLocked naming the holder."""
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = path.open("a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "another process"
        handle.close()
        raise CrawlLocked(
            f"another crawl is writing {db_path} (pid {holder}); this run exits without "
            f"crawling. Remove nothing: the lock ({path}) is released when that crawl ends."
        ) from None
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    return handle


# sysexits.h EX_TEMPFAIL: cron wrappers read it as "try again later", not as a failure.
EXIT_LOCKED = 75


class RunLock:
    """Scrapy extension taking the lock before any pipeline opens the database.

    When the lock is held the process ends here, with one log line and exit status 75:
    nothing has been opened or written yet, and a traceback would bury the message.
    """

    def __init__(self, db_path: str):
        try:
            self.handle = acquire(db_path)
        except CrawlLocked as exc:
            logger.error("%s", exc)
            logging.shutdown()
            os._exit(EXIT_LOCKED)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        extension = cls(crawler.settings.get("NIANBAO_DB"))
        crawler.signals.connect(extension.release, signal=signals.engine_stopped)
        return extension

    def release(self) -> None:
        self.handle.close()
