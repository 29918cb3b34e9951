"""Text that reached us as Markdown: what HTML-to-Markdown converters (jina reader, pandoc,
html2text, markdownify, Firecrawl, Crawl4AI) and document converters (MarkItDown, Docling,
pymupdf4llm, trafilatura) make of a portal page or a report file. The markup is not report
text, so lines are reduced to what a reader of the page saw; a jina header (Title / URL
Source / Published Time / Markdown Content) or a YAML front matter (trafilatura) is chrome,
and its publication time is read like a <meta> PubDate.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lxml import etree

from parsers.render import element_lines

# jina's header (Title / URL Source / Published Time / Markdown Content) and the one research
# scrapers print over a newspaper3k article (Title / Authors / Publish Date / Top Image)
_HEADER = re.compile(
    r"^(Title|URL Source|Published Time|Markdown Content|Description|Warning"
    r"|Authors|Publish Date|Top Image)\s*:\s*(.*)$"
)
_PUBLISHED_KEYS = ("Published Time", "Publish Date")
_IMAGE = re.compile(r"!\[[^\]]*\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
# [text](url), each possibly holding one level of brackets: [[关闭窗口]](javascript:window.close())
_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_HEADING = re.compile(r"^ {0,3}#{1,6}\s+|\s+#+\s*$")
_H1 = re.compile(r"^ {0,3}#\s")
_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)\s*$")
_RULE = re.compile(r"^ {0,3}(?:(?:\*\s*){3,}|(?:_\s*){3,})$")
_BULLET = re.compile(r"^\s*[*+-]\s+(?!\d{1,3}\s*[-—–]\s*$)")  # not a page's "- 2 -"
_LINKS_ONLY = re.compile(r"^[\s|·•/>»,，、]*$")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
# pandoc's own Markdown: a grid table's rules (+----+----+), fenced divs (::: {#zoom}),
# attributes after a heading ({.title}) and bracketed spans ([2024]{style="…"})
_GRID_RULE = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_FENCE = re.compile(r"^\s*:{3,}")
_ATTRIBUTES = re.compile(r"\s*\{[#.][^{}]*\}\s*$")
_SPAN = re.compile(r"\[([^\[\]]*)\]\{[^{}]*\}")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_EVIDENCE = re.compile(
    r"\]\((?:https?:|/|javascript:)|^#{1,6} \S|^\s*\|?\s*:?-{3,}:?\s*\||^\*\*\S"
    r"|\S⟨\d+⟩|^<!-- image -->$",
    re.MULTILINE,
)
# Crawl4AI's links: the text, then the number of its entry in a closing References list
_CITATION = re.compile(r"⟨\d+⟩")
_CITED_WORD = re.compile(r"[^\s|·•/>»,，、]*⟨\d+⟩")
_REFERENCES = re.compile(r"^#{1,6}\s+References\s*$")
# a line of raw HTML markup and nothing else (pandoc keeps a page's divs so), or an HTML
# comment such as Docling's <!-- image -->
_TAG_LINE = re.compile(r"^\s*(?:</?[a-zA-Z][^<>]*>\s*)+$|^\s*<!--.*-->\s*$")
_FRONT_MATTER_KEY = re.compile(r"^([A-Za-z_][\w-]*):\s*(.*)$")
_FRONT_MATTER_OPEN = re.compile(r"---[ \t]*\r?\n(?:title|url|hostname|date|author|sitename):")
# page breaks a converter writes (pymupdf4llm), besides the form feeds of pdftotext
_PAGE_END = re.compile(r"^--- end of page=\d+ ---$", re.MULTILINE)


class Markdown(NamedTuple):
    lines: list[str]  # the lines as read
    chrome: list[str]  # what was removed as chrome
    meta: dict[str, str]  # a header's fields, as <meta> fields
    links: list[str]  # texts of its links (a menu, a column's entries), as a page's <a>
    headline: str | None  # its first level-1 heading, as a page's <h1>


def pages(text: str) -> list[str]:
    """The text's pages: split at form feeds and at a converter's page-end markers."""
    if "end of page=" in text:
        text = _PAGE_END.sub("\f", text)
    return text.split("\f")


def is_markdown(text: str) -> bool:
    """A scraper's header (jina's, newspaper's) or a YAML front matter on top, or markup that
    plain text does not hold: links, # headings, table rules, lines opening in bold."""
    head = text.lstrip()[:200]
    second = head.split("\n", 2)[1:2]
    if head.startswith("Title:") and (
        "Markdown Content:" in text[:3000] or (second and _HEADER.match(second[0].strip()))
    ):
        return True
    if head.startswith("---") and _FRONT_MATTER_OPEN.match(head):  # trafilatura's, even in .txt
        return True
    return len(_EVIDENCE.findall(text, 0, 20000)) >= 3


def from_markdown(lines: list[str]) -> Markdown:
    """The lines as a reader of the page saw them.

    Lines of links and nothing else are chrome: menus, 打印/关闭 bars, related links. A table
    left in HTML (pandoc writes one with merged cells so) reads as rows of cells.
    """
    out: list[str] = []
    chrome: list[str] = []
    links: list[str] = []
    meta: dict[str, str] = {}
    headline: str | None = None
    titled: str | None = None  # a header's title: the page's <title>
    lines = _front_matter(lines, out, chrome, meta)
    in_header = bool(lines) and lines[0].startswith("Title:")
    html_table: list[str] = []
    for k, line in enumerate(lines):
        if in_header:
            if m := _HEADER.match(line.strip()):
                chrome.append(line.strip())
                if m.group(1) in _PUBLISHED_KEYS and m.group(2):
                    meta["article:published_time"] = m.group(2)
                elif m.group(1) == "Title":
                    titled = m.group(2).strip()
                in_header = m.group(1) != "Markdown Content"
                continue
            if line.strip():
                in_header = False
        if html_table or line.lstrip().lower().startswith("<table"):
            html_table.append(line)
            if "</table>" in line.lower():
                out.extend(_table_rows("\n".join(html_table)))
                html_table = []
            continue
        if _REFERENCES.match(line):
            chrome.extend(x.strip() for x in lines[k:] if x.strip())
            break
        if _UNDERLINE.match(line) or _RULE.match(line) or _TABLE_RULE.match(line):
            continue
        if line.lstrip().startswith(("+", ":::")) and (
            _GRID_RULE.match(line) or _FENCE.match(line)
        ):
            continue
        if _lone_header(lines, k):  # a title a converter set as a table of one row
            out.append("".join(c.strip() for c in line.strip().strip("|").split("|")))
            continue
        if _TAG_LINE.match(line):
            if "<!--" in line:
                chrome.append(line.strip())
            continue
        text = _IMAGE.sub("", _SPAN.sub(r"\1", line) if "]{" in line else line)
        text = _BULLET.sub("", text)
        cited = _CITATION.search(text) is not None
        if (cited or _LINK.search(text)) and _LINKS_ONLY.match(_unlinked(text)):
            if text := _LINK.sub(lambda m: m.group(1), _CITATION.sub("", text)).strip():
                chrome.append(text)  # a menu entry, a 打印/关闭 bar, a link to elsewhere
                links.append(text)
            continue
        # a column's entry ([title](url) 2024-03-28) is a link, as on the page
        links.extend(m.group(1).strip() for m in _LINK.finditer(text))
        text = _LINK.sub(lambda m: m.group(1), _CITATION.sub("", text) if cited else text)
        level_1 = _H1.match(text) is not None or _over_equals(lines, k)
        if level_1 or text.startswith("#"):
            text = _ATTRIBUTES.sub("", text)
        text = _EMPHASIS.sub(lambda m: m.group(2), _HEADING.sub("", text))
        text = _ESCAPE.sub(r"\1", text).strip().removesuffix("\\")  # (a hard line break)
        if text.startswith("|") and text.endswith("|") and len(text) > 1:
            text = text[1:-1].strip()
        if level_1 and headline is None and text:
            headline = text
        out.append(text)
    return Markdown(out, chrome, meta, links, headline or titled)


def _lone_header(lines: list[str], k: int) -> bool:
    """A table row over its rule with no row below: a line laid out in cells, not a table."""
    return (
        lines[k].lstrip().startswith("|")
        and k + 1 < len(lines)
        and bool(_TABLE_RULE.match(lines[k + 1]))
        and not (k + 2 < len(lines) and lines[k + 2].lstrip().startswith("|"))
    )


def _over_equals(lines: list[str], k: int) -> bool:
    """A level-1 heading written setext style: the line over a rule of `=`."""
    return (
        k + 1 < len(lines)
        and bool(lines[k].strip())
        and lines[k + 1].lstrip().startswith("=")
        and bool(_UNDERLINE.match(lines[k + 1]))
    )


def _unlinked(text: str) -> str:
    """The line without its links: Markdown links, and Crawl4AI's cited words (首页⟨1⟩)."""
    return _LINK.sub("", _CITED_WORD.sub("", text))


def _front_matter(
    lines: list[str], out: list[str], chrome: list[str], meta: dict[str, str]
) -> list[str]:
    """A YAML front matter (trafilatura's title, url, date …) is chrome, its date a PubDate;
    its title, the page's, is the first line read. The lines after it are returned."""
    if not lines or lines[0].strip() != "---":
        return lines
    end = next((i for i, x in enumerate(lines[1:40], 1) if x.strip() == "---"), None)
    if end is None:
        return lines
    found = [_FRONT_MATTER_KEY.match(x.strip()) for x in lines[1:end]]
    fields = [m for m in found if m]
    if not fields or len(fields) < len(found):
        return lines
    for m in fields:
        key, value = m.group(1).lower(), m.group(2).strip().strip("\"'")
        if key == "title" and value:
            out.append(value)
        else:
            chrome.append(m.group(0))
        if key == "date" and value:
            meta["article:published_time"] = value
    return lines[end + 1 :]


def _table_rows(markup: str) -> list[str]:
    try:
        root = etree.fromstring(f"<div>{markup}</div>", etree.HTMLParser())
    except (etree.ParserError, ValueError):
        return [markup]
    return element_lines(root) if root is not None else [markup]
