"""The eighty-sixth held-out corpus (tests/fixtures/parsers_holdout85): body lines that look like chrome, round three."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT85 = Path(__file__).parent / "fixtures" / "parsers_holdout85"
CASES = json.loads((HOLDOUT85 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout85(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT85))
