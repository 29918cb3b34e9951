"""The held-out corpus 71 (tests/fixtures/parsers_holdout71): a test set as a research team would assemble it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT71 = Path(__file__).parent / "fixtures" / "parsers_holdout71"
CASES = json.loads((HOLDOUT71 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout71(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT71))
