"""The forty-ninth held-out corpus (tests/fixtures/parsers_holdout48): reports pasted from Word or WPS into a portal's rich-text editor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT48 = Path(__file__).parent / "fixtures" / "parsers_holdout48"
CASES = json.loads((HOLDOUT48 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout48(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT48))
