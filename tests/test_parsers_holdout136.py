"""The held-out corpus 136 (tests/fixtures/parsers_holdout136): report files as document tools print them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT136 = Path(__file__).parent / "fixtures" / "parsers_holdout136"
CASES = json.loads((HOLDOUT136 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout136(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT136))
