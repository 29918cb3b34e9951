"""The eighth held-out corpus (tests/fixtures/parsers_holdout7): messy saved portal pages, written blind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT7 = Path(__file__).parent / "fixtures" / "parsers_holdout7"
CASES = json.loads((HOLDOUT7 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout7(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT7))
