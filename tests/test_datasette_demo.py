"""Datasette on the demo database, as `make serve` opens it: the canned queries return exactly
what the demo portals planted (seeds/demo/manifest.toml), search finds Chinese phrases and short
words, facets count the planted reports, every page shows its description; and `make serve`
itself, over HTTP, immutable or live."""

from __future__ import annotations

import asyncio
import json
import random
import subprocess
import sys
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from datasette.app import Datasette
from markupsafe import escape
from sqlite_utils import Database

from crawler.lock import acquire
from scripts.screenshot import serving
from seeds.demo.reportgen import make_stats

METADATA = yaml.safe_load(
    (Path(__file__).parents[1] / "storage" / "metadata.yml").read_text(encoding="utf-8"))
TABLES = METADATA["databases"]["nianbao"]["tables"]
QUERIES = METADATA["databases"]["nianbao"]["queries"]
COUNTY = {"tangyin": "汤阴县", "panshi": "磐石市", "lufeng": "禄丰市", "qufu": "曲阜市",
          "nanbu": "南部县"}
T3 = {"received": "一、本年新收政府信息公开申请数量", "carried_over": "二、上年结转政府信息公开申请数量",
      "answered": "三、本年度办理结果/（七）总计", "carried_forward": "四、结转下年度继续办理"}


@pytest.fixture(scope="module")
def db(demo_crawl) -> Path:
    """The demo database (named nianbao.db, the name metadata.yml is keyed by)."""
    assert demo_crawl.path.name == "nianbao.db"
    return demo_crawl.path


def get(db: Path, page: str) -> Any:
    """GET `page` from an in-process Datasette serving `db` immutable with our metadata."""

    async def fetch() -> Any:
        ds = Datasette(immutables=[str(db)], metadata=METADATA)
        await ds.invoke_startup()
        response = await ds.client.get(page)
        assert response.status_code == 200, (page, response.text[:500])
        return response.json() if ".json" in page else response.text

    return asyncio.run(fetch())


def rows(db: Path, page: str, *columns: str) -> list[tuple]:
    """The rows of a JSON page, as tuples of `columns`."""
    shaped = get(db, page + ("&" if "?" in page else "?") + "_shape=array&_size=max")
    return [tuple(row[c] for c in columns) for row in shaped]


def planted(manifest: dict, portal: str | None = None) -> list[dict]:
    return [r for r in manifest["reports"] if portal in (None, r["portal"])]


# --- canned queries ------------------------------------------------------------------------


def test_coverage_matrix_of_lufeng(db: Path, manifest: dict) -> None:
    shown = {agency: (published, years) for agency, published, years in rows(
        db, "/nianbao/coverage_matrix.json?county=禄丰市", "agency", "published", "years")}
    assert shown["妥安乡"] == (4, "2016✓ 2017✓ 2018✓ 2019· 2020· 2021· 2022✓")
    reports = planted(manifest, "lufeng")
    span = range(min(r["year"] for r in reports), max(r["year"] for r in reports) + 1)
    years = {(r["agency_short"], r["year"]) for r in reports}
    assert shown == {
        agency: (sum((agency, y) in years for y in span),
                 " ".join(f"{y}{'✓' if (agency, y) in years else '·'}" for y in span))
        for agency, _ in years
    }


def test_coverage_matrix_of_every_county(db: Path, manifest: dict) -> None:
    shown = rows(db, "/nianbao/coverage_matrix.json?county=", "county", "agency", "published")
    expected = Counter((COUNTY[r["portal"]], r["agency_short"]) for r in manifest["reports"])
    assert sorted(shown) == sorted((county, agency, n) for (county, agency), n in expected.items())


@pytest.mark.parametrize("portal", sorted(COUNTY))
def test_county_reports_are_the_planted_ones(db: Path, manifest: dict, portal: str) -> None:
    shown = rows(db, f"/nianbao/county_reports.json?county={COUNTY[portal]}",
                 "agency", "year", "published", "format", "url")
    assert sorted(shown) == sorted((r["agency_short"], r["year"], r["published"], r["format"],
                                    r["url"]) for r in planted(manifest, portal))


def test_applications_per_agency_are_the_t3_totals(demo_crawl, db: Path) -> None:
    columns = ("county", "agency", "year", *T3)
    shown = rows(db, "/nianbao/applications_per_agency.json?county=", *columns)
    cells = demo_crawl.db.execute(
        "SELECT r.county, a.short_name, c.year, c.row, c.value FROM cells c "
        "JOIN agencies a ON a.id = c.agency_id "
        "JOIN reports r ON r.agency_id = c.agency_id AND r.year = c.year "
        "WHERE c.\"table\" = 't3' AND c.col = '总计'").fetchall()
    totals: dict[tuple, dict[str, float]] = {}
    for county, agency, year, row, value in cells:
        totals.setdefault((county, agency, year), {})[row] = value
    assert {row[:3]: row[3:] for row in shown} == {
        key: tuple(values.get(label) for label in T3.values()) for key, values in totals.items()
    }
    assert len(shown) == len(totals) > 40


def test_applications_of_lufeng_are_what_the_demo_planted(db: Path) -> None:
    """禄丰市人民政府 2021 is a generated 2021-format report of level 2 (seeds/demo/build.py):
    its table 3 totals are the ones seeds/demo/reportgen.make_stats drew."""
    stats = make_stats(random.Random("禄丰市人民政府2021"), "2021", 2)
    shown = rows(db, "/nianbao/applications_per_agency.json?county=禄丰市", "agency", "year",
                 "format", *T3)
    assert ("禄丰市人民政府", 2021, "2021", stats.received, stats.carried, stats.answered,
            stats.forward) in shown
    assert [row[:3] for row in shown] == [
        ("妥安乡", 2022, "2021"), ("禄丰市人民政府", 2021, "2021"), ("禄丰市人民政府", 2022, "2021"),
        ("金山镇", 2019, "2019"), ("黑井镇", 2021, "2021"),
    ]


def test_every_planted_report_with_tables_has_applications(db: Path, manifest: dict) -> None:
    shown = set(rows(db, "/nianbao/applications_per_agency.json?county=", "agency", "year"))
    expected = {(r["agency_short"], r["year"]) for r in manifest["reports"]
                if r["format"] != "pre2019"}
    assert shown == expected


def test_failed_checks_none_in_the_demo(demo_crawl, db: Path) -> None:
    """The demo's numbers satisfy every identity (seeds/demo/reportgen.py), so nothing fails:
    and checks were made, so the empty result is not for want of checks."""
    assert rows(db, "/nianbao/tables_that_do_not_add_up.json", "agency", "year", "rule") == []
    assert rows(db, "/nianbao/failed_checks.json", "agency", "year", "rule") == []
    ok, total = demo_crawl.db.execute("SELECT sum(ok), count(*) FROM checks").fetchone()
    assert ok == total > 1000


def test_changed_reports_none_after_a_second_crawl(db: Path) -> None:
    assert rows(db, "/nianbao/reports_that_changed.json", "agency", "year") == []
    assert rows(db, "/nianbao/changed_reports.json", "agency", "year") == []


def test_agencies_without_code_none_in_the_demo(db: Path) -> None:
    assert rows(db, "/nianbao/agencies_without_code.json", "short_name") == []


# --- search --------------------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "found"), [
    ("自查情况", ("妥安乡", 2017)),   # seed 003
    ("宣传体系", ("任固镇", 2018)),   # seed 000, published in Traditional script (宣傳體系)
])
def test_search_finds_a_four_character_phrase_in_one_report(db: Path, phrase: str,
                                                             found: tuple) -> None:
    hits = get(db, f"/nianbao/reports.json?_search={phrase}&_labels=on&_shape=array")
    assert [(row["agency_id"]["label"], row["year"]) for row in hits] == [found]


def test_search_short_finds_a_two_character_word(db: Path, manifest: dict) -> None:
    # 微博 appears only in seed 000 and in the 统计表 (政务微博) of 汤阴县人民政府's old reports.
    assert sorted(rows(db, "/nianbao/search_short.json?q=微博", "agency", "year")) == [
        ("任固镇", 2018), ("汤阴县人民政府", 2017), ("汤阴县人民政府", 2018),
    ]
    assert rows(db, "/nianbao/reports.json?_search=微博", "year") == []  # trigram cannot
    everywhere = rows(db, "/nianbao/search_short.json?q=复议", "agency", "year", "hits")
    assert sorted((agency, year) for agency, year, _ in everywhere) == sorted(
        (r["agency_short"], r["year"]) for r in manifest["reports"])
    assert all(hits >= 1 for *_, hits in everywhere)


# --- facets, descriptions, pages -----------------------------------------------------------


@pytest.mark.parametrize(("facet", "value"), [
    ("year", lambda r: r["year"]), ("format", lambda r: r["format"]),
    ("county", lambda r: COUNTY[r["portal"]]),
])
def test_facets_count_the_planted_reports(db: Path, manifest: dict, facet: str,
                                          value: Any) -> None:
    page = get(db, f"/nianbao/reports.json?_facet={facet}&_size=0")
    counts = {item["value"]: item["count"] for item in page["facet_results"][facet]["results"]}
    assert counts == Counter(value(r) for r in manifest["reports"])


def test_configured_facets_are_offered(db: Path) -> None:
    page = get(db, "/nianbao/reports.json?_size=0")
    assert set(page["facet_results"]) == set(TABLES["reports"]["facets"])


def test_every_table_and_view_page_shows_its_description(demo_crawl, db: Path) -> None:
    names = [n for n in demo_crawl.db.table_names() + demo_crawl.db.view_names()
             if not TABLES.get(n, {}).get("hidden") and not n.startswith("reports_fts_")]
    assert {"coverage", "applications", "failed_checks", "changed_reports"} <= set(names)
    missing = [name for name in names
               if str(escape(TABLES[name]["description"])) not in get(db, f"/nianbao/{name}")]
    assert missing == []


def test_every_canned_query_page_renders(db: Path) -> None:
    for name, query in QUERIES.items():
        assert str(escape(query["title"])) in get(db, f"/nianbao/{name}")


# --- make serve ----------------------------------------------------------------------------


def served(db: Path, page: str) -> Any:
    """GET a JSON page from `make serve db=DB` on a free port, then stop the server."""
    with serving(db) as base, urllib.request.urlopen(base + page, timeout=30) as response:
        return json.load(response)


@pytest.fixture
def copy(demo_crawl, tmp_path: Path) -> Path:
    """A copy of the demo database in WAL mode, as crawls leave it, alone in its folder."""
    path = tmp_path / "nianbao.db"
    demo_crawl.db.execute(f"VACUUM INTO '{path}'")
    Database(path).enable_wal()
    assert not Path(f"{path}-wal").exists()
    return path


def test_make_serve_opens_a_quiet_database_immutable(copy: Path) -> None:
    assert [d["is_mutable"] for d in served(copy, "/-/databases.json")] == [False]
    assert served(copy, "/nianbao/reports.json?_size=0")["filtered_table_rows_count"] == 64


def test_make_serve_reads_live_while_a_crawl_holds_the_lock(copy: Path) -> None:
    lock = acquire(copy)
    try:
        assert [d["is_mutable"] for d in served(copy, "/-/databases.json")] == [True]
    finally:
        lock.close()


def test_make_serve_replays_the_wal_a_killed_crawl_left(copy: Path) -> None:
    """A crawl killed before its checkpoint leaves committed rows only in <db>-wal, which an
    immutable open would not see."""
    script = ("import os, sqlite3, sys; db = sqlite3.connect(sys.argv[1]); "
              "db.execute('PRAGMA wal_autocheckpoint = 0'); "
              "db.execute(\"INSERT INTO crawl_runs (region, started) VALUES ('killed', 'now')\"); "
              "db.commit(); os._exit(9)")
    subprocess.run([sys.executable, "-c", script, str(copy)], check=False, timeout=30)
    assert Path(f"{copy}-wal").stat().st_size > 0
    runs = served(copy, "/nianbao/crawl_runs.json?_shape=array&_col=region")
    assert [run["region"] for run in runs][:1] == ["killed"]
