"""The held-out corpus 73 (tests/fixtures/parsers_holdout73): the latest years, typical pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT73 = Path(__file__).parent / "fixtures" / "parsers_holdout73"
CASES = json.loads((HOLDOUT73 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout73(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT73))
