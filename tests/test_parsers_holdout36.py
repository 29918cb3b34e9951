"""The thirty-seventh held-out corpus (tests/fixtures/parsers_holdout36): old pages as researchers obtain them (web archives, snapshots, browser saves, mobile versions, proxies)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT36 = Path(__file__).parent / "fixtures" / "parsers_holdout36"
CASES = json.loads((HOLDOUT36 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout36(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT36))
