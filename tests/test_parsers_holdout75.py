"""The seventy-sixth held-out corpus (tests/fixtures/parsers_holdout75): report texts as researchers'
own scrapers extract them, round three."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT75 = Path(__file__).parent / "fixtures" / "parsers_holdout75"
CASES = json.loads((HOLDOUT75 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout75(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT75))
