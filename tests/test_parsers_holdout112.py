"""The held-out corpus parsers_holdout112 (tests/fixtures/parsers_holdout112): a representative sample, round ten."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT112 = Path(__file__).parent / "fixtures" / "parsers_holdout112"
CASES = json.loads((HOLDOUT112 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout112(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT112))
