"""Pre-2019 政府信息公开情况统计表: (indicator path, unit, value) cells under table `stats`.

Provinces drew their own indicator lists, so there is no fixed vocabulary: the row is the
published indicator, Simplified, notes dropped, nested under its parents by the published
numbering (一、 > （一） > 1. > （1）; unnumbered and 其中 rows sit under the last numbered
row). The unit comes from the unit column of each row, as published (—— included).
"""

from __future__ import annotations

import re
from functools import lru_cache

from parsers import table_labels as L
from parsers.tables_map import Found
from parsers.tables_source import Value, read_value

_LEVELS = (
    re.compile(r"[一二三四五六七八九十]+、"),
    re.compile(r"（[一二三四五六七八九十]+）"),
    re.compile(r"\d+[.、]"),
    re.compile(r"（\d+）"),
)
_OF_WHICH = re.compile(r"^其中[：]?")


@lru_cache(maxsize=65536)
def _level(label: str) -> int | None:
    """Numbering level, 1 (一、) to 4 (（1）), None when unnumbered; cached, asked per row."""
    return next((n for n, rx in enumerate(_LEVELS, 1) if rx.match(label)), None)


@lru_cache(maxsize=65536)
def _names_indicators(text: str) -> bool:
    return "指标" in L.norm(text)


def _header(grid: list[list[str]]) -> tuple[int, int, int] | None:
    """(header row, label column, unit column) of a 统计指标 | 单位 | 统计数 table."""
    for r, row in enumerate(grid):
        # most rows, and every row of t2-t4, have no cell naming the indicators: skip the scans
        if not any(map(_names_indicators, row)):
            continue
        labels = list(map(L.norm, row))
        label_col = next((j for j, t in enumerate(labels) if "指标" in t), None)
        unit_col = next((j for j, t in enumerate(labels) if t in ("单位", "计量单位")), None)
        if label_col is not None and unit_col is not None and label_col < unit_col:
            return r, label_col, unit_col
    return None


@lru_cache(maxsize=65536)
def _indicator(text: str) -> str:
    """An indicator cell as its label: Simplified, no notes, no leading 其中 (cached like norm)."""
    return _OF_WHICH.sub("", L.strip_notes(L.norm(text)))


class _Path:
    """Indicator path by numbering level: a stack of (level, numbered, label)."""

    def __init__(self) -> None:
        self.stack: list[tuple[int, bool, str]] = []

    def push(self, label: str) -> str:
        level = _level(label)
        numbered = level is not None
        if level is None:
            level = max((lv for lv, num, _ in self.stack if num), default=0) + 1
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        self.stack.append((level, numbered, label))
        return "/".join(label for _, _, label in self.stack)


def map_stats(grids: list[list[list[str]]], found: Found) -> None:
    for grid in grids:
        head = _header(grid)
        if head is None:
            continue
        h, label_col, unit_col = head
        value_cols = [
            j for j, t in enumerate(grid[h]) if t.strip() and j > label_col and j != unit_col
        ]
        if not value_cols:
            continue
        names = {j: L.norm(grid[h][j]) if len(value_cols) > 1 else None for j in value_cols}
        path = _Path()
        for short in grid[h + 1 :]:
            row = short + [""] * (len(grid[h]) - len(short))  # text grids can be ragged
            labels = [lab for j in range(label_col, unit_col) if (lab := _indicator(row[j]))]
            unit = row[unit_col].strip()
            if not labels or (not unit and not any(row[j].strip() for j in value_cols)):
                continue  # title, signature and date lines inside the table
            for parent in labels[:-1]:
                path.push(parent)
            indicator = path.push(labels[-1])
            for j in value_cols:
                v = read_value(row[j])
                if v is None:
                    found.warn("stats", f"stats: not a number under {indicator}: {row[j]}")
                    v = Value(None, row[j].strip())
                found.add("stats", indicator, [(names[j], v)], {names[j]: L.norm(unit) or None})
