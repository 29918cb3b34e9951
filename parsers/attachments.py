"""Attached documents to text: PDF via pdfplumber, DOCX via python-docx.

Many township reports are only an attached PDF or Word file. Tables are rendered as rows of
cells joined by " | " in reading order, like HTML tables, so tables.py reads every source the
same way. A PDF page without a text layer is a scan: the caller reports it as image-only.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from parsers import html as _html
from parsers.mhtml import HTML_TYPES, archived_page
from parsers.render import CELL_SEP, han_count, norm
from parsers.text import drop_running_lines, is_page_number, running_text

if TYPE_CHECKING:
    from pdfplumber.page import Page


@dataclass
class Extracted:
    """Text of a document, page or paragraph order kept."""

    lines: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    scanned: bool = False


def is_docx(data: bytes) -> bool:
    """A zip holding word/document.xml (a .docx, whatever the URL says)."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except zipfile.BadZipFile:
        return False


def row_line(cells: list[str | None]) -> str:
    """A table row as one line of cells joined by " | " ("" when every cell is empty)."""
    values = [norm(c or "") for c in cells]
    return CELL_SEP.join(values) if any(values) else ""


def pdf_text(data: bytes) -> Extracted:
    """Lines of a PDF, page by page; tables as rows placed where they stand on the page."""
    import pdfplumber  # imported here: HTML-only runs should not pay for pdfminer

    out = Extracted()
    images = 0
    read: list[tuple[list[dict], list[tuple[float, int, str]]]] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                images += len(page.images)
                read.append(_pdf_page(page))
    except Exception as exc:  # pdfminer raises many kinds on damaged files
        out.warnings.append(f"PDF could not be read: {type(exc).__name__}: {exc}"[:200])
        return out
    read = _without_running(read)
    # the text block's margins over the whole document: a page holding only a table and a
    # heading would otherwise take the heading's end for its right margin
    edges = [(line["x0"], line["x1"]) for lines, _ in read for line in lines]
    left = min((x0 for x0, _ in edges), default=0)
    right = _right_margin(sorted(x1 for _, x1 in edges), left)
    pages = []
    for lines, rows in read:
        placed = [(top, 0, text) for top, text in _paragraphs(lines, left, right)] + rows
        placed.sort(key=lambda item: (item[0], item[1]))
        pages.append([text for _, _, text in placed if text])
    out.lines = drop_running_lines(pages)
    if sum(len(x) for x in out.lines) < 20:
        out.scanned = images > 0
        out.warnings.append(
            "PDF has no text layer (scanned images): OCR needed" if images else "PDF has no text"
        )
    elif _garbled(out.lines):
        out.scanned = True
        out.warnings.append("PDF text layer unreadable (fonts without a Unicode map): OCR needed")
    return out


def _garbled(lines: list[str]) -> bool:
    """A font's codes read as the wrong characters: glyphs pdfminer could not map, `(cid:98)`,
    or Han characters that never make 的 or 公开 (every report writes both)."""
    text = "".join(lines)
    if text.count("(cid:") >= _UNMAPPED:
        return True
    return han_count(text) >= _GARBLED_HAN and "的" not in text and "公开" not in text


_UNMAPPED = 3
_GARBLED_HAN = 100


def _without_running(
    read: list[tuple[list[dict], list[tuple[float, int, str]]]],
) -> list[tuple[list[dict], list[tuple[float, int, str]]]]:
    """Pages without their running headers and footers: a text (page numbers aside) among the
    first or last two lines of at least two pages and half of them, where it stands at a
    height it has on two pages or more. Placed by height, a header goes on the first page too,
    while a title below it that repeats its words stays (drop_running_lines, which reads text
    only, cannot tell them apart)."""

    def text(line: dict) -> str:
        return running_text(line["text"])

    edges = [{(text(x), round(x["top"])) for x in lines[:2] + lines[-2:]} for lines, _ in read]
    pages = Counter(t for keys in edges for t in {t for t, _ in keys})
    heights = Counter(key for keys in edges for key in keys)
    running = {
        (t, top)
        for (t, top), n in heights.items()
        if n >= 2 and pages[t] >= 2 and 2 * pages[t] >= len(read)
    }
    return [
        ([x for x in lines if (text(x), round(x["top"])) not in running], rows)
        for lines, rows in read
    ]


def _right_margin(ends: list[float], left: float) -> float:
    """Where wrapped lines end: the median end of the lines reaching near the farthest one. A
    comma hanging past the margin, or a justified line pushed out by a digit, reaches farther
    than the margin the other lines wrap at."""
    if not ends:
        return 0
    far = [x for x in ends if x - left >= 0.8 * (ends[-1] - left)]
    return far[len(far) // 2]


def _inked(obj: dict) -> bool:
    """Not a seal's red or a watermark's pale text: a char the reader is meant to read."""
    if obj.get("object_type") != "char":
        return True
    color = obj.get("non_stroking_color")
    if not isinstance(color, tuple) or not all(isinstance(v, (int, float)) for v in color):
        return True
    if len(color) == 1:
        return color[0] <= 0.5
    if len(color) == 3:
        r, g, b = color
        return min(r, g, b) <= 0.5 and not (r > 0.6 and g < 0.35 and b < 0.35)
    if len(color) == 4:
        c, m, y, k = color
        return max(c, m, y, k) >= 0.3 and not (m > 0.6 and y > 0.6 and c < 0.3 and k < 0.3)
    return True


def _pdf_page(page: Page) -> tuple[list[dict], list[tuple[float, int, str]]]:
    """(the text lines outside tables, the table rows placed at their table's top). Seals
    (red) and watermarks (pale) are left out first: their letters fall into the lines; so are
    the second copies of characters drawn twice to look bold."""
    page = page.filter(_inked).dedupe_chars()  # bold drawn twice reads once
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside(obj: dict) -> bool:
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

    rest = page.filter(outside) if boxes else page
    rows = [
        (table.bbox[1], k + 1, line)
        for table in tables
        for k, row in enumerate(table.extract())
        if (line := row_line([_CELL_WRAP.sub("", c) if c else c for c in row]))
    ]
    return rest.extract_text_lines(), rows


# a cell's text wrapped inside a narrow column (三、本年度 / 办理结果): one label
_CELL_WRAP = re.compile(r"(?<=[\u4e00-\u9fff])\n(?=[\u4e00-\u9fff])")


_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])"
)


def _paragraphs(lines: list[dict], left: float, right: float) -> list[tuple[float, str]]:
    """Join lines the PDF wrapped at the right margin back into paragraphs. A line that starts
    far from the left margin and ends at the right one is right-aligned (a signature), not
    wrapped; a heading or a page number never continues a paragraph."""
    out: list[tuple[float, str]] = []
    wrapped = spaced = False
    size = 0.0
    for line in lines:
        text = norm(line["text"])
        if not text:
            continue
        chars = line.get("chars", [])
        # a spaced title goes on only in the same spacing (报 告), never into the text below
        was_spaced, spaced = spaced, _letter_spaced(chars)
        one_by_one = all(len(word) == 1 for word in text.split())
        if spaced or (was_spaced and one_by_one):
            text = "".join(c["text"] for c in chars if not c["text"].isspace())
        # a footnote below a paragraph that goes on overleaf is set smaller, a title above the
        # text larger; a page number in the corner stands far right
        resized = abs(_size(chars) - size) > 0.1 * size
        size = _size(chars)
        goes_on = (
            wrapped
            and out
            and not resized
            and line["x0"] - left <= 0.5 * (right - left)
            and (one_by_one or not was_spaced)
            and not _HEADING.match(text)
            and not is_page_number(text)
        )
        if goes_on:
            out[-1] = (out[-1][0], out[-1][1] + text)
        else:
            out.append((line["top"], text))
        wrapped = (
            line["x1"] >= right - 15
            and line["x0"] - left <= 0.25 * (right - left)
            and not text.endswith(_PARAGRAPH_END)
            and not _set_apart(chars)
            and not _NUMBERS_END.search(text)
        )
    return out


# a row of a table drawn as text ends on its numbers: it fills the line without wrapping
_NUMBERS_END = re.compile(r"\d+(?:\s+\d+){2,}$")


_PARAGRAPH_END = ("。", "：", ":", "；", "！", "？", "”")


def _size(chars: list[dict]) -> float:
    """The font size most of a line is set in (0 when unknown)."""
    sizes = sorted(c.get("size", 0) for c in chars if not c["text"].isspace())
    return float(sizes[len(sizes) // 2]) if sizes else 0.0


def _set_apart(chars: list[dict]) -> bool:
    """Two parts set far apart on one line (a running header: the unit's name at the left, the
    column's at the right edge): it spans the text block without being wrapped text."""
    ink = [c for c in chars if not c["text"].isspace()]
    if len(ink) < 2:
        return False
    widths = sorted(c["x1"] - c["x0"] for c in ink)
    em = widths[len(widths) // 2]
    return any(b["x0"] - a["x1"] > 4 * em for a, b in pairwise(ink))


def _letter_spaced(chars: list[dict]) -> bool:
    """A line set with even space between all its characters (a spaced title, a justified
    line), which extraction reads as words of one character; a table row's gaps are uneven."""
    ink = [c for c in chars if not c["text"].isspace()]
    if len(ink) < 4:
        return False
    # an office suite widens the gap where Han characters meet digits or Latin letters
    gaps = sorted(
        b["x0"] - a["x1"] for a, b in pairwise(ink) if a["text"].isascii() == b["text"].isascii()
    )
    if len(gaps) < 3:
        return False
    median = gaps[len(gaps) // 2]
    return median > 1 and gaps[0] > 0.3 * median and gaps[-1] < 1.8 * median


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# what a paragraph's text is made of, and the subtrees that are not its text
_TEXT = {f"{_W}t": None, f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n"}
_NOT_TEXT = {f"{_W}txbxContent", _FALLBACK, f"{_W}del", f"{_W}moveFrom", f"{_W}rPr", f"{_W}pPr"}
_RUN, _VANISH, _VAL = f"{_W}r", f"{_W}rPr/{_W}vanish", f"{_W}val"


def _on(toggle: Any) -> bool:
    """A Word on/off property (<w:vanish/>, <w:vanish w:val="0"/>) that is present and on."""
    return toggle is not None and toggle.get(_VAL, "true") not in ("0", "false", "off")


def paragraph_lines(text: str) -> list[str]:
    """A paragraph's lines: one per soft line break, unless the breaks wrap it at a width."""
    return _unwrapped([line for part in text.split("\n") if (line := norm(part))])


def _unwrapped(parts: list[str]) -> list[str]:
    """A paragraph's soft-broken lines, with the lines a paste wrapped at a fixed width joined
    again: a line as long as the paragraph's longest that does not end a sentence goes on."""
    longest = max(map(len, parts), default=0)
    out: list[str] = []
    wrapped = False
    for part in parts:
        if wrapped and not _HEADING.match(part):
            out[-1] += part
        else:
            out.append(part)
        ends = part.endswith(_PARAGRAPH_END)
        wrapped = len(parts) > 1 and len(part) >= 0.8 * longest and not ends
    return out


def _text(el: Any) -> str:
    """The text a reader sees in a paragraph: every run's, inside insertions, hyperlinks,
    simple fields, smart tags and content controls too (python-docx reads only the
    paragraph's own runs); not deleted or hidden text (a template's 填报提示), field
    instructions or text boxes."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        for child in node:
            tag = child.tag
            if tag in _TEXT:
                fixed = _TEXT[tag]
                parts.append(child.text or "" if fixed is None else fixed)
            elif tag not in _NOT_TEXT and not (tag == _RUN and _on(child.find(_VANISH))):
                walk(child)

    walk(el)
    return "".join(parts)


def _text_boxes(paragraph: Any) -> list[str]:
    """Lines of the text boxes anchored in a paragraph (a signature is often one). Word keeps a
    VML copy of each box under mc:Fallback: that copy is not read."""
    lines = []
    for box in paragraph.iter(f"{_W}txbxContent"):
        if any(a.tag == _FALLBACK for a in box.iterancestors()):
            continue
        for p in box.iter(f"{_W}p"):
            if text := norm(_text(p)):
                lines.append(text)
    return lines


def _blocks(
    parent: Any, tags: tuple[str, ...] = (f"{_W}p", f"{_W}tbl", f"{_W}altChunk")
) -> Iterator[Any]:
    """Paragraphs, tables and imported chunks in document order (or a table's rows, a row's
    cells), through content controls and custom XML: a repeating section holds table rows."""
    for child in parent:
        if child.tag in tags:
            yield child
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _blocks(content, tags)
        elif child.tag == f"{_W}customXml":
            yield from _blocks(child, tags)


def _continues_merge(tc: Any) -> bool:
    merge = tc.find(f"{_W}tcPr/{_W}vMerge")
    return merge is not None and merge.get(f"{_W}val", "continue") == "continue"


_CHINESE_DIGITS = "〇一二三四五六七八九"


def _chinese(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (Word's chineseCounting, up to 99)."""
    tens, ones = divmod(n, 10)
    if not 0 < n < 100:
        return str(n)
    head = ("" if tens == 1 else _CHINESE_DIGITS[tens]) + "十" if tens else ""
    return head + (_CHINESE_DIGITS[ones] if ones else "")


def _roman(n: int) -> str:
    out = ""
    for value, letters in zip(
        (1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1),
        ("M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"),
        strict=True,
    ):
        count, n = divmod(n, value)
        out += letters * count
    return out


_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: "".join(chr(ord(c) + 0xFEE0) for c in str(n)),
    "chineseCounting": _chinese,
    "chineseCountingThousand": _chinese,
    "japaneseCounting": _chinese,
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10],
    "decimalEnclosedCircle": lambda n: chr(0x245F + n) if 0 < n <= 20 else str(n),
    "decimalEnclosedCircleChinese": lambda n: chr(0x245F + n) if 0 < n <= 20 else str(n),
    "upperLetter": lambda n: chr(64 + (n - 1) % 26 + 1),
    "lowerLetter": lambda n: chr(96 + (n - 1) % 26 + 1),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
}


Levels = dict[int, tuple[str, str, int]]  # list level: (number format, "%1、" text, start)


class ListNumbers:
    """Labels of Word's automatic numbering: a heading numbered by the list tables (一、 （一）
    1.) holds only 总体情况 in its text, and the reader sees 一、总体情况. Counters run per
    list, deeper levels restarting under a new item, as Word counts. `lists` maps a
    paragraph's list reference to (the list it counts in, its levels)."""

    def __init__(self, lists: dict[str, tuple[str, Levels]]) -> None:
        self.lists = lists
        self.counts: dict[str, dict[int, int]] = {}

    def label(self, ref: str, level: int) -> str:
        """The label Word shows before the next paragraph of a list ("" when none)."""
        found = self.lists.get(ref)
        if found is None:
            return ""
        key, levels = found
        counts = self.counts.setdefault(key, {})
        counts[level] = counts.get(level, levels.get(level, ("", "", 1))[2] - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]
        fmt, text, _ = levels.get(level, ("none", "", 1))
        if fmt in ("bullet", "none"):
            return ""

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            shown = levels.get(k, ("decimal", "", 1))[0]
            n = counts.get(k, levels.get(k, ("", "", 1))[2])
            return _FORMATS.get(shown, str)(n)

        return re.sub(r"%([1-9])", number, text)


class _Numbering(ListNumbers):
    """The list tables of a DOCX (numbering.xml), and the numbering its styles give."""

    def __init__(self, numbering: Any, styles: Any) -> None:
        abstract = {a.get(f"{_W}abstractNumId"): a for a in numbering.iter(f"{_W}abstractNum")}
        lists: dict[str, tuple[str, Levels]] = {}
        for num in numbering.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            definition = abstract.get(ref.get(_VAL) if ref is not None else None)
            if definition is None:
                continue
            levels = {}
            for lvl in definition.iter(f"{_W}lvl"):
                fmt, text, start = (lvl.find(f"{_W}{k}") for k in ("numFmt", "lvlText", "start"))
                levels[int(lvl.get(f"{_W}ilvl", "0"))] = (
                    fmt.get(_VAL, "decimal") if fmt is not None else "decimal",
                    text.get(_VAL, "") if text is not None else "",
                    int(start.get(_VAL, "1")) if start is not None else 1,
                )
            lists[num.get(f"{_W}numId", "")] = (ref.get(_VAL, ""), levels)
        super().__init__(lists)
        self.styles = {
            style.get(f"{_W}styleId"): numbering_of
            for style in (styles.iter(f"{_W}style") if styles is not None else ())
            if (numbering_of := style.find(f"{_W}pPr/{_W}numPr")) is not None
        }

    def paragraph_label(self, paragraph: Any) -> str:
        """The label Word shows before a paragraph ("" when it is not numbered)."""
        props = paragraph.find(f"{_W}pPr/{_W}numPr")
        if props is None:
            style = paragraph.find(f"{_W}pPr/{_W}pStyle")
            props = self.styles.get(style.get(_VAL) if style is not None else None)
        if props is None:
            return ""
        num, ilvl = props.find(f"{_W}numId"), props.find(f"{_W}ilvl")
        return self.label(
            num.get(_VAL, "") if num is not None else "",
            int(ilvl.get(_VAL, "0")) if ilvl is not None else 0,
        )


def _block_lines(
    parent: Any, numbering: _Numbering | None, chunk: Callable[[str], list[str]]
) -> Iterator[str]:
    """Lines of the blocks; `chunk` reads an imported chunk's part by its relationship id."""
    for block in _blocks(parent):
        if block.tag == f"{_W}p":
            label = numbering.paragraph_label(block) if numbering else ""
            yield from paragraph_lines(label + _text(block))
            yield from _text_boxes(block)
            continue
        if block.tag == f"{_W}altChunk":
            yield from chunk(block.get(f"{_R}id", ""))
            continue
        rows = [list(_blocks(tr, (f"{_W}tc",))) for tr in _blocks(block, (f"{_W}tr",))]
        cells = [tc for row in rows for tc in row]
        if len(cells) == 1:  # a table used as a frame: its content is lines, not a row
            yield from _block_lines(cells[0], numbering, chunk)
            continue
        for row in rows:
            texts: list[str | None] = [
                "" if _continues_merge(tc) else "\n".join(_text(p) for p in tc.findall(f"{_W}p"))
                for tc in row
            ]
            if line := row_line(texts):
                yield line


def _chunk_reader(document: Any, out: Extracted) -> Callable[[str], list[str]]:
    """Reads a w:altChunk: a part in another format that Word shows in place. A CMS's 'export
    to Word' (html-docx-js) puts the whole report in one, as a web archive (.mht) or an HTML
    page; a warning says when a chunk cannot be read."""

    def lines(rid: str) -> list[str]:
        part = document.part.related_parts.get(rid)
        kind = getattr(part, "content_type", "")
        if kind in HTML_TYPES:
            return _html_lines(part.blob, None)
        if kind == "message/rfc822" and (archive := archived_page(part.blob)):
            return _html_lines(archive.page, archive.charset)
        if kind == "text/plain":
            return paragraph_lines(_html.decode(part.blob, kind)[0])
        out.warnings.append(f"DOCX: an imported chunk ({kind or 'missing part'}) was not read")
        return []

    return lines


def _html_lines(data: bytes, charset: str | None) -> list[str]:
    return _html.parse_html(_html.decode_part(data, charset)[0]).lines


def docx_text(data: bytes) -> Extracted:
    """Paragraphs and tables of a DOCX in document order.

    Merged cells are read once, where they start, as an HTML table renders them: python-docx's
    `row.cells` would repeat a vertically merged label on every row it spans. Soft line breaks
    (a web page pasted into Word keeps its lines as breaks in one paragraph) are lines, unless
    they wrap the text at a fixed width. Text boxes are read after their paragraph; a one-cell
    table (a frame) as the lines it holds. Page headers and footers are not part of the body
    and are not read; automatic numbering is (一、 before a heading).
    """
    import docx  # imported here, like pdfplumber

    out = Extracted()
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, BadZipFile …
        out.warnings.append(f"DOCX could not be read: {type(exc).__name__}: {exc}"[:200])
        return out
    try:
        numbering = _Numbering(document.part.numbering_part.element, document.styles.element)
    except (NotImplementedError, KeyError):  # python-docx's way of saying there is none
        numbering = None
    out.lines = list(_block_lines(document.element.body, numbering, _chunk_reader(document, out)))
    if not out.lines:
        out.warnings.append("DOCX has no text")
    return out
