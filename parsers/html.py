"""HTML pages: decoding, the content container, DOM chrome and what the page says about itself.

Everything the chrome can teach (breadcrumb, 发布机构/发文日期 table, 日期/来源 line, <meta>
PubDate/ArticleTitle) is read from the whole page *before* the container is cut out.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape
from itertools import islice, repeat
from urllib.parse import parse_qs, unquote

from lxml import etree

from parsers.datadoc import TITLE_KEYS, state_entries
from parsers.render import (
    CELL_SEP,
    SEPARATORS,
    drop,
    element_lines,
    han_count,
    han_digit_counts,
    is_data_table,
    norm,
    text_of,
    words,
)
from parsers.text import SECTION_HEADING, is_chrome_line, is_page_number, unspaced
from parsers.urls import join, split

_GB = {"gb2312", "gbk", "gb_2312-80", "x-gbk", "gb18030", "cp936", "csgb2312", "euc-cn", "x-euc-cn"}
_BIG5 = {"big5", "big5-hkscs", "x-x-big5", "cp950"}
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_CT_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# Characters frequent in these documents, in both scripts: Big5 bytes also decode as GB18030
# (to nonsense), so the decoding that yields more of them wins.
_FREQUENT = frozenset(
    "的政府信息公开開年报報告工作情况況一二三人民县縣镇鎮乡鄉局和在了是有中国國为為及等进進行主动動申请請"
    "本度数數件条條网網站区區市关關于於"
)


def canonical_charset(name: str | None) -> str | None:
    """Python codec for a declared charset; GB2312/GBK pages are decoded as GB18030 (superset)."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    if name in _GB:
        return "gb18030"
    if name in _BIG5:
        return "big5hkscs"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charset(data: bytes, content_type: str | None) -> tuple[str | None, str | None]:
    """(HTTP charset, <meta> charset) as codecs; the HTTP header wins as in browsers."""
    http = None
    if content_type and (m := _CT_CHARSET.search(content_type)):
        http = canonical_charset(m.group(1))
    m2 = _META_CHARSET.search(data[:8192])
    meta = canonical_charset(m2.group(1).decode("ascii", "ignore")) if m2 else None
    return http, meta


def _frequency(text: str) -> int:
    return sum(text.count(c) for c in _FREQUENT)


def _big5_after_all(data: bytes, text: str) -> bool:
    """Big5 bytes decode as GB18030 without an error, to nonsense: a Big5 gateway (/gate/big5/)
    may keep the page's gb2312 declaration. Checked only when the common words of a report
    are missing from the GB reading."""
    if any(w in text for w in ("政府", "信息", "公开", "工作")):
        return False
    try:
        big5 = data.decode("big5hkscs")
    except UnicodeDecodeError:
        return False
    return _frequency(big5) > 2 * _frequency(text) + 10


def decode_part(data: bytes, charset: str | None) -> tuple[str, str, list[str]]:
    """A MIME part's bytes (a web archive's page, a DOCX's imported chunk) as text: the part's
    charset counts as an HTTP header's."""
    return decode(data, f"text/html; charset={charset}" if charset else "text/html")


def decode(data: bytes, content_type: str | None = None) -> tuple[str, str, list[str]]:
    """Bytes to text: BOM, HTTP charset, <meta> charset, then UTF-8, else GB18030 or Big5."""
    warnings: list[str] = []
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, "replace"), codec, warnings
    http, meta = declared_charset(data, content_type)
    for declared in (http, meta):
        if declared is None:
            continue
        try:
            text = data.decode(declared)
            if declared == "gb18030" and _big5_after_all(data, text):
                warnings.append("declared charset gb18030 does not fit: Big5")
                return data.decode("big5hkscs"), "big5hkscs", warnings
            return text, declared, warnings
        except UnicodeDecodeError:
            text = data.decode(declared, "replace")
            if text.count("\ufffd") <= max(2, len(text) // 1000):
                warnings.append(f"a few bytes invalid in declared charset {declared}")
                return text, declared, warnings
            warnings.append(f"declared charset {declared} does not fit; detected instead")
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError:
        pass
    decoded = []
    for codec in ("gb18030", "big5hkscs"):
        try:
            decoded.append((data.decode(codec), codec))
        except UnicodeDecodeError:
            continue
    if decoded:
        text, codec = max(decoded, key=lambda tc: _frequency(tc[0]))
        return text, codec, warnings
    warnings.append("encoding not recognised; decoded as UTF-8 with replacements")
    return data.decode("utf-8", "replace"), "utf-8", warnings


# Platform markers of the content container (domain.md §3); the largest match wins, so an
# outer wrapper with title and info bar beats the editor div inside it.
_MARKERS = words(
    "zoom ucap-content ivs_content trs_editor trs_ueditor custom_unionstyle ewb-article-content "
    "bt-content article-content news_cont_d_wrap fontzoom bodylabel pages_content zw_content "
    "xxgk_content wenzhang article_content epointcontent ewb-info-con contentbox"
)
_COMMENT_SPANS = (
    (r"<!--\s*<\$\[信息内容\]>\s*begin\s*-->", r"<!--\s*<\$\[信息内容\]>\s*end\s*-->"),
    (r"<!--\s*ZJEG_RSS\.content\.begin\s*-->", r"<!--\s*ZJEG_RSS\.content\.end\s*-->"),
    (r"<meta\s+name\s*=\s*[\"']?ContentStart[\"']?[^>]*>", r"<meta\s+name\s*=\s*[\"']?ContentEnd"),
    (r"<!--\s*EpointContent\s*-->", r"<!--\s*EpointContent\s*End\s*-->"),
)
_CHROME_ATTR = re.compile(
    r"(?:^|[-_])(?:share|bdshare|bdsharebuttonbox|bshare|jiathis|print|dayin|close|guanbi"
    r"|fontsize|font-size|zihao|prev|next|prevnext|sxp|sxt|shangxia|xgwz|xglj|xgxw|xgyd|tjyd|glyd|zcjd|related|relevant"
    r"|recommend|tuijian|hotnews|hot-news|xgjd|jdlj|jd|relate-interp|interp|matrix|xmt"
    r"|position|location|breadcrumb|crumb|dqwz|mbx|footer|foot|header|nav|navbar|menu|toolbar"
    r"|wza|search|qrcode|ewm|erweima|fenxiang|comment|pinglun|sidebar|article-info|artinfo"
    r"|meta-info|xxgk-info|xxgk_table|xxgkinfo|fontsize-box|tools|tool|backtop|gotop"
    r"|pages-date|pages_print|pager|pagination|fenye|bottom|toc|editsection|summary|abstract|infobox"
    r"|ai|daodu|banner|bubble|chat)(?:$|[-_])",
    re.IGNORECASE,
)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_FIELD_KEYS = (
    "索引号|信息索引号|主题分类|组配分类|体裁分类|信息分类|分类|发布机构|发文机关|公开主体|生成日期|"
    "发文日期|成文日期|发布日期|公开日期|文号|发文字号|有效性|时效|关键词|信息名称|名称|信息来源|来源|"
    "主题词|服务对象|公开方式|公开范围|内容概述|所属机构|责任部门|公开时限|发布时间|文件编号|文章标题|信息标题|标题"
)
# key：value, or a database's 【key】value (【发布日期】2018.03.26)
_FIELD = re.compile(
    rf"({_FIELD_KEYS})(?:\s*[:：]|】)\s*(.*?)(?=(?:\s+|【)(?:{_FIELD_KEYS})(?:\s*[:：]|】)|$)"
)
_FIELD_CELL = re.compile(rf"^(?:{_FIELD_KEYS})\s*[:：]?$")
_FIELD_KEY_START = re.compile(rf"^(?:{_FIELD_KEYS})\s*[:：]")
_FIELD_KEY = re.compile(_FIELD_KEYS)
DOC_EXTS = words("pdf doc docx wps xls xlsx et ofd zip rar 7z rtf txt")
_MAYBE_DOCUMENT = re.compile(rf"\.(?:{'|'.join(sorted(DOC_EXTS))})|%2e", re.IGNORECASE)
_ICON = re.compile(
    r"icon|logo|gif$|print|close|share|qrcode|ewm|erweima|weixin|wechat|btn|dot|arrow",
    re.IGNORECASE,
)
_DATASTORE = re.compile(r"<datastore>|<recordset>", re.IGNORECASE)
# List-page pagers: TRS createPageHTML, "共3页", 尾页/下一页 links (尾頁 on a 繁體 mirror),
# page-number parameters (?page=2, &pageNo=2, ?cur_page=2). Each pattern starts with a
# literal, which the regex engine finds by a fast scan; an alternation or a character class
# first scans a page several times slower.
_PAGER = tuple(re.compile(p) for p in (r"共\s*\d+\s*[页頁]", r"尾\s*[页頁]", r"末\s*[页頁]"))
_PAGE_PARAM = re.compile(r"page(?:Num|No)?=\d")


def has_pager(text: str) -> bool:
    """Whether the page carries a list pager."""
    if "createPageHTML" in text or "下一页" in text or "下一頁" in text:
        return True
    if any(p.search(text) for p in _PAGER):
        return True
    for m in _PAGE_PARAM.finditer(text):
        before = text[max(0, m.start() - 5) : m.start()]
        if before.endswith(("?", "&")) or (
            m.group().startswith("page=") and before.endswith(("?cur_", "&cur_"))
        ):
            return True
    return False


_LISTISH = re.compile(r"报告|年报|公开|通知|\d{4}")


@dataclass
class Page:
    """What an HTML page offers the parsers, before and after its chrome is cut."""

    title_tag: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    headings: list[str] = field(default_factory=list)
    page_lines: list[str] = field(default_factory=list)
    container: etree._Element | None = None  # the content, DOM chrome removed
    table_rows: dict[etree._Element, list[list[str]]] = field(default_factory=dict)  # its cells
    lines: list[str] = field(default_factory=list)
    chrome: list[str] = field(default_factory=list)
    attachments: list[dict[str, str]] = field(default_factory=list)
    images: int = 0
    list_links: int = 0
    link_texts: set[str] = field(default_factory=set)
    above_content: list[str] = field(default_factory=list)  # the lines just above the content
    datastore: bool = False
    pager: bool = False
    container_found: str | None = None
    source: str = ""  # the page's markup as parsed (read again only for a script's date)


def parse_html(text: str, url: str | None = None) -> Page:
    """Read an HTML page into a `Page`."""
    page = Page(
        datastore=bool(_DATASTORE.search(text, 0, 200000)), pager=has_pager(text), source=text
    )
    if "document.write" in text:
        text = _WRITTEN.sub(_written, text)
    if "</tr>" in text or "</TR>" in text:
        text = _ROW_UNOPENED.sub(r"\1<tr>", text)
    root = _document(text)
    if "<pre" in text:
        _pre_lines(root)
    if "table" in text and _CSS_TABLE.search(text):
        _css_tables(root)
    if "srcdoc" in text:
        _inline_srcdoc(root)
    _inline_textareas(root)
    if "<template" in text:
        _cloned_templates(root)
    # never drawn: ruby annotations (pinyin over a rare character), an SVG's description
    if "<rt" in text or "<rp" in text or "<desc" in text:
        etree.strip_elements(root, "rt", "rp", "desc", with_tail=False)
    body = root.find("body") if root.find("body") is not None else root
    page.title_tag = norm(root.findtext(".//title") or "") or None
    page.meta = _metas(root)
    if "datePublished" in text and (m := _JSON_LD_DATE.search(text)):
        page.meta.setdefault("datepublished", m.group(1))
    base = url
    for b in root.iter("base"):
        base = join(url, b.get("href") or "") or url
        break
    labelled = _labelled(root)
    if "<style" in text or "<STYLE" in text:
        _stylesheet_hidden(root, labelled)
    page.headings = _headings(body, labelled)
    page.attachments = _attachments(root, base)
    page.link_texts = {t for a in _links(body, text) if (t := norm(text_of(a)))}
    page.list_links = list_links(page.link_texts)
    container, how = _container(root, text, labelled)
    page.container_found = how
    page.page_lines = element_lines(body, skip=container, mark=_MARK)
    if _MARK in page.page_lines:
        at = page.page_lines.index(_MARK)
        page.above_content = [
            x
            for x in page.page_lines[max(0, at - 4) : at]
            if x not in page.link_texts and not is_chrome_line(x)
        ]
        del page.page_lines[at]
    if container is None:
        return page
    if container.getroottree().getroot() is not root:  # cut from the markup between comments
        labelled = _labelled(container)
    scripts: list[etree._Element] = []  # the container's, dropped
    page.chrome = _drop_dom_chrome(container, labelled, scripts)
    page.images = _count_images(container)
    page.container = container
    page.lines = element_lines(container, rows=page.table_rows)
    if not page.images and len(page.lines) <= _THIN_LINES:
        page.images = _scans(body)
    if len(page.lines) <= _THIN_LINES and "<script" in text:
        _scripted_article([*root.iter("script"), *scripts], page)
    return page


_THIN_LINES = 3  # lines of content, at most, on a page whose article a script renders


def _scripted_article(scripts: list[etree._Element], page: Page) -> None:
    """The article a script renders into an empty page becomes the content: the script
    holding the most Han characters in sentences (Vue's <script type="text/x-template">, a
    string var articleContent = "<p>…", a JSON state such as __NEXT_DATA__ or
    __INITIAL_STATE__, maybe in \\u escapes, or JSON-LD's plain-text articleBody). Its
    markup is read as the page's, its plain text a paragraph a line; a "title" or
    "headline" it holds is a heading, as the page shows it above the article."""
    best, most = "", _SCRIPTED_HAN
    for script in scripts:
        code = script.text or ""
        if "\\u" in code:
            code = _unescaped(code)
        if "。" in code and (n := han_count(code)) > most:
            best, most = code, n
    if not best:
        _scripted_column(scripts, page)
        return
    if not best.lstrip().startswith("<"):  # the article in the code's string literals
        if m := _SCRIPT_TITLE.search(best):
            page.headings.insert(0, norm(_js_string(m)))
        strings = [_js_string(m) for m in _JS_STRING.finditer(best)]
        best = "".join(x for x in strings if "<" in x) or "".join(
            f"<p>{escape(line)}</p>" for x in strings if "。" in x for line in x.splitlines()
        )
    article = _document(f"<html><body><div>{best}</div></body></html>").find("body/div")
    if article is None:
        return
    page.chrome.extend(_drop_dom_chrome(article, _labelled(article), []))
    page.container, page.container_found = article, "script"
    page.lines = element_lines(article, rows=page.table_rows)


_SCRIPTED_HAN = 200


def _scripted_column(scripts: list[etree._Element], page: Page) -> None:
    """A column a single-page app renders from its JSON state: its entries are the page's
    links and lines, as the rendered page would show them."""
    for script in scripts:
        code = script.text or ""
        if "{" in code and len(entries := [e for e in state_entries(code) if e.link]) >= 3:
            page.link_texts |= {e.title for e in entries}
            page.list_links = list_links(page.link_texts)
            page.lines = [f"{e.title} {e.date[:10]}".strip() for e in entries]
            return


_JS_STRING = re.compile(r"""(["'])((?:(?!\1)[^\\]|\\.)*)\1""")
_SCRIPT_TITLE = re.compile(rf'"(?:{"|".join(TITLE_KEYS)})"\s*:\s*(")((?:[^"\\]|\\.){{4,200}})"')


def _js_string(m: re.Match[str]) -> str:
    """A JavaScript or JSON string literal's value (escapes read)."""
    try:
        return json.loads(f'"{m.group(2)}"') if m.group(1) == '"' else m.group(2)
    except ValueError:
        return m.group(2)


_MARK = "\x00content"  # where the content container stood among the page's lines
_PARSER = etree.HTMLParser(encoding="utf-8")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_CONTROL = bytes((*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F))
_SEPARATOR_BYTES = re.compile(  # the renderer's separators, a range of characters, in UTF-8
    b"|".join(chr(c).encode() for c in range(ord(SEPARATORS[0]), ord(SEPARATORS[-1]) + 1))
)


# a script that only writes a literal (发布时间：<script>document.write('2021-03-02')</script>),
# maybe in \u escapes: the page shows that text
_WRITTEN = re.compile(
    r"<script[^>]*>\s*document\.write(?:ln)?\(\s*(['\"])((?:[^'\"<>\\]|\\u[0-9a-fA-F]{4}){1,200})\1"
    r"\s*\)\s*;?\s*</script>",
    re.IGNORECASE,
)
_JS_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
# JSON-LD's publication date (read by pattern: a page's JSON is often not valid JSON)
_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')


# the publication time a script writes into the page (var publishTime = 1642651200; WeChat's
# var ct = "1705660200"; a JSON "publishTime": "2026-01-22 10:30:00", "infoDate": …): a Unix
# time, read as China's date, or a date
_SCRIPT_TIME_NAMES = (
    "publishTime", "publish_time", "publishDate", "pubDate", "releaseDate", "infoDate",
    "articleDate", "createTime",
)  # fmt: skip
_SCRIPT_TIME_VALUE = re.compile(r"[\"']?\s*[=:]\s*[\"']?(\d{10}|(?:19|20)\d{2}-\d{1,2}-\d{1,2})\b")
_CHINA_TIME = dt.timezone(dt.timedelta(hours=8))


def script_date(page: str) -> str | None:
    """The date a script fills in (scripts are not run, but this one only formats a value).
    Looked for by name, since a pattern over a whole page is slow; only when nothing else
    dates the page."""
    for name in (*_SCRIPT_TIME_NAMES, "var ct"):
        at = page.find(name)
        while at >= 0:
            if m := _SCRIPT_TIME_VALUE.match(page, at + len(name)):
                value = m.group(1)
                if "-" in value:
                    return value
                return dt.datetime.fromtimestamp(int(value), _CHINA_TIME).date().isoformat()
            at = page.find(name, at + 1)
    return None


# cells typed after a row's end, or straight into the table, with no <tr> opening their row: a
# browser opens one, libxml2 drops the cells
_ROW_UNOPENED = re.compile(
    r"((?:</tr>|<table\b[^>]*>|<tbody\b[^>]*>)\s*)(?=<t[dh][\s>])", re.IGNORECASE
)


def _written(m: re.Match[str]) -> str:
    return escape(_unescaped(m.group(2)))


def _unescaped(code: str) -> str:
    """A script's \\u escapes read as the characters they stand for."""
    return _JS_ESCAPE.sub(lambda e: chr(int(e.group(1), 16)), code)


def _document(text: str) -> etree._Element:
    """Plain lxml elements (no lxml.html class lookup: a third faster on big pages), parsed
    from UTF-8 bytes (libxml2 reads them a quarter faster than a Python string).

    Control characters are dropped: lxml refuses them when text is moved between elements; so
    are the noncharacters the renderer uses as separators. Both go from the UTF-8 bytes (a
    control character is one byte there, which bytes.translate deletes at memory speed).
    """
    data = _XML_DECLARATION.sub("", text, count=1).encode("utf-8", "replace")
    data = _SEPARATOR_BYTES.sub(b"", data.translate(None, _CONTROL))
    try:
        root = etree.fromstring(data, _PARSER)
    except (etree.ParserError, ValueError):
        root = None
    return root if root is not None else etree.fromstring("<html><body></body></html>", _PARSER)


def _pre_lines(root: etree._Element) -> None:
    """A `<pre>` keeps its lines (a 统计表 typed as text): each line break becomes a `<br>`,
    since rendering collapses whitespace, and column gaps (two spaces or more, a tab) become
    cell breaks."""
    for pre in list(root.iter("pre")):
        for node in list(pre.iter()):
            if node.text:
                first, *rest = _PRE_GAP.sub(CELL_SEP, node.text).split("\n")
                node.text = first
                for k, part in enumerate(rest):
                    node.insert(k, _br(part))
            if node is not pre and node.tail:
                first, *rest = _PRE_GAP.sub(CELL_SEP, node.tail).split("\n")
                node.tail = first
                for part in reversed(rest):
                    node.addnext(_br(part))


def _br(tail: str) -> etree._Element:
    br = etree.Element("br")
    br.tail = tail
    return br


_PRE_GAP = re.compile(r"(?<=\S)(?: {2,}|[\t\u3000]+)(?=\S)")


# a table drawn with divs styled as one (display:table / table-row / table-cell)
_CSS_TABLE = re.compile(
    r"display\s*:\s*table(-row-group|-header-group|-footer-group|-row|-cell)?(?![-\w])"
)
_CSS_TABLE_TAGS = {
    None: "table",
    "-row-group": "tbody",
    "-header-group": "thead",
    "-footer-group": "tfoot",
    "-row": "tr",
    "-cell": "td",
}


def _css_tables(root: etree._Element) -> None:
    """Divs styled as a table's parts read as that table (its statistics cells with it), when
    the styled table holds styled rows."""
    for table in list(root.iter()):
        style = table.get("style")
        if not style or table.tag == "table" or not (m := _CSS_TABLE.search(style)) or m.group(1):
            continue
        parts = [
            (el, _CSS_TABLE_TAGS[part.group(1)])
            for el in table.iterdescendants()
            if (css := el.get("style")) and (part := _CSS_TABLE.search(css)) and part.group(1)
        ]
        if any(tag == "tr" for _, tag in parts):
            table.tag = "table"
            for el, tag in parts:
                el.tag = tag


def _inline_srcdoc(root: etree._Element) -> None:
    """An `<iframe srcdoc>` (the article as an inline document) becomes a div of its body."""
    for frame in list(root.iter("iframe")):
        doc = frame.get("srcdoc")
        if doc and frame.getparent() is not None:
            _replace_by_document(frame, doc, "srcdoc")


def _inline_textareas(root: etree._Element) -> None:
    """A `<textarea>` holding sentences (some CMS show the article in a read-only one; a
    comment box holds none) becomes a div: of its markup, or of its lines as paragraphs."""
    for box in list(root.iter("textarea")):
        text = box.text or ""
        if box.getparent() is None or han_count(text) < 50:
            continue
        if not _MARKUP.search(text):
            text = "".join(f"<p>{escape(line)}</p>" for line in text.splitlines())
        _replace_by_document(box, text, "textarea")


_MARKUP = re.compile(r"<(?:p|br|div|table|span|h\d)\b", re.IGNORECASE)
_BY_ID = re.compile(r"""getElementById\(\s*['"]([\w-]+)['"]|querySelector\(\s*['"]#([\w-]+)['"]""")


def _cloned_templates(root: etree._Element) -> None:
    """A `<template>` that a script of the page clones in (`tpl.content.cloneNode`,
    `importNode`) is shown: it becomes a div. One that nothing clones shows nothing and stays
    left out."""
    code = " ".join(
        s.text
        for s in root.iter("script")
        if s.text and ("cloneNode" in s.text or "importNode" in s.text)
    )
    named = {a or b for a, b in _BY_ID.findall(code)}
    for template in list(root.iter("template")):
        if template.get("id") in named:
            template.tag = "div"


def _replace_by_document(el: etree._Element, markup: str, name: str) -> None:
    inner = _document(markup)
    inner_body = inner.find("body")
    div = etree.Element("div", {"class": name})
    div.extend(list(inner_body if inner_body is not None else inner))
    div.tail = el.tail
    el.getparent().replace(el, div)


def _metas(root: etree._Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in root.iter("meta"):
        name = (m.get("name") or m.get("property") or m.get("http-equiv") or "").strip().lower()
        content = norm(m.get("content") or "")
        if name and content and name not in out:
            out[name] = content if content.isascii() else _unmangled(content)
    return out


def _unmangled(value: str) -> str:
    """A value whose UTF-8 bytes a CMS once read as Windows-1252 (å±±æ²³é•‡ for 山河镇),
    read back; a value holding Han is left as it is. (The five bytes Windows-1252 leaves
    undefined pass through as the characters of the same number, as Windows reads them.)"""
    if han_count(value):
        return value
    try:
        data = bytes(ord(c) if c < "\u0100" else c.encode("cp1252")[0] for c in value)
        fixed = data.decode("utf-8")
    except UnicodeError:
        return value
    return fixed if han_count(fixed) else value


def _attr_tokens(el: etree._Element) -> str:
    return f"{el.get('id') or ''} {el.get('class') or ''}".strip()


_TITLE_ATTR = re.compile(r"title|biaoti|tit(?:$|[-_ ])|(?:^|[-_ ])bt(?:$|[-_ ])", re.IGNORECASE)
# The container's subtree is scanned with lxml's C iterator and an `el.attrib` test in Python:
# several times faster than an XPath predicate such as //*[@id or @class] in libxml2. The whole
# page's headings and labelled elements come from one XPath of plain steps (_LABELLED).
_HEADING_TAGS = ("h1", "h2", "h3")
_LABELLED = etree.XPath("//h1|//h2|//h3|//*/@id|//*/@class")  # //*/@id: a sixth faster than //@id


def _labelled(root: etree._Element) -> dict[etree._Element, str]:
    """The h1–h3 and the elements with an id or class, in document order, with their "id
    class" string."""
    out: dict[etree._Element, str] = {}
    for found in _LABELLED(root):
        el = found.getparent() if isinstance(found, etree._ElementUnicodeResult) else found
        if el not in out:
            out[el] = _attr_tokens(el)
    return out


@lru_cache(maxsize=4096)
def _attr_says(tokens: str) -> tuple[bool, bool, bool]:
    """(content marker, title, chrome) for an element's "id class" string. A page repeats a few
    class names on hundreds of elements: each string is judged once."""
    return (
        not _MARKERS.isdisjoint(tokens.lower().split()),
        bool(_TITLE_ATTR.search(tokens)),
        bool(_CHROME_ATTR.search(tokens.replace(" ", "_"))),
    )


_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_HIDDEN_TEXT_MAX = 1000
_SIMPLE_SELECTOR = re.compile(r"[a-zA-Z]*([.#])([\w-]+)")


def _stylesheet_hidden(root: etree._Element, labelled: dict[etree._Element, str]) -> None:
    """Elements the page's own <style> hides by a plain class or id (.hide{display:none},
    #shareBox, a random class around anti-copy characters) are styled hidden inline, so they
    go as inline-hidden ones do. Rules under @media (print, small screens) and compound
    selectors are left alone. The rules are found from each `display`/`visibility` word: a
    page's style sheet can run to a hundred kilobytes, which a pattern would scan slowly."""
    css = "\n".join(s.text for s in root.iter("style") if s.text)
    if "/*" in css:
        css = _CSS_COMMENT.sub("", css)
    nested = "@" in css
    hidden: set[tuple[str, str]] = set()  # ("." or "#", name)
    for word in ("display", "visibility"):
        at = css.find(word)
        while at >= 0:
            brace = css.rfind("{", 0, at)
            if (
                _HIDDEN.match(css, at)
                and brace >= 0
                and css.find("}", brace, at) < 0
                and not (nested and css.count("{", 0, brace) != css.count("}", 0, brace))
            ):
                for selector in css[css.rfind("}", 0, brace) + 1 : brace].split(","):
                    if m := _SIMPLE_SELECTOR.fullmatch(selector.strip()):
                        hidden.add((m.group(1), m.group(2)))
            at = css.find(word, at + 1)
    if not hidden:
        return
    for el in labelled:
        classes = (el.get("class") or "").split()
        # (a long text hidden so is more likely the article a script shows once loaded)
        if (("#", el.get("id")) in hidden or any((".", c) in hidden for c in classes)) and len(
            text_of(el)
        ) <= _HIDDEN_TEXT_MAX:
            el.set("style", f"display:none;{el.get('style') or ''}")


@lru_cache(maxsize=1024)
def _hides(style: str) -> bool:
    return bool(_HIDDEN.search(style))


def _headings(body: etree._Element, labelled: dict[etree._Element, str]) -> list[str]:
    out: list[str] = []
    for el, tokens in labelled.items():
        if (el.tag in _HEADING_TAGS or _attr_says(tokens)[1]) and _inside(el, body):
            # a heading drawn as an image says itself in its alt text; one set with a space
            # between its characters (澄&nbsp;江&nbsp;镇) reads as printed
            text = unspaced(norm(text_of(el))) or norm(" ".join(el.xpath(".//img/@alt")))
            if 4 <= len(text) <= 120 and text not in out:
                out.append(text)
    return out


def read_fields(lines: list[str]) -> dict[str, str]:
    """索引号 / 发布机构 / 发文日期 … from `key：value` lines and `key | value` table rows (or
    `key<TAB>value`, as a browser copies them)."""
    out: dict[str, str] = {}
    for line in lines:
        if len(line) > 400:
            continue
        for sep in (" | ", "\t"):  # a grid's row rendered, or copied with tabs
            if sep not in line:
                continue
            cells = [c.strip() for c in line.split(sep)]
            for key, value in zip(cells, [*cells[1:], ""], strict=True):
                if _FIELD_CELL.match(key) and value and not _FIELD_CELL.match(value):
                    out.setdefault(key.rstrip(":：").strip(), value)
        for m in _FIELD.finditer(line):
            if m.group(2).strip():
                out.setdefault(m.group(1), m.group(2).strip())
    return out


def _inside(el: etree._Element, ancestor: etree._Element) -> bool:
    return any(a is ancestor for a in el.iterancestors())


def _container(
    root: etree._Element, raw: str, labelled: dict[etree._Element, str]
) -> tuple[etree._Element | None, str | None]:
    best: etree._Element | None = None
    best_len = -1
    marked = []
    for el, tokens in labelled.items():
        if _attr_says(tokens)[0]:
            marked.append(el)
            size = han_count(text_of(el), digits=True)
            if size > best_len and (size >= 10 or _has_media(el)):
                best, best_len = el, size
    if best is not None:
        # the text in one editor box and the tables in another: both are the report
        parent = best.getparent()
        twins = [
            el
            for el in marked
            if el is not best and el.getparent() is parent and el.get("class") == best.get("class")
        ]
        chosen = parent if twins and parent is not None else best
        outside = _outweighs(root, chosen, best_len, labelled) if best_len < _THIN_MARKER else None
        if outside is not None:
            return outside, "density"
        return chosen, "marker"
    if (span := _span_in_tree(root)) is not None:
        return span, "comment"
    for start, end in _COMMENT_SPANS:
        m1 = re.search(start, raw, re.IGNORECASE)
        m2 = re.search(end, raw[m1.end() :], re.IGNORECASE) if m1 else None
        if m1 and m2:
            fragment = raw[m1.end() : m1.end() + m2.start()]
            el = _document(f"<html><body><div>{fragment}</div></body></html>").find("body/div")
            if el is None:
                continue
            if han_count(text_of(el), digits=True) >= 10 or _has_media(el):
                return el, "comment"
    body = root.find("body")
    if body is None:
        return None, None
    densest = _densest(body, labelled)
    return (body if densest is None else densest), "density"


_THIN_MARKER = 300  # Han characters and digits: a marked box this thin may be the wrong one
_OUTWEIGHS = 8  # times the marked box's text an unmarked block holds to be the report instead


def _outweighs(
    root: etree._Element, marked: etree._Element, size: int, labelled: dict[etree._Element, str]
) -> etree._Element | None:
    """The densest block when it holds eight times the marked box's text and lies outside it: a
    marker on the title alone (.article-content around the h1) or on a sidebar's notice
    (.TRS_Editor), the report in an unmarked block."""
    body = root.find("body")
    if body is None or _shows_media(marked):
        return None  # (a report published as images or a file beside a sidebar's text)
    densest = _densest(body, labelled)
    if densest is None or densest is marked or _inside(densest, marked):
        return None
    return densest if han_count(text_of(densest), digits=True) >= _OUTWEIGHS * size else None


def _marker_kind(node: etree._Element) -> tuple[int, str] | None:
    """(pair, "start"/"end") when the node is one of the content markers of _COMMENT_SPANS."""
    if node.tag is etree.Comment:
        text = f"<!--{node.text or ''}-->"
    elif node.tag == "meta":
        text = f'<meta name="{node.get("name") or ""}">'
    else:
        return None
    for k, (start, end) in enumerate(_COMMENT_SPANS):
        if re.match(start, text, re.IGNORECASE):
            return k, "start"
        if re.match(end, text, re.IGNORECASE):
            return k, "end"
    return None


def _span_in_tree(root: etree._Element) -> etree._Element | None:
    """The nodes between a begin/end marker pair with one parent, wrapped in a <div> in place:
    the content stays part of the page, so what lies outside it is the page's chrome."""
    starts: dict[int, etree._Element] = {}
    for node in root.iter(etree.Comment, "meta"):
        kind = _marker_kind(node)
        if kind is None:
            continue
        pair, which = kind
        if which == "start":
            starts.setdefault(pair, node)
            continue
        start = starts.get(pair)
        if start is None or start.getparent() is not node.getparent():
            continue
        between = list(start.itersiblings())
        between = between[: next(i for i, x in enumerate(between) if x is node)]
        text = (start.tail or "") + "".join(text_of(x) + (x.tail or "") for x in between)
        if han_count(text, digits=True) < 10 and not any(_has_media(x) for x in between):
            continue
        box = etree.Element("div")
        box.text, start.tail = start.tail, None
        start.addnext(box)
        box.extend(between)
        return box
    return None


_EMBEDDED = etree.XPath(".//img|.//iframe|.//embed|.//object")


def _shows_media(el: etree._Element) -> bool:
    """Images, frames or a link to a document file: what a report published so shows."""
    return bool(_EMBEDDED(el)) or any(
        _MAYBE_DOCUMENT.search(a.get("href") or "") for a in el.iter("a")
    )


def _has_media(el: etree._Element) -> bool:
    return bool(_EMBEDDED(el) or el.xpath(".//a[@href]"))


_BLOCKISH = words("p div td th li section article pre blockquote center body dd")
_NOT_TEXT = words("script style noscript a select option button textarea footer")
_FOOTER_ATTR = re.compile(r"(?:^|[-_ ])(?:footer|foot|bottom|copyright|banquan)(?:$|[-_ ])", re.I)


def _own_text(
    body: etree._Element, labelled: dict[etree._Element, str]
) -> dict[etree._Element, int]:
    """Han characters and digits each block holds itself (its text and its inline children's),
    links, scripts and footers left out; in document order. One pass in document order (a
    loop, not a recursion: a third of the cost), carrying each element's block and whether it
    is left out; then one count over all the blocks' texts."""
    pieces: defaultdict[etree._Element, list[str]] = defaultdict(list)
    state = {body.getparent(): (body, False)}  # an element's block, and whether its text is out
    for el in body.iter(etree.Element):  # body's tail is body's text too
        outer, out = state[el.getparent()]
        block = el if el.tag in _BLOCKISH else outer
        out = out or _not_text(el, labelled)
        state[el] = block, out
        if not out and (text := el.text):
            pieces[block].append(text)
        if tail := el.tail:  # a tail is the enclosing block's text, even in a link
            pieces[outer].append(tail)
    counts = han_digit_counts(["".join(texts) for texts in pieces.values()])
    return dict(zip(pieces, counts, strict=True))


def _not_text(el: etree._Element, labelled: dict[etree._Element, str]) -> bool:
    """Links, scripts, and footers: a footer's lines outweigh a thin report's two. (Not other
    chrome boxes: with tags left open, an info bar or a breadcrumb can swallow the report; a
    footer comes last and swallows nothing.)"""
    if el.tag in _NOT_TEXT:
        return True
    tokens = labelled.get(el)
    return bool(tokens) and _footer_attr(tokens)


@lru_cache(maxsize=1024)
def _footer_attr(tokens: str) -> bool:
    return bool(_FOOTER_ATTR.search(tokens))


def _densest(body: etree._Element, labelled: dict[etree._Element, str]) -> etree._Element | None:
    """Generic fallback: the element gathering the most non-link paragraph text."""
    own = _own_text(body, labelled)
    score: dict[etree._Element, float] = {}
    for el, n in own.items():
        if n < 10:
            continue
        score[el] = score.get(el, 0) + n
        parent = el.getparent()
        if parent is not None:
            score[parent] = score.get(parent, 0) + n
            grand = parent.getparent()
            if grand is not None:
                score[grand] = score.get(grand, 0) + n / 2
    if not score:
        return None
    best = max(score, key=lambda e: (score[e], len(list(e.iterancestors()))))
    # A footer line also scores for <body>: step down while one child holds most of the text.
    while True:
        child = max(best, key=lambda c: score.get(c, 0), default=None)
        if child is None or score.get(child, 0) < 0.8 * score[best]:
            break
        best = child
    if (entries := _entry_list(best)) is not None:
        return entries
    # a paragraph of report text is the article alone only when its block holds other things
    # too; a block of paragraphs is the article, with its short lines (a signature and its
    # date set apart)
    parent = best.getparent()
    if (
        best.tag == "p"
        and parent is not None
        and parent is not body
        and own.get(best, 0) >= 50
        and all(c.tag in ("p", "br") for c in parent if isinstance(c.tag, str))
    ):
        best = parent
    return _with_sibling_sections(best, body, own)


_ENTRIES = 5  # repeated items, at least, that make a list of entries
_ENTRY_CLIMB = 3  # levels from a title up to its entry (title div, content div, li)


def _entry_list(best: etree._Element) -> etree._Element | None:
    """The list a short line belongs to, when the densest block is one entry's title: a
    column whose entries open by script (a WeChat 合集's <li data-link>) has no links to
    leave out, and its longest title would win alone."""
    text = text_of(best)
    if len(text) > 60 or "。" in text:
        return None
    el: etree._Element | None = best
    for _ in range(_ENTRY_CLIMB):
        parent = el.getparent() if el is not None else None
        if el is None or parent is None:
            return None
        kind = el.get("class")
        twins = sum(1 for c in parent if c.tag == el.tag and c.get("class") == kind)
        if twins >= _ENTRIES and (kind or el.tag == "li"):  # not a layout table's rows
            return parent
        el = parent
    return None


def _with_sibling_sections(
    best: etree._Element, body: etree._Element, own: dict[etree._Element, int]
) -> etree._Element:
    """Climb to the parent while siblings hold more of the report: Word pastes split a report
    into WordSection1/2/3 (a landscape section for the tables), and other editors into
    several sibling blocks (WeChat's editors wrap each paragraph in sections: a wrapper is
    climbed through). A sibling counts if it holds tables or sentences. A block beside a
    numbered heading (一、总体情况) is a section's text, as a reporting system's form lays it
    out (a heading cell and a text cell a row): the other sections are its parent's siblings.
    A paragraph above the block is the report's too (the opening above an accordion; below
    it, a platform's disclaimer may stand)."""

    def total(el: etree._Element) -> int:
        """The text of the blocks in a subtree (summed in C: the climb reads few subtrees)."""
        return sum(map(own.get, el.iter(), repeat(0)))

    while (parent := best.getparent()) is not None and best is not body:
        if parent.tag in _WRAPPERS and _wraps(parent, best):
            best = parent
            continue
        content = [
            sib
            for sib in parent
            if sib is not best and isinstance(sib.tag, str) and _is_content(sib)
        ]
        if (
            sum(map(total, content)) < 0.1 * total(best)
            and not _beside_heading(best, parent)
            and not (best.tag != "p" and _opened_above(best, own))
        ):
            break
        best = parent
    return best


def _wraps(parent: etree._Element, block: etree._Element) -> bool:
    """The parent is a box around the block alone, or around it and its page number (a
    document viewer's page: 第 1 页 / 共 5 页), whose siblings may hold the next pages."""
    if (parent.text or "").strip():
        return False
    return len(parent) == 1 or all(
        el is block or (isinstance(el.tag, str) and is_page_number(text_of(el))) for el in parent
    )


def _opened_above(block: etree._Element, own: dict[etree._Element, int]) -> bool:
    """A paragraph of sentences stands right above the block: the report's opening (above
    an accordion of its sections), not a title or an info line."""
    return any(
        own.get(p, 0) >= _PARAGRAPH and "。" in text_of(p)
        for p in block.itersiblings("p", preceding=True)
    )


_PARAGRAPH = 20  # Han characters and digits of a paragraph of the report's own
_WRAPPERS = ("section", "div")  # a box around one block (135editor's sections), not a table's row


def _beside_heading(el: etree._Element, parent: etree._Element) -> bool:
    return any(
        sib is not el
        and isinstance(sib.tag, str)
        and len(heading := norm(text_of(sib))) <= 40
        and SECTION_HEADING.match(heading)
        for sib in parent
    )


def _is_content(el: etree._Element) -> bool:
    """Report matter (a table, sentences), not a title or an info bar, nor a list of other
    articles with their summaries (相关新闻, 推荐阅读) between or after the report's parts."""
    if el.tag == "table" or el.find(".//table") is not None:
        return True
    return "。" in text_of(el) and not _lists_articles(el)


def _lists_articles(el: etree._Element) -> bool:
    """Three links or more with titles (a report's section links a file or two at most)."""
    titled = (a for a in el.iter("a") if len(text_of(a)) >= _LINK_TITLE)
    return next(islice(titled, 2, None), None) is not None


_LINK_TITLE = 6  # characters of an article's title at least


_CHROME_TAGS = words("script style noscript button input select textarea form nav header footer")


_INLINE = words("span font em strong b i u small label")
_MARKED_TEXT = 10


def _drop_dom_chrome(
    container: etree._Element, labelled: dict[etree._Element, str], scripts: list[etree._Element]
) -> list[str]:
    """Remove scripts (kept in `scripts`), share bars, info bars, 上一篇/下一篇 blocks and
    metadata tables (the "id class" strings of the container's elements are in `labelled`)."""
    doomed: list[etree._Element] = []
    by_class: dict[str, int] = {}  # inline elements doomed by each "id class" string
    shown: list[str] = []  # the container's text, read once a hidden block needs it
    for el in container.iterdescendants(etree.Element):
        tag = el.tag
        if tag in _CHROME_TAGS:
            doomed.append(el)
            continue
        style = el.get("style")
        if (tokens := labelled.get(el)) and (
            _attr_says(tokens)[2] or (tag in _BOX_TAGS and _link_box(el))
        ):
            doomed.append(el)
            if tag in _INLINE:
                by_class[tokens] = by_class.get(tokens, 0) + 1
        elif (style and _hides(style) and not _revealed(el, container, shown)) or (
            (tag == "table" and _is_field_table(el)) or (tag == "dl" and _is_field_list(el))
        ):
            doomed.append(el)
    # a class on many inline pieces marks the text itself (an accessibility proxy's
    # <span class="wza-read"> around every phrase), not a toolbar
    if any(n >= _MARKED_TEXT for n in by_class.values()):
        doomed = [
            el
            for el in doomed
            if el.tag not in _INLINE or by_class.get(labelled.get(el, ""), 0) < _MARKED_TEXT
        ]
    doomed_set = set(doomed)
    chrome: list[str] = []
    for el in doomed:
        if any(a in doomed_set for a in el.iterancestors()):
            continue
        if el.tag == "script":
            scripts.append(el)
        elif el.tag not in ("style", "noscript"):
            chrome.extend(line[:300] for line in element_lines(el))
        drop(el)
    return chrome


_BOX_TAGS = ("div", "ul", "section", "aside")
_BOX_HEADING = 20  # characters a link box holds besides its links (its heading)


def _link_box(el: etree._Element) -> bool:
    """A styled box of three links or more and a heading at most, no sentence, linking no
    documents: a service box, 互动交流, 相关服务, a picture carousel inside the article."""
    links = [t for a in el.iter("a") if (t := norm(text_of(a)))]
    if len(links) < 3 or list_links(set(links)) >= 2:  # (a column's documents are its content)
        return False
    text = norm(text_of(el))
    return "。" not in text and len(text) - sum(map(len, links)) <= _BOX_HEADING


def _revealed(el: etree._Element, container: etree._Element, shown: list[str]) -> bool:
    """A hidden part of the report that a click shows: an accordion's panel, a tab, the rest
    behind 阅读全文, a later page of a paged article. It is a block holding sentences or a
    table, and it neither opens a report of its own (a stale draft's 统计期限; another year's
    report in a tab beside the shown one; an article a script shows once loaded is longer and
    alone) nor repeats the shown text (a mobile copy)."""
    if el.tag in _INLINE:
        return False
    text = norm(text_of(el))

    def container_text() -> str:  # (read once, and only if needed)
        if not shown:
            shown.append(norm(text_of(container)))
        return shown[0]

    if (opening := len(_OPENING.findall(text))) and (
        len(text) <= _HIDDEN_TEXT_MAX or len(_OPENING.findall(container_text())) > opening
    ):
        return False
    if _hidden_page(el) or (
        "。" in text and (parent := el.getparent()) is not None and _beside_heading(el, parent)
    ):  # (a short panel under its section's heading: 无其他需要报告的事项。)
        return True
    if not (("。" in text and han_count(text) >= _REVEALED_HAN) or el.find(".//table") is not None):
        return False
    sample = text[:_SAMPLE]
    return container_text().count(sample) <= text.count(sample)


def _hidden_page(el: etree._Element) -> bool:
    """A page of a paged article, hidden until its pager link is clicked: a sibling of the same
    tag and class holds the first page, and this one holds other sentences (not a hidden copy
    of the shown text, as a mobile/desktop pair)."""
    cls = el.get("class")
    text = text_of(el)
    if not cls or "。" not in text:
        return False
    parent = el.getparent()
    shown = [
        sib
        for sib in (parent if parent is not None else ())
        if sib is not el
        and sib.tag == el.tag
        and sib.get("class") == cls
        and not _hides(sib.get("style") or "")
    ]
    return bool(shown) and all(norm(text_of(sib)) != norm(text) for sib in shown)


_REVEALED_HAN = 30
_SAMPLE = 30  # characters of a hidden block looked for again in the shown text
# what opens a report (or a draft of one), not a part of it
_OPENING = re.compile(r"本报告|统计期限|统计时限|报告如下")


def _is_field_table(table: etree._Element) -> bool:
    cells = list(islice(table.iter("td", "th"), 41))
    if not 3 <= len(cells) <= 40:
        return False  # metadata tables are small; statistics tables are not
    # a key cell holds a key, and so does the table's text: most tables hold none, and their
    # cells need not be read
    if not _FIELD_KEY.search(text_of(table)) or not is_data_table(table):
        return False
    texts = [norm(text_of(c)) for c in cells]
    keys = sum(1 for c in texts if _FIELD_CELL.match(c) or _FIELD_KEY_START.match(c))
    return keys >= 3 and keys * 3 >= len(texts)


def _is_field_list(dl: etree._Element) -> bool:
    """A metadata block laid out as a definition list (dt 索引号： / dd 0115…)."""
    keys = [norm(text_of(dt)) for dt in islice(dl.iter("dt"), 21)]
    found = sum(1 for k in keys if _FIELD_CELL.match(k) or _FIELD_KEY_START.match(k))
    return found >= 3 and found * 2 >= len(keys)


def _count_images(container: etree._Element) -> int:
    count = 0
    for img in container.iter("img"):
        src = img.get("src") or img.get("data-src") or ""
        small = any(
            (img.get(d) or "").isdigit() and int(img.get(d)) < 60 for d in ("width", "height")
        )
        if src and not small and not _ICON.search(src):
            count += 1
    return count


def _scans(body: etree._Element) -> int:
    """Page-wide images drawn at a scan's width, two or more: a report shown as images in a
    block the container (its title's block) left out."""
    wide = sum(
        1 for img in body.iter("img") if (w := img.get("width") or "").isdigit() and int(w) >= 500
    )
    return wide if wide >= 2 else 0


def attachment_kind(href: str) -> str | None:
    """Document extension of a link, reading Hanweb downfile.jsp?filename=… too."""
    if not _MAYBE_DOCUMENT.search(href):  # most links of a page: no need to parse them
        return None
    parts = split(href)
    names = [parts.path]
    query = parse_qs(parts.query)
    for key in ("filename", "fileName", "showname", "file", "name"):
        names.extend(query.get(key, []))
    for name in names:
        ext = unquote(name).rsplit(".", 1)[-1].lower() if "." in name else ""
        if ext in DOC_EXTS:
            return ext
    return None


def _attachments(root: etree._Element, base: str | None) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    for el in root.iter("a", "iframe", "embed", "object"):
        href = (el.get("href") or el.get("src") or el.get("data") or "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        kind = attachment_kind(href)
        if kind is None or any(
            isinstance(a.tag, str)
            and (
                a.tag in ("footer", "nav", "header")
                or re.search(
                    r"(?:^|[-_ ])(?:footer|foot|nav|menu)(?:$|[-_ ])",
                    _attr_tokens(a),
                    re.IGNORECASE,
                )
            )
            for a in el.iterancestors()
        ):
            continue
        absolute = join(base, href)
        if absolute in seen:
            continue
        seen.add(absolute)
        title = norm(text_of(el)) or norm(el.get("title") or "")
        if not title:
            title = unquote(split(href).path.rsplit("/", 1)[-1])
        out.append({"url": absolute, "kind": kind, "title": title})
    return out


_SCRIPT_LINKS = etree.XPath("//*[@data-link or @data-href or @data-url]")


def _links(body: etree._Element, text: str) -> list[etree._Element]:
    """The page's links: <a>, and entries a script opens from a data-link attribute (a
    WeChat 合集's <li data-link>), looked for only where the markup names one."""
    links = list(body.iter("a"))
    if "data-link" in text or "data-href" in text or "data-url" in text:
        links += _SCRIPT_LINKS(body)
    return links


def list_links(link_texts: set[str]) -> int:
    """Distinct links that look like entries of a document list (titles with 报告/年报/dates)."""
    return sum(1 for text in link_texts if len(text) >= 8 and _LISTISH.search(text))
