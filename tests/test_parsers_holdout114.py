"""The held-out corpus 114 (tests/fixtures/parsers_holdout114): site furniture around and inside the article, round six."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT114 = Path(__file__).parent / "fixtures" / "parsers_holdout114"
CASES = json.loads((HOLDOUT114 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout114(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT114))
