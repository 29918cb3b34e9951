"""The eighty-fifth held-out corpus (tests/fixtures/parsers_holdout84): chrome inside the article box, round three."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT84 = Path(__file__).parent / "fixtures" / "parsers_holdout84"
CASES = json.loads((HOLDOUT84 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout84(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT84))
