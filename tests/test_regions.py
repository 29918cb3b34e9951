"""Naming regions by code, Chinese name or pinyin, and the generated region files (issue 7)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from crawler.regions import (
    REGIONS_DIR,
    Portal,
    RegionError,
    load_region_file,
    load_regions,
    main,
    region_for_url,
    resolve,
)

KNOWN = tomllib.loads((REGIONS_DIR.parent / "known_portals.toml").read_text(encoding="utf-8"))
GENERATED = [r for r in load_regions() if r.level]  # hand-made regions (demo) have no level


def codes(spec: str, root: Path = REGIONS_DIR) -> list[str | None]:
    return [region.code for region in resolve(spec, root)]


def test_one_file_per_province_prefecture_and_county() -> None:
    """2,978 county rows less 124 development zones; 342 prefecture rows less 9 that only
    group counties (市辖区 …) and 4 that are their own county (东莞市 …)."""
    levels = [r.level for r in GENERATED]
    assert (levels.count("province"), levels.count("prefecture"), levels.count("county")) == (
        31, 329, 2854)
    assert all(r.file == f"{r.code}-{r.slug}" for r in GENERATED)


def test_portals_only_where_known_from_real_data() -> None:
    known = {r.code for r in GENERATED if r.status == "known"}
    assert known == {entry["code"] for entry in KNOWN["portals"]}
    assert all(entry["seen"] for entry in KNOWN["portals"])


def test_files_are_up_to_date_with_known_portals(tmp_path: Path) -> None:
    """Regenerating from seeds/ changes nothing: nobody edited a generated file by hand."""
    pytest.importorskip("pypinyin")
    from crawler.regions_generate import KNOWN_PORTALS, generate
    from storage.divisions import DIVISIONS_DIR

    generate(DIVISIONS_DIR, KNOWN_PORTALS, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{r.file}.toml" for r in GENERATED)
    for path in tmp_path.iterdir():
        assert path.read_text(encoding="utf-8") == (REGIONS_DIR / path.name).read_text(
            encoding="utf-8"), path.name


@pytest.mark.parametrize("spec", [
    "220284", "220284000000", "磐石市", "磐石", "panshi", "Pan Shi", "220284-panshi",
    "220284-panshi.toml", str(REGIONS_DIR / "220284-panshi.toml"),
])
def test_a_county_by_code_name_pinyin_or_file(spec: str) -> None:
    assert codes(spec) == ["220284"]


def test_portals_inherit_the_place_of_their_region() -> None:
    (region,) = resolve("磐石市")
    assert region.portals == (Portal(name="磐石市人民政府", url="http://www.panshi.gov.cn/",
                                     province="吉林省", prefecture="吉林市", county="磐石市",
                                     code="220284"),)


@pytest.mark.parametrize("spec", ["2202", "220200", "吉林市", "22", "220000", "吉林省"])
def test_a_prefecture_or_province_means_its_known_regions(spec: str) -> None:
    assert codes(spec) == ["220203", "220284"]  # 龙潭区, 磐石市: the rest have no known portal


def test_a_prefecture_brings_its_own_portal() -> None:
    assert codes("江苏") == ["32", "320831", "320924", "3213"]
    assert codes("宿迁") == ["3213"]


def test_several_regions_in_one_spec_without_repeats() -> None:
    assert codes("yongjia, 220284，永嘉县") == ["330324", "220284"]


@pytest.mark.parametrize(("spec", "candidates"), [
    ("朝阳区", ["110105 北京市 朝阳区", "220104 吉林省 长春市 朝阳区"]),  # two provinces
    ("lufeng", ["441581 广东省 汕尾市 陆丰市", "532302 云南省 楚雄彝族自治州 禄丰市"]),
    ("吉林", ["22 吉林省", "2202 吉林省 吉林市"]),  # short names of a province and a city
])
def test_an_ambiguous_name_lists_the_candidates(spec: str, candidates: list[str]) -> None:
    with pytest.raises(RegionError, match="ambiguous") as error:
        resolve(spec)
    assert all(candidate in str(error.value) for candidate in candidates)


@pytest.mark.parametrize("spec", ["禄丰市", "532302", "532300", "楚雄彝族自治州", "云南省", "4419"])
def test_a_region_without_a_known_portal_says_how_to_add_one(spec: str) -> None:
    with pytest.raises(RegionError, match=r"no known portal .* seeds/known_portals\.toml"):
        resolve(spec)


@pytest.mark.parametrize("spec", ["xyz", "130171", "99", "5399", ""])
def test_unknown_regions_are_refused(spec: str) -> None:
    """130171 is a development zone: in the registry, but no county."""
    with pytest.raises(RegionError, match="no region"):
        resolve(spec)


def test_a_hand_made_region_such_as_demo(tmp_path: Path) -> None:
    (tmp_path / "demo.toml").write_text(
        'name = "demo"\ndemo = true\n\n[[portals]]\nname = "禄丰 (demo)"\n'
        'url = "http://127.0.0.11:8800/"\nserve = "seeds/demo/sites/lufeng"\n'
        'province = "云南省"\nprefecture = "楚雄彝族自治州"\ncounty = "禄丰市"\ncode = "532302"\n'
        'columns = ["http://127.0.0.11:8800/ndbg/"]\n', encoding="utf-8")
    (region,) = resolve("demo", tmp_path)
    assert (region.name, region.demo, region.code, region.status) == ("demo", True, None, "known")
    assert region.portals[0].code == "532302"
    assert region.portals[0].columns == ("http://127.0.0.11:8800/ndbg/",)
    assert region.portals[0].serve == "seeds/demo/sites/lufeng"


@pytest.mark.parametrize(("text", "message"), [
    ('name = "x"\nportal_status = "known"\n', "portal_status"),
    ('name = "x"\n[[portals]]\nname = "p"\nurl = "http://a/"\ncolums = []\n', "colums"),
    ('name = "x"\n[[portals]]\nurl = "http://a/"\n', "needs a name"),
    ("name = \n", "x.toml"),
])
def test_a_broken_region_file_is_an_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "x.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RegionError, match=message):
        load_region_file(path)


def test_a_single_column_url_stays_on_its_host() -> None:
    url = "http://127.0.0.1:8800/col/col1229710852/index.html?uid=1&pageNum=2"
    (portal,) = region_for_url(url).portals
    assert (portal.url, portal.columns) == ("http://127.0.0.1:8800/", (url,))
    with pytest.raises(RegionError):
        region_for_url("ftp://example.gov.cn/x")


def test_list_prints_code_name_status_and_url(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--status", "known"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines()
             if not line.startswith("-\tdemo")]  # hand-made demo regions: demo, demo-faults
    assert len(lines) == len(KNOWN["portals"])
    assert "220284\t磐石市\tknown\thttp://www.panshi.gov.cn/\t吉林省 吉林市 磐石市" in lines


def test_resolve_command_reports_errors_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "朝阳区"]) == 2
    assert "110105" in capsys.readouterr().err
