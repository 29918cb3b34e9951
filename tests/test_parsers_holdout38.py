"""The thirty-ninth held-out corpus (tests/fixtures/parsers_holdout38): Word 97-2003 (.doc) attachments."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT38 = Path(__file__).parent / "fixtures" / "parsers_holdout38"
CASES = json.loads((HOLDOUT38 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout38(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT38))
