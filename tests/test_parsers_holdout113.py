"""The held-out corpus 113 (tests/fixtures/parsers_holdout113): a representative sample, round eleven."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT113 = Path(__file__).parent / "fixtures" / "parsers_holdout113"
CASES = json.loads((HOLDOUT113 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout113(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT113))
