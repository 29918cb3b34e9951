"""The eighteenth held-out corpus (tests/fixtures/parsers_holdout17): hard DOCX (numbering, revisions, fields, sdt)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT17 = Path(__file__).parent / "fixtures" / "parsers_holdout17"
CASES = json.loads((HOLDOUT17 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout17(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT17))


def test_statistics_table_with_merged_categories_keeps_its_columns() -> None:
    """The pre-2019 统计表 of a DOCX whose 类别 column is merged down: the rows under a merged
    category keep their columns, so every indicator gets its number and unit."""
    case = next(c for c in CASES if c["file"] == "xingshan_county_2018_smarttags.docx")
    cells = parse_case(case, HOLDOUT17)["cells"]
    assert [(c["row"], c["value"], c["unit"]) for c in cells] == [
        ("主动公开政府信息数", 201, "条"),
        ("主动公开规范性文件数", 2, "条"),
        ("政府网站公开政府信息数", 13, "条"),
        ("收到申请数", 8, "件"),
        ("申请办结数", 8, "件"),
        ("同意公开答复数", 8, "件"),
        ("行政复议数量", 0, "件"),
        ("行政诉讼数量", 0, "件"),
        ("从事政府信息公开工作人员数", 4, "人"),
        ("政府信息公开专项经费", 0.8, "万元"),
    ]
