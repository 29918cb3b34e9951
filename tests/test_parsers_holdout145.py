"""The held-out corpus 145 (tests/fixtures/parsers_holdout145): whole portal pages copied as text, round six."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case, with_known_gaps

HOLDOUT145 = Path(__file__).parent / "fixtures" / "parsers_holdout145"
CASES = json.loads((HOLDOUT145 / "expected.json").read_text(encoding="utf-8"))
# Known gaps, kept as strict expected failures so that a fix shows (the test then fails).
KNOWN_GAPS = {
    "r22_taoyuan_township_2022_sidebar_noheading.txt": "news titles with no heading between "
    "the info bar and the body are read as the report's first lines",
}


@pytest.mark.parametrize(
    "case",
    with_known_gaps(CASES, KNOWN_GAPS),
    ids=[c["file"] for c in CASES],
)
def test_holdout145(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT145))
