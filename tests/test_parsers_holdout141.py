"""The held-out corpus 141 (tests/fixtures/parsers_holdout141): which format, round two."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT141 = Path(__file__).parent / "fixtures" / "parsers_holdout141"
CASES = json.loads((HOLDOUT141 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout141(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT141))
