"""Statutory statistics tables -> labelled cells and checked identities.

Public entry: `parse_tables(text, html=None, *, fmt=None) -> TableResult`.

Sources, in order of trust: the HTML tables of the content container (rowspan/colspan
expanded into a grid; tables holding other tables are layout and ignored), then the body
text, where tables arrive flattened — rows of cells between pipes (`| a | b |`), rows joined
by ` | `, one cell per line ending in ` |` with empty cells as `|||` runs, tab-indented cells
on separate lines with labels broken across lines, and PDF text (a row's label then its
numbers between spaces). A table found in the HTML is not read again from the text.

Tables: `t2`, `t3`, `t4` of the 2019/2021 templates and `stats` for the pre-2019 统计表;
canonical labels in `parsers.table_labels`, rules of the checks in `parsers.tables_checks`.
The template is read from the labels; `fmt` only fills in when the labels cannot tell, and
a disagreement is reported as a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from lxml import etree

from parsers import table_labels as L
from parsers.tables_checks import run_checks, t3_template
from parsers.tables_map import Found, map_t2, map_t3, map_t4, regions
from parsers.tables_source import Cell, Source, html_source, text_source
from parsers.tables_stats import map_stats

_MAPPERS = {"t2": map_t2, "t3": map_t3, "t4": map_t4}


@dataclass
class TableResult:
    cells: list[dict[str, Any]] = field(default_factory=list)
    checks: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _read(source: Source) -> Found:
    """Each table from the first candidate region that yields cells, else from its longest."""
    candidates: dict[str, list[list[Cell]]] = {}
    for kind, cells in regions(source.cells):
        candidates.setdefault(kind, []).append(cells)
    found = Found()
    for kind, tried in candidates.items():
        if len(tried) == 1:
            # read straight into found, no copy: the mappers touch only their own table
            _MAPPERS[kind](tried[0], found)
        else:
            found.extend(_best(kind, tried))
    # a 统计表 names its indicator column (统计指标): without such a label, skip its row scans
    if "指标" in "\n".join([c.label for c in source.cells]):
        map_stats(source.grids, found)
    return found


def _best(kind: str, tried: list[list[Cell]]) -> Found:
    """The first reading with cells, else that of the longest region (for its warnings)."""
    attempts: list[Found] = []
    for cells in tried:
        attempt = Found()
        _MAPPERS[kind](cells, attempt)
        if attempt.cells:
            return attempt
        attempts.append(attempt)
    return attempts[max(range(len(tried)), key=lambda n: len(tried[n]))]


def _merge(first: Found, second: Found) -> Found:
    """Tables read from `first` win; `second` fills in the tables `first` could not read."""
    have = first.rows.keys()
    merged = Found()
    merged.extend(first, warnings=False)
    merged.extend(Found(cells=[c for c in second.cells if c["table"] not in have]), warnings=False)
    used = merged.rows.keys()
    for table, message in first.warnings:
        if table in have or table not in used:
            merged.warn(table, message)
    for table, message in second.warnings:
        if table not in have:
            merged.warn(table, message)
    return merged


def _template_warnings(found: Found, fmt: str | None, tables: set[str], t3_rows: set[str]) -> None:
    """Say which template the tables follow when it contradicts the format hint or is mixed."""
    if t3_rows & set(L.T3_OTHER_2021) and L.T3_OTHER in t3_rows:
        found.warn("t3", "t3: mixes the 2019 row （六）其他处理 with its 2021 sub-rows")
    if t3_rows:
        template = t3_template(t3_rows, fmt)
        expected = L.T3_ROWS_2021 if template == "2021" else L.T3_ROWS_2019
        missing = [r for r in expected if r not in t3_rows]
        if missing:
            found.warn(
                "t3",
                f"t3: {len(missing)} of the {len(expected)} rows of the {template} "
                f"template not found",
            )
        if (
            fmt in ("2019", "2021")
            and template != fmt
            and (t3_rows & set(L.T3_OTHER_2021) or L.T3_OTHER in t3_rows)
        ):
            found.warn("t3", f"t3: rows follow the {template} template, the report format is {fmt}")
    t2_cols = {c["col"] for c in found.cells if c["table"] == "t2"}
    for template, cols in (("2019", L.T2_COLS_2019), ("2021", L.T2_COLS_2021)):
        if (
            fmt in ("2019", "2021")
            and fmt != template
            and t2_cols & set(cols)
            and not (t2_cols - set(cols))
        ):
            found.warn(
                "t2", f"t2: columns follow the {template} template, the report format is {fmt}"
            )
    if fmt in ("2019", "2021"):
        for table in ("t2", "t3", "t4"):
            if table not in tables and not any(t == table for t, _ in found.warnings):
                found.warn(table, f"{table}: table not found")


def parse_tables(
    text: str,
    html: str | etree._Element | None = None,
    *,
    fmt: str | None = None,
    table_rows: dict[etree._Element, list[list[str]]] | None = None,
) -> TableResult:
    """Find the report's statistics tables and read them as labelled cells, then check them.

    `html` is the content's markup, or its already parsed element (the parser's container,
    so a page is parsed once, with the `table_rows` its rendering read). The text is read only
    for the tables the HTML did not give.
    """
    from_html = _read(html_source(html, table_rows)) if html is not None else Found()
    if {"t2", "t3", "t4"} <= from_html.rows.keys():
        found = from_html
    else:
        found = _merge(from_html, _read(text_source(text or "")))
    tables = set(found.rows)
    t3_rows = cast("set[str]", found.rows.get("t3", set()))  # t3 rows are never None
    _template_warnings(found, fmt, tables, t3_rows)
    return TableResult(
        cells=found.cells,
        checks=run_checks(found.values, tables, t3_rows, fmt),
        warnings=[message for _, message in found.warnings],
    )
