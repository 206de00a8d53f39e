"""OCR of PDF pages that have no usable text layer, offline, with RapidOCR (PP-OCRv4 models shipped
inside the `rapidocr-onnxruntime` wheel, run by onnxruntime on the CPU).

Why this engine (measured, BENCHMARKS.md): on six scanned pages of a made-up report
(tests/scanned.py: 129 figures, 12-point Noto Sans CJK at 200 dpi) RapidOCR read 129 of 129 figures
exactly once `normalise` puts back the full-width commas it reads as thousands separators, while
Tesseract 5.3 with Debian's chi_sim read 119 (it adds or drops digits: 97.94% as 97.949%), and a
figure must be exact. RapidOCR also gives a confidence per character, which is what tells an unsure
figure. Tesseract was about twice as fast and kept more full stops at line ends (48/48 against
29/48), which only affects where sentences end.

A page is OCR'd when its text layer is not real text (`usable`): fewer than MIN_CHARS characters, or
a tenth or more of them private-use, replacement or control characters, or pdfminer's "(cid:N)" for
glyphs without a Unicode mapping (print-to-PDF drivers write both). The page is rendered at DPI, each
recognised line kept with its box (PDF points from the page's top-left), its confidence and the
confidence of each character; a digit or decimal point read below OCR_SURE makes its figure unsure.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

DPI = 200
MAX_SIDE = 3000  # pixels; a page's longer side at DPI stays under it up to about 38 cm
MIN_CHARS = 20
_CID = re.compile(r"\(cid:\d+\)")
_THOUSANDS = re.compile(r"(?<=\d)，(?=\d{3}(?!\d))")
_POINT = re.compile(r"(?<=\d)[．](?=\d)")
_lock = threading.Lock()

log = logging.getLogger(__name__)


class OcrUnavailable(Exception):
    """No OCR engine installed; the message names the package."""


@dataclass(frozen=True)
class OcrLine:
    text: str
    box: tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points
    confidence: float
    char_confidence: tuple[float, ...]  # one per character of text (empty when the engine gave none)


def usable(text: str) -> bool:
    """True when a page's text layer is real text, not junk to be read again by OCR."""
    cids = len(_CID.findall(text))
    chars = [ch for ch in _CID.sub("", text) if not ch.isspace()]
    bad = cids + sum(1 for ch in chars if _junk(ch))
    total = len(chars) + cids
    return total - bad >= MIN_CHARS and bad < 0.1 * total


def _junk(ch: str) -> bool:
    code = ord(ch)
    return (0xE000 <= code <= 0xF8FF or code >= 0xF0000 or code == 0xFFFD or code < 32
            or 0x7F <= code < 0xA0)


def normalise(text: str) -> str:
    """A figure's separators as the report printed them: a full-width comma before exactly three
    digits is a thousands separator, a full-width point between digits a decimal point. One
    character for one, so the per-character confidences stay aligned."""
    return _POINT.sub(".", _THOUSANDS.sub(",", text))


@lru_cache(maxsize=1)
def engine() -> Any:
    """The RapidOCR engine, loaded once on first use (never at import)."""
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError as exc:  # not installed, or OpenCV without its system libraries (libGL, glib)
        why = " ".join(str(exc).split())[:120]
        raise OcrUnavailable(f"the OCR engine cannot be loaded ({why}; pip install rapidocr-onnxruntime, "
                             "apt-get install libgl1 libglib2.0-0)") from exc
    logging.getLogger("RapidOCR").setLevel(logging.WARNING)
    # no downscaling of a page rendered at DPI (A4 is 2339 px high at 200 dpi; the default limit,
    # 2000, shrinks it and loses small marks: a full stop at a line's end, more often)
    return RapidOCR(max_side_len=MAX_SIDE)


def read_page(pdf: Any, index: int, dpi: int = DPI) -> list[OcrLine]:
    """The lines of one page of a pypdfium2 document, top to bottom."""
    import numpy as np

    scale = dpi / 72
    image = pdf[index].render(scale=scale).to_pil().convert("RGB")
    if (np.asarray(image.convert("L")) < 128).mean() < 0.0002:
        return []  # a blank page: nothing to read, and no engine needed to say so
    ocr = engine()
    with _lock:  # one page at a time: onnxruntime already uses every core
        result, _ = ocr(np.asarray(image), return_word_box=True)
    lines: list[OcrLine] = []
    for item in result or []:
        quad, text, score = item[0], item[1], float(item[2])
        confs: tuple[float, ...] = ()
        if len(item) > 5 and len(item[4]) == len(text):
            confs = tuple(float(c) for c in item[5])
        text = normalise(" ".join(text.split()) if len(text.split()) > 1 else text.strip())
        if len(confs) != len(text):
            confs = ()
        if not text:
            continue
        xs = [p[0] / scale for p in quad]
        ys = [p[1] / scale for p in quad]
        lines.append(OcrLine(text, (min(xs), min(ys), max(xs), max(ys)), score, confs))
    lines.sort(key=lambda line: (round(line.box[1]), line.box[0]))
    return lines
