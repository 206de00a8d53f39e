"""Text of Word (.docx) and PDF reports: what govqa reads from them, and what citations index.

The text is a plain string built the same way every time from the file's bytes:

- .docx: one line per paragraph (body order), one line per table row with its cells separated by
  tabs; line breaks inside a paragraph or a cell become spaces. Headers, footers and notes are left out.
- .pdf: the text layer, page by page, with one form feed (\\f) before each page after the first, so
  the page of an offset is the number of form feeds before it plus one. Lines that run to the right
  margin are joined with the next line of their paragraph; a gap wider than a line becomes a blank
  line (two for a gap of several lines, which the cleaner never joins across); ruled tables become
  tab-separated rows; a lone page number at a page's top or bottom is left out. A page without a
  usable text layer (scanned, or junk such as private-use characters) is read by OCR
  (ingest/ocr.py): its lines take the place of the text layer's, laid out the same way (lines
  side by side on one row become one tab-separated row), and each keeps its region (page, box,
  confidence, unsure characters) for citations.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
from collections.abc import Iterator
from typing import Any

from app.core.records import OCR_SURE, Region
from ingest.document import Extracted
from ingest.ocr import OcrLine, OcrUnavailable, read_page, usable

PAGE_BREAK = "\f"
_PAGE_NUMBER = re.compile(
    r"""^\s*(?: [-—–－]\s*\d{1,4}\s*[-—–－]                          # - 3 -
             | 第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?   # 第3页 共12页
             | \d{1,4}(?:\s*/\s*\d{1,4})?                          # 3, 3/12
             | [-—–－]?\s*[IVXLivxl]{1,6}\s*[-—–－]?                 # iv
           )\s*$""",
    re.X,
)


class ExtractError(Exception):
    """The file is not a readable document of its type; the message says why, in one line."""


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:160]}" if text else type(exc).__name__


def _join(left: str, right: str) -> str:
    """Two pieces of one line broken by layout: a space only between two Latin letters or digits."""
    if left and right and left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum():
        return f"{left} {right}"
    return left + right


# -- Word ----------------------------------------------------------------------------------------


def docx_text(data: bytes) -> str:
    """Paragraphs and table rows of a .docx in body order."""
    try:
        from docx import Document
        from docx.table import Table

        document = Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines += _docx_rows(block)
            else:
                lines.append(_flat(block.text))
    except Exception as exc:  # a damaged or foreign file: python-docx raises many kinds
        raise ExtractError(f"not a readable Word .docx file ({_one_line(exc)})") from exc
    return "\n".join(lines)


def _flat(text: str) -> str:
    """A paragraph or cell on one line: its line breaks and tab stops are layout, not structure."""
    return re.sub(r"[\t\n\r\v\f]+", " ", text)


def _docx_rows(table: Any) -> list[str]:
    """One tab-separated line per row; a merged cell's text once (its continuation cells are empty)."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    rows: list[str] = []
    for tr in table._tbl.tr_lst:
        cells: list[str] = []
        for tc in tr.tc_lst:
            if tc.vMerge == "continue":
                text = ""
            else:
                text = " ".join(_flat(Paragraph(p, table).text) for p in tc.iter(qn("w:p")))
            cells += [text.strip()] + [""] * (tc.grid_span - 1)
        rows.append("\t".join(cells))
    return rows


# -- PDF -----------------------------------------------------------------------------------------


def pdf_text(data: bytes) -> str:
    """The text of a PDF, pages separated by form feeds."""
    return pdf_document(data).text


def pdf_document(data: bytes) -> Extracted:
    """The text of a PDF (its text layer, OCR where a page has none that is usable), pages
    separated by form feeds, with the regions of the OCR'd lines."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # it warns about every odd object
    ocr: dict[int, tuple[int, list[tuple[int, OcrLine]]]] = {}  # id(block) → (page, its lines)
    try:
        import pdfplumber

        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [list(_page_blocks(page)) for page in pdf.pages]
    except Exception as exc:  # pdfminer raises many kinds on damaged or encrypted files
        causes = [exc, *exc.args, exc.__context__]  # pdfplumber wraps pdfminer's error in its own
        if any("Password" in type(c).__name__ or "Encrypt" in type(c).__name__ for c in causes):
            raise ExtractError("encrypted PDF (it needs a password)") from exc
        inner = next((c for c in exc.args if isinstance(c, BaseException)), exc)
        raise ExtractError(f"not a readable PDF file ({_one_line(inner)})") from exc
    scanned = [k for k, blocks in enumerate(pages) if not usable("".join(b[5] for b in blocks))]
    if scanned:
        pages = _read_by_ocr(data, pages, scanned, ocr)
    if not any(text.strip() for blocks in pages for *_, text in blocks):
        raise ExtractError("PDF without a text layer, and OCR found no text on its pages")
    layout = _PdfLayout(pages)
    text = layout.text()
    regions: list[Region] = []
    for block, start in layout.placed:
        page, parts = ocr.get(id(block), (0, []))
        for at, line in parts:
            begin = start + at
            # without a confidence per character, the line's own stands for each of them
            confs = line.char_confidence or (line.confidence,) * len(line.text)
            unsure = tuple(begin + i for i, (ch, conf) in enumerate(zip(line.text, confs, strict=True))
                           if conf < OCR_SURE and (ch.isdigit() or ch == "."))
            regions.append(Region(start=begin, end=begin + len(line.text), kind="ocr", page=page + 1,
                                  box=tuple(round(v, 1) for v in line.box),  # type: ignore[arg-type]
                                  confidence=round(line.confidence, 4), unsure=unsure))
    return Extracted(text=text, regions=regions, ocr_pages=len(scanned))


def _read_by_ocr(data: bytes, pages: list[list[Block]], scanned: list[int],
                 ocr: dict[int, tuple[int, list[tuple[int, OcrLine]]]]) -> list[list[Block]]:
    """pages with the scanned ones' blocks made from their OCR'd lines (recorded in ocr)."""
    import pypdfium2 as pdfium

    pages = list(pages)
    pdf = pdfium.PdfDocument(data)
    try:
        for k in scanned:
            try:
                lines = read_page(pdf, k)
            except OcrUnavailable as exc:
                if len(scanned) == len(pages):
                    raise ExtractError(f"PDF without a usable text layer, and {exc}") from exc
                logging.getLogger(__name__).warning("page %d left out: no usable text layer, and %s", k + 1, exc)
                lines = []
            blocks = []
            for block, parts in _ocr_rows(lines):
                ocr[id(block)] = (k, parts)
                blocks.append(block)
            pages[k] = _drop_page_numbers(blocks)
    finally:
        pdf.close()
    return pages


def _ocr_rows(lines: list[OcrLine]) -> list[tuple[Block, list[tuple[int, OcrLine]]]]:
    """OCR'd lines as blocks: lines whose middles sit within one another's height are one row,
    left to right, tab-separated (a table row, or a label and its value); each line's offset in
    its block's text."""
    rows: list[list[OcrLine]] = []
    for line in sorted(lines, key=lambda ln: ln.box[1]):
        middle = (line.box[1] + line.box[3]) / 2
        if rows and rows[-1][0].box[1] <= middle <= rows[-1][0].box[3]:
            rows[-1].append(line)
        else:
            rows.append([line])
    out: list[tuple[Block, list[tuple[int, OcrLine]]]] = []
    for row in rows:
        row.sort(key=lambda ln: ln.box[0])
        parts: list[tuple[int, OcrLine]] = []
        at = 0
        for line in row:
            parts.append((at, line))
            at += len(line.text) + 1
        block: Block = (min(ln.box[0] for ln in row), max(ln.box[2] for ln in row), min(ln.box[1] for ln in row),
                        max(ln.box[3] for ln in row), len(row) > 1, "\t".join(ln.text for ln in row))
        out.append((block, parts))
    return out


Block = tuple[float, float, float, float, bool, str]  # x0, x1, top, bottom, is a table row, text


def _page_blocks(page: Any) -> Iterator[Block]:
    """Text lines and table rows of one page, top to bottom."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") != "char":
            return True
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    blocks: list[Block] = []
    for line in page.filter(outside).extract_text_lines(return_chars=False):
        text = _flat(line["text"]).strip()
        if text:
            blocks.append((line["x0"], line["x1"], line["top"], line["bottom"], False, text))
    for table in tables:
        for row, cells in zip(table.rows, table.extract(), strict=True):
            x0, top, x1, bottom = row.bbox
            texts = [_cell_text(cell) for cell in cells]
            if any(texts):
                blocks.append((x0, x1, top, bottom, True, "\t".join(texts)))
    blocks.sort(key=lambda b: (round(b[2], 1), b[0]))
    yield from _drop_page_numbers(blocks)


def _cell_text(text: str | None) -> str:
    """A cell's lines, wrapped by the layout, as one line (None: covered by a merged cell)."""
    out = ""
    for line in (text or "").split("\n"):
        out = _join(out, _flat(line).strip())
    return out


def _drop_page_numbers(blocks: list[Block]) -> list[Block]:
    """Without a page number printed alone on a page's first or last line."""
    if blocks and not blocks[-1][4] and _PAGE_NUMBER.match(blocks[-1][5]):
        blocks = blocks[:-1]
    if blocks and not blocks[0][4] and _PAGE_NUMBER.match(blocks[0][5]) and len(blocks) > 1:
        blocks = blocks[1:]
    return blocks


class _PdfLayout:
    """Lines back into paragraphs, from where they sit on the page."""

    def __init__(self, pages: list[list[Block]]):
        self.pages = pages
        self.placed: list[tuple[Block, int]] = []  # each block and the offset of its text, by text()
        body = [b for blocks in pages for b in blocks if not b[4]]
        self.height = statistics.median(b[3] - b[2] for b in body) if body else 10.0
        lefts = sorted(b[0] for b in body)
        self.left = lefts[int(0.05 * (len(lefts) - 1))] if lefts else 0.0  # the margin, not an odd line
        self.top = min((b[2] for blocks in pages for b in blocks), default=0.0)
        self.bottom = max((b[3] for blocks in pages for b in blocks), default=0.0)
        rights = sorted(b[1] for b in body)
        self.right = rights[int(0.95 * (len(rights) - 1))] if rights else 0.0
        # a left-aligned line wraps when the next character would not fit: it ends within about
        # one character of the right margin
        self.slack = 1.6 * self.height

    def _wraps(self, line: Block, nxt: Block) -> bool:
        """True when nxt carries on line's paragraph: line runs to the margin, nxt starts at it."""
        if line[4] or nxt[4]:
            return False
        return (
            line[1] >= self.right - self.slack
            and abs(nxt[0] - self.left) <= 0.5 * self.height
            and nxt[2] - line[3] <= 0.9 * self.height
        )

    def _breaks(self, gap: float) -> str:
        """A line break, and a blank line for paragraph spacing (two for a wider gap, which the
        cleaner never joins across)."""
        if gap > 4.5 * self.height:
            return "\n\n\n"
        return "\n\n" if gap > 0.9 * self.height else "\n"

    def text(self) -> str:
        out = ""
        for k, blocks in enumerate(self.pages):
            if k:
                # the space left at the foot of the page before and above this page's first line
                # is the gap between the two lines, as if the pages were one
                last = self.pages[k - 1][-1] if self.pages[k - 1] else None
                gap = (self.bottom - last[3] if last else 0.0) + (blocks[0][2] - self.top if blocks else 0.0)
                out += self._breaks(gap) + PAGE_BREAK
            prev: Block | None = None
            for block in blocks:
                if prev is None:
                    out += block[5]
                elif self._wraps(prev, block):
                    out = _join(out, block[5])
                else:
                    out += self._breaks(block[2] - prev[3]) + block[5]
                self.placed.append((block, len(out) - len(block[5])))
                prev = block
        return out
