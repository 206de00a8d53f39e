"""Verbatim quotes from a report's raw text: the raw span with its whitespace folded exactly as the
cleaner folds it (ingest.clean), so that a quote reads like the cleaned text and stays locatable."""

from __future__ import annotations

import re

NUMPUNCT = set("0123456789.,:%-/+()×·=≤≥")  # characters between which a space is kept (3 .5, 1 000)


def is_wide(ch: str) -> bool:
    """CJK ideographs and CJK/full-width punctuation, which need no spaces around them."""
    return ord(ch) >= 0x2E80 or ch in "“”‘’…—·《》"



def quote_from_raw(raw: str, start: int, end: int) -> str:
    """The raw span as a readable verbatim quote: whitespace folded exactly as the cleaner folds it."""
    span = raw[start:end]
    parts = re.split(r"(\s+)", span)
    out: list[str] = []
    for k, part in enumerate(parts):
        if not part:
            continue
        if part.isspace():
            before = out[-1][-1] if out else ""
            after = parts[k + 1][0] if k + 1 < len(parts) and parts[k + 1] else ""
            if before and after and not (
                is_wide(before) or is_wide(after) or (before in NUMPUNCT and after in NUMPUNCT)
            ):
                out.append(" ")
            continue
        out.append(part)
    return "".join(out)
