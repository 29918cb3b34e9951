"""Map a stream of table cells to the 2019/2021 statutory tables (t2, t3, t4) by label.

Rows are found by their labels (table_labels), never by position. Columns are found by
their header labels: per grid column when the source is HTML, otherwise from the order in
which the flattened header lists them. A row whose numbers cannot be placed without guessing
(a PDF line that lost a blank cell, a header that does not name the columns) is skipped with
a warning: a missing number is recoverable, a wrong one is not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Any

from parsers import table_labels as L
from parsers.tables_source import Cell, Value

Columns = dict[int, str] | list[str]  # grid column -> key (HTML), or keys in order (text)
Key = tuple[str, str | None, str | None]  # (table, row, col)
Units = dict[str | None, str | None]  # col -> unit its header states
_UNSEEN = object()


@dataclass
class Found:
    """Cells and warnings read so far; the first cell of a (table, row, col) wins.

    A table printed twice (PDF page headers, a repeated table) is harmless; the same cell
    with another number is not, and is reported.
    """

    cells: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (table, message)
    # (table, row, col) -> value of each cell kept: the look-up the checks read
    values: dict[Key, int | float | None] = field(default_factory=dict)
    rows: dict[str, set[str | None]] = field(default_factory=dict)  # table -> rows with cells

    def add(
        self,
        table: str,
        row: str | None,
        pairs: Iterable[tuple[str | None, Value]],
        units: Units | None = None,
    ) -> None:
        """The cells of one row: (col, value) pairs, and the units their headers state."""
        kept = len(self.cells)
        values = self.values
        for col, v in pairs:
            key = (table, row, col)
            if key in values:  # a repeat, reported if its number differs
                self._first(key, v.value)
            else:  # the common case, kept without the call
                values[key] = v.value
                self.cells.append(
                    {
                        "table": table,
                        "row": row,
                        "col": col,
                        "value": v.value,
                        "raw": v.raw,
                        "unit": v.unit or (units.get(col) if units else None),
                    }
                )
        if len(self.cells) > kept:
            self.rows.setdefault(table, set()).add(row)

    def _first(self, key: Key, value: int | float | None) -> bool:
        """True the first time a cell is seen; a repeat with another number is reported."""
        seen = self.values.get(key, _UNSEEN)
        if seen is _UNSEEN:
            self.values[key] = value
            return True
        if seen != value:
            table, row, col = key
            message = f"{table}: {row or col} appears again with other numbers; kept the first"
            self.warn(table, message)
        return False

    def warn(self, table: str, message: str) -> None:
        if (table, message) not in self.warnings:
            self.warnings.append((table, message))

    def extend(self, other: Found, *, warnings: bool = True) -> None:
        """Add another's cells (the dicts are shared: cells are never changed once made)."""
        for c in other.cells:
            if self._first((c["table"], c["row"], c["col"]), c["value"]):
                self.cells.append(c)
                self.rows.setdefault(c["table"], set()).add(c["row"])
        for table, message in other.warnings if warnings else ():
            self.warn(table, message)


# --- regions ----------------------------------------------------------------------------------

_SECTION = re.compile(
    r"^[一二三四五六七八九十]、.*(总体情况|主动公开政府信息情况|收到和处理|"
    r"行政复议、行政诉讼|行政复议和行政诉讼|存在的主要问题|其他需要报告)"
)


@lru_cache(maxsize=65536)
def _opener(label: str) -> str | None:
    """The table a label opens, if any; cached, as it is asked of every label of a report."""
    if len(label) > 40 or ("。" in label and "勾稽关系" not in label):  # prose names tables too
        return None
    if (L.t2_item(label) and len(label) <= 12) or L.strip_notes(label) == "信息内容":
        return "t2"
    if "勾稽关系" in label or label in ("申请人情况", "自然人") or "本年新收" in label:
        return "t3"
    if L.strip_notes(label) == "行政复议":
        return "t4"
    return None


@lru_cache(maxsize=65536)
def _closes(text: str) -> bool:
    """Prose or a report section heading ends a flattened table (the t3 note is neither).

    Cached like _opener: asked of every label after an opener."""
    label = L.norm(text)
    if "勾稽关系" in label:
        return False
    return "。" in text or len(label) > 60 or bool(_SECTION.match(label))


def regions(cells: list[Cell]) -> list[tuple[str, list[Cell]]]:
    """Candidate cells of each table: from an opener to prose, a heading or another table.

    Every opener outside the previous candidate of its kind starts a new candidate, so a
    short line of prose that happens to name a table does not hide the table itself.
    """
    opens = [(i, kind) for i, c in enumerate(cells) if c.label and (kind := _opener(c.label))]
    out: list[tuple[str, list[Cell]]] = []
    ends: dict[str, int] = {}
    for n, (start, kind) in enumerate(opens):
        if start < ends.get(kind, -1):
            continue
        end = next((i for i, k in opens[n + 1 :] if k != kind), len(cells))
        stop = next(
            (i for i in range(start + 1, end) if cells[i].label and _closes(cells[i].text)), end
        )
        ends[kind] = stop
        out.append((kind, cells[start:stop]))
    return out


# --- shared helpers ---------------------------------------------------------------------------


def joined(labels: Iterable[str], known: Callable[[str], object]) -> list[str]:
    """Header labels with line-wrapped fragments glued back: '本年新' + '制作数量'."""
    out: list[str] = []
    pending: list[str] = []
    for label in labels:
        glued = next(
            (g for k in range(len(pending)) if known(g := "".join(pending[k:]) + label)), None
        )
        if glued:
            out.append(glued)
            pending = []
        elif known(label):
            out.append(label)
            pending = []
        elif label:
            pending = [*pending[-3:], label]
    return out


def grid_columns(
    header: list[Cell], key: Callable[[tuple[str, ...]], str | None]
) -> dict[int, str]:
    """HTML: each grid column's header path (top to bottom) -> key; `header` holds labels."""
    paths: dict[int, list[str]] = {}
    for cell in header:
        assert cell.col is not None
        for j in range(cell.col, cell.col + cell.span):
            paths.setdefault(j, []).append(cell.label)
    return {j: k for j, path in sorted(paths.items()) if (k := key(tuple(path)))}


def is_grid(cells: list[Cell]) -> bool:
    return bool(cells) and all(c.col is not None for c in cells)


def take_run(cells: list[Cell], i: int) -> tuple[list[Cell], int]:
    """Value and empty cells from i up to the next label, within one row when rows are known."""
    row = cells[i].row
    j, n = i, len(cells)
    while j < n and not (cell := cells[j]).is_label and cell.row == row:
        j += 1
    return cells[i:j], j


def _pairs(keys: Iterable[str], run: Iterable[Cell]) -> list[tuple[str, Value]]:
    return [(k, c.value) for k, c in zip(keys, run, strict=True) if k and c.value]


def place(run: list[Cell], cols: Columns) -> list[tuple[str, Value]] | None:
    """Pair each number of a row with its column key, or None when that would be a guess."""
    if isinstance(cols, dict):
        pairs: list[tuple[str, Value]] = []
        for cell in run:
            start = cell.col or 0
            if cell.span == 1:  # the common case, without the set
                key = cols.get(start)
            else:
                keys = {cols[j] for j in range(start, start + cell.span) if j in cols}
                if len(keys) > 1:  # one number under two columns
                    return None
                key = keys.pop() if keys else None
            if key and cell.value:
                pairs.append((key, cell.value))
        return pairs
    n = len(cols)
    if run and run[0].row is None:  # one cell per line: trailing empties may be layout
        return _pairs(cols, run[:n]) if len(run) >= n else None
    run = list(run)
    while len(run) > n and run[-1].text == "":
        run.pop()
    while len(run) > n and run[0].text == "":
        run.pop(0)
    return _pairs(cols, run) if len(run) == n else None


def _describe(run: list[Cell]) -> str:
    return " ".join(c.text or "□" for c in run)


# --- t2 ---------------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _t2_path_key(path: tuple[str, ...]) -> str | None:
    """Cached, as are the t3 and t4 ones: a template's header paths recur in every report."""
    return next((k for p in reversed(path) if (k := L.t2_col(p))), None)


def _t2_columns(header: list[Cell]) -> tuple[Columns, Units]:
    """Columns of one 第二十条 item, and the units their headers state (（单位：万元）)."""
    units: Units = {k: u for c in header if (k := L.t2_col(c.label)) and (u := L.unit_note(c.text))}
    if is_grid(header):
        return grid_columns(header, _t2_path_key), units
    return [L.t2_col(x) or "" for x in joined((c.label for c in header), L.t2_col)], units


def map_t2(cells: list[Cell], found: Found) -> None:
    header: list[Cell] = []
    cols: Columns = []
    units: Units = {}
    in_header = False
    row: str | None = None
    unknown: str | None = None
    i = 0
    while i < len(cells):
        cell = cells[i]
        if cell.is_label:
            label = cell.label
            if L.t2_item(label) or L.strip_notes(label) == "信息内容":
                in_header, header, row, unknown = True, [], None, None
            elif name := L.t2_row(label):
                if in_header:
                    cols, units = _t2_columns(header)
                    in_header = False
                row, unknown = name, None
            elif in_header:
                header.append(cell)
            else:
                row, unknown = None, cell.text
            i += 1
            continue
        if in_header or row is None:
            if unknown and cell.value and cell.value.value is not None:
                found.warn("t2", f"t2: row not recognised: {unknown}")
            i += 1
            continue
        run, i = take_run(cells, i)
        pairs = place(run, cols) if cols else None
        if pairs is None:
            found.warn("t2", f"t2: cannot place the numbers of {row}: {_describe(run)}")
        else:
            found.add("t2", row, pairs, units)
        row = None


# --- t3 ---------------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _t3_path_key(path: tuple[str, ...]) -> str | None:
    keys = [k for p in path if (k := L.t3_col(p)) and k != L.T3_GROUP]
    return keys[-1] if keys else None


def _t3_order(labels: list[str]) -> list[str]:
    """Flattened two-level header -> column order: the group's children replace the group."""
    seq = [L.t3_col(x) or "" for x in joined(labels, L.t3_col)]
    children = [k for k in seq if k.startswith(L.T3_GROUP + "/")]
    if not children or L.T3_GROUP not in seq[: seq.index(children[0])]:
        return [k for k in seq if k != L.T3_GROUP]
    first = seq.index(children[0])
    top = seq[:first]
    rest = [k for k in seq[first:] if k not in children]
    g = top.index(L.T3_GROUP)
    return top[:g] + children + top[g + 1 :] + rest


def _t3_columns(header: list[Cell], found: Found) -> Columns | None:
    cols: Columns
    if is_grid(header):
        cols = grid_columns(header, _t3_path_key)
    else:
        cols = _t3_order([c.label for c in header])
        if any(c.loose for c in header) and cols:
            # PDF lines put spanning headers out of column order and wrap the names: the
            # header is only evidence that this is the template's table
            cols = list(L.T3_COLS)
        elif len(set(cols)) != len(cols):
            cols = []
    if not cols:
        found.warn("t3", "t3: the column header does not name the applicant columns")
        return None
    return cols


@lru_cache(maxsize=65536)
def _t3_row(labels: str, in_other: bool) -> tuple[str | None, bool]:
    """The row named by the labels gathered since the last numbers (last numbered part wins).

    Cached: every report of a template names its rows alike."""
    row = None
    for part in L.segments(L.strip_notes(labels)):
        row = L.t3_row(part, in_other=in_other)
        if row is not None:
            in_other = row == L.T3_OTHER or row in L.T3_OTHER_2021
    return row, in_other


def _is_t3_row(label: str) -> bool:
    return L.t3_col(label) is None and any(
        L.t3_row(p, in_other=False) for p in L.segments(L.strip_notes(label))
    )


def _numbers_follow(cells: list[Cell], i: int) -> bool:
    """Whether numbers follow the label at i in its row, before another label."""
    row = cells[i].row
    for cell in islice(cells, i + 1, None):
        if cell.is_label or cell.row != row:
            return False
        if cell.value and cell.value.value is not None:
            return True
    return False


def map_t3(cells: list[Cell], found: Found) -> None:
    header: list[Cell] = []
    cols: Columns | None = None
    buffer: list[str] = []
    in_other = False
    i = 0
    while i < len(cells):
        cell = cells[i]
        if cell.is_label:
            label = cell.label
            if cols is None and not _is_t3_row(label):
                header.append(cell)
            else:
                if cols is None and (cols := _t3_columns(header, found)) is None:
                    return
                # the header repeated where the table goes on overleaf names no row (总计)
                if L.t3_col(label) is None or _numbers_follow(cells, i):
                    buffer.append(label)
            i += 1
            continue
        if cols is None or not buffer:
            i += 1
            continue
        labels = "".join(buffer)
        row, in_other = _t3_row(labels, in_other)
        run, i = take_run(cells, i)
        if row is None or row in L.T3_HEADERS:
            if any(c.value and c.value.value is not None for c in run):
                found.warn("t3", f"t3: numbers on a row that is not a template row: {labels}")
        elif (pairs := place(run, cols)) is None:
            found.warn("t3", f"t3: cannot place the numbers of {row}: {_describe(run)}")
        else:
            found.add("t3", row, pairs)
        buffer = []


# --- t4 ---------------------------------------------------------------------------------------


def _t4_known(label: str) -> bool:
    return bool(L.t4_group(label) or L.t4_result(label) or label == "行政诉讼")


@lru_cache(maxsize=65536)
def _t4_path_key(path: tuple[str, ...]) -> str | None:
    group = next((g for p in reversed(path) if (g := L.t4_group(p))), None)
    result = next((r for p in reversed(path) if (r := L.t4_result(p))), None)
    return f"{group}/{result}" if group and result else None


def _t4_columns(header: list[Cell]) -> Columns | None:
    if is_grid(header):
        return grid_columns(header, _t4_path_key) or None
    labels = joined((c.label for c in header), _t4_known)
    groups = [g for x in labels if (g := L.t4_group(x))]
    results = [r for x in labels if (r := L.t4_result(x))]
    if any(c.loose for c in header):  # PDF lines wrap and reorder the header: trust the template
        return list(L.T4_COLS) if len(set(groups)) == 3 else None
    blocks = [results[k : k + 5] for k in range(0, len(results), 5)]
    if len(groups) != 3 or len(blocks) != 3 or any(set(b) != set(L.T4_RESULTS) for b in blocks):
        return None
    return [f"{g}/{r}" for g, block in zip(groups, blocks, strict=True) for r in block]


def map_t4(cells: list[Cell], found: Found) -> None:
    # the region opens on a header label; the numbers start at the first non-empty value
    start = next((i for i, c in enumerate(cells) if not c.is_label and c.text), None)
    if start is None:
        return
    header = [c for c in cells[:start] if c.is_label]
    cols = _t4_columns(header)
    if cols is None:
        found.warn("t4", "t4: the column header does not name the 15 review/litigation columns")
        return
    run, _ = take_run(cells, start)
    if isinstance(cols, list) and run[0].row is None:
        # one cell per line: empties next to the header are layout, so only a run of exactly
        # 15 cells (or 15 numbers) is unambiguous
        while run and run[-1].text == "":
            run.pop()
        if len(run) != len(cols):
            run = [c for c in run if c.text]
        if len(run) != len(cols):
            run = []
    pairs = place(run, cols) if run else None
    if pairs is None:
        found.warn("t4", f"t4: cannot place the numbers: {_describe(run)}")
        return
    found.add("t4", None, pairs)
