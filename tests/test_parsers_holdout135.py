"""The held-out corpus 135 (tests/fixtures/parsers_holdout135): report pages broken the way real
portals serve them, round two (Word/WPS pastes, broken spans and rows, layout tables, textarea,
pre, div soup, comments, font soup, duplicated markers, BOMs, loose heads, entities, cp1252
bytes in GBK)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT135 = Path(__file__).parent / "fixtures" / "parsers_holdout135"
CASES = json.loads((HOLDOUT135 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout135(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT135))
