"""The twenty-fourth held-out corpus (tests/fixtures/parsers_holdout23): report pages versus pages that collect, list, summarise or point to reports."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT23 = Path(__file__).parent / "fixtures" / "parsers_holdout23"
CASES = json.loads((HOLDOUT23 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout23(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT23))
