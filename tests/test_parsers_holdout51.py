"""The fifty-second held-out corpus (tests/fixtures/parsers_holdout51): the barest reports and the thin pages beside them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT51 = Path(__file__).parent / "fixtures" / "parsers_holdout51"
CASES = json.loads((HOLDOUT51 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout51(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT51))
