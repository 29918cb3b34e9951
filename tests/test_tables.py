"""Statutory tables -> exact cells and checks, in every form the tables are published in.

The seeds are real reports (their tables are all zeros, or the pre-2019 统计表); the fixtures
under tests/fixtures/tables/ are built by make_fixtures.py with a distinct non-zero number in
every cell, so a row or column read one place off fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import opencc
import pdfplumber
import pytest

from parsers import table_labels as L
from parsers.tables import TableResult, parse_tables
from parsers.tables_source import Value, read_value

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
TABLES = Path(__file__).parent / "fixtures" / "tables"


def seed(name: str) -> str:
    return next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8")


def grid(result: TableResult, table: str) -> dict[tuple[str | None, str | None], object]:
    return {(c["row"], c["col"]): c["value"] for c in result.cells if c["table"] == table}


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


# --- the canonical vocabulary -----------------------------------------------------------------


def test_vocabulary_has_the_template_shapes() -> None:
    assert len(L.T3_ROWS_2019) == 23 and len(L.T3_ROWS_2021) == 25
    assert len(L.T3_COLS) == 7 and len(L.T4_COLS) == 15
    assert "三、本年度办理结果/（三）不予公开/1.属于国家秘密" in L.T3_ROWS_2019
    assert "三、本年度办理结果/（六）其他处理" in L.T3_ROWS_2019
    assert "三、本年度办理结果/（六）其他处理" not in L.T3_ROWS_2021
    assert "三、本年度办理结果/（六）其他处理/3.其他" in L.T3_ROWS_2021
    assert L.T3_COLS[1] == "法人或其他组织/商业企业" and L.T3_COLS[-1] == "总计"
    assert L.T4_COLS[9] == "行政诉讼/未经复议直接起诉/总计"
    assert not set(L.T2_COLS_2019) & set(L.T2_COLS_2021)


# --- seeds ------------------------------------------------------------------------------------

SEED_000 = [  # (indicator path, value, unit) — ../shared/seeds/README.md
    ("一、主动公开情况", None, "——"),
    ("一、主动公开情况/（一）主动公开政府信息数", 0, "条"),
    ("一、主动公开情况/（一）主动公开政府信息数/主动公开规范性文件数", 0, "条"),
    ("一、主动公开情况/（一）主动公开政府信息数/制发规范性文件总数", 0, "件"),
    ("一、主动公开情况/（二）通过不同渠道和方式公开政府信息的情况", 66, "——"),
    (
        "一、主动公开情况/（二）通过不同渠道和方式公开政府信息的情况/1.政府公报公开政府信息数",
        0,
        "条",
    ),
    (
        "一、主动公开情况/（二）通过不同渠道和方式公开政府信息的情况/2.政府网站公开政府信息数",
        3,
        "条",
    ),
    (
        "一、主动公开情况/（二）通过不同渠道和方式公开政府信息的情况/3.政务微博公开政府信息数",
        0,
        "条",
    ),
    (
        "一、主动公开情况/（二）通过不同渠道和方式公开政府信息的情况/4.政务微信公开政府信息数",
        63,
        "条",
    ),
    (
        "一、主动公开情况/（二）通过不同渠道和方式公开政府信息的情况/5.其他方式公开政府信息数",
        0,
        "条",
    ),
    ("二、回应解读情况", 0, "——"),
    ("二、回应解读情况/（一）回应公众关注热点或重大舆情数", 0, "次"),
    ("二、回应解读情况/（二）通过不同渠道和方式回应解读的情况", 6, "——"),
    (
        "二、回应解读情况/（二）通过不同渠道和方式回应解读的情况/1.参加或举办新闻发布会总次数",
        0,
        "次",
    ),
    (
        "二、回应解读情况/（二）通过不同渠道和方式回应解读的情况/1.参加或举办新闻发布会总次数/主要负责同志参加新闻发布会次数",
        0,
        "次",
    ),
    ("二、回应解读情况/（二）通过不同渠道和方式回应解读的情况/2.政府网站在线访谈次数", 0, "次"),
    (
        "二、回应解读情况/（二）通过不同渠道和方式回应解读的情况/2.政府网站在线访谈次数/主要负责同志参加政府网站在线访谈次数",
        0,
        "次",
    ),
    ("二、回应解读情况/（二）通过不同渠道和方式回应解读的情况/3.政策解读稿件发布数", 6, "篇"),
    ("二、回应解读情况/（二）通过不同渠道和方式回应解读的情况/4.微博微信回应事件数", 0, "次"),
    ("二、回应解读情况/（二）通过不同渠道和方式回应解读的情况/5.其他方式回应事件数", 0, "次"),
    ("三、依申请公开情况", 0, "——"),
    ("三、依申请公开情况/（一）收到申请数", 0, "件"),
    ("三、依申请公开情况/（一）收到申请数/1.当面申请数", 0, "件"),
    ("三、依申请公开情况/（一）收到申请数/2.传真申请数", 0, "件"),
    ("三、依申请公开情况/（一）收到申请数/3.网络申请数", 0, "件"),
    ("三、依申请公开情况/（一）收到申请数/4.信函申请数", 0, "件"),
    ("三、依申请公开情况/（二）申请办结数", 0, "件"),
    ("三、依申请公开情况/（二）申请办结数/1.按时办结数", 0, "件"),
    ("三、依申请公开情况/（二）申请办结数/2.延期办结数", 0, "件"),
    ("三、依申请公开情况/（三）申请答复数", 0, "件"),
    ("三、依申请公开情况/（三）申请答复数/1.属于已主动公开范围数", 0, "件"),
    ("三、依申请公开情况/（三）申请答复数/2.同意公开答复数", 0, "件"),
    ("三、依申请公开情况/（三）申请答复数/3.同意部分公开答复数", 0, "件"),
    ("三、依申请公开情况/（三）申请答复数/4.不同意公开答复数", 0, "件"),
    ("三、依申请公开情况/（三）申请答复数/4.不同意公开答复数/涉及国家秘密", 0, "件"),
    ("三、依申请公开情况/（三）申请答复数/4.不同意公开答复数/涉及商业秘密", 0, "件"),
    ("三、依申请公开情况/（三）申请答复数/4.不同意公开答复数/涉及个人隐私", 0, "件"),
    (
        "三、依申请公开情况/（三）申请答复数/4.不同意公开答复数/危及国家安全、公共安全、经济安全和社会稳定",
        0,
        "件",
    ),
    ("三、依申请公开情况/（三）申请答复数/4.不同意公开答复数/不是《条例》所指政府信息", 0, "件"),
    ("三、依申请公开情况/（三）申请答复数/4.不同意公开答复数/法律法规规定的其他情形", 0, "件"),
    ("三、依申请公开情况/（三）申请答复数/5.不属于本行政机关公开数", 0, "件"),
    ("三、依申请公开情况/（三）申请答复数/6.申请信息不存在数", 0, "件"),
    ("三、依申请公开情况/（三）申请答复数/7.告知作出更改补充数", 0, "件"),
    ("三、依申请公开情况/（三）申请答复数/8.告知通过其他途径办理数", 0, "件"),
    ("四、行政复议数量", 0, "件"),
    ("四、行政复议数量/（一）维持具体行政行为数", 0, "件"),
    ("四、行政复议数量/（二）被依法纠错数", 0, "件"),
    ("四、行政复议数量/（三）其他情形数", 0, "件"),
    ("五、行政诉讼数量", 0, "件"),
    ("五、行政诉讼数量/（一）维持具体行政行为或者驳回原告诉讼请求数", 0, "件"),
    ("五、行政诉讼数量/（二）被依法纠错数", 0, "件"),
    ("五、行政诉讼数量/（三）其他情形数", 0, "件"),
    ("六、举报投诉数量", 0, "件"),
    ("七、依申请公开信息收取的费用", 0, "万元"),
    ("八、机构建设和保障经费情况", None, "——"),
    ("八、机构建设和保障经费情况/（一）政府信息公开工作专门机构数", 1, "个"),
    ("八、机构建设和保障经费情况/（二）设置政府信息公开查阅点数", None, "个"),
    ("八、机构建设和保障经费情况/（三）从事政府信息公开工作人员数", 2, "人"),
    ("八、机构建设和保障经费情况/（三）从事政府信息公开工作人员数/1.专职人员数", 1, "人"),
    ("八、机构建设和保障经费情况/（三）从事政府信息公开工作人员数/2.兼职人员数", 1, "人"),
    ("八、机构建设和保障经费情况/（四）政府信息公开专项经费", 0.5, "万元"),
    ("九、政府信息公开会议和培训情况", None, "——"),
    ("九、政府信息公开会议和培训情况/（一）召开政府信息公开工作会议或专题会议数", 3, "次"),
    ("九、政府信息公开会议和培训情况/（二）举办各类培训班数", 3, "次"),
    ("九、政府信息公开会议和培训情况/（三）接受培训人员数", 3, "人次"),
]


@pytest.mark.parametrize("script", ["traditional", "simplified"])
def test_seed_000_stats_table(script: str) -> None:
    text = seed("000")
    if script == "simplified":
        text = opencc.OpenCC("t2s").convert(text)
    result = parse_tables(text, fmt="pre2019")
    assert [(c["row"], c["value"], c["unit"]) for c in result.cells] == SEED_000
    assert {(c["table"], c["col"]) for c in result.cells} == {("stats", None)}
    blank = next(c for c in result.cells if c["row"].endswith("查阅点数"))
    assert blank["raw"] == "" and blank["value"] is None  # blank is not 0
    assert result.checks == [] and result.warnings == []


def test_seed_001_is_an_all_zero_2021_grid() -> None:
    result = parse_tables(seed("001"), fmt="2021")
    t2 = grid(result, "t2")
    assert set(t2) == {
        ("第二十条第（一）项/规章", "本年制发件数"),
        ("第二十条第（一）项/规章", "本年废止件数"),
        ("第二十条第（一）项/规章", "现行有效件数"),
        ("第二十条第（一）项/规范性文件", "本年制发件数"),
        ("第二十条第（一）项/规范性文件", "本年废止件数"),
        ("第二十条第（一）项/规范性文件", "现行有效件数"),
        ("第二十条第（五）项/行政许可", "本年处理决定数量"),
        ("第二十条第（六）项/行政处罚", "本年处理决定数量"),
        ("第二十条第（六）项/行政强制", "本年处理决定数量"),
        ("第二十条第（八）项/行政事业性收费", "本年收费金额"),
    }
    fee = next(c for c in result.cells if c["col"] == "本年收费金额")
    assert fee["unit"] == "万元"
    assert grid(result, "t3") == {(r, c): 0 for r in L.T3_ROWS_2021 for c in L.T3_COLS}
    assert grid(result, "t4") == {(None, c): 0 for c in L.T4_COLS}
    assert len(result.checks) == 7 + 7 + 25 + 3 and all(c["ok"] for c in result.checks)
    assert result.warnings == []


def test_seed_004_is_a_2019_grid_with_211_10_10() -> None:
    result = parse_tables(seed("004"), fmt="2019")
    t2 = grid(result, "t2")
    cols_one = ("本年新制作数量", "本年新公开数量", "对外公开总数量")
    cols_items = ("上一年项目数量", "本年增/减", "处理决定数量")
    expected = {("第二十条第（一）项/规章", c): 0 for c in cols_one}
    expected |= dict(
        zip([("第二十条第（一）项/规范性文件", c) for c in cols_one], [211, 10, 10], strict=True)
    )
    for row in (
        "（五）项/行政许可",
        "（五）项/其他对外管理服务事项",
        "（六）项/行政处罚",
        "（六）项/行政强制",
    ):
        expected |= {(f"第二十条第{row}", c): 0 for c in cols_items}
    expected |= {("第二十条第（八）项/行政事业性收费", c): 0 for c in cols_items[:2]}
    expected |= {("第二十条第（九）项/政府集中采购", c): 0 for c in ("采购项目数量", "采购总金额")}
    assert t2 == expected
    assert grid(result, "t3") == {(r, c): 0 for r in L.T3_ROWS_2019 for c in L.T3_COLS}
    assert grid(result, "t4") == {(None, c): 0 for c in L.T4_COLS}
    assert all(c["ok"] for c in result.checks) and result.warnings == []


@pytest.mark.parametrize("name", ["002", "003"])
def test_seeds_without_tables(name: str) -> None:
    assert parse_tables(seed(name), fmt="pre2019") == TableResult()


# --- built tables, every form -----------------------------------------------------------------

FORMS = [
    "html_2019.html",
    "html_2021.html",
    "pipes.txt",
    "rendered.txt",
    "cells.txt",
    "tabs.txt",
    "report.pdf",
]


def parse_fixture(name: str) -> TableResult:
    path = TABLES / name
    if name.endswith(".pdf"):
        return parse_tables(pdf_text(path))
    if name.endswith(".html"):
        return parse_tables("", path.read_text(encoding="utf-8"))
    return parse_tables(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", FORMS)
def test_built_tables_read_exactly(name: str) -> None:
    expected = json.loads((TABLES / f"{name}.expected.json").read_text(encoding="utf-8"))
    result = parse_fixture(name)
    key = lambda c: (c["table"], c["row"] or "", c["col"] or "")  # noqa: E731
    assert sorted(result.cells, key=key) == sorted(expected["cells"], key=key)
    numbers = [c["value"] for c in expected["cells"] if c["value"] is not None]
    assert len(set(numbers)) == len(numbers) and 0 not in numbers  # a shift cannot pass
    assert sorted(c["rule"] for c in result.checks if c["ok"] is False) == sorted(
        expected["failed"]
    )
    assert sorted(c["rule"] for c in result.checks if c["ok"] is None) == sorted(
        expected["undecided"]
    )
    assert result.warnings == []


def test_pdf_fixture_extracts_as_pdf_text() -> None:
    text = pdf_text(TABLES / "report.pdf")
    assert "（三）不予" in text and "三、收到和处理政府信息公开申请情况" in text
    assert "|" not in text  # really the PDF form, not one of the pipe forms


def test_failing_identity_is_reported_not_corrected() -> None:
    result = parse_fixture("pipes.txt")
    check = next(c for c in result.checks if c["rule"] == "t3.balance/自然人")
    assert check["ok"] is False
    new, carried_in, total, carried_out = (
        grid(result, "t3")[(row, "自然人")]
        for row in (L.T3_NEW, L.T3_CARRIED_IN, L.T3_TOTAL, L.T3_CARRIED_OUT)
    )
    assert new + carried_in != total + carried_out  # the published numbers, unchanged
    assert check["detail"] == (
        f"一+二 = {new}+{carried_in} = {new + carried_in}; "
        f"（七）+四 = {total}+{carried_out} = {total + carried_out}"
    )


def test_blank_total_column_is_null_and_checks_undecided() -> None:
    result = parse_fixture("rendered.txt")
    totals = [c for c in result.cells if c["table"] == "t3" and c["col"] == "总计"]
    assert len(totals) == 25 and all(c["value"] is None and c["raw"] == "" for c in totals)
    check = next(c for c in result.checks if c["rule"] == f"t3.row_total/{L.T3_NEW}")
    assert check == {"rule": f"t3.row_total/{L.T3_NEW}", "ok": None, "detail": "missing: 总计"}


# --- values -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", Value(12, "12")),
        ("１２", Value(12, "１２")),
        ("\u3000３", Value(3, "\u3000３".strip())),
        ("0.5", Value(0.5, "0.5")),
        ("1,234", Value(1234, "1,234")),
        ("-3", Value(-3, "-3")),
        ("+2", Value(2, "+2")),
        ("251000元", Value(251000, "251000元", "元")),
        ("", Value(None, "")),
        ("—", Value(None, "—")),
        ("——", Value(None, "——")),
        ("-", Value(None, "-")),
        ("/", Value(None, "/")),
        ("无", Value(None, "无")),
        ("12*", Value(12, "12*")),
        ("3①", Value(3, "3①")),
        ("增加2", Value(2, "增加2")),
        ("减少1", Value(-1, "减少1")),
        ("2（其中1件为上年结转）", Value(2, "2（其中1件为上年结转）")),
        ("（一）", None),
        ("规章", None),
    ],
)
def test_read_value(text: str, expected: Value | None) -> None:
    assert read_value(text) == expected


# --- labels -----------------------------------------------------------------------------------

T2_2021 = """第二十条第（一）项
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
规章 | 1 | 2 | 3
{label} | 4 | 5 | 6
"""


@pytest.mark.parametrize(
    "label",
    [
        "行政规范性文件",
        "规范性文件",
        "行政 规范性 文件",
        "規範性文件",
        "行政规范性文件（含部门文件）",
    ],
)
def test_label_variants_map_to_one_row(label: str) -> None:
    result = parse_tables(T2_2021.format(label=label))
    assert grid(result, "t2")[("第二十条第（一）项/规范性文件", "现行有效件数")] == 6
    assert result.warnings == []


@pytest.mark.parametrize(
    "row", [r for r in L.T3_ROWS_2021 if r.split("/")[-1][0].isdigit() and not r.endswith("其他")]
)
def test_t3_label_cut_by_a_page_break_keeps_its_row(row: str) -> None:
    """A PDF table row split over two pages leaves its label's last character on the next page:
    '2.其他法律行政法规禁止公' is still row 2 of （三）不予公开."""
    cut = row.split("/")[-1][:-1]
    assert L.t3_row(cut, in_other=row.startswith(L.T3_OTHER)) == row


def test_2019_and_2021_labels_are_not_folded() -> None:
    t2_2019 = "第二十条第（五）项\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量\n行政许可 | 7 | -1 | 9\n"
    t2_2021 = "第二十条第（五）项\n信息内容 | 本年处理决定数量\n行政许可 | 9\n"
    assert grid(parse_tables(t2_2019), "t2")[("第二十条第（五）项/行政许可", "处理决定数量")] == 9
    assert grid(parse_tables(t2_2021), "t2") == {
        ("第二十条第（五）项/行政许可", "本年处理决定数量"): 9
    }
    rows_2019 = {c["row"] for c in parse_fixture("html_2019.html").cells if c["table"] == "t3"}
    rows_2021 = {c["row"] for c in parse_fixture("html_2021.html").cells if c["table"] == "t3"}
    assert rows_2019 == set(L.T3_ROWS_2019) and rows_2021 == set(L.T3_ROWS_2021)


def test_template_contradicting_the_format_hint_is_a_warning() -> None:
    result = parse_tables(seed("004"), fmt="2021")
    assert "t3: rows follow the 2019 template, the report format is 2021" in result.warnings
    assert "t2: columns follow the 2019 template, the report format is 2021" in result.warnings
    assert grid(result, "t3")[(L.T3_OTHER, "总计")] == 0  # still stored under its 2019 row


# --- what cannot be read is a warning, never a number -----------------------------------------

T3_HEAD = (
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况\n"
    "自然人 | 法人或其他组织 | 总计\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他\n"
)


def test_pdf_row_that_lost_a_blank_cell_is_skipped() -> None:
    text = (
        "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人 商业企业 科研机构 社会公益组织 "
        "法律服务机构 其他 总计\n一、本年新收政府信息公开申请数量 1 2 3 4 5 6 21\n"
        "二、上年结转政府信息公开申请数量 1 2 4 5 6 18\n"
    )
    result = parse_tables(text)
    assert set(grid(result, "t3")) == {(L.T3_NEW, c) for c in L.T3_COLS}
    assert (
        "t3: cannot place the numbers of 二、上年结转政府信息公开申请数量: 1 2 4 5 6 18"
        in result.warnings
    )


def test_header_without_applicant_columns_gives_a_warning_and_no_cells() -> None:
    text = "申请人情况\n类别 | 数量\n一、本年新收政府信息公开申请数量 | 5\n"
    result = parse_tables(text)
    assert result.cells == []
    assert result.warnings == ["t3: the column header does not name the applicant columns"]


def test_unknown_row_with_numbers_is_a_warning() -> None:
    text = T2_2021.format(label="其他主动公开文件")
    result = parse_tables(text)
    assert ("第二十条第（一）项/规章", "本年制发件数") in grid(result, "t2")
    assert result.warnings == ["t2: row not recognised: 其他主动公开文件"]


def test_missing_tables_are_named_for_2019_format_reports() -> None:
    result = parse_tables("一、总体情况\n本机关2021年未收到申请。", fmt="2021")
    assert result.warnings == ["t2: table not found", "t3: table not found", "t4: table not found"]


def test_prose_naming_a_table_does_not_hide_it() -> None:
    text = (
        "（一）本年新收申请情况\n本年新收申请0件。\n"
        + T3_HEAD
        + "一、本年新收政府信息公开申请数量 | 1 | 2 | 3 | 4 | 5 | 6 | 21\n"
    )
    assert grid(parse_tables(text), "t3")[(L.T3_NEW, "法人或其他组织/其他")] == 6


# --- HTML -------------------------------------------------------------------------------------


def test_html_tables_win_and_text_fills_the_rest() -> None:
    html = (
        "<table><tr><td>第二十条第（五）项</td><td></td></tr><tr><td>信息内容</td>"
        "<td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>8</td></tr></table>"
    )
    text = (
        "第二十条第（五）项\n信息内容 | 本年处理决定数量\n行政许可 | 9\n"
        "行政复议 | 行政诉讼\n结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉\n"
        + " | ".join(L.T4_RESULTS * 2)
        + "\n"
        + " | ".join(["1", "2", "3", "4", "10"] * 3)
        + "\n"
    )
    result = parse_tables(text, html)
    assert grid(result, "t2") == {("第二十条第（五）项/行政许可", "本年处理决定数量"): 8}
    assert grid(result, "t4")[(None, "行政诉讼/复议后起诉/总计")] == 10


def test_html_stats_table_with_merged_cells() -> None:
    html = """<div><table><tr><td colspan="3">政府信息公开情况统计表</td></tr>
    <tr><th>统 计 指 标</th><th>单位</th><th>统计数</th></tr>
    <tr><td>一、主動公開情況</td><td>——</td><td></td></tr>
    <tr><td>（一）主动公开政府信息数<br/>（不同渠道和方式公开相同信息计1条）</td><td>条</td><td>１２</td></tr>
    <tr><td>其中：主动公开规范性文件数</td><td>条</td><td>—</td></tr>
    <tr><td colspan="2">四、行政复议数量</td><td>2</td></tr></table></div>"""
    result = parse_tables("", html)
    assert [(c["row"], c["value"], c["raw"], c["unit"]) for c in result.cells] == [
        ("一、主动公开情况", None, "", "——"),
        ("一、主动公开情况/（一）主动公开政府信息数", 12, "１２", "条"),
        ("一、主动公开情况/（一）主动公开政府信息数/主动公开规范性文件数", None, "—", "条"),
        ("四、行政复议数量", 2, "2", None),
    ]


def test_text_stats_table_with_heading_rows_across_it() -> None:
    """A heading row merged across a DOCX or .doc table reads as a line without cell marks;
    the table goes on under it (a sentence after the table ends it)."""
    text = (
        "统计指标 | 单位 | 统计数\n一、主动公开情况\n（一）主动公开政府信息数 | 条 | 67\n"
        "二、依申请公开情况\n（一）收到申请数 | 件 | 1\n本表数据由办公室统计。\n"
        "（二）申请办结数 | 件 | 1"
    )
    assert [(c["row"], c["value"]) for c in parse_tables(text).cells] == [
        ("（一）主动公开政府信息数", 67),
        ("（一）收到申请数", 1),
    ]


def test_layout_table_around_the_content_is_ignored() -> None:
    html = (
        "<table><tr><td>首页 | 政务公开</td><td>2019年</td></tr><tr><td>"
        "<table><tr><td>行政复议</td><td>行政诉讼</td></tr></table></td></tr></table>"
    )
    assert parse_tables("", html).cells == []


def test_repeated_table_is_read_once_and_conflicts_are_reported() -> None:
    once = "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 1 | 2 | 3\n"
    assert parse_tables(once + once).warnings == []  # no 第二十条 line: 信息内容 opens table 二
    result = parse_tables(once + once.replace("| 3", "| 4"))
    assert grid(result, "t2")[("第二十条第（一）项/规章", "现行有效件数")] == 3
    assert result.warnings == [
        "t2: 第二十条第（一）项/规章 appears again with other numbers; kept the first"
    ]
