"""Canonical labels of the statutory tables, and the keyword rules mapping published labels to them.

This module is the one place where the official row and column labels live (domain.md §1a).
Every published label — Traditional or Simplified, with notes in brackets, spaces, wrapped
across lines, 行政规范性文件 or 规范性文件 — is normalised with `norm` and mapped here, so the
database holds one spelling per row and column and researchers can sum across reports.

Canonical strings (Simplified, full-width brackets, parent/child joined by "/"):

- `t2` rows: `第二十条第（一）项/规章`, `第二十条第（一）项/规范性文件` (the 2021 name
  行政规范性文件 maps here: same documents, renamed), `第二十条第（五）项/行政许可`,
  `第二十条第（五）项/其他对外管理服务事项` (2019 only), `第二十条第（六）项/行政处罚`,
  `第二十条第（六）项/行政强制`, `第二十条第（八）项/行政事业性收费`,
  `第二十条第（九）项/政府集中采购` (2019 only).
  Columns are the template's own and never shared between templates: 2019 `T2_COLS_2019`,
  2021 `T2_COLS_2021` (本年处理决定数量 is 2021, 处理决定数量 is 2019).
- `t3` rows: `T3_ROWS_2019` (23) and `T3_ROWS_2021` (25); they differ only under （六）其他处理,
  a data row in 2019 and a header over three data rows in 2021. Columns: `T3_COLS`.
- `t4`: one data row, so `row` is None and `col` is the header path, e.g.
  `行政复议/结果维持`, `行政诉讼/未经复议直接起诉/总计` (`T4_COLS`).
- `stats` (pre-2019 统计表): no fixed vocabulary; `row` is the indicator path built from the
  published numbering (`一、主动公开情况/（一）主动公开政府信息数`), notes dropped.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import opencc

Rule = tuple[tuple[str, ...], str]  # (keywords, canonical label): any keyword matches

# --- t2 ---------------------------------------------------------------------------------------

_T2_ROW_RULES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    # (keywords, item, canonical row name); checked in order, first hit wins
    (("规范性文件",), "（一）", "规范性文件"),
    (("规章",), "（一）", "规章"),
    (("对外管理服务",), "（五）", "其他对外管理服务事项"),
    (("行政许可",), "（五）", "行政许可"),
    (("行政处罚",), "（六）", "行政处罚"),
    (("行政强制",), "（六）", "行政强制"),
    (("事业性收费",), "（八）", "行政事业性收费"),
    (("集中采购",), "（九）", "政府集中采购"),
)

T2_COLS_2019 = (
    "本年新制作数量",
    "本年新公开数量",
    "对外公开总数量",
    "上一年项目数量",
    "本年增/减",
    "处理决定数量",
    "采购项目数量",
    "采购总金额",
)
T2_COLS_2021 = ("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额")

_T2_COL_RULES: tuple[Rule, ...] = (
    (("本年新制作",), "本年新制作数量"),
    (("本年新公开",), "本年新公开数量"),
    (("对外公开总",), "对外公开总数量"),
    (("上一年项目", "上年项目"), "上一年项目数量"),
    (("增/减", "增减", "增（减）"), "本年增/减"),
    (("本年处理决定",), "本年处理决定数量"),
    (("处理决定数",), "处理决定数量"),
    (("采购项目",), "采购项目数量"),
    (("采购总金额", "采购金额"), "采购总金额"),
    (("本年制发",), "本年制发件数"),
    (("本年废止",), "本年废止件数"),
    (("现行有效",), "现行有效件数"),
    (("收费金额",), "本年收费金额"),
)
T2_ITEM_RE = re.compile(r"第二十条第（([一二三四五六七八九十]+)）项")

# --- t3 ---------------------------------------------------------------------------------------

T3_NEW = "一、本年新收政府信息公开申请数量"
T3_CARRIED_IN = "二、上年结转政府信息公开申请数量"
T3_RESULTS = "三、本年度办理结果"
T3_CARRIED_OUT = "四、结转下年度继续办理"
_R = T3_RESULTS + "/"
T3_OPEN = _R + "（一）予以公开"
T3_PARTLY = _R + "（二）部分公开"
T3_NOT_OPEN = _R + "（三）不予公开"
T3_CANNOT = _R + "（四）无法提供"
T3_NOT_HANDLED = _R + "（五）不予处理"
T3_OTHER = _R + "（六）其他处理"
T3_TOTAL = _R + "（七）总计"

# (keywords that identify a published label, official label) per group of sub-rows; a keyword
# stops short of the label's last character, which a PDF page break may carry to the next page
_T3_NOT_OPEN_LEAVES = (
    (("国家秘",), "1.属于国家秘密"),
    (("禁止公",), "2.其他法律行政法规禁止公开"),
    (("三安全一稳定", "危及"), "3.危及“三安全一稳定”"),
    (("第三方",), "4.保护第三方合法权益"),
    (("内部事务",), "5.属于三类内部事务信息"),
    (("过程性",), "6.属于四类过程性信息"),
    (("执法案",), "7.属于行政执法案卷"),
    (("行政查询",), "8.属于行政查询事项"),
)
_T3_CANNOT_LEAVES = (
    (("不掌握",), "1.本机关不掌握相关政府信息"),
    (("另行制",), "2.没有现成信息需要另行制作"),
    (("仍不明",), "3.补正后申请内容仍不明确"),
)
_T3_NOT_HANDLED_LEAVES = (
    (("信访",), "1.信访举报投诉类申请"),
    (("重复申",), "2.重复申请"),
    (("出版",), "3.要求提供公开出版物"),
    (("大量反复",), "4.无正当理由大量反复申请"),
    (("重新出具",), "5.要求行政机关确认或重新出具已获取信息"),
)
_T3_OTHER_LEAVES_2021 = (
    (("逾期不补正",), "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    (
        ("收费通知", "缴纳费用"),
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    ),
    ((), "3.其他"),  # a bare 其他, matched in t3_row by its place under （六）
)


def _under(parent: str, leaves: tuple[Rule, ...]) -> tuple[str, ...]:
    return tuple(f"{parent}/{label}" for _, label in leaves)


def _rules(parent: str, leaves: tuple[Rule, ...]) -> tuple[Rule, ...]:
    return tuple((keys, f"{parent}/{label}") for keys, label in leaves if keys)


T3_OTHER_2021 = _under(T3_OTHER, _T3_OTHER_LEAVES_2021)
_T3_HEAD = (
    T3_NEW,
    T3_CARRIED_IN,
    T3_OPEN,
    T3_PARTLY,
    *_under(T3_NOT_OPEN, _T3_NOT_OPEN_LEAVES),
    *_under(T3_CANNOT, _T3_CANNOT_LEAVES),
    *_under(T3_NOT_HANDLED, _T3_NOT_HANDLED_LEAVES),
)
T3_ROWS_2019: tuple[str, ...] = (*_T3_HEAD, T3_OTHER, T3_TOTAL, T3_CARRIED_OUT)
T3_ROWS_2021: tuple[str, ...] = (*_T3_HEAD, *T3_OTHER_2021, T3_TOTAL, T3_CARRIED_OUT)
# rows that (七）总计 sums, per template
T3_RESULT_ROWS = {
    "2019": tuple(r for r in T3_ROWS_2019 if r.startswith(_R) and r != T3_TOTAL),
    "2021": tuple(r for r in T3_ROWS_2021 if r.startswith(_R) and r != T3_TOTAL),
}
# headers: rows of the template that carry no numbers (（六） is one only in 2021)
T3_HEADERS = frozenset({T3_RESULTS, T3_NOT_OPEN, T3_CANNOT, T3_NOT_HANDLED})

_LEGAL = "法人或其他组织"
T3_APPLICANTS = (
    "自然人",
    *(f"{_LEGAL}/{c}" for c in ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")),
)
T3_COLS = (*T3_APPLICANTS, "总计")
T3_GROUP = _LEGAL
_T3_COL_NAMES = {
    "自然人": "自然人",
    "商业企业": T3_COLS[1],
    "科研机构": T3_COLS[2],
    "社会公益组织": T3_COLS[3],
    "公益组织": T3_COLS[3],
    "法律服务机构": T3_COLS[4],
    "其他": T3_COLS[5],
    "总计": "总计",
    "合计": "总计",
    _LEGAL: T3_GROUP,
    "法人或者其他组织": T3_GROUP,
    "法人及其他组织": T3_GROUP,
}

# (keywords, canonical) — leaves first, so "（三）不予公开1.属于国家秘密" finds the leaf
_T3_ROW_RULES: tuple[Rule, ...] = (
    *_rules(T3_NOT_OPEN, _T3_NOT_OPEN_LEAVES),
    *_rules(T3_CANNOT, _T3_CANNOT_LEAVES),
    *_rules(T3_NOT_HANDLED, _T3_NOT_HANDLED_LEAVES),
    *_rules(T3_OTHER, _T3_OTHER_LEAVES_2021),
    (("予以公开",), T3_OPEN),
    (("部分公开",), T3_PARTLY),
    (("不予公开",), T3_NOT_OPEN),
    (("无法提供",), T3_CANNOT),
    (("不予处理",), T3_NOT_HANDLED),
    (("其他处理",), T3_OTHER),
    (("总计", "合计"), T3_TOTAL),
    (("本年新收",), T3_NEW),
    (("上年结转",), T3_CARRIED_IN),
    (("结转下年",), T3_CARRIED_OUT),
    (("办理结果",), T3_RESULTS),
)

# --- t4 ---------------------------------------------------------------------------------------

T4_GROUPS: tuple[str, ...] = ("行政复议", "行政诉讼/未经复议直接起诉", "行政诉讼/复议后起诉")
T4_RESULTS: tuple[str, ...] = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
T4_COLS = tuple(f"{g}/{r}" for g in T4_GROUPS for r in T4_RESULTS)
_T4_GROUP_NAMES = {
    "行政复议": T4_GROUPS[0],
    "未经复议直接起诉": T4_GROUPS[1],
    "复议后起诉": T4_GROUPS[2],
}
_T4_RESULT_NAMES = {
    **{r: r for r in T4_RESULTS},
    "维持": "结果维持",
    "纠正": "结果纠正",
    "合计": "总计",
}

# --- normalisation ----------------------------------------------------------------------------

_FULL_WIDTH = str.maketrans(
    {
        "(": "（",
        ")": "）",
        ":": "：",
        ",": "，",
        ";": "；",
        "[": "（",
        "]": "）",
        "【": "（",
        "】": "）",
    }
)
_NUMBERING = r"[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\d+[.、](?!\d)"
NUMBERING_RE = re.compile(_NUMBERING)
_PAREN_NUMBER = re.compile(r"（([一二三四五六七八九十\d]+)）")
_WS = re.compile(r"\s+")
_NOTE = re.compile(r"（[^（）]*）")
_UNIT_NOTE = re.compile(r"（(?:单位：)?(万元|元)）")


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Comparable form of a label: NFKC, Simplified, no whitespace, full-width brackets.

    Cached: a report compares the same few hundred cell strings against every label rule.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _t2s().convert(_WS.sub("", text))
    return text.translate(_FULL_WIDTH).replace("其它", "其他")


@lru_cache(maxsize=65536)
def strip_notes(label: str) -> str:
    """Drop bracketed notes (also halves of notes cut by a line wrap), keep （一） numbering.

    Notes such as （区分处理的，只计这一情形…） or （单位：万元） vary between portals and would
    split one official row into many.
    """
    label = _PAREN_NUMBER.sub(r"〔\1〕", label)
    while True:
        shorter = _NOTE.sub("", label)
        if shorter == label:
            break
        label = shorter
    if "）" in label:  # tail of a note opened in an earlier cell or line
        label = label[label.rindex("）") + 1 :]
    if "（" in label:  # head of a note continued in a later cell or line
        label = label[: label.index("（")]
    return label.replace("〔", "（").replace("〕", "）")


@lru_cache(maxsize=65536)
def unit_note(label: str) -> str | None:
    """Unit stated in a header note: 本年收费金额（单位：万元） -> 万元."""
    m = _UNIT_NOTE.search(norm(label))
    return m.group(1) if m else None


def without_numbering(label: str) -> str:
    m = NUMBERING_RE.match(label)
    return label[m.end() :] if m else label


@lru_cache(maxsize=65536)
def segments(label: str) -> tuple[str, ...]:
    """Split joined label text at each numbering: '（三）不予公开1.属于国家秘密' -> 2 parts.

    Cached like the classifiers below: a report asks about the same few labels many times."""
    starts = [m.start() for m in NUMBERING_RE.finditer(label)] or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    ends = [*starts[1:], len(label)]
    return tuple(label[a:b] for a, b in zip(starts, ends, strict=True) if label[a:b])


# --- classifiers ------------------------------------------------------------------------------


def _first(rules: tuple[Rule, ...], text: str) -> str | None:
    return next((name for keys, name in rules if any(k in text for k in keys)), None)


@lru_cache(maxsize=65536)
def t2_item(label: str) -> str | None:
    """'第二十条第（五）项' -> '（五）' (the label, already normalised)."""
    m = T2_ITEM_RE.search(label)
    return f"（{m.group(1)}）" if m else None


@lru_cache(maxsize=65536)
def t2_row(label: str) -> str | None:
    """Canonical t2 row: '行政规范性文件' -> '第二十条第（一）项/规范性文件'."""
    body = without_numbering(strip_notes(label))
    if not body or len(body) > 14:
        return None
    for keys, item, name in _T2_ROW_RULES:
        if any(k in body for k in keys):
            return f"第二十条第{item}项/{name}"
    return None


@lru_cache(maxsize=65536)
def t2_col(label: str) -> str | None:
    body = strip_notes(label)
    return _first(_T2_COL_RULES, body) if body and len(body) <= 14 else None


@lru_cache(maxsize=65536)
def t3_col(label: str) -> str | None:
    """Applicant column or the 法人或其他组织 group (T3_GROUP) for a normalised header label."""
    return _T3_COL_NAMES.get(strip_notes(label))


@lru_cache(maxsize=65536)
def t3_row(segment: str, *, in_other: bool) -> str | None:
    """Canonical t3 row (or header) for one numbered segment of a row label.

    `in_other` says the segment follows （六）其他处理, the only place a bare 其他 is a row.
    """
    body = without_numbering(segment)
    if body == "其他":  # （六）其他 is 其他处理 cut by a line wrap
        if segment.startswith("（六）"):
            return T3_OTHER
        return T3_OTHER_2021[2] if in_other else None
    if not body or len(body) > 40:
        return None
    return _first(_T3_ROW_RULES, body)


@lru_cache(maxsize=65536)
def t4_group(label: str) -> str | None:
    return _T4_GROUP_NAMES.get(strip_notes(label))


@lru_cache(maxsize=65536)
def t4_result(label: str) -> str | None:
    return _T4_RESULT_NAMES.get(strip_notes(label))
