"""The seventy-first held-out corpus (tests/fixtures/parsers_holdout70): what a crawler fetches instead of the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT70 = Path(__file__).parent / "fixtures" / "parsers_holdout70"
CASES = json.loads((HOLDOUT70 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout70(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT70))
