"""The 122nd held-out corpus (tests/fixtures/parsers_holdout121): county governments' own reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT121 = Path(__file__).parent / "fixtures" / "parsers_holdout121"
CASES = json.loads((HOLDOUT121 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout121(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT121))
