"""The seventh held-out corpus (tests/fixtures/parsers_holdout6): extraction-tool texts (portal chrome, jina/markdown, readability, pdftotext pages), PDF/DOCX files, Traditional script, close negatives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT6 = Path(__file__).parent / "fixtures" / "parsers_holdout6"
CASES = json.loads((HOLDOUT6 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout6(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT6))
