"""The 115th held-out corpus (tests/fixtures/parsers_holdout115): furniture inside the article, round four."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT115 = Path(__file__).parent / "fixtures" / "parsers_holdout115"
CASES = json.loads((HOLDOUT115 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout115(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT115))
