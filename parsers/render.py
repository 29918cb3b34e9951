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
SKIP_TAGS = words("script style noscript template select option textarea button head")
_WS = re.compile(r"[\s\u3000\xa0\u200b\ufeff]+")
LAYOUT_CELL_CHARS = 300
_CELL_TAGS = ("td", "th")
_HEADING_ALT = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])\S"
)


_NOT_HAN_OR_DIGIT = re.compile(r"[^\u4e00-\u9fff0-9]+")
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")


def han_count(text: str, *, digits: bool = False) -> int:
    """Han characters (and digits) in a text: how much content an element or line holds.
    Deleting the rest is cheaper than listing every match."""
    return len((_NOT_HAN_OR_DIGIT if digits else _NOT_HAN).sub("", text))


def norm(text: str) -> str:
    """Collapse whitespace (incl. &nbsp; and full-width spaces) and strip."""
    return _WS.sub(" ", text).strip()


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


def table_rows(table: etree._Element) -> list[etree._Element]:
    """The table's own rows, not those of nested tables."""
    return table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")


def is_data_table(table: etree._Element) -> bool:
    """A table of cells (statistics, metadata), not a page-layout table."""
    if table.xpath(".//table"):
        return False
    cells = table.xpath(".//td|.//th")
    return bool(cells) and all(
        len(raw := text_of(c)) <= LAYOUT_CELL_CHARS or len(norm(raw)) <= LAYOUT_CELL_CHARS
        for c in cells
    )


def cell_text(cell: etree._Element) -> str:
    """Cell text on one line; labels broken by <br> are joined as published."""
    return norm(" ".join(cell.itertext()))


def row_line(row: etree._Element, texts: dict[etree._Element, str] | None = None) -> str:
    """A table row as one line, cells joined by " | "; their texts kept in `texts` if given."""
    cells = []
    for c in row:
        if c.tag in _CELL_TAGS:
            cells.append(text := cell_text(c))
            if texts is not None:
                texts[c] = text
    return CELL_SEP.join(cells) if any(cells) else ""


def element_lines(
    root: etree._Element,
    skip: etree._Element | None = None,
    mark: str | None = None,
    texts: dict[etree._Element, str] | None = None,
) -> list[str]:
    """Render an element to non-empty lines (leaving out the `skip` subtree, `mark` in its
    place when given; data-table cell texts kept in `texts`, for the tables reader)."""
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            line = norm("".join(buf))
            if line:
                out.append(line)
            buf.clear()

    def walk(node: etree._Element, depth: int) -> None:
        tag = node.tag
        if node is skip:
            flush()
            if mark is not None:
                out.append(mark)
        elif isinstance(tag, str) and tag not in SKIP_TAGS:  # comments have no str tag
            if tag == "br":
                flush()
            elif tag == "img":  # a section heading drawn as an image reads as its alt text
                alt = node.get("alt")
                if alt and _HEADING_ALT.match(alt):
                    buf.append(alt)
            elif tag == "table" and is_data_table(node):
                flush()
                out.extend(line for row in table_rows(node) if (line := row_line(row, texts)))
            elif tag in BLOCK_TAGS or tag in _CELL_TAGS or depth > 200:
                flush()
                inner(node, depth)
                flush()
            else:
                inner(node, depth)
        if node.tail and node is not root:
            buf.append(node.tail)

    def inner(node: etree._Element, depth: int) -> None:
        if node.text:
            buf.append(node.text)
        if depth <= 200:
            for child in node:
                walk(child, depth + 1)

    walk(root, 0)
    flush()
    return out
