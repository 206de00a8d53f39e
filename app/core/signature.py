"""The date a report is signed with: a date alone on one of its last lines, under the name of who
signs ("张掖市妇女联合会" / "2024年3月28日"). Read by ingest.metadata (the report's filing date) and
app.answering.listing ("自评报告是哪天出的", cited from those two lines)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.numbers import NUMERAL_DAY, NUMERAL_MONTH, NUMERAL_YEAR, numeral_digits

_DATE = re.compile(r"\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*")
# ... or in Chinese numerals ("二〇二四年四月十日")
_NUMERAL_DATE = re.compile(rf"\s*({NUMERAL_YEAR})\s*年\s*({NUMERAL_MONTH})\s*月\s*({NUMERAL_DAY})\s*日\s*")
_LAST_LINES = 4  # a signature stands in the last lines: who signs, then the date
_LINE = re.compile(r"[^\n]*\S[^\n]*")


@dataclass(frozen=True)
class Signature:
    lead: int  # where the line above the date starts (who signs), or the date's own start
    start: int  # the date, without the spaces around it
    end: int
    year: int
    month: int
    day: int


def signature(text: str) -> Signature | None:
    """Where a report's signature stands in text, read with half-width digits (normalise_digits or a
    gazetteer's fold: one character for one, so the offsets are the report's); None when it has none."""
    lines = list(_LINE.finditer(text))[-_LAST_LINES:]
    for k in range(len(lines) - 1, -1, -1):
        if m := _DATE.fullmatch(lines[k].group()) or _NUMERAL_DATE.fullmatch(lines[k].group()):
            line = lines[k]
            start = line.start() + len(line.group()) - len(line.group().lstrip())
            end = line.start() + len(line.group().rstrip())
            lead = lines[k - 1].start() if k else start
            year, month, day = (int(numeral_digits(g)) if not g.isdigit() else int(g) for g in m.groups())
            return Signature(lead, start, end, year, month, day)
    return None
