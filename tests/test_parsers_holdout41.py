"""The forty-second held-out corpus (tests/fixtures/parsers_holdout41): portals of autonomous areas and border regions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT41 = Path(__file__).parent / "fixtures" / "parsers_holdout41"
CASES = json.loads((HOLDOUT41 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout41(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT41))
