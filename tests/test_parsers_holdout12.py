"""The thirteenth held-out corpus (tests/fixtures/parsers_holdout12): unusual page shapes (WeChat, reposts, mobile, print, frames, viewers, text containers)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT12 = Path(__file__).parent / "fixtures" / "parsers_holdout12"
CASES = json.loads((HOLDOUT12 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout12(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT12))
