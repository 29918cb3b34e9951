"""The held-out corpus 130 (tests/fixtures/parsers_holdout130): which year and which publication date, round seven."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT130 = Path(__file__).parent / "fixtures" / "parsers_holdout130"
CASES = json.loads((HOLDOUT130 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout130(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT130))
