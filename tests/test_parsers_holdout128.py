"""The held-out corpus tests/fixtures/parsers_holdout128: the mix a real held-out test set would hold, round four."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT128 = Path(__file__).parent / "fixtures" / "parsers_holdout128"
CASES = json.loads((HOLDOUT128 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout128(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT128))
