"""The thirty-fifth held-out corpus (tests/fixtures/parsers_holdout34): plain text as careless extractors leave it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT34 = Path(__file__).parent / "fixtures" / "parsers_holdout34"
CASES = json.loads((HOLDOUT34 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout34(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT34))
