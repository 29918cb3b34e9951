"""The held-out corpus 142 (tests/fixtures/parsers_holdout142): is it the report? round six — pages that quote a report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT142 = Path(__file__).parent / "fixtures" / "parsers_holdout142"
CASES = json.loads((HOLDOUT142 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout142(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT142))
