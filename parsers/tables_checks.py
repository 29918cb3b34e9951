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

from typing import Any

from parsers import table_labels as L

Number = int | float
Lookup = dict[tuple[str, str | None, str | None], Number | None]


def _fmt(v: Number) -> str:
    return f"{v:g}" if isinstance(v, float) else str(v)


def _short(label: str) -> str:
    """'三、本年度办理结果/（七）总计' -> '（七）'; '法人或其他组织/科研机构' -> '科研机构'."""
    last = label.rsplit("/", 1)[-1]
    numbering = L.NUMBERING_RE.match(last)
    return numbering.group().rstrip("、.") if numbering else last


def _identity(
    rule: str, left: list[tuple[str, Number | None]], right: list[tuple[str, Number | None]]
) -> dict[str, Any]:
    missing = [name for name, v in left + right if v is None]
    if missing:
        return {"rule": rule, "ok": None, "detail": "missing: " + ", ".join(missing)}

    def side(terms: list[tuple[str, Number | None]]) -> tuple[Number, str]:
        total = sum(v for _, v in terms if v is not None)
        if len(terms) > 6:
            return total, f"sum of {len(terms)} rows = {_fmt(total)}"
        names = "+".join(_short(n) for n, _ in terms)
        values = "+".join(_fmt(v) for _, v in terms if v is not None)
        return total, f"{names} = {values}" + (f" = {_fmt(total)}" if len(terms) > 1 else "")

    lsum, ltext = side(left)
    rsum, rtext = side(right)
    return {"rule": rule, "ok": abs(lsum - rsum) < 1e-6, "detail": f"{ltext}; {rtext}"}


def t3_template(rows: set[str], fmt: str | None) -> str:
    """2021 if （六） has sub-rows, 2019 if it is a data row, else the format hint (or 2021)."""
    if rows & set(L.T3_OTHER_2021):
        return "2021"
    if L.T3_OTHER in rows:
        return "2019"
    return fmt if fmt in ("2019", "2021") else "2021"


def _t3(values: Lookup, rows: set[str], fmt: str | None) -> list[dict[str, Any]]:
    def v(row: str, col: str) -> tuple[str, Number | None]:
        return row, values.get(("t3", row, col))

    checks = []
    template = t3_template(rows, fmt)
    results = L.T3_RESULT_ROWS[template]
    for col in L.T3_COLS:
        checks.append(
            _identity(
                f"t3.balance/{col}",
                [v(L.T3_NEW, col), v(L.T3_CARRIED_IN, col)],
                [v(L.T3_TOTAL, col), v(L.T3_CARRIED_OUT, col)],
            )
        )
    for col in L.T3_COLS:
        checks.append(
            _identity(f"t3.results/{col}", [v(L.T3_TOTAL, col)], [v(r, col) for r in results])
        )
    order = L.T3_ROWS_2021 if template == "2021" else L.T3_ROWS_2019
    for row in [r for r in order if r in rows] + sorted(rows - set(order)):
        checks.append(
            _identity(
                f"t3.row_total/{row}",
                [(c, values.get(("t3", row, c))) for c in L.T3_APPLICANTS],
                [("总计", values.get(("t3", row, "总计")))],
            )
        )
    return checks


def _t4(values: Lookup) -> list[dict[str, Any]]:
    return [
        _identity(
            f"t4.group_total/{group}",
            [(r, values.get(("t4", None, f"{group}/{r}"))) for r in L.T4_RESULTS[:4]],
            [("总计", values.get(("t4", None, f"{group}/总计")))],
        )
        for group in L.T4_GROUPS
    ]


def run_checks(cells: list[dict[str, Any]], fmt: str | None) -> list[dict[str, Any]]:
    values: Lookup = {(c["table"], c["row"], c["col"]): c["value"] for c in cells}
    tables = {c["table"] for c in cells}
    checks: list[dict[str, Any]] = []
    if "t3" in tables:
        checks += _t3(values, {c["row"] for c in cells if c["table"] == "t3"}, fmt)
    if "t4" in tables:
        checks += _t4(values)
    return checks
