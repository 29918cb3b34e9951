"""The seventeenth held-out corpus (tests/fixtures/parsers_holdout16): who reports — departments, vertical agencies, 群团, 中心/馆, unusual township and street names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT16 = Path(__file__).parent / "fixtures" / "parsers_holdout16"
CASES = json.loads((HOLDOUT16 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout16(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT16))
