"""An lxml element as text lines, the way a reader sees it: blocks break lines, data tables
become one line per row with cells joined by " | " (so tables.py and readers can use them).

A table holding long paragraphs is a layout table and is read as blocks instead. An image
whose alt text is a numbered section heading (一、总体情况) reads as that heading.
"""

from __future__ import annotations

import re

from lxml import etree


def words(text: str) -> frozenset[str]:
    """A set of space-separated words (tag names, class names, extensions)."""
    return frozenset(text.split())


CELL_SEP = " | "
BLOCK_TAGS = words(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table tbody thead tfoot section article center "
    "blockquote pre dd dt dl hr header footer nav aside form figure figcaption caption main "
    "address fieldset legend"
)
# (a <title> inside the body, from a whole Word document pasted into the editor, is not shown)
SKIP_TAGS = words("script style noscript template select option textarea button head title")
LAYOUT_CELL_CHARS = 300
_CELL_TAGS = ("td", "th")
# The descendant axis and string-length() of the context node, not .//td and string-length(.):
# libxml2 evaluates this form in half the time.
_LONG_CELLS = etree.XPath(
    f"descendant::td[string-length() > {LAYOUT_CELL_CHARS}]"
    f"|descendant::th[string-length() > {LAYOUT_CELL_CHARS}]"
)
_HEADING_ALT = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])\S"
    # a report's title drawn as an image (not a 一图读懂/图解 of it)
    r"|(?![^。，\n]*(?:图解|一图|图读))[^。，\n]{4,60}(?:年度报告|年报)\s*$"
)


_NOT_HAN_OR_DIGIT = re.compile(r"[^\u4e00-\u9fff0-9]+")
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")


def han_count(text: str, *, digits: bool = False) -> int:
    """Han characters (and digits) in a text: how much content an element or line holds.
    Deleting the rest is cheaper than listing every match."""
    return len((_NOT_HAN_OR_DIGIT if digits else _NOT_HAN).sub("", text))


_NOT_HAN_DIGIT_OR_NUL = re.compile(r"[^\u4e00-\u9fff0-9\x00]+")


def han_digit_counts(texts: list[str]) -> list[int]:
    """Han characters and digits in each of many texts (none holds a NUL, as no lxml text
    does), in one regex pass: a call per text costs more than counting a short text."""
    if not texts:
        return []
    kept = _NOT_HAN_DIGIT_OR_NUL.sub("", "\x00".join(texts))
    return [len(k) for k in kept.split("\x00")]


def norm(text: str) -> str:
    """Collapse whitespace (incl. &nbsp;, full-width and zero-width spaces) and strip."""
    return " ".join(visible_spaces(text).split())


def visible_spaces(text: str) -> str:
    """Zero-width spaces and BOMs as spaces: str.split() does not count them as whitespace."""
    return text.replace("\u200b", " ").replace("\ufeff", " ")


def text_of(el: etree._Element) -> str:
    """All text inside an element (no tail), like lxml.html's text_content()."""
    return etree.tostring(el, method="text", encoding="unicode", with_tail=False)


def drop(el: etree._Element) -> None:
    """Remove an element but keep its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


_ROWS = "tr|thead/tr|tbody/tr|tfoot/tr"


def is_data_table(table: etree._Element) -> bool:
    """A table of cells (statistics, metadata), not a page-layout table."""
    if next(table.iterdescendants("table"), None) is not None:
        return False
    if next(table.iterdescendants(_CELL_TAGS), None) is None:
        return False
    # a cell's text is part of the table's: a short table has no long cell to look for
    return len(text_of(table)) <= LAYOUT_CELL_CHARS or all(
        len(norm(text_of(c))) <= LAYOUT_CELL_CHARS for c in _LONG_CELLS(table)
    )


def cell_text(cell: etree._Element) -> str:
    """Cell text on one line, as the rendering reads it: a space where a <br> or a block broke
    a label, none between inline runs (Word's cells of one span per character or three)."""
    parts: list[str] = []
    _cell_parts(cell, parts)
    return norm("".join(parts))


def _cell_parts(el: etree._Element, parts: list[str]) -> None:
    if el.text:
        parts.append(el.text)
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and tag not in SKIP_TAGS:  # (a comment's tag is a function)
            block = tag in BLOCK_TAGS
            parts.append(" " if block else "")
            _cell_parts(child, parts)
            parts.append(" " if block else "")
        if child.tail:
            parts.append(child.tail)


# Rendering runs in libxslt (C): a Python walk over every node cost most of a page's parse time.
# The stylesheet writes text with separators the cleaner strips from every page (_SEPARATORS):
# a line break at each block; a row start before a data table's index, then before each of its
# rows, and a cell start before each cell (a space at each <br> or block inside a cell, none
# between inline runs). Python then only
# marks what XSLT 1.0 cannot decide (data tables, heading images, the skipped subtree) and
# normalises the lines.
_LINE, _CELL, _ROW, _SKIPPED = "\ufdd0", "\ufdd1", "\ufdd2", "\ufdd3"
SEPARATORS = "\ufdd0-\ufdd3"
_DATA = "data-nianbao-table"  # a data table's index among the rendered element's data tables
_ALT = "data-nianbao-alt"  # an image whose alt text is a section heading
# The skipped element is renamed while rendering: a template matched by element name is looked
# up in a hash, while a pattern such as *[@attr] is tested on every element (twice the time).
# For the same reason a data table's cells and their text nodes are reached through modes
# (children in document order, by name or by the built-in rules), not through a select per row
# and per cell (a row's other children and whitespace match an empty template): each XPath
# evaluation costs more than the template look-ups of a whole cell.
_SKIP, _SKIP_MARK = "nianbao-skip", "nianbao-mark"
_LINE_TAGS = "|".join(sorted((BLOCK_TAGS | set(_CELL_TAGS)) - {"br"}))
_RENDER = etree.XSLT(
    etree.XML(
        f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text" encoding="UTF-8"/>
<xsl:template match="{_SKIP}">{_LINE}</xsl:template>
<xsl:template match="{_SKIP_MARK}">{_LINE}{_SKIPPED}{_LINE}</xsl:template>
<xsl:template match="{"|".join(sorted(SKIP_TAGS))}"/>
<xsl:template match="br">{_LINE}</xsl:template>
<xsl:template match="img[@{_ALT}]"><xsl:value-of select="@alt"/></xsl:template>
<xsl:template match="{_LINE_TAGS}">{_LINE}<xsl:apply-templates/>{_LINE}</xsl:template>
<xsl:template match="table[@{_DATA}]" priority="5">{_LINE}{_ROW}<xsl:value-of select="@{_DATA}"
/>{_LINE}<xsl:for-each select="caption"><xsl:value-of select="."/>{_LINE}</xsl:for-each
><xsl:for-each select="{_ROWS}">{_ROW}<xsl:apply-templates mode="row"/>{_LINE}</xsl:for-each
></xsl:template>
<xsl:template match="td|th" mode="row">{_CELL}<xsl:apply-templates mode="cell"/></xsl:template>
<xsl:template match="*|text()" mode="row"/>
<xsl:template match="{"|".join(sorted(SKIP_TAGS))}" mode="cell"/>
<xsl:template match="{"|".join(sorted(BLOCK_TAGS))}" mode="cell"
><xsl:text> </xsl:text><xsl:apply-templates mode="cell"/><xsl:text> </xsl:text></xsl:template>
</xsl:stylesheet>"""
    )
)


def element_lines(
    root: etree._Element,
    skip: etree._Element | None = None,
    mark: str | None = None,
    rows: dict[etree._Element, list[list[str]]] | None = None,
) -> list[str]:
    """Render an element to non-empty lines (leaving out the `skip` subtree, `mark` in its
    place when given; the cell texts of each data table's rows kept in `rows`, for the tables
    reader)."""
    hidden = set(skip.iter("table")) if skip is not None else set()
    tables = [t for t in root.iter("table") if t not in hidden and is_data_table(t)]
    headings = [i for i in root.iter("img") if _HEADING_ALT.match(i.get("alt") or "")]
    for k, table in enumerate(tables):
        table.set(_DATA, str(k))
    for img in headings:
        img.set(_ALT, "")
    if skip is not None:
        skip_tag = skip.tag
        skip.tag = _SKIP_MARK if mark is not None else _SKIP
    try:
        rendered = str(_RENDER(root))
    finally:
        for table in tables:
            del table.attrib[_DATA]
        for img in headings:
            del img.attrib[_ALT]
        if skip is not None:
            try:
                skip.tag = skip_tag
            except ValueError:  # a name lxml parsed but will not set (<h<html> in broken markup)
                skip.tag = "div"
    # Whitespace is collapsed in the whole text at once, then cut off at the separators: each
    # line and cell ends up normalised, with no Python work per line.
    text = " ".join(visible_spaces(rendered).split())
    for sep in (_LINE, _ROW, _CELL):
        text = text.replace(" " + sep, sep).replace(sep + " ", sep)
    out: list[str] = []
    rows_of: dict[int, list[list[str]]] = {}  # a data table's rows, in document order
    table_rows: list[list[str]] = []
    for part in filter(None, text.split(_LINE)):
        if part[0] == _ROW:
            start, *cells = part[1:].split(_CELL)
            if start:  # a data table's index, before its rows
                table_rows = rows_of[int(start)] = []
                continue
            table_rows.append(cells)
            if any(cells):
                out.append(CELL_SEP.join(cells))
        elif part == _SKIPPED:
            out.append(mark or "")
        else:
            out.append(part)
    if rows is not None:
        rows.update((tables[k], cells) for k, cells in rows_of.items())
    return out
