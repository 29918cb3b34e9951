"""The held-out corpus 62 (tests/fixtures/parsers_holdout62): the long tail of site chrome wording."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT62 = Path(__file__).parent / "fixtures" / "parsers_holdout62"
CASES = json.loads((HOLDOUT62 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout62(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT62))
