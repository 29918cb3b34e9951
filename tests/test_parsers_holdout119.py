"""The held-out corpus 119 (tests/fixtures/parsers_holdout119): provincial intensive platforms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT119 = Path(__file__).parent / "fixtures" / "parsers_holdout119"
CASES = json.loads((HOLDOUT119 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout119(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT119))
