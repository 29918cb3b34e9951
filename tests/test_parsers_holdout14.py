"""The fifteenth held-out corpus (tests/fixtures/parsers_holdout14): reports and non-reports published only as PDF or DOCX attachments."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT14 = Path(__file__).parent / "fixtures" / "parsers_holdout14"
CASES = json.loads((HOLDOUT14 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout14(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT14))
