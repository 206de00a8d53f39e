"""Where a quote sits in its source file beyond raw offsets, and what identifies a report's content.

A reader that knows more than the page records `Region`s over its raw text: one per OCR'd line (page,
box, confidence, the offsets of characters read below `OCR_SURE`) and one per spreadsheet cell. A
citation's `Location` is built from the regions its raw span overlaps:

- OCR: the page of the first overlapped line, the union of the boxes of the overlapped lines on that
  page, their lowest confidence, and every figure of the quote one of whose characters is unsure;
- cells: the sheet of the first overlapped cell and the smallest A1 range holding the overlapped
  cells of that sheet ("自评表!C5:E5").
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_right
from dataclasses import asdict

from app.core.records import Location, Region

_FIGURE = re.compile(r"\d[\d,，]*(?:[.．]\d+)?")
_CONTENT = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")


def column_letter(col: int) -> str:
    """1 → A, 27 → AA."""
    out = ""
    while col > 0:
        col, rest = divmod(col - 1, 26)
        out = chr(65 + rest) + out
    return out


def dump_regions(regions: list[Region]) -> str:
    return json.dumps([asdict(r) for r in regions], ensure_ascii=False) if regions else ""


def load_regions(text: str | None) -> list[Region]:
    if not text:
        return []
    out = []
    for item in json.loads(text):
        box = item.get("box")
        item["box"] = tuple(box) if box else None
        item["unsure"] = tuple(item.get("unsure") or ())
        out.append(Region(**item))
    return out


def locate(regions: list[Region], raw: str, start: int, end: int) -> Location | None:
    """The location of raw[start:end] (regions sorted by start), or None when no region covers it."""
    if not regions:
        return None
    starts = [r.start for r in regions]
    i = max(bisect_right(starts, start) - 1, 0)
    hit: list[Region] = []
    for region in regions[i:]:
        if region.start >= max(end, start + 1):
            break
        if region.end > start:
            hit.append(region)
    if not hit:
        return None
    if hit[0].kind == "cell":
        return _cells(hit)
    return _ocr(hit, raw, start, end)


def _cells(hit: list[Region]) -> Location:
    sheet = hit[0].sheet or ""
    cells = [r for r in hit if r.sheet == sheet and r.row and r.col]
    rows = [r.row for r in cells if r.row]
    cols = [r.col for r in cells if r.col]
    first = f"{column_letter(min(cols))}{min(rows)}"
    last = f"{column_letter(max(cols))}{max(rows)}"
    span = first if first == last else f"{first}:{last}"
    name = f"'{sheet}'" if re.search(r"[\s!']", sheet) else sheet
    return Location(kind="cells", label=f"{name}!{span}", sheet=sheet, cells=span)


def _ocr(hit: list[Region], raw: str, start: int, end: int) -> Location:
    page = hit[0].page
    lines = [r for r in hit if r.page == page]
    boxes = [r.box for r in lines if r.box]
    box = [min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
           max(b[3] for b in boxes)] if boxes else None
    confidence = min((r.confidence for r in hit if r.confidence is not None), default=None)
    unsure_at = {k for r in hit for k in r.unsure if start <= k < end}
    unsure = [m.group() for m in _FIGURE.finditer(raw, start, end)
              if any(m.start() <= k < m.end() for k in unsure_at)]
    where = f"第{page}页 OCR 区域({box[0]:.0f},{box[1]:.0f})-({box[2]:.0f},{box[3]:.0f})" if box else f"第{page}页 OCR"
    label = where + (f"，识别置信度{confidence:.2f}" if confidence is not None else "")
    if unsure:
        label += f"，未能确认的数字：{'、'.join(unsure)}"
    return Location(kind="ocr", label=label, page=page, box=[round(v, 1) for v in box] if box else None,
                    confidence=round(confidence, 3) if confidence is not None else None, unsure=unsure)


def fingerprint(clean_text: str) -> str:
    """What stays of a report's text across formats (the same report as .pdf, .docx or .txt): its
    Han characters, digits and Latin letters in order, hashed. Layout, spacing and punctuation drop."""
    return hashlib.sha256("".join(_CONTENT.findall(clean_text)).encode()).hexdigest()
