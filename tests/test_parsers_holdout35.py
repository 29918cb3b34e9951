"""The thirty-sixth held-out corpus (tests/fixtures/parsers_holdout35): how offices write the numbers in the tables."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT35 = Path(__file__).parent / "fixtures" / "parsers_holdout35"
CASES = json.loads((HOLDOUT35 / "expected.json").read_text(encoding="utf-8"))
SPOTS = json.loads((HOLDOUT35 / "expected_cells.json").read_text(encoding="utf-8"))
TABLES = {"二": "t2", "三": "t3", "四": "t4"}
_ENUM = re.compile(r"^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+\s*[.．、])")


def _norm(label: str) -> str:
    """A label without spaces and its leading enumerator (（一）, 一、, 1.)."""
    return _ENUM.sub("", re.sub(r"\s+", "", label))


def _tier(expected: str, path: str | None) -> int | None:
    """How well `expected` names a label path `a/b/c`: 0 its last part, 1 another part, 2 a
    prefix or suffix of a part either way (notes such as （单位：万元）, 行政规范性文件 ~ 规范性文件);
    None if not at all. Tails are tried whole too, since a label may hold a slash (本年增/减)."""
    if not path:
        return None
    e = _norm(expected)
    parts = path.split("/")
    tails = ["/".join(parts[i:]) for i in range(len(parts))]
    last = {_norm(parts[-1]), *(_norm(t) for t in tails)}
    if e in last:
        return 0
    segs = [_norm(p) for p in parts]
    if e in segs:
        return 1
    if any(s.startswith(e) or (len(s) >= 4 and (e.endswith(s) or e.startswith(s)))
           for s in segs + list(last)):
        return 2
    return None


def find_cell(cells: list[dict], spot: dict) -> dict:
    table = TABLES[spot["table"]]
    best: list[tuple[int, dict]] = []
    for cell in cells:
        if cell.get("table") != table:
            continue
        if table == "t4":  # the group and result may sit in col alone (row null)
            path = "/".join(x for x in (cell.get("row"), cell.get("col")) if x)
            tr, tc = _tier(spot["row"], path), _tier(spot["col"], path)
        else:
            tr, tc = _tier(spot["row"], cell.get("row")), _tier(spot["col"], cell.get("col"))
        if tr is not None and tc is not None:
            best.append((tr + tc, cell))
    assert best, f"no {table} cell for row {spot['row']!r} col {spot['col']!r}"
    top = min(t for t, _ in best)
    hits = [c for t, c in best if t == top]
    assert len(hits) == 1, f"ambiguous {spot}: {[(c['row'], c['col']) for c in hits]}"
    return hits[0]


def _same(got, want) -> bool:
    if want is None or got is None:
        return got is want
    return abs(float(got) - float(want)) < 1e-9


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout35(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT35))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout35_cells(case: dict) -> None:
    record = parse_case(case, HOLDOUT35)
    wrong = []
    for spot in SPOTS[case["file"]]:
        try:
            cell = find_cell(record["cells"], spot)
        except AssertionError as e:
            wrong.append(str(e))
            continue
        if not _same(cell.get("value"), spot["value"]):
            wrong.append(
                f"{spot['table']} {spot['row']} / {spot['col']} ({spot['raw']!r}): "
                f"expected {spot['value']!r}, got {cell.get('value')!r} (raw {cell.get('raw')!r})"
            )
    failed = [c for c in record["checks"] if c.get("ok") is False]
    assert not wrong and not failed, {"wrong": wrong, "failed checks": failed}
