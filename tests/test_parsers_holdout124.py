"""The held-out corpus 124 (tests/fixtures/parsers_holdout124): county departments' reports, round five."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT124 = Path(__file__).parent / "fixtures" / "parsers_holdout124"
CASES = json.loads((HOLDOUT124 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout124(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT124))
