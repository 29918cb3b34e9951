"""The forty-fourth held-out corpus (tests/fixtures/parsers_holdout43): publication dates and years."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT43 = Path(__file__).parent / "fixtures" / "parsers_holdout43"
CASES = json.loads((HOLDOUT43 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout43(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT43))
