"""The fifty-eighth held-out corpus (tests/fixtures/parsers_holdout57): the report outside the
portal's desktop article template (mobile pages, WeChat and news-platform copies, print views)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT57 = Path(__file__).parent / "fixtures" / "parsers_holdout57"
CASES = json.loads((HOLDOUT57 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout57(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT57))
