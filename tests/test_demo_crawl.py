"""The demo region crawled end to end (`make crawl`): exactly the planted reports, every trap
recorded with its reason, every list page fetched, no chrome in report text, and a second
crawl that changes nothing."""

from __future__ import annotations

import re

import pytest

SEEDS = {("任固镇", 2018), ("吉昌镇", 2023), ("息陬镇", 2018), ("妥安乡", 2017), ("黄金镇", 2019)}

# Chrome planted on the demo pages; none of it may survive into a report's text.
CHROME_LINES = ("首页 >> 乡镇信息公开", "当前位置", "点击:[]", "上一条:", "下一条:", "上一篇", "下一篇",
                "网站标识码", "主办单位", "ICP备", "公网安备", "打印本页", "关闭窗口")


def _stored_pairs(db) -> set[tuple[str, int]]:
    rows = db.execute(
        "select a.short_name, r.year from reports r join agencies a on a.id = r.agency_id"
    ).fetchall()
    return {(name, year) for name, year in rows}


def test_reports_are_exactly_the_planted_ones(demo_crawl, manifest):
    planted = {(r["agency_short"], r["year"]) for r in manifest["reports"]}
    assert planted >= SEEDS
    assert _stored_pairs(demo_crawl.db) == planted


def test_pdf_and_docx_only_reports_come_from_their_attachments(demo_crawl, manifest):
    for via in ("pdf", "docx"):
        planted = [r for r in manifest["reports"] if r["via"] == via]
        assert planted, via
        for report in planted:
            url = demo_crawl.db.execute(
                "select r.url from reports r join agencies a on a.id = r.agency_id "
                "where a.short_name = ? and r.year = ?", [report["agency_short"], report["year"]]
            ).fetchone()[0]
            assert url == report["url"]


def test_every_trap_is_a_document_with_its_reason(demo_crawl, manifest):
    documents = {row["url"]: row for row in demo_crawl.db["documents"].rows}
    for trap in manifest["traps"]:
        assert trap["url"] in documents, trap
        document = documents[trap["url"]]
        assert (document["outcome"], document["reason"]) == (trap["outcome"], trap["reason"]), trap


def test_every_list_page_was_fetched(demo_crawl, manifest):
    fetched = {row["url"] for row in demo_crawl.db["documents"].rows_where("kind = 'list'")}
    expected = {page["url"] for page in manifest["lists"]}
    assert expected - fetched == set()


def test_every_planted_report_document_is_a_report(demo_crawl, manifest):
    outcomes = {row["url"]: row["outcome"] for row in demo_crawl.db["documents"].rows}
    assert {r["url"]: outcomes.get(r["url"]) for r in manifest["reports"]} == {
        r["url"]: "report" for r in manifest["reports"]
    }


@pytest.mark.parametrize("line", CHROME_LINES)
def test_no_chrome_in_report_text(demo_crawl, line):
    leaks = [title for title, text in demo_crawl.db.execute("select title, text from reports")
             if line in text]
    assert leaks == []


def test_seed_003_keeps_its_signature_and_loses_its_chrome(demo_crawl):
    text = demo_crawl.db.execute(
        "select r.text from reports r join agencies a on a.id = r.agency_id "
        "where a.short_name = '妥安乡' and r.year = 2017").fetchone()[0]
    assert "中共妥安乡委员会" in text
    assert "日期:2018年01月30日" not in text
    assert "禄丰市人民政府\n" not in text


def test_traditional_report_is_stored_simplified_with_its_original(demo_crawl):
    text, original, script = demo_crawl.db.execute(
        "select r.text, r.text_original, r.script from reports r join agencies a "
        "on a.id = r.agency_id where a.short_name = '任固镇' and r.year = 2018").fetchone()
    assert script == "traditional"
    assert "任固镇" in text and "任固鎮" in original
    assert "机制" in text and "体系" in text


def _content(db, table: str) -> list[tuple]:
    volatile = {"last_seen", "fetched_at", "run_id", "last_run_id", "checked_at"}
    columns = [f"[{c.name}]" for c in db[table].columns if c.name not in volatile]
    return sorted(db.execute(f"select {', '.join(columns)} from [{table}]").fetchall(), key=repr)


@pytest.mark.parametrize("table", ["agencies", "reports", "sections", "cells", "checks",
                                   "documents", "report_versions"])
def test_second_crawl_adds_and_changes_nothing(demo_crawl, table):
    assert _content(demo_crawl.db, table) == _content(demo_crawl.first, table)


def test_runs_are_recorded(demo_crawl, manifest):
    runs = list(demo_crawl.db["crawl_runs"].rows)
    assert [r["status"] for r in runs] == ["finished", "finished"]
    assert runs[0]["new"] == len(manifest["reports"])
    assert (runs[1]["new"], runs[1]["changed"], runs[1]["unchanged"]) == (
        0, 0, len(manifest["reports"]))


def test_second_crawl_revalidates_instead_of_downloading(demo_crawl, manifest):
    """Every page and file fetched by GET comes back 304 Not Modified the second time."""
    gets = demo_crawl.db.execute(
        "select count(*) from documents where etag is not null and url not like '%dataproxy%'"
    ).fetchone()[0]
    not_modified = re.search(r"'downloader/response_status_count/304': (\d+)",
                             demo_crawl.logs[1])
    assert not_modified and int(not_modified.group(1)) == gets
    assert gets >= len(manifest["reports"])


@pytest.mark.parametrize(("agency", "code"), [
    ("任固镇", "410523102"), ("吉昌镇", "220284107"), ("息陬镇", "370881109"),
    ("妥安乡", "532302203"), ("黄金镇", "511321117"), ("汤阴县人民政府", "410523"),
])
def test_agencies_carry_their_division_codes(demo_crawl, agency, code):
    assert [row["code"] for row in demo_crawl.db["agencies"].rows_where(
        "short_name = ?", [agency])] == [code]


# Cells per statutory table in each template: t2 (2019: 11 rows×cols filled, 2021: 5×…),
# t3 (23 or 25 rows × 7 columns) and t4 (15); the demo's numbers satisfy every identity.
TABLE_SHAPES = {"2019": {"t2": 22, "t3": 161, "t4": 15}, "2021": {"t2": 10, "t3": 175, "t4": 15}}


def test_every_planted_report_with_tables_has_full_grids_and_passing_checks(demo_crawl,
                                                                           manifest):
    shapes, expected, failed = {}, {}, {}
    for report in manifest["reports"]:
        if report["format"] not in TABLE_SHAPES:
            continue
        key = (report["agency_short"], report["year"])
        rows = demo_crawl.db.execute(
            'select c."table", count(*) from cells c join agencies a on a.id = c.agency_id '
            'where a.short_name = ? and c.year = ? group by 1', list(key)).fetchall()
        shapes[key] = dict(rows)
        expected[key] = TABLE_SHAPES[report["format"]]
        failed[key] = demo_crawl.db.execute(
            "select count(*) from checks k join agencies a on a.id = k.agency_id "
            "where a.short_name = ? and k.year = ? and k.ok = 0", list(key)).fetchone()[0]
    assert shapes == expected
    assert set(failed.values()) == {0}


def test_seed_000_statistics_are_stored_as_published(demo_crawl):
    cells = {(row, unit): value for row, unit, value in demo_crawl.db.execute(
        "select c.row, c.unit, c.value from cells c join agencies a on a.id = c.agency_id "
        "where a.short_name = '任固镇' and c.year = 2018 and c.\"table\" = 'stats'")}
    assert len(cells) == 65
    assert [value for (row, _), value in cells.items() if "政策解读稿件发布数" in row] == [6]
    assert [value for (row, unit), value in cells.items()
            if "专项经费" in row and unit == "万元"] == [0.5]
