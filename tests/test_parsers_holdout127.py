"""The held-out corpus 127 (tests/fixtures/parsers_holdout127): whole pages copied as text, round three."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT127 = Path(__file__).parent / "fixtures" / "parsers_holdout127"
CASES = json.loads((HOLDOUT127 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout127(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT127))
