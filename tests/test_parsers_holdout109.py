"""The held-out corpus parsers_holdout109 (tests/fixtures/parsers_holdout109): the reports of 2008-2014, round two."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT109 = Path(__file__).parent / "fixtures" / "parsers_holdout109"
CASES = json.loads((HOLDOUT109 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout109(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT109))
