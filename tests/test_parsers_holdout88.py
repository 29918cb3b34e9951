"""The eighty-ninth held-out corpus (tests/fixtures/parsers_holdout88): the rest of the 政务公开 columns, round three."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT88 = Path(__file__).parent / "fixtures" / "parsers_holdout88"
CASES = json.loads((HOLDOUT88 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout88(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT88))
