"""The twenty-sixth held-out corpus (tests/fixtures/parsers_holdout25): key facts in one unusual place each."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT25 = Path(__file__).parent / "fixtures" / "parsers_holdout25"
CASES = json.loads((HOLDOUT25 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout25(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT25))
