"""The held-out corpus 137 (tests/fixtures/parsers_holdout137): who reports, round five."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT137 = Path(__file__).parent / "fixtures" / "parsers_holdout137"
CASES = json.loads((HOLDOUT137 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout137(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT137))
