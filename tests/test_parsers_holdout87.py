"""The eighty-eighth held-out corpus (tests/fixtures/parsers_holdout87): the portals of 2008–2015, round two."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT87 = Path(__file__).parent / "fixtures" / "parsers_holdout87"
CASES = json.loads((HOLDOUT87 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout87(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT87))
