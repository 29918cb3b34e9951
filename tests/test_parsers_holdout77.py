"""The held-out corpus tests/fixtures/parsers_holdout77: what a keyword crawl for 年度报告 brings back, round two."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT77 = Path(__file__).parent / "fixtures" / "parsers_holdout77"
CASES = json.loads((HOLDOUT77 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout77(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT77))
