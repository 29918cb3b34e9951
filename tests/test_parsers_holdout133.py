"""The held-out corpus 133 (tests/fixtures/parsers_holdout133): whole pages copied as text, round four."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT133 = Path(__file__).parent / "fixtures" / "parsers_holdout133"
CASES = json.loads((HOLDOUT133 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout133(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT133))
