"""Verbatim quotes from a report's raw text: the raw span with its whitespace folded exactly as the
cleaner folds it (ingest.clean), so that a quote reads like the cleaned text and stays locatable."""

from __future__ import annotations

import re

from app.core.numbers import spaced_thousands

NUMPUNCT = set("0123456789.,:%-/+()×·=≤≥")  # characters between which a space goes (3 .5 → 3.5, ≥ 95% → ≥95%)


def is_wide(ch: str) -> bool:
    """CJK ideographs and CJK/full-width punctuation, which need no spaces around them."""
    return ord(ch) >= 0x2E80 or ch in "“”‘’…—·《》"


def space_kept(before: str, after: str, in_figure: bool = False) -> bool:
    """Whether a run of spaces between before and after reads as one space: not next to CJK, not
    inside a figure ("1781 .86", "≥ 95 %"), but kept between two figures ("45 10", "100% 10")."""
    if not before or not after or is_wide(before) or is_wide(after):
        return False
    if before in NUMPUNCT and after in NUMPUNCT:
        return (before.isdigit() or before == "%") and after.isdigit() and not in_figure
    return True


def quote_from_raw(raw: str, start: int, end: int) -> str:
    """The raw span as a readable verbatim quote: whitespace folded exactly as the cleaner folds it."""
    span = raw[start:end]
    joined = spaced_thousands(span)
    parts = re.split(r"(\s+)", span)
    out: list[str] = []
    at = 0
    for k, part in enumerate(parts):
        if part.isspace():
            before = out[-1][-1] if out else ""
            after = parts[k + 1][0] if k + 1 < len(parts) and parts[k + 1] else ""
            if space_kept(before, after, at in joined):
                out.append(" ")
        elif part:
            out.append(part)
        at += len(part)
    return "".join(out)
