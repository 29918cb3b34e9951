"""The division registry (统计用区划代码, 2023) as the `divisions` table, and agency linking.

Reports name their agency (吉昌镇, 禄丰市人民政府, 禄丰市财政局) but not its official code;
linking it to the registry lets researchers join reports to any other statistics keyed by
division code. Names repeat across the country (five 黄金镇), so a township is linked only
when the name is unique within the known county, or nationally when no county is known.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import sqlite_utils

DIVISIONS_DIR = Path(__file__).resolve().parents[1] / "seeds" / "divisions"
# The 55 recognised minority nationalities, as they appear before 族 in division names
# (峨山彝族自治县, 长哨营满族乡); needed to find where a name's stem ends.
_ETHNIC = (
    "蒙古|回|藏|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|"
    "东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|"
    "乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺"
)
_SUFFIX = re.compile(
    rf"(?:(?:{_ETHNIC})族|维吾尔)*(?:民族|各族)?(?:自治)?"
    r"(?:特别行政区|街道办事处|办事处|街道|苏木|地区|林区|特区|省|市|县|区|旗|州|盟|乡|镇)$"
)
# Prefecture rows that only group counties (municipalities' 市辖区, 省直辖县级行政区划 …): not a
# place anyone names, so the counties below them carry no prefecture name.
PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
_COLUMNS = ("code", "name", "level", "parent_code", "province", "prefecture", "county", "stem")
_TOWNSHIP_KINDS = frozenset({"township", "street"})
# Linking looks names up with and without their county in front (吉昌镇, 磐石市吉昌镇).
_INDEXES = {
    "divisions_name": "name", "divisions_county_name": "county || name",
    "divisions_stem": "stem", "divisions_county_stem": "county || stem",
}
# Within the crawled region (by code prefix: county, prefecture or province; '' = anywhere)
# and the county a page names, if any.
_SCOPE = "substr(code, 1, length(:scope)) = :scope AND (:county IS NULL OR county = :county)"


def name_stem(name: str) -> str:
    """The name without its kind of division: 妥安乡 → 妥安, 长哨营满族乡 → 长哨营, 禄丰市 → 禄丰.

    Agencies shorten or lengthen these suffixes freely (城关街道办事处 for 城关街道), so
    comparing stems finds them; a name that is all suffix is returned whole.
    """
    return _SUFFIX.sub("", name) or name


def ensure_divisions(db: sqlite_utils.Database) -> None:
    """Load the registry unless the database has it: a crawl links agencies as it stores them."""
    if not db["divisions"].exists():
        load_divisions(db)


def load_divisions(db: sqlite_utils.Database, folder: str | Path = DIVISIONS_DIR
                   ) -> dict[str, int]:
    """Create or refresh the `divisions` table from the registry CSVs; rows per level.

    Refreshing replaces every row in one transaction, so a newer edition never leaves codes
    that no longer exist.
    """
    rows = list(read_divisions(folder))
    with db.atomic():
        db["divisions"].create(dict.fromkeys(_COLUMNS, str), pk="code", if_not_exists=True)
        db.execute("DELETE FROM divisions")
        # executemany: sqlite-utils' insert_all spends ~2 s type-checking 44,703 plain rows.
        db.conn.executemany(
            f"INSERT INTO divisions ({', '.join(_COLUMNS)})"
            f" VALUES ({', '.join(':' + c for c in _COLUMNS)})", rows)
        for index, expression in _INDEXES.items():
            db.execute(f"CREATE INDEX IF NOT EXISTS {index} ON divisions ({expression})")
    return dict(Counter(row["level"] for row in rows))


def read_divisions(folder: str | Path) -> Iterator[dict[str, str | None]]:
    """Registry rows top-down (the `divisions` columns), each naming the units above it."""
    names: dict[str, str | None] = {}

    def read(file: str) -> Iterator[dict[str, str]]:
        with (Path(folder) / file).open(encoding="utf-8", newline="") as handle:
            yield from csv.DictReader(handle)

    for row in read("provinces.csv"):
        names[row["code"]] = row["name"]
        yield _row(row["code"], row["name"], "province", None, row["name"], None, None)
    for row in read("cities.csv"):
        prefecture = None if row["name"] in PLACEHOLDERS else row["name"]
        names[row["code"]] = prefecture
        yield _row(row["code"], row["name"], "prefecture", row["provinceCode"],
                   names[row["provinceCode"]], prefecture, None)
    for row in read("areas.csv"):
        names[row["code"]] = row["name"]
        yield _row(row["code"], row["name"], "county", row["cityCode"],
                   names[row["provinceCode"]], names[row["cityCode"]], row["name"])
    for row in read("streets.csv"):
        yield _row(row["code"], row["name"], "township", row["areaCode"],
                   names[row["provinceCode"]], names[row["cityCode"]], names[row["areaCode"]])


def _row(code: str, name: str, level: str, parent: str | None, province: str | None,
         prefecture: str | None, county: str | None) -> dict[str, str | None]:
    return {"code": code, "name": name, "level": level, "parent_code": parent,
            "province": province, "prefecture": prefecture, "county": county,
            "stem": name_stem(name)}


def link_agency(db: sqlite_utils.Database, *, short_name: str, kind: str | None,
                county_code: str | None = None, county: str | None = None) -> str | None:
    """The division code of an agency, or None when it cannot be known for sure.

    `county_code` is the crawled region's code: a county's, or a prefecture's or province's
    (宿迁 3213), which then only narrows the search; `county` is a county name a page states.
    Townships and streets get their own 9-digit code: the exact name first, then any name
    with the same stem (妥安 for 妥安乡 / 妥安民族乡); a name found in several places (five
    黄金镇) is left unlinked. Every other agency (county government, department) gets its
    county's code: the known county, else the unit whose name begins its own (禄丰市财政局).
    """
    name = short_name.strip().removesuffix("人民政府")
    scope = {"scope": county_code or "", "county": county}
    if kind in _TOWNSHIP_KINDS:
        return _link_township(db, name, scope)
    if county_code and len(county_code) == 6:
        return county_code
    if county:
        return _unique(db.query(
            f"SELECT code FROM divisions WHERE level = 'county' AND name = :county AND {_SCOPE}",
            scope))
    return _link_by_prefix(db, name, scope)


def _link_township(db: sqlite_utils.Database, name: str, scope: dict[str, str | None]
                   ) -> str | None:
    for column, value in (("name", name), ("stem", name_stem(name))):
        rows = list(db.query(
            f"SELECT code FROM divisions WHERE level = 'township' AND {_SCOPE}"
            f" AND ({column} = :value OR county || {column} = :value)",
            {**scope, "value": value},
        ))
        if rows:
            return _unique(rows)
    return None


def _link_by_prefix(db: sqlite_utils.Database, name: str, scope: dict[str, str | None]
                    ) -> str | None:
    """The unit whose name begins the agency's, descending: 北京市东城区财政局 → 11 → 110101.

    At each step the longest such name must be unique, or nothing is linked.
    """
    code = None
    while True:
        prefixes = [name[:end] for end in range(2, len(name) + 1)]
        # `name IN (province, prefecture, county)` keeps real units and drops placeholder
        # rows such as the prefecture 县, which would otherwise begin 县财政局.
        rows = list(db.query(
            "SELECT code, name FROM divisions WHERE name IN (SELECT value FROM json_each(:p))"
            f" AND level != 'township' AND name IN (province, prefecture, county) AND {_SCOPE}"
            " ORDER BY length(name) DESC",
            {**scope, "p": json.dumps(prefixes, ensure_ascii=False)},
        ))
        if not rows:
            return code
        longest = [row for row in rows if len(row["name"]) == len(rows[0]["name"])]
        if len(longest) > 1:
            return None
        code, name = longest[0]["code"], name[len(longest[0]["name"]):]
        scope = {**scope, "scope": code}


def _unique(rows: Iterable[dict[str, str]]) -> str | None:
    codes = [row["code"] for row in rows]
    return codes[0] if len(codes) == 1 else None
