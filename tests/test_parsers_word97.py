"""Word 97–2003 files (.doc, .wps): the DOCX reports of the other corpora, saved as .doc by
LibreOffice (tests/fixtures/parsers_word97), read with the same fields; and what a bad OLE file
gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parsers import parse_document
from parsers.word97 import doc_text
from tests.test_parsers_corpus import assert_case, parse_case

WORD97 = Path(__file__).parent / "fixtures" / "parsers_word97"
CASES = json.loads((WORD97 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_doc_reads_as_its_docx(case: dict) -> None:
    assert_case(case, parse_case(case, WORD97))


# LibreOffice repeats a content control's text when it saves it as .doc (antiword reads the
# same): these files differ from their DOCX in those lines only.
REPEATED_BY_LIBREOFFICE = {
    "holdout17_qingshan_xiang_2022_sdt.doc",
    "holdout17_template_xx_town_sdt.doc",
}


@pytest.mark.parametrize(
    "case",
    [c for c in CASES if c["file"] not in REPEATED_BY_LIBREOFFICE],
    ids=[c["file"] for c in CASES if c["file"] not in REPEATED_BY_LIBREOFFICE],
)
def test_doc_text_and_cells_equal_the_docx(case: dict) -> None:
    doc = parse_document((WORD97 / case["file"]).read_bytes())
    docx = parse_document((WORD97.parent / case["source"]).read_bytes())
    assert doc.text == docx.text
    assert doc.cells == docx.cells


def test_statistics_table_rows_and_cells() -> None:
    lines = doc_text((WORD97 / "parsers_docx_department_2021.doc").read_bytes()).lines
    assert "行政规范性文件 | 4 | 0 | 19" in lines
    report = parse_document((WORD97 / "parsers_docx_department_2021.doc").read_bytes())
    cells = {(c["table"], c["row"], c["col"]): c["value"] for c in report.to_dict()["cells"]}
    assert cells[("t2", "第二十条第（一）项/规范性文件", "本年制发件数")] == 4


def test_hidden_and_deleted_text_left_out() -> None:
    text = parse_document((WORD97 / "holdout17_pingjiang_edu_2023_revisions.doc").read_bytes()).text
    assert "此处数据待财务股补充" not in text
    assert "其中教育收费、招生入学、学生资助等重点领域信息31条。" in text


def test_text_box_read_after_its_anchor() -> None:
    lines = doc_text((WORD97 / "holdout27_title_textbox_xiaojiaqiao_2023.doc").read_bytes()).lines
    assert lines[0] == "肖家桥乡人民政府2023年政府信息公开工作年度报告"


def test_damaged_word_file_gives_a_warning() -> None:
    data = (WORD97 / "holdout14_linze_county_2022.doc").read_bytes()
    report = parse_document(data[: len(data) // 3], url="http://www.linze.gov.cn/a.doc")
    assert report.is_annual_report is False
    assert report.reason == "empty"
    assert report.warnings[0].startswith("Word file could not be read: ")


def test_ole_file_without_a_word_document() -> None:
    data = (WORD97 / "holdout14_linze_county_2022.doc").read_bytes()
    # the same container with its WordDocument stream renamed, as a spreadsheet has Workbook
    renamed = data.replace("WordDocument".encode("utf-16-le"), "WordDocumenX".encode("utf-16-le"))
    report = parse_document(renamed, url="http://www.linze.gov.cn/a.xls")
    assert report.warnings == [
        "Word file could not be read: an OLE file without a Word document (a spreadsheet?)"
    ]
