"""The fifth held-out corpus (tests/fixtures/parsers_holdout4): unusual but real layouts — an
<iframe srcdoc> body, paged <div class=page> articles, a single-cell layout table, image
headings, a column-name h1 over a <p class=title>, 关于…的报告 / （更正版） / spaced-digit titles,
a 县人民政府办公室 beside its 县人民政府, two reports on one page, 2008–2012 reports, HTML served as
text/plain — checked with the helpers of test_parsers_corpus (only the fields each case states)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT4 = Path(__file__).parent / "fixtures" / "parsers_holdout4"
CASES = json.loads((HOLDOUT4 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout4(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT4))


def test_holdout4_coverage() -> None:
    assert len(CASES) >= 20
    expected = [c["expected"] for c in CASES]
    assert {"township", "department", "county_government"} <= {
        e.get("agency_kind") for e in expected
    }
    assert {True, False} == {e["is_annual_report"] for e in expected}
