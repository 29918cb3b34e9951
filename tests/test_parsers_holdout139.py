"""The held-out corpus 139 (tests/fixtures/parsers_holdout139): whole pages copied as text, round five."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case, with_known_gaps

HOLDOUT139 = Path(__file__).parent / "fixtures" / "parsers_holdout139"
CASES = json.loads((HOLDOUT139 / "expected.json").read_text(encoding="utf-8"))
# Known gaps, kept as strict expected failures so that a fix shows (the test then fails).
KNOWN_GAPS = {
    "chrome_sidebar_after_info_xintian_2019.txt": "a column sidebar copied between the info "
    "bar and the body with no heading of its own (新添镇 / 机构概况 / … / 新添镇2018年…年度报告) "
    "is read as the report's first lines",
}


@pytest.mark.parametrize(
    "case",
    with_known_gaps(CASES, KNOWN_GAPS),
    ids=[c["file"] for c in CASES],
)
def test_holdout139(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT139))
