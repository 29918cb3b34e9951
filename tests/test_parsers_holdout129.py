"""The held-out corpus tests/fixtures/parsers_holdout129: townships and streets, round ten."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT129 = Path(__file__).parent / "fixtures" / "parsers_holdout129"
CASES = json.loads((HOLDOUT129 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout129(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT129))
