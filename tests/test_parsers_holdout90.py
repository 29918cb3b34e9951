"""The ninety-first held-out corpus (tests/fixtures/parsers_holdout90): report pages as
text-extraction tools hand them over, round four."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case, with_known_gaps

HOLDOUT90 = Path(__file__).parent / "fixtures" / "parsers_holdout90"
CASES = json.loads((HOLDOUT90 / "expected.json").read_text(encoding="utf-8"))

# Known gaps, kept as strict expected failures so that a fix shows (the test then fails).
KNOWN_GAPS = {
    "tika_html_fusong_czj_2010.txt": "Tika puts the <title> first: the menu lines between it "
    "and the repeated title are no longer label lines above the title",
    "nonreport_jina_list_longde.md": "a Markdown column's pager line is not counted as a "
    "pager, so its eight report links read as a summary, not a list",
    "nonreport_html2text_news_lingao.md": "a Markdown heading that is a news title "
    "(…召开…推进会) is not taken as the title, so the short item reads as empty, not news",
}


@pytest.mark.parametrize(
    "case",
    with_known_gaps(CASES, KNOWN_GAPS),
    ids=[c["file"] for c in CASES],
)
def test_holdout90(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT90))
