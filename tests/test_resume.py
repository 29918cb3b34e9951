"""kill -9 in the middle of a crawl, then crawl again: every report stored once, nothing
half-written, and the killed run accounted for as interrupted."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

import sqlite_utils

from tests.conftest import ROOT, make_crawl


def _reports(path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            return db.execute("select count(*) from reports").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_a_killed_crawl_is_finished_by_the_next_run(tmp_path, manifest):
    db_path, archive = tmp_path / "nianbao.db", tmp_path / "archive"
    crawl = subprocess.Popen(
        [sys.executable, "-m", "scrapy", "crawl", "reports", "-a", "region=demo",
         "-s", f"NIANBAO_DB={db_path}", "-s", f"NIANBAO_ARCHIVE={archive}",
         "-s", "DOWNLOAD_DELAY=0.1", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while _reports(db_path) < 10 and time.monotonic() < deadline and crawl.poll() is None:
        time.sleep(0.1)
    os.killpg(crawl.pid, signal.SIGKILL)
    crawl.wait()
    killed_at = _reports(db_path)
    assert 10 <= killed_at < len(manifest["reports"])

    make_crawl(db_path, archive)

    db = sqlite_utils.Database(db_path)
    planted = sorted((r["agency_short"], r["year"]) for r in manifest["reports"])
    stored = db.execute("select a.short_name, r.year from reports r join agencies a "
                        "on a.id = r.agency_id order by 1, 2").fetchall()
    assert sorted(stored) == planted
    orphans = db.execute(
        "select count(*) from cells c left join reports r on r.agency_id = c.agency_id "
        "and r.year = c.year where r.year is null").fetchone()[0]
    assert orphans == 0
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert [r["status"] for r in db["crawl_runs"].rows] == ["interrupted", "finished"]
