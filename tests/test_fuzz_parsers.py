"""Fuzzing parsers.parse_document: random HTML and text, and the fixture pages and seed texts
truncated, bit-flipped, spliced with random tags and re-encoded, never make it raise, nor fail
inside (a caught exception becomes a "parser error" warning), and always give a Report of the
contract's types whose to_dict() is strict JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import Report, parse_document
from parsers.html import decode

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = [p.read_bytes() for p in sorted((FIXTURES / "parsers").iterdir())
         if p.suffix in (".html", ".txt")] + [
         p.read_bytes() for p in sorted((FIXTURES / "seeds").glob("*.txt"))]
FILES = [p.read_bytes() for p in sorted((FIXTURES / "parsers").iterdir())
         if p.suffix in (".pdf", ".docx")]
ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "gbk", "gb2312", "big5", "utf-16", "utf-16-be",
             "shift_jis", "euc-kr", "latin-1", "cp1252"]
CONTENT_TYPES = [None, "text/html", "text/plain", "application/pdf", "application/octet-stream",
                 "application/msword", *[f"text/html; charset={e}" for e in ENCODINGS],
                 "text/html; charset=x-no-such-charset", "text/html; charset="]
URLS = [None, "http://www.lufeng.gov.cn/info/1014/1359.htm",
        "http://127.0.0.11:8800/art/2019/2/26/art_5231_1642657.html",
        "http://www.example.gov.cn/zwgk/ndbg/W020220120361248249159.docx",
        "http://www.example.gov.cn/files/report.pdf", "http://www.example.gov.cn/a.doc",
        "not a url", ""]
SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Words and shapes of the reports, so random input reaches the metadata and table readers.
WORDS = ["政府信息公开工作年度报告", "年度报告", "2021年", "二〇一九年", "２０２２年", "妥安乡", "吉昌镇",
         "人民政府", "街道办事处", "财政局", "一、总体情况", "（七）总计", "总计", "自然人",
         "一、本年新收政府信息公开申请数量", "三、本年度办理结果", "四、结转下年度继续办理",
         "行政复议", "行政诉讼", "结果维持", "本年增/减", "件", "万元", "—", "无", "0", "12", "-3",
         "1e9", "日期:2018年01月30日", "发布机构：", "索引号", "来源:", "首页 >> 乡镇信息公开",
         "上一篇:", "下一条:", "附件：", "報告", "鎮", "體系", "\u3000", "\xa0", "\t", "\n", " ",
         "|", "<", ">", "&nbsp;", "&#x4e00;", "&bogus;", "\x00", "\ufeff", "\ud7ff", "𠀀"]
TAGS = ["html", "head", "body", "title", "meta", "div", "p", "span", "br", "table", "tbody",
        "tr", "td", "th", "a", "img", "script", "style", "h1", "h2", "ul", "li", "font",
        "strong", "iframe", "object", "form", "input", "!--", "![CDATA["]
ATTRS = ["class", "id", "href", "src", "colspan", "rowspan", "charset", "http-equiv", "content",
         "name", "style"]
ATTR_VALUES = ["zoom", "TRS_Editor", "UCAP-CONTENT", "ivs_content", "article-content", "0",
               "-1", "99999", "2", "x", "", "gbk", "big5", "text/html; charset=gb2312",
               "ContentStart", "Description", "/col/col5231/index.html", "javascript:void(0)",
               "../a.pdf", "W0202201.docx"]

text_pieces = st.one_of(st.sampled_from(WORDS), st.text(max_size=12))
texts = st.lists(text_pieces, max_size=40).map("".join)


@st.composite
def tag(draw: st.DrawFn) -> str:
    """One opening or closing tag, well formed or not."""
    name = draw(st.sampled_from(TAGS))
    attributes = "".join(
        f' {draw(st.sampled_from(ATTRS))}="{draw(st.sampled_from(ATTR_VALUES))}"'
        for _ in range(draw(st.integers(0, 3))))
    return draw(st.sampled_from([f"<{name}{attributes}>", f"</{name}>", f"<{name}{attributes}/>",
                                 f"<{name}{attributes}"]))


def element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    @st.composite
    def build(draw: st.DrawFn) -> str:
        name = draw(st.sampled_from(TAGS[4:23]))
        attributes = "".join(
            f' {draw(st.sampled_from(ATTRS))}="{draw(st.sampled_from(ATTR_VALUES))}"'
            for _ in range(draw(st.integers(0, 2))))
        inner = "".join(draw(st.lists(children, max_size=6)))
        return f"<{name}{attributes}>{inner}</{name}>"

    return build()


html_trees = st.recursive(st.one_of(texts, tag()), element, max_leaves=40)
html_pages = st.builds(
    lambda head, body: f"<html><head><title>{head}</title></head><body>{body}</body></html>",
    texts, html_trees)


@st.composite
def mutated(draw: st.DrawFn, corpus: list[bytes]) -> bytes:
    """A corpus document after one to four random edits."""
    data = bytearray(draw(st.sampled_from(corpus)))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        edit = draw(st.sampled_from(["truncate", "flip", "insert", "delete", "repeat",
                                     "encode"]))
        if edit == "truncate":
            del data[at:]
        elif edit == "flip" and data:
            for i in draw(st.lists(st.integers(0, len(data) - 1), min_size=1, max_size=20)):
                data[i] ^= 1 << draw(st.integers(0, 7))
        elif edit == "insert":
            piece = draw(st.one_of(tag(), html_trees, texts))
            data[at:at] = piece.encode(draw(st.sampled_from(ENCODINGS)), "replace")
        elif edit == "delete":
            del data[at:at + draw(st.integers(1, 2000))]
        elif edit == "repeat":
            data[at:at] = data[at:at + draw(st.integers(1, 2000))] * draw(st.integers(2, 5))
        elif edit == "encode":
            text = decode(bytes(data), None)[0]
            data = bytearray(text.encode(draw(st.sampled_from(ENCODINGS)), "replace"))
    return bytes(data)


def parser_errors(report: Report) -> list[str]:
    """Exceptions parse_document caught: it never raises, it records them as warnings."""
    return [w for w in report.warnings if w.startswith("parser error")]


def check(data: bytes | str, url: str | None = None, content_type: str | None = None,
          context: dict[str, Any] | None = None) -> None:
    report = parse_document(data, url=url, content_type=content_type, context=context)
    assert isinstance(report, Report)
    assert parser_errors(report) == []
    record = report.to_dict()
    assert json.loads(json.dumps(record, ensure_ascii=False, allow_nan=False)) == record
    assert record["year"] is None or type(record["year"]) is int
    assert record["published"] is None or re.fullmatch(r"\d{4}-\d\d-\d\d", record["published"])
    assert record["script"] in (None, "simplified", "traditional")
    assert record["format"] in (None, "pre2019", "2019", "2021")
    assert type(record["is_annual_report"]) is bool
    assert all(type(cell["value"]) in (int, float, type(None)) for cell in record["cells"])
    assert all(c["ok"] in (True, False, None) for c in record["checks"])  # None: not checkable


contexts = st.one_of(st.none(), st.fixed_dictionaries({}, optional={
    "link_title": texts, "column": texts,
    "published": st.sampled_from(["2021-01-25", "2021-13-45", "", "昨天"]),
    "region": st.fixed_dictionaries({}, optional={
        k: st.one_of(st.none(), texts) for k in ("province", "prefecture", "county", "code")}),
}))


@SETTINGS
@given(st.one_of(texts, html_pages, html_trees), st.sampled_from(URLS), contexts)
def test_random_text_and_html(text: str, url: str | None, context: dict | None) -> None:
    check(text, url=url, context=context)


@SETTINGS
@given(html_pages, st.sampled_from(ENCODINGS), st.sampled_from(CONTENT_TYPES))
def test_random_html_in_any_encoding(page: str, encoding: str, content_type: str | None) -> None:
    check(page.encode(encoding, "replace"), content_type=content_type)


@settings(SETTINGS, max_examples=150)
@given(mutated(PAGES), st.sampled_from(URLS), st.sampled_from(CONTENT_TYPES))
def test_mutated_fixture_pages_and_seed_texts(data: bytes, url: str | None,
                                              content_type: str | None) -> None:
    check(data, url=url, content_type=content_type)


@settings(SETTINGS, max_examples=15)
@given(mutated(FILES), st.sampled_from(URLS))
def test_mutated_pdf_and_docx(data: bytes, url: str | None) -> None:
    check(data, url=url)


def test_malformed_urls_cost_only_themselves() -> None:
    page = ('<p>妥安乡2017年政府信息公开工作年度报告</p><a href="http://[x/a.pdf">附件1</a>'
            '<a href="/b.pdf">附件2</a>')
    report = parse_document(page, url="http://[::1")
    assert parser_errors(report) == []
    assert report.attachments == [{"url": "/b.pdf", "kind": "pdf", "title": "附件2"}]
    report = parse_document(page, url="http://x.gov.cn/1.html")
    assert report.attachments == [{"url": "http://x.gov.cn/b.pdf", "kind": "pdf", "title": "附件2"}]
