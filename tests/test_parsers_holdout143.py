"""The held-out batch 143 (tests/fixtures/parsers_holdout143): furniture inside the article box, round seven."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT143 = Path(__file__).parent / "fixtures" / "parsers_holdout143"
CASES = json.loads((HOLDOUT143 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout143(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT143))
