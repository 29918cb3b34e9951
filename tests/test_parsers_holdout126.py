"""The held-out corpus 126 (tests/fixtures/parsers_holdout126): how real report pages are broken."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT126 = Path(__file__).parent / "fixtures" / "parsers_holdout126"
CASES = json.loads((HOLDOUT126 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout126(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT126))
