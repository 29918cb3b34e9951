"""Which template a report follows: pre2019, 2019 (国办公开办函〔2019〕60号) or 2021 (〔2021〕30号).

Table labels decide when present (domain.md §1): 本年制发件数 / 本年废止件数 / 现行有效件数 and the
split （六）其他处理 rows exist only in the 2021 tables; 本年新制作数量 / 对外公开总数量 /
采购总金额 only in the 2019 ones. Without tables the year decides: reports on 2018 and
earlier predate the 2019 format, 2019–2020 used the 2019 one, 2021 on the revised one —
unless the text carries two labels of the old 统计表 (主动公开政府信息数, 申请答复数 …): some
2019 reports kept the old template.
"""

from __future__ import annotations

PRE2019 = "pre2019"
F2019 = "2019"
F2021 = "2021"

# Labels are looked up as plain substrings (no label overlaps another, so this counts what a
# regex alternation would, several times faster).
_LABELS_2021 = (
    "本年制发件数",
    "本年废止件数",
    "现行有效件数",
    "本年收费金额",
    "逾期不补正",
    "逾期未按收费通知要求缴纳费用",
)
_LABELS_2019 = ("本年新制作数量", "本年新公开数量", "对外公开总数量", "采购总金额", "采购项目数量")
_OLD_STATS = ("政府信息公开情况统计表", "主动公开政府信息数", "申请答复数", "回应解读情况")


def detect_format(text: str, year: int | None) -> str | None:
    """Format from table labels first, then from the year; None when neither tells."""
    # spaces and line breaks (most of the whitespace) go by replace first: fewer pieces to split
    compact = "".join(text.replace(" ", "").replace("\n", "").split())
    hits_2021 = sum(label in compact for label in _LABELS_2021)
    hits_2019 = sum(label in compact for label in _LABELS_2019)
    if hits_2021 >= 2 or (hits_2021 and hits_2021 >= hits_2019):
        return F2021
    if hits_2019:
        return F2019
    # a 2019 report may still follow the old template (the 60号 format was only encouraged)
    old = sum(label in compact for label in _OLD_STATS)
    if old >= 2 or (year is None and old):
        return PRE2019
    if year is not None:
        return PRE2019 if year <= 2018 else F2019 if year <= 2020 else F2021
    return None
