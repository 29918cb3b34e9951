"""Word 97–2003 binary files (.doc, and .wps that WPS Office saves in that format) to lines.

Portals of 2008–2016 attached many reports as .doc. The text of the main document is read
through the piece table ([MS-DOC] 2.4.1) from the OLE container (olefile). Paragraph marks
tell tables apart: a cell ends in \\x07, and a paragraph whose properties say "table
terminating paragraph" (sprmPFTtp) ends a row. Rows are rendered like HTML and DOCX tables,
cells joined by " | ", a one-cell table (a frame) as its lines; a table nested in a cell
joins that cell. Text boxes are read after the paragraph they are anchored in, list
numbering (一、 （一）) before its paragraph, as in DOCX. Hidden and deleted (tracked)
text and field instructions (HYPERLINK "…", PAGE) are left out, field results kept. Not
read: headers, footers, footnotes, and numbering that only a paragraph style gives.
"""

from __future__ import annotations

import io
import re
import struct
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from parsers.attachments import Extracted, Levels, ListNumbers, paragraph_lines, row_line

_IDENT = 0xA5EC
_ENCRYPTED, _TABLE_1 = 0x0100, 0x0200
_IN_TABLE, _TTP, _INNER_CELL, _INNER_TTP, _ITAP = 0x2416, 0x2417, 0x244B, 0x244C, 0x6649
_DELETED, _VANISH, _HUGE_PAPX, _ILFO, _ILVL = 0x0800, 0x083C, 0x6646, 0x460B, 0x260A
_IN, _ROW_END, _HIDDEN, _INNER_CELL_END, _INNER_ROW_END = 1, 2, 4, 8, 16
_FLAGS = {
    _IN_TABLE: _IN,
    _TTP: _ROW_END,
    _INNER_CELL: _INNER_CELL_END,
    _INNER_TTP: _INNER_ROW_END,
    _DELETED: _HIDDEN,
    _VANISH: _HIDDEN,
}
_TDEF_TABLE, _CHG_TABS = 0xD608, 0xC615
_SIZES = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # operand bytes by spra ([MS-DOC] 2.2.5.1)
_MARKS = re.compile("[\r\x07]")
# Drawn objects, pictures, footnote and comment anchors, and Word's own control marks
_INVISIBLE = dict.fromkeys(map(ord, "\x00\x01\x02\x03\x04\x05\x06\x08\x1f"))
_SOFT = {0x0B: "\n", 0x0C: "\n", 0x0E: "\n", 0x1E: "-", 0xA0: " "}
# Number formats of list levels ([MS-OSHARED] MSONFC) by their DOCX names; others as digits
_NFC = {
    0: "decimal",
    1: "upperRoman",
    2: "lowerRoman",
    3: "upperLetter",
    4: "lowerLetter",
    11: "japaneseCounting",
    14: "decimalFullWidth",
    18: "decimalEnclosedCircle",
    22: "decimalZero",
    23: "bullet",
    28: "decimalEnclosedCircleChinese",
    30: "ideographTraditional",
    37: "chineseCounting",
    39: "chineseCountingThousand",
    255: "none",
}


class WordError(ValueError):
    """The file is not a Word 97–2003 document we can read."""


@dataclass(frozen=True)
class _Paragraph:
    """A paragraph and its place in tables: `level` 0 outside, 1 in a table, 2 in a table
    inside a table's cell …; whether it ends a cell or a row of the table at its level."""

    text: str
    level: int = 0
    cell_end: bool = False
    row_end: bool = False


def is_ole(data: bytes) -> bool:
    """An OLE file (the container of .doc, .xls, .wps …)."""
    return data.startswith(b"\xd0\xcf\x11\xe0")


def doc_text(data: bytes) -> Extracted:
    """Paragraphs and tables of a Word 97–2003 file in document order."""
    import olefile  # imported here, like pdfplumber

    out = Extracted()
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if not ole.exists("WordDocument"):
                raise WordError("an OLE file without a Word document (a spreadsheet?)")
            word = ole.openstream("WordDocument").read()
            flags = _u16(word, 0x0A) if len(word) > 0x0C else 0
            if _u16(word, 0) != _IDENT:
                raise WordError("not a Word 97–2003 document (an older Word or WPS format)")
            if flags & _ENCRYPTED:
                raise WordError("the document is encrypted")
            table_name = "1Table" if flags & _TABLE_1 else "0Table"
            if not ole.exists(table_name):
                raise WordError(f"the {table_name} stream is missing")
            table = ole.openstream(table_name).read()
            data_stream = ole.openstream("Data").read() if ole.exists("Data") else b""
        paragraphs = list(_Reader(word, table, data_stream).document())
    except WordError as exc:
        out.warnings.append(f"Word file could not be read: {exc}")
        return out
    except (OSError, struct.error, IndexError, ValueError) as exc:  # a damaged file
        out.warnings.append(f"Word file could not be read: {type(exc).__name__}: {exc}"[:200])
        return out
    out.lines = list(_lines(paragraphs))
    if not out.lines:
        out.warnings.append("Word file has no text")
    return out


def _u16(buf: bytes, at: int) -> int:
    return int(struct.unpack_from("<H", buf, at)[0])


def _u32(buf: bytes, at: int) -> int:
    return int(struct.unpack_from("<I", buf, at)[0])


class _File:
    """The File Information Block's numbers ([MS-DOC] 2.5.1) that locating the text needs."""

    def __init__(self, word: bytes) -> None:
        csw = _u16(word, 0x20)
        lw = 0x22 + 2 * csw
        cslw = _u16(word, lw)
        # ccpText, ccpFtn, ccpHdd, ccpMcr, ccpAtn, ccpEdn, ccpTxbx: the stories in CP order
        self.lengths = struct.unpack_from("<7i", word, lw + 2 + 4 * 3)
        fc_lcb = lw + 2 + 4 * cslw + 2
        self.where = {
            name: struct.unpack_from("<II", word, fc_lcb + 8 * index)
            for name, index in (
                ("chpx", 12),
                ("papx", 13),
                ("clx", 33),
                ("shapes", 40),
                ("boxes", 56),
                ("lists", 73),
                ("list_refs", 74),
            )
        }


def _pieces(table: bytes, fc: int, lcb: int) -> Iterator[tuple[int, int, bool]]:
    """(first character position, file offset, 8-bit) of each piece of text, and a last
    entry for the end."""
    clx = table[fc : fc + lcb]
    at = 0
    while at < len(clx) and clx[at] == 1:  # property modifiers of the pieces: not needed
        at += 3 + _u16(clx, at + 1)
    if at >= len(clx) or clx[at] != 2:
        raise WordError("no piece table")
    size = _u32(clx, at + 1)
    plc = clx[at + 5 : at + 5 + size]
    n = (size - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", plc)
    for k in range(n):
        raw = _u32(plc, 4 * (n + 1) + 8 * k + 2)
        compressed = bool(raw & 0x40000000)
        offset = raw & 0x3FFFFFFF
        yield cps[k], (offset // 2 if compressed else offset), compressed
    yield cps[n], 0, False


def _sprms(grpprl: bytes) -> Iterator[tuple[int, bytes]]:
    """(operation, operand) of each property modifier."""
    at = 0
    while at + 2 <= len(grpprl):
        op = _u16(grpprl, at)
        at += 2
        spra = op >> 13
        if spra != 6:
            size = _SIZES[spra]
        elif op == _TDEF_TABLE:
            size = _u16(grpprl, at) - 1
            at += 2
        elif op == _CHG_TABS and at < len(grpprl) and grpprl[at] == 255:
            deleted = grpprl[at + 1]
            size = 1 + 1 + 4 * deleted + 1 + 3 * grpprl[at + 2 + 4 * deleted]
        else:
            size = 1 + grpprl[at] if at < len(grpprl) else 0
        yield op, grpprl[at : at + size]
        at += size


def _hidden_spans(
    starts: list[int], props: list[_Props], begin: int, end: int
) -> list[tuple[int, int]]:
    """File-offset spans within [begin, end) of hidden or deleted text."""
    spans = []
    k = max(0, bisect_right(starts, begin) - 1)
    while k < len(starts) and starts[k] < end:
        if props[k].flags & _HIDDEN:
            stop = starts[k + 1] if k + 1 < len(starts) else end
            spans.append((max(starts[k], begin), min(stop, end)))
        k += 1
    return spans


class _Props(NamedTuple):
    """What a run's properties say that the text needs: flags (_IN, _ROW_END, _HIDDEN …),
    the table nesting level (sprmPItap), the list (sprmPIlfo, 0 for none) and its level."""

    flags: int = 0
    level: int = 0
    ilfo: int = 0
    ilvl: int = 0


_PLAIN = _Props()


class _Reader:
    """Paragraphs of any span of character positions (the main document, a text box)."""

    def __init__(self, word: bytes, table: bytes, data: bytes) -> None:
        self.word = word
        self.table = table
        self.data = data  # the Data stream: properties too big for their page
        self.file = _File(word)
        self.pieces = list(_pieces(table, *self.file.where["clx"]))
        self.paragraph_runs = self._runs(*self.file.where["papx"], paragraphs=True)
        self.char_runs = self._runs(*self.file.where["chpx"], paragraphs=False)
        self.numbers = self._list_numbers()

    def _runs(self, fc: int, lcb: int, *, paragraphs: bool) -> tuple[list[int], list[_Props]]:
        """Runs of paragraph or character properties by file offset: (run starts, props), from
        the formatted disk pages that the index at `fc` in the table stream points to."""
        n = (lcb - 4) // 8
        runs: list[tuple[int, _Props]] = []
        for k in range(n):
            page_at = (_u32(self.table, fc + 4 * (n + 1) + 4 * k) & 0x3FFFFF) * 512
            page = self.word[page_at : page_at + 512]
            count = page[511]
            bounds = struct.unpack_from(f"<{count + 1}I", page)
            for r in range(count):
                at = 2 * page[4 * (count + 1) + (13 if paragraphs else 1) * r]
                props = _PLAIN
                if at and paragraphs:  # PapxInFkp: its size in words, then the style index
                    size = page[at]
                    grpprl = (
                        page[at + 2 : at + 2 + 2 * page[at + 1]]
                        if size == 0
                        else page[at + 1 : at + 2 * size]
                    )
                    props = self._props(grpprl[2:])
                elif at:  # Chpx: its size in bytes
                    props = self._props(page[at + 1 : at + 1 + page[at]])
                runs.append((bounds[r], props))
        runs.sort(key=lambda run: run[0])
        return [start for start, _ in runs], [props for _, props in runs]

    def _props(self, grpprl: bytes) -> _Props:
        flags = level = ilfo = ilvl = 0
        for op, operand in _sprms(grpprl):
            if op == _HUGE_PAPX:  # a table row's properties, kept in the Data stream
                at = _u32(operand, 0)
                huge = self._props(self.data[at + 2 : at + 2 + _u16(self.data, at)])
                flags, level = flags | huge.flags, max(level, huge.level)
            elif op in (_ITAP, _ILFO):
                value = int.from_bytes(operand, "little", signed=True)
                level, ilfo = (value, ilfo) if op == _ITAP else (level, value)
            elif op == _ILVL and operand:
                ilvl = operand[0]
            elif operand and operand[0] in (1, 0x81):
                flags |= _FLAGS.get(op, 0)
        return _Props(flags, level, ilfo, ilvl)

    def _list_numbers(self) -> ListNumbers:
        """The lists (PlfLst: each list's levels) that the list references (PlfLfo) point to."""
        fc, lcb = self.file.where["lists"]
        lfo_fc, lfo_lcb = self.file.where["list_refs"]
        if not lcb or not lfo_lcb:
            return ListNumbers({})
        count = struct.unpack_from("<h", self.table, fc)[0]
        at = fc + 2 + 28 * count  # the levels follow the 28-byte list records
        by_id: dict[int, Levels] = {}
        for k in range(count):
            record = fc + 2 + 28 * k
            levels: Levels = {}
            for level in range(1 if self.table[record + 26] & 1 else 9):  # a simple list: 1
                start = struct.unpack_from("<i", self.table, at)[0]
                nfc = self.table[at + 4]
                at += 28 + self.table[at + 24] + self.table[at + 25]  # and its properties
                size = _u16(self.table, at)
                xst = self.table[at + 2 : at + 2 + 2 * size].decode("utf-16-le", "replace")
                at += 2 + 2 * size
                # the level numbers stand in the text as characters 0–8
                text = "".join(f"%{ord(c) + 1}" if ord(c) < 9 else c for c in xst)
                levels[level] = (_NFC.get(nfc, "decimal"), text, start)
            by_id[_u32(self.table, record)] = levels
        lists = {}
        for k in range(_u32(self.table, lfo_fc)):
            list_id = _u32(self.table, lfo_fc + 4 + 16 * k)
            if list_id in by_id:
                lists[str(k + 1)] = (str(list_id), by_id[list_id])
        return ListNumbers(lists)

    def document(self) -> Iterator[_Paragraph]:
        """The main document, each text box read after the paragraph it is anchored in."""
        boxes = self._boxes()
        for cp, paragraph in self.span(0, self.file.lengths[0]):
            yield paragraph
            while boxes and boxes[0][0] <= cp:
                _, begin, end = boxes.pop(0)
                for _, line in self.span(begin, end):
                    yield _Paragraph(line.text, paragraph.level)

    def _boxes(self) -> list[tuple[int, int, int]]:
        """(anchor position in the main document, first and end position) of each text box."""
        fc, lcb = self.file.where["shapes"]
        n = (lcb - 4) // 30  # a position each and one more, a 26-byte shape record each
        anchors = {
            _u32(self.table, fc + 4 * (n + 1) + 26 * k): _u32(self.table, fc + 4 * k)
            for k in range(n)
        }
        fc, lcb = self.file.where["boxes"]
        n = (lcb - 4) // 26  # the last of the 22-byte box records is a sentinel
        base = sum(self.file.lengths[:6])
        bounds = struct.unpack_from(f"<{n + 1}I", self.table, fc) if n > 0 else ()
        boxes = []
        for k in range(n - 1):
            shape = _u32(self.table, fc + 4 * (n + 1) + 22 * k + 14)
            if shape in anchors:
                boxes.append((anchors[shape], base + bounds[k], base + bounds[k + 1]))
        return sorted(boxes)

    def span(self, begin: int, end: int) -> Iterator[tuple[int, _Paragraph]]:
        """(the position of its end mark, paragraph) of the paragraphs in [begin, end)."""
        starts, props = self.paragraph_runs
        text: list[str] = []
        for (cp, offset, compressed), (next_cp, _, _) in pairwise(self.pieces):
            if next_cp <= begin or cp >= end:
                continue
            width = 1 if compressed else 2
            first = offset + width * (max(cp, begin) - cp)
            stop = offset + width * (min(next_cp, end) - cp)
            codec = "cp1252" if compressed else "utf-16-le"
            at = first
            for a, b in [*_hidden_spans(*self.char_runs, first, stop), (stop, stop)]:
                if a > at:
                    piece = self.word[at:a].decode(codec, "replace")
                    last = 0
                    for m in _MARKS.finditer(piece):
                        text.append(piece[last : m.start()])
                        mark_fc = at + width * m.start()
                        k = bisect_right(starts, mark_fc) - 1
                        yield (
                            cp + (mark_fc - offset) // width,
                            self._paragraph(
                                "".join(text), m.group(), props[k] if k >= 0 else _PLAIN
                            ),
                        )
                        text = []
                        last = m.end()
                    text.append(piece[last:])
                at = max(at, b)
        if rest := _visible("".join(text)):
            yield end, _Paragraph(rest)

    def _paragraph(self, text: str, mark: str, props: _Props) -> _Paragraph:
        """A paragraph from its text, its end mark (\\r, or \\x07 for a cell's or row's end)
        and its properties; numbered when it is an item of a list."""
        if props.ilfo > 0:
            text = self.numbers.label(str(props.ilfo), props.ilvl) + text
        level = props.level or (1 if props.flags & _IN or mark == "\x07" else 0)
        if level > 1:  # a nested table's cells and rows end with a plain paragraph mark
            return _Paragraph(
                _visible(text),
                level,
                bool(props.flags & _INNER_CELL_END),
                bool(props.flags & _INNER_ROW_END),
            )
        return _Paragraph(_visible(text), level, mark == "\x07", bool(props.flags & _ROW_END))


_FIELD = re.compile("\x13[^\x13\x14\x15]*\x14?|\x15")


def _visible(text: str) -> str:
    """A paragraph as the reader sees it: field instructions out (innermost first, as fields
    nest), their results kept; control marks out; soft breaks as new lines."""
    while "\x13" in text or "\x15" in text:
        stripped = _FIELD.sub("", text)
        if stripped == text:
            break
        text = stripped
    return text.translate(_INVISIBLE).translate(_SOFT)


class _Table:
    """Rows of cells, as a table's paragraphs come. A cell holds (text, rendered) pairs:
    its paragraphs, and the lines of a table nested in it, rendered already."""

    def __init__(self) -> None:
        self.rows: list[list[list[tuple[str, bool]]]] = []
        self.row: list[list[tuple[str, bool]]] = []
        self.cell: list[tuple[str, bool]] = []

    def add(self, p: _Paragraph) -> None:
        if p.row_end:
            self.rows.append(self.row)
            self.row = []
            return
        self.cell.append((p.text, False))
        if p.cell_end:
            self.row.append(self.cell)
            self.cell = []

    def lines(self) -> list[str]:
        """The table's lines (a one-cell table, a frame, as the lines it holds); emptied."""
        rows = [*self.rows, self.row] if self.row else self.rows
        self.rows, self.row, self.cell = [], [], []
        cells = [c for r in rows for c in r]
        if len(cells) == 1:
            return [
                line
                for text, rendered in cells[0]
                for line in ([text] if rendered else paragraph_lines(text))
            ]
        return [line for r in rows if (line := row_line(["\n".join(t for t, _ in c) for c in r]))]


def _lines(paragraphs: list[_Paragraph]) -> Iterator[str]:
    """A table inside a cell is read when the cell goes on: its lines join that cell."""
    outer, inner = _Table(), _Table()
    for p in paragraphs:
        if p.level > 1:
            inner.add(p)
            continue
        outer.cell.extend((line, True) for line in inner.lines())
        if p.level == 1:
            outer.add(p)
            continue
        yield from outer.lines()
        yield from paragraph_lines(p.text)
    outer.cell.extend((line, True) for line in inner.lines())
    yield from outer.lines()
