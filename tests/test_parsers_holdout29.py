"""The thirtieth held-out corpus (tests/fixtures/parsers_holdout29): who reports and which year, the hard way."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT29 = Path(__file__).parent / "fixtures" / "parsers_holdout29"
CASES = json.loads((HOLDOUT29 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout29(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT29))
