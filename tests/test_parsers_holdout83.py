"""The held-out corpus tests/fixtures/parsers_holdout83: a representative crawl sample, round five."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT83 = Path(__file__).parent / "fixtures" / "parsers_holdout83"
CASES = json.loads((HOLDOUT83 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout83(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT83))
