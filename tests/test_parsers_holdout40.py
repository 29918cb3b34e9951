"""The forty-first held-out corpus (tests/fixtures/parsers_holdout40): DOCX as WPS and Word write them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT40 = Path(__file__).parent / "fixtures" / "parsers_holdout40"
CASES = json.loads((HOLDOUT40 / "expected.json").read_text(encoding="utf-8"))
CELL_CASES = [c for c in CASES if c.get("cells")]


def matching_cells(cells: list[dict], spot: dict) -> list[dict]:
    """The parsed cells of the spot's table whose row and column labels hold all its keywords."""
    return [
        c
        for c in cells
        if c["table"] == spot["table"]
        and all(k in (c.get("row") or "") for k in spot["row"])
        and all(k in (c.get("col") or "") for k in spot["col"])
    ]


def same_value(got, want) -> bool:
    try:
        return got is not None and abs(float(got) - float(want)) < 1e-6
    except (TypeError, ValueError):
        return False


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout40(case: dict) -> None:
    got = parse_case(case, HOLDOUT40)
    assert_case(case, got)
    for line in case.get("once", []):
        n = got["text"].count(line)
        assert n == 1, f"shown once in the document, {n} times in the text: {line!r}"


@pytest.mark.parametrize("case", CELL_CASES, ids=[c["file"] for c in CELL_CASES])
def test_holdout40_cells(case: dict) -> None:
    cells = parse_case(case, HOLDOUT40)["cells"]
    wrong = []
    for spot in case["cells"]:
        hits = matching_cells(cells, spot)
        if not any(same_value(c.get("value"), spot["value"]) for c in hits):
            wrong.append((spot, [(c["row"], c["col"], c.get("value")) for c in hits][:3]))
    assert not wrong, f"{case['note']}: table values (spot, cells found) {wrong}"
