"""The held-out corpus tests/fixtures/parsers_holdout105: script, round three — pages where Traditional and Simplified mix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT105 = Path(__file__).parent / "fixtures" / "parsers_holdout105"
CASES = json.loads((HOLDOUT105 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout105(case: dict) -> None:
    got = parse_case(case, HOLDOUT105)
    assert_case(case, got)
    original = (got["text_original"] or "") + "\n"
    for line in case.get("present_original", []):
        assert line in original, f"published wording lost from text_original: {line!r}"
