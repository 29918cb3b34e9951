"""The held-out corpus 122 (tests/fixtures/parsers_holdout122): report texts as they were extracted from portals, round three."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT122 = Path(__file__).parent / "fixtures" / "parsers_holdout122"
CASES = json.loads((HOLDOUT122 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout122(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT122))
