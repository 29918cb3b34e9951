"""The held-out corpus 138 (tests/fixtures/parsers_holdout138): furniture inside the article box, round six."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT138 = Path(__file__).parent / "fixtures" / "parsers_holdout138"
CASES = json.loads((HOLDOUT138 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout138(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT138))
