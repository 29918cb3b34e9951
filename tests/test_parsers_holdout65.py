"""The held-out corpus tests/fixtures/parsers_holdout65: a representative crawl sample, round four (townships and street offices)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT65 = Path(__file__).parent / "fixtures" / "parsers_holdout65"
CASES = json.loads((HOLDOUT65 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout65(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT65))
