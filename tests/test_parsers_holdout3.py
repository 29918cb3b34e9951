"""The fourth held-out corpus (tests/fixtures/parsers_holdout3): county-portal article pages of
`<p>` paragraphs with inline span/font styling, 2019/2021 tables as HTML, 索引号/发布机构 blocks
naming the county's 政务公开办 over a 镇's report, county-government, 县直部门 and 街道 reports,
years in preambles and subtitles, body lines holding chrome words, renamed seed bodies, checked
field by field with the helpers of test_parsers_corpus (only the fields each case states)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT3 = Path(__file__).parent / "fixtures" / "parsers_holdout3"
CASES = json.loads((HOLDOUT3 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout3(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT3))


def test_holdout3_coverage() -> None:
    assert len(CASES) >= 25
    expected = [c["expected"] for c in CASES]
    assert {"township", "street", "department", "county_government"} <= {
        e.get("agency_kind") for e in expected
    }
    assert {True, False} == {e["is_annual_report"] for e in expected}
    assert {"pre2019", "2019", "2021"} <= {e.get("format") for e in expected}
