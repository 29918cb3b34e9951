"""The ninety-first held-out corpus (tests/fixtures/parsers_holdout90): report pages as
text-extraction tools hand them over, round four."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT90 = Path(__file__).parent / "fixtures" / "parsers_holdout90"
CASES = json.loads((HOLDOUT90 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout90(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT90))
