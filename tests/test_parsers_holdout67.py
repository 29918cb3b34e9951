"""The sixty-eighth held-out corpus (tests/fixtures/parsers_holdout67): the long reports of county governments and districts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT67 = Path(__file__).parent / "fixtures" / "parsers_holdout67"
CASES = json.loads((HOLDOUT67 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout67(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT67))
