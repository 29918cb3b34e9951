"""The held-out corpus 144 (tests/fixtures/parsers_holdout144): a representative crawl, round twelve."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT144 = Path(__file__).parent / "fixtures" / "parsers_holdout144"
CASES = json.loads((HOLDOUT144 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout144(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT144))
