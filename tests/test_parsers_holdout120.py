"""The held-out corpus 120 (tests/fixtures/parsers_holdout120): is it the report? round four."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT120 = Path(__file__).parent / "fixtures" / "parsers_holdout120"
CASES = json.loads((HOLDOUT120 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout120(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT120))
