"""The forty-sixth held-out corpus (tests/fixtures/parsers_holdout45): tables not drawn as plain tables."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case, with_known_gaps

HOLDOUT45 = Path(__file__).parent / "fixtures" / "parsers_holdout45"
CASES = json.loads((HOLDOUT45 / "expected.json").read_text(encoding="utf-8"))
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
def test_holdout45(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT45))


# Known gaps, kept as strict expected failures so that a fix shows (the test then fails):
# tables not drawn with <table> (but styled display:table) are read as lines, not rows of cells.
_DIV_GRID = "a CSS grid of divs: each cell is read as its own line"
KNOWN_GAPS = {
    "hanweb_divtable_yantou_2022.html": "table 三 as a display:table grid: without spans its "
    "header rows do not name the applicant columns",
    "trs_flexrows_liuyang_rsj_2021.html": _DIV_GRID + " (flexbox rows)",
    "generic_cssgrid_norows_hanyin_jtj_2023.html": _DIV_GRID + " (no row elements)",
    "ucap_ulli_xiaoxita_street_2020.html": "a ul/li grid: each li is read as its own line",
    "gkmlpt_per_section_tables_ruyuan_czj_2023.html": "one-row tables per section row of 三 "
    "are not joined to the table they continue",
    "vue_eltable_split_gunan_street_2022.html": "a header table and a body table are read "
    "apart, so the body's columns have no names",
    "vue_form_inputs_jushan_street_2022.html": "cells given as <input value> are not read",
    "generic_span_datavalue_jinniu_2020.html": "cells shown by CSS from data-value are not read",
}


@pytest.mark.parametrize(
    "case",
    with_known_gaps(CELL_CASES, KNOWN_GAPS),
    ids=[c["file"] for c in CELL_CASES],
)
def test_holdout45_cells(case: dict) -> None:
    cells = parse_case(case, HOLDOUT45)["cells"]
    wrong = []
    for spot in case["cells"]:
        hits = matching_cells(cells, spot)
        if not any(same_value(c.get("value"), spot["value"]) for c in hits):
            wrong.append((spot, [(c["row"], c["col"], c.get("value")) for c in hits][:3]))
    assert not wrong, f"{case['note']}: table values (spot, cells found) {wrong}"
