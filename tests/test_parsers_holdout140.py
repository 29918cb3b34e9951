"""The held-out corpus tests/fixtures/parsers_holdout140: the mix a real test set would hold, round five."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT140 = Path(__file__).parent / "fixtures" / "parsers_holdout140"
CASES = json.loads((HOLDOUT140 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout140(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT140))
