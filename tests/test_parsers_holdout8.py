"""The ninth held-out corpus (tests/fixtures/parsers_holdout8): what is a report, who reports, which year."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT8 = Path(__file__).parent / "fixtures" / "parsers_holdout8"
CASES = json.loads((HOLDOUT8 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout8(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT8))
