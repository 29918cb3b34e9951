"""`make reparse` rebuilds the demo's reports from the archive alone, exactly as crawled."""

import subprocess

import sqlite_utils

from tests.conftest import ROOT

REPORT_PARTS = ("cells", "checks", "sections", "reports")


def _fingerprint(db) -> list[tuple]:
    return db.execute(
        "select a.short_name, r.year, r.sha256, r.url, "
        "(select count(*) from cells c where c.agency_id = r.agency_id and c.year = r.year), "
        "(select count(*) from checks k where k.agency_id = r.agency_id and k.year = r.year) "
        "from reports r join agencies a on a.id = r.agency_id order by 1, 2").fetchall()


def test_reparse_reproduces_the_crawled_reports(demo_crawl, tmp_path):
    copy = tmp_path / "nianbao.db"
    demo_crawl.db.execute(f"VACUUM INTO '{copy}'")
    emptied = sqlite_utils.Database(copy)
    for table in REPORT_PARTS:
        emptied.execute(f"delete from {table}")
    emptied.conn.commit()
    assert emptied["reports"].count == 0

    result = subprocess.run(["make", "--no-print-directory", "reparse", f"db={copy}",
                             f"archive={demo_crawl.archive}"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert _fingerprint(emptied) == _fingerprint(demo_crawl.db)
    assert len(_fingerprint(emptied)) == demo_crawl.db["reports"].count
