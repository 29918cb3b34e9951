"""The tenth held-out corpus (tests/fixtures/parsers_holdout9): scraper-extracted report texts in the seeds' quirks, with close negatives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT9 = Path(__file__).parent / "fixtures" / "parsers_holdout9"
CASES = json.loads((HOLDOUT9 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout9(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT9))
