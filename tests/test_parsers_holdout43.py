"""The forty-fourth held-out corpus (tests/fixtures/parsers_holdout43): publication dates and years."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case, with_known_gaps

HOLDOUT43 = Path(__file__).parent / "fixtures" / "parsers_holdout43"
CASES = json.loads((HOLDOUT43 / "expected.json").read_text(encoding="utf-8"))
# Known gaps, kept as strict expected failures so that a fix shows (the test then fails).
KNOWN_GAPS = {
    "gkmlpt_timestamp_wengyuan_czj_2021.html": "the 发布日期 is filled in by a script from a "
    "Unix timestamp; scripts are not run",
}


@pytest.mark.parametrize(
    "case",
    with_known_gaps(CASES, KNOWN_GAPS),
    ids=[c["file"] for c in CASES],
)
def test_holdout43(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT43))
