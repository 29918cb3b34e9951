"""The ninety-sixth held-out corpus (tests/fixtures/parsers_holdout95): a representative crawl, round seven — reports in their own words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT95 = Path(__file__).parent / "fixtures" / "parsers_holdout95"
CASES = json.loads((HOLDOUT95 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout95(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT95))
