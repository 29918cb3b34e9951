"""`make crawl url=COLUMN_URL`: one annual-report column, no region file, on a local mirror."""

from pathlib import Path

import sqlite_utils

from crawler.portal_server import serve
from tests.conftest import ROOT, make_crawl

# The demo's 磐石市 portal, mirrored on an address no region names.
MIRROR = ROOT / "seeds/demo/sites/panshi"


def test_a_single_column_url_is_crawled_on_its_host_only(tmp_path: Path, manifest):
    server = serve(MIRROR, "127.0.0.31", 8800)
    try:
        make_crawl(tmp_path / "nianbao.db", tmp_path / "archive",
                   url="http://127.0.0.31:8800/zwgk/zfxxgknb/index.html",
                   settings="DOWNLOAD_DELAY=0 AUTOTHROTTLE_ENABLED=False")
    finally:
        server.stop()
    db = sqlite_utils.Database(tmp_path / "nianbao.db")
    stored = sorted(db.execute("select a.short_name, r.year, r.url from reports r "
                               "join agencies a on a.id = r.agency_id").fetchall())
    planted = sorted((r["agency_short"], r["year"],
                      r["url"].replace("127.0.0.12", "127.0.0.31"))
                     for r in manifest["reports"] if r["portal"] == "panshi")
    assert stored == planted
    hosts = {row[0].split("/")[2] for row in db.execute("select url from documents")}
    assert hosts == {"127.0.0.31:8800"}
