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


def _start_crawl(db_path, archive, log_file) -> subprocess.Popen:
    """The demo crawl, slowed to one request at a time so that it can be killed midway."""
    return subprocess.Popen(
        [sys.executable, "-m", "scrapy", "crawl", "reports", "-a", "region=demo",
         "-s", f"NIANBAO_DB={db_path}", "-s", f"NIANBAO_ARCHIVE={archive}",
         "-s", "DOWNLOAD_DELAY=0.1", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log_file, start_new_session=True,
    )


def test_a_killed_crawl_is_finished_by_the_next_run(tmp_path, manifest):
    db_path, archive = tmp_path / "nianbao.db", tmp_path / "archive"
    log = tmp_path / "killed_crawl.log"
    with log.open("w") as log_file:
        crawl = _start_crawl(db_path, archive, log_file)
    deadline = time.monotonic() + 60
    while _reports(db_path) < 10 and time.monotonic() < deadline and crawl.poll() is None:
        time.sleep(0.1)
    # a crawl that ended by itself (e.g. its loopback portals taken by another crawl on the
    # machine) tests nothing: say why, from its log
    assert crawl.poll() is None, log.read_text(encoding="utf-8", errors="replace")[-3000:]
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
