"""The held-out corpus tests/fixtures/parsers_holdout64: the 2024–2026 portal templates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT64 = Path(__file__).parent / "fixtures" / "parsers_holdout64"
CASES = json.loads((HOLDOUT64 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout64(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT64))
