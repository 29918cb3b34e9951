"""The held-out corpus 117 (tests/fixtures/parsers_holdout117): report texts as extraction tools print them, round six."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT117 = Path(__file__).parent / "fixtures" / "parsers_holdout117"
CASES = json.loads((HOLDOUT117 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout117(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT117))
