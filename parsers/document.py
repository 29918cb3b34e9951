"""parse_document: any fetched document (HTML, text, PDF, DOCX) to a Report.

The steps are the same for every source: lines → chrome split (read first, then dropped) →
script → metadata → classification → format → sections → tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from parsers import agency as ag
from parsers import classify as cl
from parsers import meta
from parsers.attachments import Extracted, docx_text, is_docx, pdf_text
from parsers.datadoc import page_from_feed, page_from_json
from parsers.formats import detect_format
from parsers.html import (
    Page,
    decode,
    decode_part,
    has_pager,
    list_links,
    parse_html,
    read_fields,
    script_date,
)
from parsers.markdown import from_markdown, is_markdown, pages
from parsers.mhtml import archived_page, is_web_archive, with_frames
from parsers.record import Report
from parsers.script import (
    detect_script,
    has_pinyin,
    lines_to_simplified,
    strip_pinyin,
    to_simplified,
)
from parsers.tables import parse_tables
from parsers.text import (
    TITLE_FIELDS,
    UNIT_DAY_LINE,
    chrome_indices,
    drop_invisible,
    drop_running_lines,
    find_title_line,
    is_chrome_line,
    joined_fields,
    rewrapped,
    sections,
    split_glued_chrome,
    title_without_info,
    trim_blank,
    unglue,
    unspaced,
)
from parsers.word97 import doc_text, is_ole

HTML = "html"
TEXT = "text"
PDF = "pdf"
DOCX = "docx"
DOC = "doc"
MHTML = "mhtml"
JSON = "json"
FEED = "feed"

_HTML_START = re.compile(
    rb"<!doctype\s+html|<html|<head|<body|<meta\s|<div[\s>]|<p[\s>]|<table[\s>]|<br\s*/?>",
    re.IGNORECASE,
)
# jusText's command line marks each paragraph <p> or <h> (a heading) and closes none: a text
_JUSTEXT_MARKS = (b"<p> ", b"<h> ")
_JUSTEXT_MARK = re.compile(r"^<[ph]> ", re.MULTILINE)
_FEED_START = re.compile(rb"^(?:<\?xml[^>]*>\s*)?<(?:rss|feed)[\s>]")
_TEXT_URL = re.compile(
    r"https?://[^\s\"'<>，。）)]+?\.(pdf|docx?|wps|xlsx?|ofd)(?![\w])", re.IGNORECASE
)
_CRUMB_SPLIT = re.compile(r"\s*(?:>>|>|»|›|＞|→|/|\\)\s*")
_CRUMB_ARROW = re.compile(r">>|>|»|›|＞|→")
_CRUMB_LEAD = re.compile(r"^.*?(?:位置|栏目)\s*[:：]\s*")
# A breadcrumb without arrows uses the separator that follows 首页: 首页 / 信息公开 / 河口镇.
_CRUMB_HOME = re.compile(r"^\s*(?:网站)?首\s*页\s*([/\\·\-－—》])")
_BYLINE = re.compile(r"(作者|来源|信息来源|发布机构|发布单位)\s*[:：]\s*([\u4e00-\u9fff]{2,30})")


def sniff(data: bytes, content_type: str | None, url: str | None) -> str:
    """Kind of document from its bytes (magic numbers), then the content type and markup.

    A "PDF" without %PDF is an error page, so the content type alone never makes a PDF.
    """
    head = data[:2048].lstrip()
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return PDF
    if data.startswith(b"PK\x03\x04"):
        return DOCX if is_docx(data) else "zip"
    if is_ole(data):  # OLE: a .doc, or a .wps or .xls (read if it holds a Word document)
        return DOC
    if is_web_archive(data):
        return MHTML
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # a page IE or Notepad saved as "Unicode"
        head = data[:4096].decode("utf-16", "ignore").encode("utf-8")
    ct = (content_type or "").lower()
    if "markdown" in ct:  # (which may hold HTML: pandoc keeps a page's divs and tables)
        return TEXT
    if "json" in ct or head.startswith((b"{", b"[")):
        return JSON
    if "rss" in ct or "atom" in ct or _FEED_START.search(head):
        return FEED
    if "html" in ct or "xml" in ct or _marked_up(head):
        return HTML
    return TEXT


def _marked_up(head: bytes) -> bool:
    """HTML's tags near the top, but not jusText's paragraph marks."""
    if head.lstrip().startswith(_JUSTEXT_MARKS) and b"</" not in head:
        return False
    return _HTML_START.search(head) is not None


@dataclass
class _Source:
    """Lines to read plus what the container of the page told."""

    lines: list[str]
    page: Page | None = None
    scanned: bool = False
    warnings: list[str] = field(default_factory=list)
    attachments: list[dict[str, str]] = field(default_factory=list)
    chrome: list[str] = field(default_factory=list)  # removed before reading (Markdown header)
    meta: dict[str, str] = field(default_factory=dict)  # a text's own <meta>-like fields
    url: str | None = None  # the address a page saved by a browser says it came from
    list_links: int = 0  # a Markdown page's links to documents (html.list_links)
    headline: str | None = None  # a Markdown text's level-1 heading
    pager: bool = False  # a text's list pager


def parse_document(
    data: bytes | str,
    *,
    url: str | None = None,
    content_type: str | None = None,
    context: dict | None = None,
) -> Report:
    """Parse one document; never raises on bad input (problems go to `warnings`)."""
    report = Report(url=url)
    try:
        src = _read(data, url, content_type)
        _build(report, src, url or src.url, context or {})
    except Exception as exc:  # a parser bug must not stop a crawl: record it and go on
        report.warnings.append(f"parser error: {type(exc).__name__}: {exc}"[:300])
        report.is_annual_report, report.reason = False, report.reason or cl.EMPTY
    return report


def _read(data: bytes | str, url: str | None, content_type: str | None) -> _Source:
    if isinstance(data, str):
        kind = HTML if _marked_up(data[:2048].encode("utf-8", "ignore")) else TEXT
        return _from_text(data, kind, url, [])
    kind = sniff(data, content_type, url)
    if kind == PDF:
        return _from_extracted(pdf_text(data))
    if kind == DOCX:
        return _from_extracted(docx_text(data))
    if kind == DOC:
        return _from_extracted(doc_text(data))
    if kind == MHTML:
        if (archive := archived_page(data)) is None:
            return _Source([], warnings=["a web archive without a page"])
        text, _, warnings = decode_part(archive.page, archive.charset)
        frames = {cid: decode_part(*frame)[0] for cid, frame in archive.frames.items()}
        source = _from_text(with_frames(text, frames), HTML, url or archive.location, warnings)
        if not url:  # (where the browser saved it from, as for a saved page's comment)
            source.url = archive.location
        return source
    if kind not in (HTML, TEXT, JSON, FEED):
        return _Source([], warnings=[f"unsupported document type: {kind}"])
    text, _, warnings = decode(data, content_type)
    if kind in (JSON, FEED):  # an API's article or a feed, as the page it stands for
        page = page_from_json(text) if kind == JSON else page_from_feed(text)
        return (
            _from_text(page, HTML, url, warnings) if page else _from_text(text, TEXT, url, warnings)
        )
    return _from_text(text, kind, url, warnings, "markdown" in (content_type or "").lower())


def _from_extracted(ex: Extracted) -> _Source:
    return _Source(ex.lines, scanned=ex.scanned, warnings=ex.warnings)


def _from_text(
    text: str, kind: str, url: str | None, warnings: list[str], markdown: bool = False
) -> _Source:
    text = drop_invisible(text)
    if kind == TEXT:
        if _JUSTEXT_MARK.match(text.lstrip()):
            text = _JUSTEXT_MARK.sub("", text)
        attachments = [
            {"url": m.group(0), "kind": m.group(1).lower(), "title": m.group(0).rsplit("/", 1)[-1]}
            for m in _TEXT_URL.finditer(text)
        ]
        # pdftotext separates pages by form feeds (a Markdown converter by its own marks):
        # their running headers and footers go
        paged = [[x.rstrip() for x in p.splitlines()] for p in pages(text)]
        lines = drop_running_lines(paged) if len(paged) > 1 else paged[0]
        lines = joined_fields([unspaced(x) for x in lines])
        pager = has_pager(text)  # (a list page's text keeps its pager: 共 45 条 … 尾页)
        if not (markdown or is_markdown(text)):
            return _Source(
                unglue(rewrapped(lines)), warnings=warnings, attachments=attachments, pager=pager
            )
        md = from_markdown(lines)
        return _Source(
            unglue(rewrapped(md.lines)),
            warnings=warnings,
            attachments=attachments,
            chrome=md.chrome,
            meta=md.meta,
            list_links=list_links(set(md.links)),
            headline=md.headline,
            pager=pager,
        )
    saved = None if url else saved_from(text)
    page = parse_html(text, url or saved)
    if page.container_found is None:
        warnings.append("no content container found")
    return _Source(
        page.lines, page=page, warnings=warnings, attachments=page.attachments, url=saved
    )


# A browser's "save page" and SingleFile note where the page came from; a web archive's copy
# of a page is addressed inside the archive's URL.
_SAVED_FROM = re.compile(
    r"<!--\s*(?:saved from url=\(\d+\)|Page saved with SingleFile\s+url:\s*)(https?://[^\s>]+)"
)
_ARCHIVED = re.compile(r"^https?://web\.archive\.org/web/\d+[a-z_]*/(https?://.+)$")


def saved_from(page: str) -> str | None:
    """The address a saved page says it was saved from (the original, for an archive's copy)."""
    if m := _SAVED_FROM.search(page, 0, 4096):
        archived = _ARCHIVED.match(m.group(1))
        return archived.group(1) if archived else m.group(1)
    return None


def _build(report: Report, src: _Source, url: str | None, context: dict[str, Any]) -> None:
    report.warnings.extend(src.warnings)
    report.attachments = src.attachments
    lines, removed = _strip_pinyin(split_glued_chrome(src.lines))
    if removed:
        report.warnings.append(f"removed {removed} bracketed pinyin annotations (mirror site)")
    page = src.page
    # Rules are written in Simplified: read a simplified view, keep the original for text_original
    simple = lines_to_simplified(lines)
    # the page's lines outside the content and the info bars removed inside it, Simplified:
    # its metadata (索引号 / 發布日期 …) and chrome lines are read from them
    around = lines_to_simplified([*page.page_lines, *page.chrome]) if page else []
    fields = read_fields(around)
    title, title_original = _title(page, lines, simple, fields, src.headline)
    if page and title and not _starts_with(simple, title):
        lines, simple = [title_original, *lines], [title, *simple]
    chrome_idx = chrome_indices(simple)
    keep = [i for i in range(len(lines)) if i not in chrome_idx]
    body = trim_blank([simple[i] for i in keep])
    chrome_lines = [simple[i].strip() for i in sorted(chrome_idx)]
    # a metadata block (索引号 / 发布机构 / 生成日期 …) among the chrome lines: a text's, or one
    # a page keeps inside its article (the page's own fields, read before, come first)
    fields = {**read_fields(chrome_lines), **fields}
    page_chrome = [x for x in around if is_chrome_line(x) or UNIT_DAY_LINE.match(x)]
    report.chrome = _chrome(page, [*src.chrome, *page_chrome], chrome_lines, body)
    report.text_original = "\n".join(trim_blank([lines[i] for i in keep]))
    report.text = "\n".join(body)
    report.script = detect_script(report.text_original, report.text)
    if report.script is None and page:  # a list page: the script of the page around it
        report.script = detect_script("\n".join([page.title_tag or "", *page.page_lines]))
    link_title = to_simplified(context.get("link_title") or "") or None
    # 关于印发《…年度报告》的通知 carrying the report: its metadata is the carried report's
    carried = cl.transmitted(title or link_title, report.text)
    if (
        title
        and not carried
        and not cl.is_own_title(title)
        and (at := cl.printed_report(body)) is not None
    ):
        title = body[at]  # the report in a 公报 issue, between other documents
    report.title = title or link_title
    own_title = carried or report.title

    hints = [*chrome_lines, *page_chrome]
    report.year = (
        meta.year_from_title(own_title)
        or meta.year_from_subtitle(body)
        or meta.year_from_text(report.text)
        or meta.year_from_title(link_title)
    )
    report.published = meta.published(
        meta=page.meta if page else src.meta,
        chrome=hints,
        fields=fields,
        url=url,
        context=context,
        scripted=(lambda: script_date(page.source)) if page else lambda: None,
    )
    body_simplified = report.text.split("\n")
    signed = ag.from_signature(body_simplified)
    named = _agencies(own_title, signed, report.text, hints, simple, page, fields, context)
    found = next(filter(None, named), None)
    if found and found.kind == ag.DEPARTMENT and not found.county:
        # 县财政局 is named for short with its county: as the text states it (its signature),
        # else the crawl's or the site's
        site = [page.meta.get("sitename", ""), page.title_tag or ""] if page else []
        county = ag.county_stated(found, [report.text, *hints])
        found = ag.with_county(
            found, county or meta.site_county(context, lines_to_simplified(site))
        )
    if found:
        found = ag.spelled_out(found, signed)
        report.agency = ag.full_name(found, [report.title or "", report.text, *hints])
        report.agency_short, report.agency_kind = found.short, found.kind
    report.region = meta.region(context, found.county if found else None)

    evidence = cl.Evidence(
        title=own_title,
        text=report.text,
        images=page.images if page else 0,
        attachments=len(report.attachments),
        list_links=page.list_links if page else src.list_links,
        datastore=page.datastore if page else False,
        pager=page.pager if page else src.pager,
        scanned=src.scanned,
    )
    report.is_annual_report, report.reason = cl.classify(evidence)
    if not report.is_annual_report:
        if report.reason not in (cl.IMAGE_ONLY, cl.ATTACHMENT_ONLY, cl.EMPTY):
            report.year = None  # a notice or list reports on no year; pointers keep theirs
        if report.reason == cl.LIST:
            report.agency = report.agency_short = report.agency_kind = None
        return
    report.format = detect_format(report.text, report.year)
    report.sections = sections(body_simplified)
    _tables(report, page)
    if report.year is None:
        report.warnings.append("the year reported on is not stated")
    if report.agency_short is None:
        report.warnings.append("reporting agency not found")


def _title(
    page: Page | None,
    lines: list[str],
    simple: list[str],
    fields: dict[str, str],
    headline: str | None = None,
) -> tuple[str | None, str]:
    """(the title, Simplified; the same title as published) from the lines and the page, or
    a Markdown text's headline."""
    title = meta.title_from_lines(simple)
    if (
        page
        and title
        and any(title.startswith(t) or t.startswith(title) for t in page.link_texts if len(t) >= 6)
    ):
        title = None  # the first entry of a list, not this page's title
    original = dict(zip(simple, lines, strict=True))
    if headline and title is None and (title := meta.headline_title(to_simplified(headline))):
        original[title] = headline
    if page:
        candidates = [
            *page.meta.values(),
            *page.headings,
            *([page.title_tag] if page.title_tag else []),
            *page.above_content,
        ]
        converted = lines_to_simplified(candidates)  # one OpenCC call for all of them
        original.update(zip(converted, candidates, strict=True))
        n_meta, n_heads = len(page.meta), len(page.headings)
        meta_simple = dict(zip(page.meta, converted[:n_meta], strict=True))
        heads = converted[n_meta : n_meta + n_heads]
        rest = converted[n_meta + n_heads :]
        tag = rest.pop(0) if page.title_tag else None
        named = [v for k in TITLE_FIELDS if (v := fields.get(k))]
        title = meta.title_from_page(meta_simple, heads, tag, title, rest, named)
    if not title:
        return None, ""
    clean = meta.untagged(title_without_info(strip_pinyin(title)[0]))
    return clean, meta.untagged(title_without_info(strip_pinyin(original.get(title, title))[0]))


def _chrome(
    page: Page | None, page_chrome: list[str], chrome_lines: list[str], body: list[str]
) -> list[str]:
    """What was removed: DOM chrome in the container, chrome lines, and the page's own chrome
    lines outside the container that metadata was read from (breadcrumb, 日期 line …)."""
    out = [*(page.chrome if page else []), *chrome_lines]
    kept = set(body)
    out.extend(x for x in page_chrome if x not in kept)
    return list(dict.fromkeys(out))


def _strip_pinyin(lines: list[str]) -> tuple[list[str], int]:
    if not has_pinyin("\n".join(lines)):
        return lines, 0
    out, total = [], 0
    for line in lines:
        clean, n = strip_pinyin(line)
        out.append(clean)
        total += n
    return out, total


def _starts_with(lines: list[str], title: str) -> bool:
    compact = "".join(title.split())  # (what a pattern for whitespace removes, faster)
    first = ["".join(x.split()) for x in lines[:6] if x.strip()]
    return any(compact in x or (len(x) >= 6 and x in compact) for x in first)


def _head_lines(simple: list[str]) -> list[str]:
    """Short lines above the title line (site name, unit name in a PDF header)."""
    i = find_title_line(simple)
    return [x.strip() for x in simple[: i or 0] if x.strip()]


def _agencies(
    title: str | None,
    signed: ag.Agency | None,
    text: str,
    hints: list[str],
    simple: list[str],
    page: Page | None,
    fields: dict[str, str],
    context: dict[str, Any],
) -> Iterator[ag.Agency | None]:
    """What each place names, in the order of trust documented in parsers/agency.py (`signed`:
    the signature's; `simple`: the lines the title was looked for in): the first agency named
    is the page's, so a place is read only when those before it named none (most pages stop at
    the title)."""
    yield ag.from_title(title)
    yield signed
    yield ag.from_explicit(text)
    yield from map(ag.parse_name, (c for line in hints for c in reversed(_crumbs(line))))
    bylines = [m.groups() for line in hints for m in _BYLINE.finditer(line)]
    yield from (ag.parse_name(name) for key, name in bylines if key == "作者")
    yield ag.from_self_reference(text)
    yield from (ag.parse_name(name) for key, name in bylines if key != "作者")
    yield from (
        ag.parse_name(fields.get(k, ""))
        for k in ("发布机构", "发文机关", "公开主体", "信息来源", "来源")
    )
    if page:
        yield ag.parse_name(to_simplified(page.meta.get("contentsource", "")))
    yield from map(ag.parse_name, _head_lines(simple))
    yield ag.from_title(to_simplified(context.get("link_title") or ""))
    yield ag.parse_name(to_simplified(context.get("column") or ""))


def _crumbs(line: str) -> list[str]:
    """Crumbs of a breadcrumb line (首页 >> 乡镇信息公开 >> 妥安乡, 首页 / 信息公开 / 河口镇,
    首页 - 政务公开 - 龙泉街道), empty if it is not one."""
    path = _CRUMB_LEAD.sub("", line)
    if _CRUMB_ARROW.search(path):
        parts = _CRUMB_SPLIT.split(path)
    elif m := _CRUMB_HOME.match(path):
        parts = path.split(m.group(1))
    else:
        return []
    crumbs = [c.strip() for c in parts if c.strip()]
    return crumbs if len(crumbs) >= 2 else []


def _tables(report: Report, page: Page | None) -> None:
    try:
        result = parse_tables(
            report.text,
            page.container if page else None,
            fmt=report.format,
            table_rows=page.table_rows if page else None,
        )
    except Exception as exc:  # the tables helper must not lose the rest of the record
        report.warnings.append(f"tables failed: {type(exc).__name__}: {exc}"[:300])
        return
    report.cells, report.checks = result.cells, result.checks
    report.warnings.extend(result.warnings)
