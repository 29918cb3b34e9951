"""The thirty-third held-out corpus (tests/fixtures/parsers_holdout32): district-level units of the municipalities and of prefecture cities."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT32 = Path(__file__).parent / "fixtures" / "parsers_holdout32"
CASES = json.loads((HOLDOUT32 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout32(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT32))
