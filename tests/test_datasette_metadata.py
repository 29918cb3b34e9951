"""storage/metadata.yml: every table, view and column described; canned queries and search work
in Datasette (in-process client) on a small database built with upsert_report."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
import yaml
from datasette.app import Datasette
from sqlite_utils import Database

import storage
from parsers.record import Report
from storage.divisions import load_divisions

METADATA = Path(__file__).parents[1] / "storage" / "metadata.yml"
SEEDS = Path(__file__).parent / "fixtures" / "seeds"
LUFENG = {"province": "云南省", "prefecture": "楚雄彝族自治州", "county": "禄丰市", "code": "532331"}
PANSHI = {"province": "吉林省", "prefecture": "吉林市", "county": "磐石市", "code": None}
T3 = {
    "一、本年新收政府信息公开申请数量": "received",
    "二、上年结转政府信息公开申请数量": "carried_over",
    "三、本年度办理结果/（七）总计": "answered",
    "四、结转下年度继续办理": "carried_forward",
}


def metadata() -> dict[str, Any]:
    return yaml.safe_load(METADATA.read_text(encoding="utf-8"))


def t3(**values: int) -> list[dict]:
    labels = {name: label for label, name in T3.items()}
    return [{"table": "t3", "row": labels[name], "col": "总计", "value": value, "raw": str(value),
             "unit": None} for name, value in values.items()]


def put(db: Database, run: int, short: str, kind: str, region: dict, year: int, text: str,
        **fields: Any) -> None:
    report = Report(url=f"http://portal.example/{short}/{year}.html", agency_short=short,
                    agency_kind=kind, region=region, year=year, text=text,
                    title=f"{short}{year}年政府信息公开工作年度报告", **fields)
    storage.upsert_report(db, report.to_dict(), run_id=run)


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ds") / "nianbao.db"
    db = storage.open_db(path)
    run = storage.start_run(db, "demo")
    seed = (SEEDS / "003_e4c4c008a52a3770.txt").read_text(encoding="utf-8")
    put(db, run, "妥安乡", "township", LUFENG, 2017, seed)
    put(db, run, "妥安乡", "township", LUFENG, 2019, "本年度无行政诉讼。")
    put(db, run, "禄丰市人民政府", "county_government", LUFENG, 2018, "全年公开信息。")
    put(db, run, "禄丰市人民政府", "county_government", LUFENG, 2019,
        "行政复议2件，行政复议均维持。", format="2019",
        cells=t3(received=12, carried_over=1, answered=10, carried_forward=2),
        checks=[{"rule": "t3 一+二=七+四 总计", "ok": False, "detail": "12 + 1 ≠ 10 + 2"}])
    put(db, run, "吉昌镇", "township", PANSHI, 2023, "初稿。", format="2021",
        cells=t3(received=5, carried_over=0, answered=5, carried_forward=0),
        checks=[{"rule": "t3 一+二=七+四 总计", "ok": True, "detail": "5 + 0 = 5 + 0"}])
    storage.finish_run(db, run, status="finished", counts={})
    run = storage.start_run(db, "demo")
    put(db, run, "吉昌镇", "township", PANSHI, 2023, "修订稿：行政复议0件。", format="2021",
        cells=t3(received=5, carried_over=0, answered=5, carried_forward=0),
        checks=[{"rule": "t3 一+二=七+四 总计", "ok": True, "detail": "5 + 0 = 5 + 0"}])
    storage.finish_run(db, run, status="finished", counts={})
    load_divisions(db, registry(path.parent / "divisions"))
    db.close()
    return path


def registry(folder: Path) -> Path:
    """A registry of one township, in the CSV layout of seeds/divisions."""
    folder.mkdir()
    files = {
        "provinces.csv": "code,name\n53,云南省\n",
        "cities.csv": "code,name,provinceCode\n5323,楚雄彝族自治州,53\n",
        "areas.csv": "code,name,cityCode,provinceCode\n532331,禄丰市,5323,53\n",
        "streets.csv": "code,name,areaCode,cityCode,provinceCode\n"
                       "532331108,妥安乡,532331,5323,53\n",
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def get(db_path: Path, path: str) -> Any:
    """GET `path` from an in-process Datasette serving the database with our metadata."""

    async def fetch() -> Any:
        ds = Datasette(files=[str(db_path)], metadata=metadata())
        await ds.invoke_startup()
        response = await ds.client.get(path)
        assert response.status_code == 200, (path, response.text[:500])
        return response.json() if ".json" in path else response.text

    return asyncio.run(fetch())


def shown(db_path: Path, query: str, columns: list[str]) -> list[tuple]:
    rows = get(db_path, f"/nianbao/{query}&_shape=array" if "?" in query
               else f"/nianbao/{query}?_shape=array")
    return [tuple(row[c] for c in columns) for row in rows]


# --- descriptions --------------------------------------------------------------------------


def described_names(db: Database) -> list[str]:
    """Tables and views of the database, less the FTS shadow tables SQLite makes itself."""
    fts = db.table_names(fts5=True)
    shadow = {t for t in db.table_names() for f in fts if t.startswith(f"{f}_")}
    return [t for t in db.table_names() if t not in shadow] + db.view_names()


@pytest.fixture(params=["small", "demo"])
def walked(request: pytest.FixtureRequest, db_path: Path) -> Path:
    """The small database above (with the divisions registry) and the demo crawl's."""
    return db_path if request.param == "small" else request.getfixturevalue("demo_crawl").path


def test_every_table_view_and_column_is_described(walked: Path) -> None:
    db = Database(walked)
    tables = metadata()["databases"]["nianbao"]["tables"]
    names = described_names(db)
    undescribed = []
    for name in names:
        meta = tables.get(name, {})
        if not meta.get("description"):
            undescribed.append(name)
        columns = [row[1] for row in db.execute(f"PRAGMA table_info([{name}])")]
        undescribed += [f"{name}.{c}" for c in columns if not meta.get("columns", {}).get(c)]
        assert set(meta.get("columns", {})) <= set(columns), name  # nothing stale either
        for key in ("facets", "sortable_columns"):
            assert set(meta.get(key, [])) <= set(columns), (name, key)
    assert undescribed == []


def test_metadata_describes_only_what_exists(db_path: Path) -> None:
    names = described_names(Database(db_path))
    assert set(metadata()["databases"]["nianbao"]["tables"]) <= set(names)


def test_no_canned_query_hides_a_table_or_view(db_path: Path) -> None:
    """Datasette routes /nianbao/NAME to the canned query NAME before the table or view."""
    names = described_names(Database(db_path))
    assert set(metadata()["databases"]["nianbao"]["queries"]) & set(names) == set()


def test_metadata_has_the_basics_and_no_units_key() -> None:
    meta = metadata()
    assert all(meta.get(k) for k in ("title", "description", "source", "license"))
    tables = meta["databases"]["nianbao"]["tables"]
    assert [name for name, table in tables.items() if "units" in table] == []
    assert set(meta["databases"]["nianbao"]["queries"]) == {
        "coverage_matrix", "county_reports", "applications_per_agency",
        "tables_that_do_not_add_up", "reports_that_changed", "search_short",
        "agencies_without_code",
    }


# --- canned queries ------------------------------------------------------------------------


def test_coverage_matrix(db_path: Path) -> None:
    columns = ["county", "agency", "kind", "published", "missing_years", "years"]
    assert shown(db_path, "coverage_matrix.json", columns) == [
        ("禄丰市", "禄丰市人民政府", "county_government", 2, "2017", "2017· 2018✓ 2019✓"),
        ("禄丰市", "妥安乡", "township", 2, "2018", "2017✓ 2018· 2019✓"),
        ("磐石市", "吉昌镇", "township", 1, None, "2023✓"),
    ]
    assert shown(db_path, "coverage_matrix.json?county=磐石市", ["agency"]) == [("吉昌镇",)]


def test_county_reports(db_path: Path) -> None:
    assert shown(db_path, "county_reports.json?county=禄丰市", ["agency", "year"]) == [
        ("禄丰市人民政府", 2018), ("禄丰市人民政府", 2019), ("妥安乡", 2017), ("妥安乡", 2019),
    ]


def test_applications_per_agency(db_path: Path) -> None:
    columns = ["county", "agency", "year", "received", "carried_over", "answered",
               "carried_forward"]
    assert shown(db_path, "applications_per_agency.json", columns) == [
        ("禄丰市", "禄丰市人民政府", 2019, 12, 1, 10, 2),
        ("磐石市", "吉昌镇", 2023, 5, 0, 5, 0),
    ]


def test_failed_checks(db_path: Path) -> None:
    assert shown(db_path, "tables_that_do_not_add_up.json", ["agency", "year", "rule",
                                                              "detail"]) == [
        ("禄丰市人民政府", 2019, "t3 一+二=七+四 总计", "12 + 1 ≠ 10 + 2"),
    ]


def test_changed_reports(db_path: Path) -> None:
    assert shown(db_path, "reports_that_changed.json", ["agency", "year", "old_chars",
                                                         "new_chars"]) == [("吉昌镇", 2023, 3, 11)]


def test_search_short_finds_two_character_words(db_path: Path) -> None:
    assert shown(db_path, "search_short.json?q=复议", ["agency", "year", "hits"]) == [
        ("妥安乡", 2017, 2), ("禄丰市人民政府", 2019, 2), ("吉昌镇", 2023, 1),
    ]
    assert shown(db_path, "search_short.json?q=", ["agency"]) == []


def test_agencies_without_code(db_path: Path) -> None:
    assert shown(db_path, "agencies_without_code.json", ["county", "short_name", "reports"]) == [
        ("磐石市", "吉昌镇", 1),
    ]


# --- search and pages ----------------------------------------------------------------------


def test_full_text_search_finds_a_four_character_phrase(db_path: Path) -> None:
    assert shown(db_path, "reports.json?_search=保密审查", ["agency_id", "year"]) == [(1, 2017)]
    assert shown(db_path, "reports.json?_search=行政复议", ["year"]) == [(2017,), (2019,), (2023,)]
    assert shown(db_path, "reports.json?_search=复议", ["year"]) == []  # see search_short


def test_every_page_renders(db_path: Path) -> None:
    db = Database(db_path)
    pages = ["/", "/nianbao"] + [f"/nianbao/{name}" for name in db.table_names()
                                 + db.view_names() if not name.startswith("reports_fts_")]
    pages += [f"/nianbao/{q}" for q in metadata()["databases"]["nianbao"]["queries"]]
    for page in pages:
        get(db_path, page)
    assert "妥安乡" in get(db_path, "/nianbao/reports?_search=保密审查")
