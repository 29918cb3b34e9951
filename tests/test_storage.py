"""storage/: schema, report upserts, documents, runs, search, migrations, concurrent access."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

import storage
from parsers.record import Report
from storage.schema import migrations

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
LUFENG = {"province": "云南省", "prefecture": "楚雄彝族自治州", "county": "禄丰市", "code": "532331"}
RECEIVED = "一、本年新收政府信息公开申请数量"


def report(**fields) -> dict:
    """A parsed report as the pipeline hands it over (Report.to_dict())."""
    base = {
        "url": "http://127.0.0.11:8800/art/2018/1/30/art_12_345.html",
        "title": "妥安乡2017年政府信息公开工作年度报告",
        "agency": "禄丰市妥安乡人民政府",
        "agency_short": "妥安乡",
        "agency_kind": "township",
        "region": dict(LUFENG),
        "year": 2017,
        "published": "2018-01-30",
        "script": "simplified",
        "format": "pre2019",
        "is_annual_report": True,
        "text": "一、基本情况\n我乡认真进行了自查，现将自查情况报告如下。",
        "text_original": "一、基本情况\n我乡认真进行了自查，现将自查情况报告如下。",
        "sections": [{"number": "一", "title": "基本情况", "text": "我乡认真进行了自查。"}],
        "cells": [
            {"table": "t3", "row": RECEIVED, "col": "总计", "value": 7, "raw": "7", "unit": None},
            {"table": "t3", "row": RECEIVED, "col": "自然人", "value": None, "raw": "—",
             "unit": None},
        ],
        "checks": [{"rule": "t3.total", "ok": True, "detail": "7 = 7"}],
    }
    return Report(**(base | fields)).to_dict()


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return storage.open_db(tmp_path / "nianbao.db")


def rows(db: Database, sql: str, params=()) -> list[tuple]:
    return db.execute(sql, params).fetchall()


def snapshot(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table (shadow FTS tables included): to prove nothing was written."""
    return {t: rows(db, f"SELECT * FROM [{t}]") for t in db.table_names()}


# --- open_db -------------------------------------------------------------------------------


def test_open_db_sets_wal_foreign_keys_and_busy_timeout(db: Database) -> None:
    assert db.journal_mode == "wal"
    assert rows(db, "PRAGMA foreign_keys") == [(1,)]
    assert rows(db, "PRAGMA busy_timeout")[0][0] >= 1000
    assert set(db.view_names()) == {
        "coverage", "applications", "applications_by_county", "failed_checks", "changed_reports",
    }


def test_foreign_keys_are_declared_for_datasette(db: Database) -> None:
    fks = {(t, fk.column, fk.other_table) for t in db.table_names() for fk in db[t].foreign_keys}
    assert {
        ("reports", "agency_id", "agencies"),
        ("reports", "document_url", "documents"),
        ("reports", "last_run_id", "crawl_runs"),
        ("cells", "agency_id", "agencies"),
        ("checks", "agency_id", "agencies"),
        ("sections", "agency_id", "agencies"),
        ("documents", "agency_id", "agencies"),
        ("documents", "run_id", "crawl_runs"),
        ("report_versions", "agency_id", "agencies"),
    } <= fks


# --- upsert_report -------------------------------------------------------------------------


def test_upsert_new_then_unchanged_then_changed(db: Database) -> None:
    run1 = storage.start_run(db, "demo")
    assert storage.upsert_report(db, report(), run_id=run1) == (1, "new")
    first_seen, sha1 = rows(db, "SELECT first_seen, sha256 FROM reports")[0]
    assert sha1 == storage.sha256_text(report()["text"])

    run2 = storage.start_run(db, "demo")
    assert storage.upsert_report(db, report(), run_id=run2) == (1, "unchanged")
    assert rows(db, "SELECT count(*) FROM report_versions") == [(0,)]

    run3 = storage.start_run(db, "demo")
    new_cells = [{"table": "t3", "row": RECEIVED, "col": "总计", "value": 9, "raw": "9",
                  "unit": None}]
    changed = report(text="一、基本情况\n修订后的报告全文。", cells=new_cells, checks=[])
    assert storage.upsert_report(db, changed, run_id=run3) == (1, "changed")

    assert rows(db, "SELECT agency_id, year, text, sha256, first_seen, replaced_run_id"
                    " FROM report_versions") == [
        (1, 2017, report()["text"], sha1, first_seen, run3)
    ]
    assert rows(db, "SELECT text, first_seen, first_run_id, last_run_id, changed_run_id,"
                    " chars FROM reports") == [
        ("一、基本情况\n修订后的报告全文。", first_seen, run1, run3, run3, 16)
    ]
    assert rows(db, 'SELECT "table", "row", col, value, raw FROM cells') == [
        ("t3", RECEIVED, "总计", 9, "9")
    ]
    assert rows(db, "SELECT count(*) FROM checks") == [(0,)]
    assert rows(db, "SELECT count(*) FROM sections") == [(1,)]


def test_unchanged_touches_last_seen_only(db: Database) -> None:
    run1 = storage.start_run(db, "demo")
    storage.upsert_report(db, report(), run_id=run1)
    run2 = storage.start_run(db, "demo")
    before = snapshot(db)
    time.sleep(1.1)  # timestamps have one-second resolution
    changes = db.conn.total_changes
    assert storage.upsert_report(db, report(), run_id=run2) == (1, "unchanged")
    assert db.conn.total_changes - changes == 1
    after = snapshot(db)
    assert {t for t in before if before[t] != after[t]} == {"reports"}
    columns = [c for c in db["reports"].columns_dict if c not in ("last_seen", "last_run_id")]
    kept = ", ".join(columns)
    assert rows(db, f"SELECT {kept} FROM reports") == [
        tuple(r[list(db["reports"].columns_dict).index(c)] for c in columns)
        for r in before["reports"]
    ]
    last_seen, last_run, first_seen = rows(
        db, "SELECT last_seen, last_run_id, first_seen FROM reports"
    )[0]
    assert (last_run, last_seen > first_seen) == (run2, True)


def test_same_text_new_cells_rewrites_parts_without_a_version(db: Database) -> None:
    storage.upsert_report(db, report(), run_id=None)
    reparsed = report(cells=[{"table": "t3", "row": RECEIVED, "col": "总计", "value": 8,
                              "raw": "8", "unit": None}])
    assert storage.upsert_report(db, reparsed, run_id=None) == (1, "unchanged")
    assert rows(db, "SELECT value FROM cells") == [(8,)]
    assert rows(db, "SELECT count(*) FROM report_versions") == [(0,)]


@pytest.mark.parametrize("missing", [{"agency_short": None}, {"year": None}])
def test_report_without_identity_is_refused(db: Database, missing: dict) -> None:
    with pytest.raises(ValueError, match="agency_short and year"):
        storage.upsert_report(db, report(**missing), run_id=None)


def test_failed_write_leaves_no_half_rows(db: Database) -> None:
    broken = report(checks=[{"rule": None, "ok": True, "detail": "a check without a rule"}])
    with pytest.raises(sqlite3.IntegrityError):
        storage.upsert_report(db, broken, run_id=None)
    for table in ("agencies", "reports", "sections", "cells", "checks", "documents"):
        assert rows(db, f"SELECT count(*) FROM {table}") == [(0,)], table

    storage.upsert_report(db, report(), run_id=None)
    before = snapshot(db)
    with pytest.raises(sqlite3.IntegrityError):
        storage.upsert_report(db, report(text="另一个文本", checks=broken["checks"]), run_id=None)
    assert snapshot(db) == before
    assert not db.conn.in_transaction


def test_agencies_are_short_names_within_a_county(db: Database) -> None:
    other = {"province": "吉林省", "prefecture": "吉林市", "county": "磐石市", "code": None}
    storage.upsert_report(db, report(agency=None, region={**LUFENG, "code": None}), run_id=None)
    storage.upsert_report(db, report(year=2018), run_id=None)  # fills in name and code
    storage.upsert_report(db, report(region=other), run_id=None)
    storage.upsert_report(db, report(region=None, year=2016), run_id=None)
    storage.upsert_report(db, report(region={}, year=2015), run_id=None)
    assert rows(db, "SELECT id, key, name, code FROM agencies ORDER BY id") == [
        (1, "云南省|楚雄彝族自治州|禄丰市|妥安乡", "禄丰市妥安乡人民政府", "532331"),
        (2, "吉林省|吉林市|磐石市|妥安乡", "禄丰市妥安乡人民政府", None),
        (3, "|||妥安乡", "禄丰市妥安乡人民政府", None),
    ]
    assert rows(db, "SELECT agency_id, year FROM reports ORDER BY agency_id, year") == [
        (1, 2017), (1, 2018), (2, 2017), (3, 2015), (3, 2016),
    ]


def test_attachment_report_keeps_page_and_document_urls(db: Database) -> None:
    pdf = report(url="http://127.0.0.12:8800/files/nb2019.pdf")
    pdf["page_url"] = "http://127.0.0.12:8800/201901/t20190130_1.html"
    storage.upsert_report(db, pdf, run_id=None)
    assert rows(db, "SELECT url, document_url FROM reports") == [
        ("http://127.0.0.12:8800/201901/t20190130_1.html",
         "http://127.0.0.12:8800/files/nb2019.pdf")
    ]
    assert rows(db, "SELECT url, outcome FROM documents") == [
        ("http://127.0.0.12:8800/files/nb2019.pdf", None)
    ]


def test_stored_report_url_finds_the_same_report_elsewhere(db: Database) -> None:
    assert storage.stored_report_url(db, report()) is None
    run1 = storage.start_run(db, "demo")
    storage.upsert_report(db, report(), run_id=run1)
    pdf = report(url="http://127.0.0.11:8800/files/nb2017.pdf")
    assert storage.stored_report_url(db, pdf) == report()["url"]
    assert storage.stored_report_url(db, pdf, run_id=run1) == report()["url"]
    run2 = storage.start_run(db, "demo")
    assert storage.stored_report_url(db, pdf, run_id=run2) is None
    assert storage.stored_report_url(db, report(year=2018)) is None
    assert storage.stored_report_url(db, report(region=None)) is None
    assert storage.stored_report_url(db, report(agency_short=None)) is None


# --- documents -----------------------------------------------------------------------------


def test_record_document_upserts_by_url(db: Database) -> None:
    run1 = storage.start_run(db, "demo")
    agency_id, _ = storage.upsert_report(db, report(), run_id=run1)
    url = report()["url"]
    storage.record_document(
        db, url=url, kind="page", status=200, sha256="a" * 64, outcome="report", reason=None,
        run_id=run1, archive="nianbao-1.warc.gz#0", content_type="text/html; charset=gbk",
        report_key=(agency_id, 2017), etag='"e1"', last_modified="Tue, 30 Jan 2018 08:00:00 GMT",
    )
    first = storage.get_document(db, url)
    assert storage.document_sha(db, url) == "a" * 64
    assert storage.document_validators(db, url) == ('"e1"', "Tue, 30 Jan 2018 08:00:00 GMT",
                                                    "a" * 64)

    run2 = storage.start_run(db, "demo")  # a 304: nothing new but the fetch itself
    storage.record_document(db, url=url, kind="page", status=304, sha256=None, outcome="report",
                            reason=None, run_id=run2)
    again = storage.get_document(db, url)
    assert {k: again[k] for k in ("status", "run_id", "sha256", "archive", "etag", "agency_id",
                                  "year", "first_fetched", "content_type")} == {
        "status": 304, "run_id": run2, "sha256": "a" * 64, "archive": "nianbao-1.warc.gz#0",
        "etag": '"e1"', "agency_id": agency_id, "year": 2017,
        "first_fetched": first["first_fetched"], "content_type": "text/html; charset=gbk",
    }

    storage.record_document(db, url=url, kind="page", status=200, sha256="b" * 64,
                            outcome="not_report", reason="notice", run_id=run2)
    assert rows(db, "SELECT outcome, reason, sha256, agency_id, year FROM documents") == [
        ("not_report", "notice", "b" * 64, None, None)
    ]
    assert rows(db, "SELECT count(*) FROM documents") == [(1,)]


def test_unknown_documents_and_outcomes(db: Database) -> None:
    assert storage.document_sha(db, "http://nowhere/") is None
    assert storage.document_validators(db, "http://nowhere/") == (None, None, None)
    assert storage.get_document(db, "http://nowhere/") is None
    with pytest.raises(ValueError, match="outcome"):
        storage.record_document(db, url="http://x/", kind="page", status=200, sha256=None,
                                outcome="maybe", reason=None, run_id=None)


# --- runs ----------------------------------------------------------------------------------


def fetch(db: Database, run: int, url: str, outcome: str, reason: str | None = None) -> None:
    storage.record_document(db, url=url, kind="page", status=200, sha256=None, outcome=outcome,
                            reason=reason, run_id=run)


def test_runs_count_what_they_left_behind(db: Database) -> None:
    run1 = storage.start_run(db, "demo")
    storage.upsert_report(db, report(year=2016), run_id=run1)
    storage.upsert_report(db, report(year=2017), run_id=run1)
    storage.finish_run(db, run1, status="finished", counts={})

    run2 = storage.start_run(db, "demo")
    storage.upsert_report(db, report(year=2016), run_id=run2)
    storage.upsert_report(db, report(year=2017, text="改过的文本"), run_id=run2)
    storage.upsert_report(db, report(year=2018), run_id=run2)
    for i, (outcome, reason) in enumerate([
        ("report", None), ("report", None), ("report", None), ("not_report", "notice"),
        ("not_report", "notice"), ("not_report", "guide"), ("duplicate", None),
        ("error", "http-500"),
    ]):
        fetch(db, run2, f"http://p/{i}", outcome, reason)
    fetch(db, run2, "http://p/0", "report")  # a retry of the same URL is one page
    assert storage.run_counts(db, run2) == {
        "pages": 8, "reports": 3, "new": 1, "changed": 1, "unchanged": 1, "not_report": 3,
        "duplicates": 1, "errors": 1,
    }
    storage.finish_run(db, run2, status="finished", counts={"error": 2}, note="ok")
    row = db["crawl_runs"].get(run2)
    assert {k: row[k] for k in ("region", "status", "pages", "reports", "new", "changed",
                                "unchanged", "not_report", "duplicates", "errors", "note")} == {
        "region": "demo", "status": "finished", "pages": 8, "reports": 3, "new": 1,
        "changed": 1, "unchanged": 1, "not_report": 3, "duplicates": 1, "errors": 2, "note": "ok",
    }
    assert json.loads(row["reasons"]) == {
        "duplicate": {"(none)": 1}, "error": {"http-500": 1},
        "not_report": {"notice": 2, "guide": 1},
    }
    assert row["finished"] >= row["started"]
    assert storage.previous_run(db, "demo", before=run2)["id"] == run1
    assert storage.previous_run(db, "demo")["id"] == run2
    assert storage.previous_run(db, "other") is None
    with pytest.raises(ValueError, match="unknown counts"):
        storage.finish_run(db, run2, status="finished", counts={"bogus": 1})


def test_a_run_left_running_is_interrupted_by_the_next(db: Database) -> None:
    dead = storage.start_run(db, "demo")
    storage.upsert_report(db, report(), run_id=dead)
    other_region = storage.start_run(db, "demo-faults")
    storage.start_run(db, "demo")
    assert rows(db, "SELECT id, status, finished, reports FROM crawl_runs ORDER BY id")[:2] == [
        (dead, "interrupted", None, 1), (other_region, "running", None, None),
    ]


# --- full-text search ----------------------------------------------------------------------


def fts(db: Database, phrase: str) -> list[tuple]:
    return rows(
        db,
        "SELECT agency_id, year FROM reports WHERE rowid IN"
        " (SELECT rowid FROM reports_fts WHERE reports_fts MATCH ?) ORDER BY year",
        [db.quote_fts(phrase)],
    )


def test_trigram_search_finds_chinese_phrases_and_follows_changes(db: Database) -> None:
    seed = (SEEDS / "003_e4c4c008a52a3770.txt").read_text(encoding="utf-8")
    storage.upsert_report(db, report(text=seed), run_id=None)
    storage.upsert_report(db, report(year=2018, text="没有相关内容。"), run_id=None)
    assert fts(db, "保密审查") == [(1, 2017)]
    assert fts(db, "妥安乡2017") == [(1, 2017), (1, 2018)]  # titles are indexed too
    storage.upsert_report(db, report(text="全文已经更换。"), run_id=None)
    assert fts(db, "保密审查") == []
    assert fts(db, "已经更换") == [(1, 2017)]
    assert fts(db, "申请") == []  # two characters: trigram cannot, see search_short


# --- migrations ----------------------------------------------------------------------------


def test_migrations_from_empty(tmp_path: Path) -> None:
    db = storage.open_db(tmp_path / "nianbao.db")
    assert [m.name for m in migrations.applied(db)] == [
        "m001_core", "m002_fulltext", "m003_validators", "m004_views", "m005_document_context", "m006_checks_unknown",
    ]
    db.close()
    again = storage.open_db(tmp_path / "nianbao.db")  # opening a current database is a no-op
    assert len(migrations.applied(again)) == 6


def test_migrations_upgrade_an_old_database(tmp_path: Path) -> None:
    path = tmp_path / "nianbao.db"
    old = Database(path)
    migrations.apply(old, stop_before="m002_fulltext")
    storage.upsert_report(old, report(), run_id=None)
    assert "etag" not in old["documents"].columns_dict
    old.close()

    db = storage.open_db(path)
    assert len(migrations.pending(db)) == 0
    assert fts(db, "自查情况") == [(1, 2017)]  # the index was built from existing rows
    assert {"etag", "last_modified"} <= set(db["documents"].columns_dict)
    assert rows(db, "SELECT agency, year, status FROM coverage") == [("妥安乡", 2017, "published")]
    assert storage.upsert_report(db, report(), run_id=None) == (1, "unchanged")


# --- concurrent access ---------------------------------------------------------------------


def test_readers_see_a_snapshot_while_a_crawl_writes(tmp_path: Path) -> None:
    path = tmp_path / "nianbao.db"
    db = storage.open_db(path)
    storage.upsert_report(db, report(year=2016), run_id=None)
    reader = sqlite3.connect(path)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM reports").fetchone() == (1,)
    for year in range(2017, 2022):
        storage.upsert_report(db, report(year=year), run_id=None)
    assert reader.execute("SELECT count(*) FROM reports").fetchone() == (1,)
    reader.execute("COMMIT")
    assert reader.execute("SELECT count(*) FROM reports").fetchone() == (6,)


def test_a_locked_database_is_retried(tmp_path: Path) -> None:
    path = tmp_path / "nianbao.db"
    db = storage.open_db(path)
    db.execute("PRAGMA busy_timeout = 0")  # fail fast, so tenacity has to do the waiting
    other = sqlite3.connect(path, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    holding = threading.Timer(0.5, other.commit)
    holding.start()
    started = time.monotonic()
    assert storage.upsert_report(db, report(), run_id=None) == (1, "new")
    assert time.monotonic() - started >= 0.4
    holding.join()


def test_readme_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (Path(__file__).parents[1] / "storage" / "README.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
    monkeypatch.chdir(tmp_path)
    exec(compile(example, "storage/README.md", "exec"), {})


def test_a_check_that_could_not_be_made_is_neither_passed_nor_failed(db: Database) -> None:
    checks = [{"rule": "t3.balance/总计", "ok": False, "detail": "9 + 0 != 7 + 0"},
              {"rule": "t3.balance/自然人", "ok": None, "detail": "missing: 四、结转下年度继续办理"},
              {"rule": "t4.group_total/行政复议", "ok": True, "detail": "0 = 0"}]
    storage.upsert_report(db, report(checks=checks), run_id=None)
    assert rows(db, "SELECT rule, ok FROM checks ORDER BY rule") == [
        ("t3.balance/总计", 0), ("t3.balance/自然人", None), ("t4.group_total/行政复议", 1)]
    assert rows(db, "SELECT rule FROM failed_checks") == [("t3.balance/总计",)]
