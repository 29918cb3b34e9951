"""The thirty-fifth held-out corpus (tests/fixtures/parsers_holdout34): plain text as careless extractors leave it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT34 = Path(__file__).parent / "fixtures" / "parsers_holdout34"
CASES = json.loads((HOLDOUT34 / "expected.json").read_text(encoding="utf-8"))
# Known gaps, kept as strict expected failures so that a fix shows (the test then fails).
KNOWN_GAPS = {
    "oneline_nospace_jianchi_2021.txt": "a whole page on one line with nothing between its "
    "parts: the breadcrumb and the 发布时间 line are glued to the title and the body",
}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[c["file"]]))
        if c["file"] in KNOWN_GAPS
        else c
        for c in CASES
    ],
    ids=[c["file"] for c in CASES],
)
def test_holdout34(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT34))
