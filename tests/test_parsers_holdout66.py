"""The sixty-seventh held-out corpus (tests/fixtures/parsers_holdout66): report pages as researchers save them with their own tools."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT66 = Path(__file__).parent / "fixtures" / "parsers_holdout66"
CASES = json.loads((HOLDOUT66 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout66(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT66))
