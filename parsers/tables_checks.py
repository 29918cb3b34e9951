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


class _Side(NamedTuple):
    """The operands of one side of an identity; built once per rule, as the rules are fixed."""

    keys: tuple[Key, ...]
    names: tuple[str, ...]  # shown when an operand is missing
    text: str  # the short names joined by "+", shown with the numbers


def _side(table: str, operands: list[tuple[str | None, str | None, str]]) -> _Side:
    """(row, col, name) operands of one side -> _Side."""
    names = tuple(name for _, _, name in operands)
    return _Side(
        tuple((table, row, col) for row, col, _ in operands),
        names,
        "+".join(_short(n) for n in names),
    )


class _Check(NamedTuple):
    """One identity: left side = right side."""

    rule: str
    left: _Side
    right: _Side


def _text(side: _Side, values: list[Number]) -> tuple[Number, str]:
    """The sum of a side's numbers, and how the side reads in `detail`."""
    total = sum(values)
    if len(values) > 6:
        return total, f"sum of {len(values)} rows = {_fmt(total)}"
    numbers = "+".join(map(_fmt, values))
    return total, f"{side.text} = {numbers}" + (f" = {_fmt(total)}" if len(values) > 1 else "")


def _identity(check: _Check, values: Lookup) -> dict[str, Any]:
    """The check's record: ok None, with the operands missing, when one has no number."""
    left = list(map(values.get, check.left.keys))
    right = list(map(values.get, check.right.keys))
    if None in left or None in right:
        operands = zip(check.left.names + check.right.names, left + right, strict=True)
        missing = [name for name, v in operands if v is None]
        return {"rule": check.rule, "ok": None, "detail": "missing: " + ", ".join(missing)}
    lsum, ltext = _text(check.left, cast("list[Number]", left))
    rsum, rtext = _text(check.right, cast("list[Number]", right))
    return {"rule": check.rule, "ok": abs(lsum - rsum) < 1e-6, "detail": f"{ltext}; {rtext}"}


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
        _Check(
            f"t3.balance/{col}",
            _side("t3", [(L.T3_NEW, col, L.T3_NEW), (L.T3_CARRIED_IN, col, L.T3_CARRIED_IN)]),
            _side("t3", [(L.T3_TOTAL, col, L.T3_TOTAL), (L.T3_CARRIED_OUT, col, L.T3_CARRIED_OUT)]),
        )
        for col in L.T3_COLS
    ) + tuple(
        _Check(
            f"t3.results/{col}",
            _side("t3", [(L.T3_TOTAL, col, L.T3_TOTAL)]),
            _side("t3", [(r, col, r) for r in results]),
        )
        for col in L.T3_COLS
    )


@cache
def _t3_row_total(row: str) -> _Check:
    return _Check(
        f"t3.row_total/{row}",
        _side("t3", [(row, c, c) for c in L.T3_APPLICANTS]),
        _side("t3", [(row, "总计", "总计")]),
    )


_KEY = itemgetter("table", "row", "col")
_VALUE = itemgetter("value")
_T3_ORDERS = {"2019": L.T3_ROWS_2019, "2021": L.T3_ROWS_2021}

_T4_CHECKS = tuple(
    _Check(
        f"t4.group_total/{group}",
        _side("t4", [(None, f"{group}/{r}", r) for r in L.T4_RESULTS[:4]]),
        _side("t4", [(None, f"{group}/总计", "总计")]),
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


def run_checks(cells: list[dict[str, Any]], fmt: str | None) -> list[dict[str, Any]]:
    values: Lookup = dict(zip(map(_KEY, cells), map(_VALUE, cells), strict=True))
    tables = {c["table"] for c in cells}
    checks: list[dict[str, Any]] = []
    if "t3" in tables:
        checks += _t3(values, {c["row"] for c in cells if c["table"] == "t3"}, fmt)
    if "t4" in tables:
        checks += [_identity(check, values) for check in _T4_CHECKS]
    return checks
