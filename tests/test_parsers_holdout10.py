"""The eleventh held-out corpus (tests/fixtures/parsers_holdout10): full-size (60-250 KB) portal pages with mega-menus, sidebars and scripts around the article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT10 = Path(__file__).parent / "fixtures" / "parsers_holdout10"
CASES = json.loads((HOLDOUT10 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout10(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT10))
