"""The fifty-fifth held-out corpus (tests/fixtures/parsers_holdout54): reports of the first years, 2007-2013."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT54 = Path(__file__).parent / "fixtures" / "parsers_holdout54"
CASES = json.loads((HOLDOUT54 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout54(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT54))
