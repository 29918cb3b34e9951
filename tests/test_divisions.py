"""The division registry as a table, and linking agencies to its codes (issue 7 §1, §4)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from parsers import agency, script
from storage.divisions import DIVISIONS_DIR, link_agency, load_divisions, name_stem


@pytest.fixture(scope="module")
def loaded() -> tuple[sqlite_utils.Database, dict[str, int]]:
    """Loaded once: 44,703 rows take most of a second."""
    database = sqlite_utils.Database(memory=True)
    return database, load_divisions(database, DIVISIONS_DIR)


@pytest.fixture
def db(loaded: tuple[sqlite_utils.Database, dict[str, int]]) -> sqlite_utils.Database:
    return loaded[0]


def test_row_counts_match_the_registry_readme(
        loaded: tuple[sqlite_utils.Database, dict[str, int]]) -> None:
    database, counts = loaded
    assert counts == {"province": 31, "prefecture": 342, "county": 2978, "township": 41352}
    assert database["divisions"].count == 44703


def test_the_parsers_know_every_county_opening_on_a_particle(db: sqlite_utils.Database) -> None:
    """将乐县 must not be read as 将 + 乐县: the parsers list these names; the registry decides."""
    openers = set(agency._LEAD_CHARS) | agency._STOP_CHARS
    counties = {r["name"] for r in db["divisions"].rows_where("level = 'county'")}
    assert set(agency.PARTICLE_COUNTIES) == {n for n in counties if n[0] in openers}


def test_the_parsers_know_every_town_named_like_the_word_xiangzhen(
        db: sqlite_utils.Database) -> None:
    """北乡镇 is a town though 乡镇 alone is the word for townships (各乡镇)."""
    towns = {r["name"] for r in db["divisions"].rows_where("level = 'township'")}
    named = {n for n in towns if n.endswith("乡镇") and not n.endswith(("特殊乡镇", "直属乡镇"))}
    assert named == agency.XIANGZHEN_TOWNS


def test_the_parsers_keep_every_place_name_opencc_would_change(db: sqlite_utils.Database) -> None:
    """乾县 must not become 干县: the parsers list these names; the registry decides."""
    names = {r["name"] for r in db["divisions"].rows}
    assert {n for n in names if script.to_simplified(n) != n} == set()
    assert {n for n in names if script._t2s().convert(n) != n} == script.KEPT_NAMES


def test_rows_carry_the_names_above_them(db: sqlite_utils.Database) -> None:
    assert db["divisions"].get("532302203") == {
        "code": "532302203", "name": "妥安乡", "level": "township", "parent_code": "532302",
        "province": "云南省", "prefecture": "楚雄彝族自治州", "county": "禄丰市", "stem": "妥安",
    }
    assert db["divisions"].get("53")["parent_code"] is None


def test_placeholder_prefectures_name_no_prefecture(db: sqlite_utils.Database) -> None:
    """北京's counties sit under a row named 市辖区, which is no place."""
    assert db["divisions"].get("1101")["name"] == "市辖区"
    assert db["divisions"].get("110101")["prefecture"] is None
    assert db["divisions"].get("419001")["prefecture"] is None  # 济源市, 省直辖


def test_namesakes_the_linking_must_respect(db: sqlite_utils.Database) -> None:
    def count(name: str) -> int:
        return db["divisions"].count_where("name = ? AND level = 'township'", [name])

    assert (count("吉昌镇"), count("黄金镇")) == (2, 5)


def test_refresh_replaces_the_edition(tmp_path: Path) -> None:
    """A newer edition must not leave behind codes that no longer exist."""
    database = sqlite_utils.Database(memory=True)
    for edition, areas in (("old", ["532331,禄丰县,5323,53"]), ("new", ["532302,禄丰市,5323,53"])):
        folder = tmp_path / edition
        folder.mkdir()
        (folder / "provinces.csv").write_text("code,name\n53,云南省\n", encoding="utf-8")
        (folder / "cities.csv").write_text(
            "code,name,provinceCode\n5323,楚雄彝族自治州,53\n", encoding="utf-8")
        (folder / "areas.csv").write_text(
            "code,name,cityCode,provinceCode\n" + "\n".join(areas) + "\n", encoding="utf-8")
        (folder / "streets.csv").write_text(
            "code,name,areaCode,provinceCode,cityCode\n", encoding="utf-8")
        counts = load_divisions(database, folder)
    assert counts == {"province": 1, "prefecture": 1, "county": 1}
    assert [r["name"] for r in database["divisions"].rows_where("level = 'county'")] == ["禄丰市"]


@pytest.mark.parametrize(("name", "stem"), [
    ("妥安乡", "妥安"), ("城关街道办事处", "城关"), ("长哨营满族乡", "长哨营"),
    ("峨山彝族自治县", "峨山"), ("黔东南苗族侗族自治州", "黔东南"), ("新疆维吾尔自治区", "新疆"),
    ("内蒙古自治区", "内蒙古"), ("沙市区", "沙市"), ("大兴安岭地区", "大兴安岭"),
    ("龙胜各族自治县", "龙胜"), ("东乡族自治县", "东乡族自治县"),
])
def test_name_stem(name: str, stem: str) -> None:
    assert name_stem(name) == stem


# The seed reports' agencies (tests/fixtures/seeds/README.md) in the counties the demo gives them.
@pytest.mark.parametrize(("short_name", "county_code", "code"), [
    ("任固镇", "410523", "410523102"),  # 汤阴县
    ("吉昌镇", "220284", "220284107"),  # 磐石市
    ("息陬镇", "370881", "370881109"),  # 曲阜市
    ("妥安乡", "532302", "532302203"),  # 禄丰市
    ("黄金镇", "511321", "511321117"),  # 南部县
    ("黄金镇", "511722", "511722114"),  # 宣汉县
])
def test_townships_link_within_their_county(db: sqlite_utils.Database, short_name: str,
                                            county_code: str, code: str) -> None:
    assert link_agency(db, short_name=short_name, kind="township",
                       county_code=county_code) == code


@pytest.mark.parametrize("short_name", ["黄金镇", "吉昌镇"])
def test_a_namesake_without_a_county_stays_unlinked(db: sqlite_utils.Database,
                                                   short_name: str) -> None:
    assert link_agency(db, short_name=short_name, kind="township") is None


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"short_name": "息陬镇"}, "370881109"),  # unique in China: no county needed
    ({"short_name": "吉昌镇", "county": "磐石市"}, "220284107"),  # county named on the page
    ({"short_name": "磐石市吉昌镇人民政府"}, "220284107"),  # county in the name itself
    ({"short_name": "黄金镇", "county_code": "5113"}, "511321117"),  # a prefecture narrows
    ({"short_name": "吉昌镇", "county_code": "410523"}, None),  # not in the crawled county
    ({"short_name": "长哨营乡"}, "110116211"),  # 长哨营满族乡
    ({"short_name": "东华门街道办事处", "county_code": "110101"}, "110101001"),  # 东华门街道
    ({"short_name": "妥安", "county_code": "532302"}, "532302203"),
])
def test_township_names_and_suffix_variants(db: sqlite_utils.Database, kwargs: dict,
                                            code: str | None) -> None:
    assert link_agency(db, kind="township", **kwargs) == code


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"short_name": "禄丰市人民政府", "kind": "county_government"}, "532302"),
    ({"short_name": "禄丰县人民政府", "kind": "county_government", "county_code": "532302"},
     "532302"),  # the name before 2021: the crawled county decides
    ({"short_name": "禄丰市财政局", "kind": "department"}, "532302"),
    ({"short_name": "财政局", "kind": "department", "county": "磐石市"}, "220284"),
    ({"short_name": "北京市朝阳区人民政府", "kind": "county_government"}, "110105"),
    ({"short_name": "朝阳区人民政府", "kind": "county_government"}, None),  # 北京 or 长春
    ({"short_name": "朝阳区人民政府", "kind": "county_government", "county_code": "22"},
     "220104"),
    ({"short_name": "沭阳县人民政府", "kind": "county_government", "county_code": "3213"},
     "321322"),  # on the 宿迁 prefecture portal
    ({"short_name": "宿迁市财政局", "kind": "department"}, "3213"),
    ({"short_name": "县财政局", "kind": "department"}, None),  # not the placeholder row 县
])
def test_other_agencies_link_to_their_county(db: sqlite_utils.Database, kwargs: dict,
                                             code: str | None) -> None:
    assert link_agency(db, **kwargs) == code
