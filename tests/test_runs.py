"""Run bookkeeping: several regions in one run, a crawl read while it writes, and a run that
suddenly finds no reports marked failed."""

import sqlite3
import subprocess
import sys
import threading
import time

from crawler.items import FetchedDocument
from crawler.pipelines import ParsePipeline, StorePipeline
from crawler.spiders.reports import ReportsSpider
from tests.conftest import ROOT

SEED_003 = ROOT / "tests/fixtures/seeds/003_e4c4c008a52a3770.txt"
LUFENG = {"province": "云南省", "prefecture": "楚雄彝族自治州", "county": "禄丰市", "code": "532302"}


def test_one_run_can_crawl_several_regions():
    spider = ReportsSpider(region="demo,demo-faults")
    assert spider.region_name == "demo,demo-faults"
    assert [p.url for p in spider.portals] == [
        "http://127.0.0.11:8800/", "http://127.0.0.12:8800/", "http://127.0.0.13:8800/",
        "http://127.0.0.14:8800/", "http://127.0.0.15:8800/", "http://127.0.0.21:8800/"]


def _run(db_path, documents: list[FetchedDocument]) -> sqlite3.Row:
    parse, store = ParsePipeline(), StorePipeline(str(db_path), "lufeng")
    store.open_spider()
    for document in documents:
        store.process_item(parse.process_item(document))
    store.close_spider()
    db = sqlite3.connect(db_path)
    db.row_factory = sqlite3.Row
    return db.execute("select * from crawl_runs order by id desc limit 1").fetchone()


def test_a_run_that_finds_no_reports_where_there_were_some_is_failed(tmp_path):
    db_path = tmp_path / "nianbao.db"
    report = FetchedDocument(url="http://lf.gov.cn/taxiang/1.html", kind="page", status=200,
                             body=SEED_003.read_bytes(), content_type="text/plain",
                             context={"region": LUFENG})
    listing = FetchedDocument(url="http://lf.gov.cn/xxgk/", kind="list", status=200,
                              body=b"<html><body>new site</body></html>")
    first = _run(db_path, [listing, report])
    assert (first["status"], first["reports"], first["new"]) == ("finished", 1, 1)
    second = _run(db_path, [listing])
    assert (second["status"], second["reports"]) == ("failed", 0)
    assert second["note"] == (f"no reports found where run {first['id']} found 1: "
                              "was the portal redesigned?")


def test_a_crawl_can_be_read_while_it_writes(tmp_path, manifest):
    """A second connection keeps reading (as Datasette does) during a whole demo crawl."""
    db_path = tmp_path / "nianbao.db"
    crawl = subprocess.Popen(
        [sys.executable, "-m", "scrapy", "crawl", "reports", "-a", "region=demo",
         "-s", f"NIANBAO_DB={db_path}", "-s", f"NIANBAO_ARCHIVE={tmp_path / 'archive'}"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen: list[int] = []

    def read() -> None:
        while crawl.poll() is None:
            try:
                with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1) as reader:
                    seen.append(reader.execute("select count(*) from reports").fetchone()[0])
            except sqlite3.OperationalError as error:  # not created yet: no such table/file
                assert "no such table" in str(error) or "unable to open" in str(error)
            time.sleep(0.05)

    reader = threading.Thread(target=read)
    reader.start()
    _, stderr = crawl.communicate(timeout=300)
    reader.join()
    assert crawl.returncode == 0, stderr[-3000:]
    assert seen == sorted(seen)
    assert len(set(seen)) >= 3 and max(seen) <= len(manifest["reports"])
    with sqlite3.connect(db_path) as db:
        assert db.execute("select count(*) from reports").fetchone()[0] == len(manifest["reports"])
