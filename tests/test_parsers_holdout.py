"""The held-out corpus (tests/fixtures/parsers_holdout): pages, texts and files written apart
from the tuning corpus, one per platform and trap of domain.md §2–3, checked field by field
with the same helpers as test_parsers_corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT = Path(__file__).parent / "fixtures" / "parsers_holdout"
CASES = json.loads((HOLDOUT / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT))


def test_holdout_coverage() -> None:
    assert len(CASES) >= 30
    kinds = {c["expected"]["agency_kind"] for c in CASES}
    assert {"township", "street", "department", "county_government"} <= kinds
    suffixes = {c["file"].rsplit(".", 1)[-1] for c in CASES}
    assert {"html", "txt", "pdf", "docx"} <= suffixes
    assert sum(c["file"].endswith((".pdf", ".docx")) for c in CASES) >= 3
    assert {True, False} == {c["expected"]["is_annual_report"] for c in CASES}
    assert {"traditional", "simplified"} <= {c["expected"]["script"] for c in CASES}
