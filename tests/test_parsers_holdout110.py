"""The held-out corpus tests/fixtures/parsers_holdout110: site furniture of the 2020–2026
templates around and inside the article, round five (floating toolbars, AI assistants,
accessibility toolbars, cookie bars, badges, marquees, site and language switchers, weather,
login, counters, ratings, tab bars, 政务服务网 banners, follow cards, print headers)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT110 = Path(__file__).parent / "fixtures" / "parsers_holdout110"
CASES = json.loads((HOLDOUT110 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout110(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT110))
