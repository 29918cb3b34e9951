"""The held-out corpus parsers_holdout123: the page's head and foot zones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT123 = Path(__file__).parent / "fixtures" / "parsers_holdout123"
CASES = json.loads((HOLDOUT123 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout123(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT123))
