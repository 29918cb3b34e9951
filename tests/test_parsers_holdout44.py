"""The forty-fifth held-out corpus (tests/fixtures/parsers_holdout44): pages where the report is
not simply the page's one article body (解读/图解 after it, PDF pointers and viewers, iframe
srcdoc, two years in one page, related-report lists, paged articles, republished reports, and
the list/summary/图解/解读/总结/函 look-alikes beside them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT44 = Path(__file__).parent / "fixtures" / "parsers_holdout44"
CASES = json.loads((HOLDOUT44 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout44(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT44))
