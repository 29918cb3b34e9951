"""The sixth held-out corpus (tests/fixtures/parsers_holdout5): blind portal pages, 22 reports, 10 near misses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT5 = Path(__file__).parent / "fixtures" / "parsers_holdout5"
CASES = json.loads((HOLDOUT5 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout5(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT5))
