"""The fortieth held-out corpus (tests/fixtures/parsers_holdout39): PDFs an office suite exported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT39 = Path(__file__).parent / "fixtures" / "parsers_holdout39"
CASES = json.loads((HOLDOUT39 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout39(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT39))
