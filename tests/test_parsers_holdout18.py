"""The nineteenth held-out corpus (tests/fixtures/parsers_holdout18): report PDFs as text from
pdftotext (-layout and plain), PyMuPDF, Tika/pdfminer and OCR — page furniture, form feeds,
tables as aligned columns or cell by cell, mastheads, split titles — plus look-alike negatives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT18 = Path(__file__).parent / "fixtures" / "parsers_holdout18"
CASES = json.loads((HOLDOUT18 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout18(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT18))
