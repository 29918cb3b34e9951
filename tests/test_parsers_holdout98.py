"""The ninety-ninth held-out corpus (tests/fixtures/parsers_holdout98): whole pages copied as text, round two."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT98 = Path(__file__).parent / "fixtures" / "parsers_holdout98"
CASES = json.loads((HOLDOUT98 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout98(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT98))
