"""Spreadsheet forms (.xlsx with openpyxl, .xls with xlrd) as text govqa reads, with each value's cell.

The text is built the same way every time from the file's bytes:

- each sheet starts with a line naming it (`工作表：自评表`), then one line per non-empty row, top to
  bottom, ending with "。" so each row is a sentence;
- a header row is a row holding two or more column labels of app/vocab/data/sheets.toml; each cell
  of a row below it is written as `label：value` with the label of its column in the nearest header
  row above (a label merged across columns labels each of them), cells separated by "；";
  cells with no label, and the rows above the first header, are written as they are, a pair of
  cells as `label：value` when the row holds two, four, … cells;
- a merged cell's text is written in each row it spans (a label merged down a column labels each
  row), a merged number only in its first row;
- formulas are read as the values Excel last computed and saved (never recomputed); numbers as the
  cell's format shows them (decimals, percent), with the unit a row or column label names in
  brackets ("项目资金（万元）") appended, except in score columns (分值, 得分: 分) and percentages.

Each written value keeps its cell (a `Region`: sheet, 1-based row and column), so a citation gives
`自评表!C5:E5`.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from app.core.records import Region
from ingest.document import Extracted

_UNIT = re.compile(r"[（(]\s*(万元|元|亿元|千元)\s*[）)]")
_DECIMALS = re.compile(r"\.(0+)")
_STOPS = ("。", "；", "！", "？")


class SheetError(Exception):
    """The file is not a readable spreadsheet; the message says why, in one line."""


@dataclass(frozen=True)
class _Cell:
    text: str
    number: bool
    row: int  # 1-based, of the cell that holds the value (a merged range's first cell)
    col: int
    first: bool  # the cell is its merged range's first row (or not merged)


@lru_cache(maxsize=1)
def _vocab() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = tomllib.loads((resources.files("app.vocab") / "data" / "sheets.toml").read_text("utf-8"))
    return tuple(data["header_words"]), tuple(data["score_words"])


def sheet_document(data: bytes, suffix: str) -> Extracted:
    """The text of a workbook's sheets, with the cell of every value written."""
    try:
        sheets = _xlsx(data) if suffix.lower() == ".xlsx" else _xls(data)
    except SheetError:
        raise
    except Exception as exc:  # damaged or foreign files: both libraries raise many kinds
        kind = "Excel .xlsx" if suffix.lower() == ".xlsx" else "Excel 97-2003 .xls"
        raise SheetError(f"not a readable {kind} file ({type(exc).__name__}: {' '.join(str(exc).split())[:160]})") from exc
    lines: list[str] = []
    regions: list[Region] = []
    at = 0
    for name, grid in sheets:
        rows = _rows(grid)
        if not rows:
            continue
        for line, spans in [(f"工作表：{name}", []), *rows]:
            for start, end, cell in spans:
                regions.append(Region(start=at + start, end=at + end, kind="cell", sheet=name, row=cell.row,
                                      col=cell.col))
            lines.append(line)
            at += len(line) + 1
        lines.append("")
        at += 1
    return Extracted(text="\n".join(lines).rstrip("\n"), regions=regions)


Grid = list[list[_Cell | None]]


def _rows(grid: Grid) -> list[tuple[str, list[tuple[int, int, _Cell]]]]:
    """Each non-empty row as (line, [(start, end, cell) of each value written])."""
    header_words, score_words = _vocab()
    labels: list[str] = []
    out: list[tuple[str, list[tuple[int, int, _Cell]]]] = []
    for cells in grid:
        present = [(c, cell) for c, cell in enumerate(cells) if cell and cell.text and (cell.first or not cell.number)]
        if not present:
            continue
        texts = [cell.text for _, cell in present]
        is_header = sum(1 for t in dict.fromkeys(texts) if any(w in t for w in header_words)) >= 2
        names = texts + [labels[c] for c, cell in present if not cell.number and c < len(labels)]
        row_unit = next((m.group(1) for t in names if (m := _UNIT.search(t))), "")
        parts: list[tuple[str, str, _Cell]] = []  # (label, value, cell)
        seen: set[tuple[int, int]] = set()
        for c, cell in present:
            if (cell.row, cell.col) in seen:
                continue  # the rest of a cell merged across columns
            seen.add((cell.row, cell.col))
            label = labels[c] if not is_header and c < len(labels) else ""
            value = cell.text
            if cell.number and not value.endswith("%"):
                if any(w in label for w in score_words):
                    value += "分"
                elif unit := (m.group(1) if (m := _UNIT.search(label)) else row_unit):
                    value += unit
            parts.append(("" if label == cell.text else label, value, cell))
        if is_header:  # a label merged across columns is in each of its cells: it labels each column
            labels = [cell.text if cell else "" for cell in cells]
        elif not labels and len(parts) % 2 == 0 and all(not p[2].number for p in parts[::2]):
            parts = [(parts[k][1], parts[k + 1][1], parts[k + 1][2]) for k in range(0, len(parts), 2)]
        line = ""
        spans: list[tuple[int, int, _Cell]] = []
        for k, (label, value, cell) in enumerate(parts):
            if k and not line.endswith(_STOPS):
                line += "；"
            if label:
                line += f"{label}："
            spans.append((len(line), len(line) + len(value), cell))
            line += value
        out.append((line if line.endswith(_STOPS) else line + "。", spans))
    return out


def _number_text(value: float, fmt: str) -> str:
    """A number as its cell format shows it: the format's decimals, × 100 and % for a percent."""
    decimals = len(m.group(1)) if (m := _DECIMALS.search(fmt or "")) else None
    if "%" in (fmt or ""):
        return f"{value * 100:.{decimals or 0}f}%"
    if decimals is not None:
        return f"{value:,.{decimals}f}" if "," in fmt else f"{value:.{decimals}f}"
    if float(value).is_integer():
        return str(int(value))
    return f"{round(value, 6):.10g}"


def _text(value: Any, fmt: str) -> tuple[str, bool]:
    if value is None:
        return "", False
    if isinstance(value, bool):
        return ("是" if value else "否"), False
    if isinstance(value, int | float):
        return _number_text(float(value), fmt), True
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%Y年%m月%d日").replace("年0", "年").replace("月0", "月"), False
    return " ".join(str(value).split()), False


def _grid(values: dict[tuple[int, int], tuple[Any, str]], merges: list[tuple[int, int, int, int]],
          n_rows: int, n_cols: int) -> Grid:
    """Rows of cells (1-based coordinates inside), each merged range's value in each of its cells."""
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    for r0, c0, r1, c1 in merges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                owner[(r, c)] = (r0, c0)
    grid: Grid = []
    for r in range(1, n_rows + 1):
        row: list[_Cell | None] = []
        for c in range(1, n_cols + 1):
            r0, c0 = owner.get((r, c), (r, c))
            value, fmt = values.get((r0, c0), (None, ""))
            text, number = _text(value, fmt)
            row.append(_Cell(text, number, r0, c0, r == r0) if text else None)
        grid.append(row)
    return grid


def _xlsx(data: bytes) -> list[tuple[str, Grid]]:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), data_only=True)  # data_only: formulas as their cached values
    try:
        out = []
        for ws in book.worksheets:
            values = {(cell.row, cell.column): (cell.value, cell.number_format or "")
                      for row in ws.iter_rows() for cell in row if cell.value is not None}
            merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
            out.append((ws.title, _grid(values, merges, ws.max_row, ws.max_column)))
        return out
    finally:
        book.close()


def _xls(data: bytes) -> list[tuple[str, Grid]]:
    import xlrd

    book = xlrd.open_workbook(file_contents=data, formatting_info=True)
    out = []
    for sh in book.sheets():
        values: dict[tuple[int, int], tuple[Any, str]] = {}
        for r in range(sh.nrows):
            for c in range(sh.ncols):
                cell = sh.cell(r, c)
                if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                    continue
                fmt = book.format_map[book.xf_list[cell.xf_index].format_key].format_str
                value: Any = cell.value
                if cell.ctype == xlrd.XL_CELL_DATE:
                    value = xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    value = bool(cell.value)
                values[(r + 1, c + 1)] = (value, fmt)
        merges = [(r0 + 1, c0 + 1, r1, c1) for r0, r1, c0, c1 in sh.merged_cells]
        out.append((sh.name, _grid(values, merges, sh.nrows, sh.ncols)))
    return out
