"""Traditional characters read as simplified (萬元 → 万元, 預算執行率 → 预算执行率), one for one.

Conversion is OpenCC's t2s (the maintained tables, phrase-aware: 瞭解 → 了解, 乾淨 → 干净). The result
has the length of the input, character for character, so a cleaned text converted this way keeps its
offset map to the raw text, and quotes are still cut from the raw text, in the characters as
published. A run of CJK characters whose phrase conversion would change its length (OpenCC has a few
such phrases) is converted character by character instead, each character only where its own
conversion is one character. Simplified text comes back unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@lru_cache(maxsize=1)
def _converter() -> Any:
    import opencc  # ~0.1 s to load its tables: only when the first non-ASCII text is read

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=8192)
def _char(ch: str) -> str:
    out: str = _converter().convert(ch)
    return out if len(out) == 1 else ch


def _run(run: str) -> str:
    out: str = _converter().convert(run)
    return out if len(out) == len(run) else "".join(_char(ch) for ch in run)


def to_simplified(text: str) -> str:
    """text with traditional characters as simplified, of the same length, position for position."""
    if text.isascii():
        return text
    whole: str = _converter().convert(text)
    if whole == text:
        return text
    return _HAN_RUN.sub(lambda m: _run(m.group()), text)
