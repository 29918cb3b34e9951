"""The held-out corpus 132 (tests/fixtures/parsers_holdout132): what else a crawler fetches for a report URL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT132 = Path(__file__).parent / "fixtures" / "parsers_holdout132"
CASES = json.loads((HOLDOUT132 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout132(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT132))
