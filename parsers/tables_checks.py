"""Accounting identities of tables 三 and 四 (domain.md §1a), checked, never corrected.

Rules (one check per column, row or group):

- `t3.balance/<col>`: 一 + 二 = （七）总计 + 四 — the official identity, for each of the 7 columns.
- `t3.results/<col>`: （七）总计 = the sum of the template's result rows （一）…（六）.
- `t3.row_total/<row>`: 总计 = 自然人 + the five 法人或其他组织 columns, for each row.
- `t4.group_total/<group>`: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计, for each group.

A blank, dash or absent operand makes the check undecidable: it is still reported, with
ok None and the missing labels in `detail`, so a researcher sees which identities could not
be tested. No check is emitted for a table that has no cells at all, nor for the pre-2019
统计表, whose indicator lists have no agreed identities (channels may overlap, for one).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from operator import itemgetter
from typing import Any, NamedTuple, cast

from parsers import table_labels as L

Number = int | float
Key = tuple[str, str | None, str | None]  # (table, row, col)
Lookup = dict[Key, Number | None]


def _fmt(v: Number) -> str:
    return f"{v:g}" if isinstance(v, float) else str(v)


def _short(label: str) -> str:
    """'三、本年度办理结果/（七）总计' -> '（七）'; '法人或其他组织/科研机构' -> '科研机构'."""
    last = label.rsplit("/", 1)[-1]
    numbering = L.NUMBERING_RE.match(last)
    return numbering.group().rstrip("、.") if numbering else last


Operand = tuple[str | None, str | None, str]  # (row, col, name shown when it is missing)


def _side(names: list[str], first: int) -> tuple[str, list[int]]:
    """How one side reads in `detail`, as a %-template, and which numbers fill it: indices
    into [the side's numbers, then their sum], counted from `first`."""
    n = len(names)
    if n > 6:
        return f"sum of {n} rows = %s", [first + n]
    shown = "+".join(_short(name) for name in names).replace("%", "%%")
    if n == 1:  # the number as published: the sum of [-0.0] would print 0
        return f"{shown} = %s", [first]
    return f"{shown} = {'+'.join(['%s'] * n)} = %s", list(range(first, first + n + 1))


class _Check(NamedTuple):
    """One identity, left side = right side; built once per rule, as the rules are fixed."""

    rule: str
    keys: tuple[Key, ...]  # the operands, left side then right
    names: tuple[str, ...]
    split: int  # how many operands the left side has
    detail: str  # %-template of the detail, filled by `shown`
    shown: Callable[[list[Number | str]], tuple[Number | str, ...]]  # [left, sum, right, sum]


def _check(rule: str, table: str, left: list[Operand], right: list[Operand]) -> _Check:
    keys = tuple((table, row, col) for row, col, _ in left + right)
    names = [name for _, _, name in left + right]
    split = len(left)
    left_detail, left_shown = _side(names[:split], 0)
    right_detail, right_shown = _side(names[split:], split + 1)
    shown = itemgetter(*left_shown, *right_shown)  # two or more indices: it returns a tuple
    return _Check(rule, keys, tuple(names), split, f"{left_detail}; {right_detail}", shown)


def _identity(check: _Check, values: Lookup) -> dict[str, Any]:
    """The check's record: ok None, with the operands missing, when one has no number."""
    operands = list(map(values.get, check.keys))
    if None in operands:
        missing = [name for name, v in zip(check.names, operands, strict=True) if v is None]
        return {"rule": check.rule, "ok": None, "detail": "missing: " + ", ".join(missing)}
    numbers = cast("list[Number]", operands)
    left, right = numbers[: check.split], numbers[check.split :]
    lsum, rsum = sum(left), sum(right)
    row: list[Number | str] = [*left, lsum, *right, rsum]
    if float in map(type, row):  # %s prints ints (all the numbers of nearly every report)
        row = list(map(_fmt, cast("list[Number]", row)))
    detail = check.detail % check.shown(row)
    return {"rule": check.rule, "ok": abs(lsum - rsum) < 1e-6, "detail": detail}


def t3_template(rows: set[str], fmt: str | None) -> str:
    """2021 if （六） has sub-rows, 2019 if it is a data row, else the format hint (or 2021)."""
    if rows & set(L.T3_OTHER_2021):
        return "2021"
    if L.T3_OTHER in rows:
        return "2019"
    return fmt if fmt in ("2019", "2021") else "2021"


@cache
def _t3_column_checks(template: str) -> tuple[_Check, ...]:
    """The balance and results checks of each t3 column, under the template's result rows."""
    results = L.T3_RESULT_ROWS[template]
    return tuple(
        _check(
            f"t3.balance/{col}",
            "t3",
            [(L.T3_NEW, col, L.T3_NEW), (L.T3_CARRIED_IN, col, L.T3_CARRIED_IN)],
            [(L.T3_TOTAL, col, L.T3_TOTAL), (L.T3_CARRIED_OUT, col, L.T3_CARRIED_OUT)],
        )
        for col in L.T3_COLS
    ) + tuple(
        _check(
            f"t3.results/{col}",
            "t3",
            [(L.T3_TOTAL, col, L.T3_TOTAL)],
            [(r, col, r) for r in results],
        )
        for col in L.T3_COLS
    )


@cache
def _t3_row_total(row: str) -> _Check:
    return _check(
        f"t3.row_total/{row}",
        "t3",
        [(row, c, c) for c in L.T3_APPLICANTS],
        [(row, "总计", "总计")],
    )


_T3_ORDERS = {"2019": L.T3_ROWS_2019, "2021": L.T3_ROWS_2021}

_T4_CHECKS = tuple(
    _check(
        f"t4.group_total/{group}",
        "t4",
        [(None, f"{group}/{r}", r) for r in L.T4_RESULTS[:4]],
        [(None, f"{group}/总计", "总计")],
    )
    for group in L.T4_GROUPS
)


def _t3(values: Lookup, rows: set[str], fmt: str | None) -> list[dict[str, Any]]:
    template = t3_template(rows, fmt)
    checks = [_identity(check, values) for check in _t3_column_checks(template)]
    order = _T3_ORDERS[template]
    for row in [r for r in order if r in rows] + sorted(rows.difference(order)):
        checks.append(_identity(_t3_row_total(row), values))
    return checks


def run_checks(
    values: Lookup, tables: set[str], t3_rows: set[str], fmt: str | None
) -> list[dict[str, Any]]:
    """The checks of the tables read: `values` maps (table, row, col) to each cell's number,
    `tables` names the tables with cells, `t3_rows` the rows of t3."""
    checks: list[dict[str, Any]] = []
    if "t3" in tables:
        checks += _t3(values, t3_rows, fmt)
    if "t4" in tables:
        checks += [_identity(check, values) for check in _T4_CHECKS]
    return checks
