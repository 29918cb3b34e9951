"""One crawl per database: an overlapping run exits at once, with a message and status 75."""

import subprocess
import sys

import pytest

from crawler.lock import EXIT_LOCKED, CrawlLocked, acquire
from tests.conftest import ROOT


def test_a_second_lock_on_the_same_database_is_refused(tmp_path):
    db = tmp_path / "nianbao.db"
    first = acquire(db)
    with pytest.raises(CrawlLocked, match="another crawl is writing"):
        acquire(db)
    first.close()
    acquire(db).close()


def test_an_overlapping_crawl_exits_at_once_without_touching_the_database(tmp_path):
    db = tmp_path / "nianbao.db"
    holder = acquire(db)
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "reports", "-a", "region=demo",
         "-s", f"NIANBAO_DB={db}", "-s", f"NIANBAO_ARCHIVE={tmp_path / 'archive'}"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    holder.close()
    assert result.returncode == EXIT_LOCKED
    assert f"another crawl is writing {db}" in result.stderr
    assert not db.exists()
