"""The held-out corpus tests/fixtures/parsers_holdout103: pages where finding the report's block is the hard part."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT103 = Path(__file__).parent / "fixtures" / "parsers_holdout103"
CASES = json.loads((HOLDOUT103 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout103(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT103))
