"""The held-out corpus 116 (tests/fixtures/parsers_holdout116): the mix a real test set would
hold, round three — pages, texts and attachments of the less sampled provinces, and near misses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT116 = Path(__file__).parent / "fixtures" / "parsers_holdout116"
CASES = json.loads((HOLDOUT116 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case",
    CASES,
    ids=[c["file"] for c in CASES],
)
def test_holdout116(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT116))
