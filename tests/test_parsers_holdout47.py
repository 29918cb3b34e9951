"""The forty-eighth held-out corpus (tests/fixtures/parsers_holdout47): encodings and character references."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT47 = Path(__file__).parent / "fixtures" / "parsers_holdout47"
CASES = json.loads((HOLDOUT47 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout47(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT47))
