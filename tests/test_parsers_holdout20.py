"""The twenty-first held-out corpus (tests/fixtures/parsers_holdout20): individually worded reports of 2008–2024 and look-alike negatives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT20 = Path(__file__).parent / "fixtures" / "parsers_holdout20"
CASES = json.loads((HOLDOUT20 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout20(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT20))
