"""The fifty-ninth held-out corpus (tests/fixtures/parsers_holdout58): how a report names itself and its agency."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT58 = Path(__file__).parent / "fixtures" / "parsers_holdout58"
CASES = json.loads((HOLDOUT58 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout58(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT58))
