"""The held-out corpus 131 (tests/fixtures/parsers_holdout131): is it the report? round five — what else sits in 年报 columns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT131 = Path(__file__).parent / "fixtures" / "parsers_holdout131"
CASES = json.loads((HOLDOUT131 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout131(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT131))
