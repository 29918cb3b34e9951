"""The held-out corpus parsers_holdout108: a representative crawl, round nine — townships and streets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT108 = Path(__file__).parent / "fixtures" / "parsers_holdout108"
CASES = json.loads((HOLDOUT108 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout108(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT108))
