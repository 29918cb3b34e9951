"""The held-out corpus 111 (tests/fixtures/parsers_holdout111): body lines that look like site furniture, round two."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT111 = Path(__file__).parent / "fixtures" / "parsers_holdout111"
CASES = json.loads((HOLDOUT111 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout111(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT111))
