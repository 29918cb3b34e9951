"""The twelfth held-out corpus (tests/fixtures/parsers_holdout11): bilingual autonomous-area portals, title forms, 2008-2024 formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT11 = Path(__file__).parent / "fixtures" / "parsers_holdout11"
CASES = json.loads((HOLDOUT11 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout11(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT11))
