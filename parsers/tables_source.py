"""Table cells as a stream, from HTML (grid with spans expanded) or from flattened text.

Whatever the source, the mappers read the same thing: cells in reading order, each knowing
its row when the source keeps rows (HTML, pipe rows, PDF lines) and its grid column when the
source is HTML. Flattened text loses rows (one cell per line), so those cells carry row None
and the mappers fall back to the order of cells. `grids` keeps whole row/column tables for
the pre-2019 统计表, whose columns are read by position.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

import lxml.html
from lxml import etree

from parsers import table_labels as L
from parsers.render import cell_text

_DASHES = frozenset({"—", "——", "-", "--", "－", "–", "/", "无", "／", "─", "－－", "———"})
_NUMBER = re.compile(r"([+-]?\d+(?:\.\d+)?)(万元|元|件|条|个|人次|人|次|篇|项)?")
_GLUED = re.compile(r"^(.*[\u4e00-\u9fff）”])([+-]?\d+(?:\.\d+)?)$")
# what may follow a number in a cell: a footnote's mark (12*, 3①, 2※) and a bracketed note
# (2（其中1件为上年结转）); and the words of a change (增加2, 减少1)
_FOOTNOTE = re.compile(r"(?<=[\d件条个项次人元])[*＊※†‡\u2460-\u2473]+$")
_NOTE_AFTER = re.compile(r"(?<=[\d件条个项次人元])\([^()]*\)$")
_CHANGE = re.compile(r"^(?:增加|新增|增|减少|减)(?=\d)")


@dataclass(frozen=True)
class Value:
    """A cell read as a number: value None for blank and dash cells, raw kept as published."""

    value: int | float | None
    raw: str
    unit: str | None = None


@lru_cache(maxsize=8192)
def read_value(text: str) -> Value | None:
    """Number, blank or dash -> Value; anything else (a label) -> None."""
    raw = text.strip()
    # a footnote's mark after the number goes first: NFKC would read ① as a digit
    flat = unicodedata.normalize("NFKC", _FOOTNOTE.sub("", raw)).replace(" ", "").replace(",", "")
    if flat in _DASHES or not flat:
        return Value(None, raw)
    m = _NUMBER.fullmatch(flat) or _NUMBER.fullmatch(_NOTE_AFTER.sub("", flat))
    sign = ""
    if not m and (change := _CHANGE.match(flat)):  # 增加2, 减少1 in an 本年增/减 column
        m = _NUMBER.fullmatch(flat[change.end() :])
        sign = "-" if change.group().startswith("减") else ""
    if not m:
        return None
    number = sign + m.group(1).lstrip("+")
    value = float(number) if "." in number else int(number)
    return Value(value, raw, m.group(2))


@lru_cache(maxsize=8192)
def _reading(text: str) -> tuple[Value | None, str]:
    """A cell text as a number (None: a label) and, for a label, its normalised form: one
    cached look-up per cell, as every label is compared normalised."""
    value = read_value(text)
    return value, L.norm(text) if value is None else ""


class Cell:
    """One table cell; a plain slotted class, as a report makes hundreds (read-only by use)."""

    __slots__ = ("col", "is_label", "label", "row", "span", "text", "value")
    loose = False  # from a PDF-like line (LooseCell): order across lines is not column order

    def __init__(
        self,
        text: str,
        row: int | None = None,  # source row id when rows are known
        col: int | None = None,  # first grid column (HTML only)
        span: int = 1,  # grid columns covered (HTML only)
    ) -> None:
        self.text = text
        self.row = row
        self.col = col
        self.span = span
        self.value, self.label = _reading(text)  # value None: the cell is a label, normalised
        self.is_label = self.value is None


class LooseCell(Cell):
    """A cell of a PDF-like line; a class of its own so that other cells store no flag."""

    __slots__ = ()
    loose = True


@dataclass
class Source:
    cells: list[Cell] = field(default_factory=list)
    grids: list[list[list[str]]] = field(default_factory=list)  # tables of rows of cell texts


# --- HTML -------------------------------------------------------------------------------------

_MAX_SPAN = 60
_DIGITS = re.compile(r"\d+")
_CELL_TAGS = ("td", "th")


@lru_cache(maxsize=1024)
def _span_attr(raw: str) -> int:
    """A rowspan/colspan attribute as published (digits leading, else 1); cached, as a
    page repeats a few values hundreds of times."""
    digits = _DIGITS.match(raw.strip())
    return int(digits.group()) if digits else 1


def _span(raw: str, limit: int) -> int:
    return max(1, min(_span_attr(raw), limit))


def _row_cells(tr: etree._Element, texts: list[str] | None) -> Iterable[tuple[etree._Element, str]]:
    """A row's td and th with their texts, the rendered ones when given: a row of cells only
    (as many children as texts) pairs up without a tag read per cell."""
    if texts is None:
        return ((td, cell_text(td)) for td in tr if td.tag in _CELL_TAGS)
    if len(tr) == len(texts):
        return zip(tr, texts, strict=True)
    return zip((td for td in tr if td.tag in _CELL_TAGS), texts, strict=True)


def _table(
    rows: list[etree._Element], texts: list[list[str]] | None, cells: list[Cell], row_id: int
) -> list[list[str]]:
    """One table's cells, appended to `cells`, and its grid of cell texts with spans expanded.

    A grid row is a list that grows to the right, None where no cell reaches (yet); a cell
    overwrites what an earlier span covered, as published spans may overlap. Most cells span
    nothing and land at the end of their row: they take a short path, as a page has hundreds.
    """
    n_rows = len(rows)
    grid: list[list[str | None]] = [[] for _ in rows]
    add = cells.append
    for r, (tr, line) in enumerate(zip(rows, grid, strict=True)):
        row = row_id + r
        c = 0
        for td, text in _row_cells(tr, texts[r] if texts else None):
            n = len(line)
            while c < n and line[c] is not None:
                c += 1
            # one call for the attribute names: a get per span attribute costs more (lxml
            # encodes the name), and most cells have neither
            attrs = td.keys()
            rowspan = _span(td.get("rowspan", ""), n_rows - r) if "rowspan" in attrs else 1
            colspan = _span(td.get("colspan", ""), _MAX_SPAN) if "colspan" in attrs else 1
            add(Cell(text, row, c, colspan))
            if rowspan == colspan == 1 and c == n:
                line.append(text)
                c += 1
            else:
                end = c + colspan
                # colspan copies stay empty so a merged label is never read as a unit
                block = [text] if colspan == 1 else [text, *[""] * (colspan - 1)]
                for below in grid[r : r + rowspan]:
                    if len(below) < end:
                        below.extend([None] * (end - len(below)))
                    below[c:end] = block
                c = end
    width = max(map(len, grid))  # the row of the cell reaching furthest holds that cell
    for line in grid:  # holes no cell reaches, and short rows, read as empty cells
        if None in line:
            line[:] = ["" if t is None else t for t in line]
        line.extend([""] * (width - len(line)))
    return cast("list[list[str]]", grid)


def html_source(
    html: str | etree._Element, rendered: dict[etree._Element, list[list[str]]] | None = None
) -> Source:
    """Every data table of the HTML (markup or a parsed element); tables holding other tables
    are layout and skipped. `rendered`: the cell texts of the rows the page rendering read."""
    rendered = rendered or {}
    source = Source()
    if isinstance(html, str):
        try:
            root = lxml.html.fromstring(f"<div>{html}</div>")
        except (ValueError, etree.ParserError):
            return source
    else:
        root = html
    row_id = 0
    for table in root.iter("table"):
        if next(table.iterdescendants("table"), None) is not None:
            continue
        rows = list(table.iter("tr"))
        if len(rows) < 2:
            continue
        texts = rendered.get(table)
        if texts is not None and len(texts) != len(rows):  # a tr the rendering skips (<form><tr>)
            texts = None
        source.grids.append(_table(rows, texts, source.cells, row_id))
        row_id += len(rows)
    return source


# --- text -------------------------------------------------------------------------------------

_PIPES_ONLY = re.compile(r"^\|+$")


def _split_plain(line: str, row: int) -> list[Cell]:
    """A plain line as PDF text lays a table row out: label chunks and numbers between spaces.

    A line without numbers is a wrapped label (or prose) and keeps no row, so it joins the
    label of the cells around it.
    """
    chunks: list[str] = []
    for chunk in line.split():
        # 行政规范性文件4: a full label cell touching its number (only a digit can end one)
        glued = _GLUED.match(chunk) if chunk[-1].isdecimal() else None
        chunks.extend(glued.groups() if glued and read_value(chunk) is None else [chunk])
    rowed = any((v := read_value(c)) is not None and v.value is not None for c in chunks)
    return [LooseCell(c, row if rowed else None) for c in chunks]


# a numbered heading of a 统计表 spanning its columns: no cell marks where the cells are merged
_SPANNING_ROW = re.compile(rf"^(?:{L.NUMBERING_RE.pattern})[^。；，]{{1,40}}$")


def text_source(text: str) -> Source:
    """Cells of every table flattening seen in the wild (see the module docstring of tables)."""
    source = Source()
    grid: list[list[str]] = []
    spanning = False
    for row, raw in enumerate(text.splitlines()):
        line = raw.strip(" \u3000\xa0\r")
        stripped = line.strip()
        cells: list[Cell] = []
        if _PIPES_ONLY.match(stripped):  # empty cells of the one-cell-per-line form
            cells = [Cell("") for _ in stripped]
        elif stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            texts = [t.strip() for t in stripped[1:-1].split("|")]
            cells = [Cell(t, row) for t in texts]
        elif "|" in stripped.rstrip("|"):  # cells joined by " | "; a last empty cell ends in |
            cells = [Cell(t.strip(), row) for t in stripped.split("|")]
        elif stripped.endswith("|"):  # one cell per line: "0 |", empty cells as "|||" runs
            body = stripped.rstrip("|")
            cells = [Cell(body.strip())] + [Cell("") for _ in range(len(stripped) - len(body) - 1)]
        elif line.startswith("\t"):  # tab-indented cell per line; "\t" alone is an empty cell
            cells = [Cell(stripped)]
        elif stripped:
            cells = _split_plain(stripped, row)
        source.cells.extend(cells)
        if cells and cells[0].row is not None and "|" in stripped:
            grid.append([c.text for c in cells])
            spanning = False
        elif grid and stripped and not spanning and _SPANNING_ROW.match(stripped):
            spanning = True  # a heading row across the table (一、主动公开情况) reads as a line
        elif grid and stripped:
            source.grids.append(grid)
            grid = []
    if grid:
        source.grids.append(grid)
    return source
