"""The date a report is signed with: a date alone on one of its last lines, under the name of who
signs ("张掖市妇女联合会" / "2024年3月28日"). Read by ingest.metadata (the report's filing date) and
app.answering.listing ("自评报告是哪天出的", cited from those two lines); and the day a 公文's colophon says it
was issued ("…办公室  2024年4月8日印发"), below the signature."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from app.core.numbers import NUMERAL_DAY, NUMERAL_MONTH, NUMERAL_YEAR, numeral_digits

_DATE = re.compile(r"\s*((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[.\-/．]\s*(\d{1,2})\s*[.\-/．]\s*(\d{1,2}))\s*")
# ... or in Chinese numerals ("二〇二四年四月十日")
_NUMERAL_DATE = re.compile(rf"\s*({NUMERAL_YEAR})\s*年\s*({NUMERAL_MONTH})\s*月\s*({NUMERAL_DAY})\s*日\s*")
_LAST_LINES = 4  # a signature stands in the last lines: who signs, then the date
# ... or under the title, in brackets with who signs ("（罗田县商务局  2024年3月15日）")
_HEADED = re.compile(r"\s*[（(]\s*[\u4e00-\u9fff]{2,30}\s+(?P<date>[^）)]+?)\s*[）)]\s*")
_FIRST_LINES = 6


@lru_cache(maxsize=1)
def _colophon() -> dict[str, tuple[str, ...]]:
    """The colophon's words (app/core/data/reports.toml)."""
    loaded = tomllib.loads(resources.files("app.core").joinpath("data/reports.toml").read_text("utf-8"))["colophon"]
    return {key: tuple(words) for key, words in loaded.items()}


ISSUED_WORDS = _colophon()["issued"]
# the issue day a colophon's line ends with ("…办公室  2024年4月8日印发")
_ISSUED = re.compile(rf"(?P<date>(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)\s*(?:{'|'.join(ISSUED_WORDS)})\s*$")
_LINE = re.compile(r"[^\n]*\S[^\n]*")
_RULE = re.compile(r"[_\-—－=＿]{3,}")  # a colophon's rule, drawn with underscores or dashes


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
    every = list(_LINE.finditer(text))
    body = len(every)
    while body and ((below := every[body - 1].group().strip()).startswith(_colophon()["openers"]) or _ISSUED.search(below)
                    or _RULE.fullmatch(below)):
        body -= 1  # the colophon's lines ("抄送：…", "…2024年4月8日印发") and its rules stand below the signature
    lines = every[:body][-_LAST_LINES:]
    for k in range(len(lines) - 1, -1, -1):
        if m := _DATE.fullmatch(lines[k].group()) or _NUMERAL_DATE.fullmatch(lines[k].group()):
            line = lines[k]
            start = line.start() + len(line.group()) - len(line.group().lstrip())
            end = line.start() + len(line.group().rstrip())
            lead = lines[k - 1].start() if k else start
            return Signature(lead, start, end, *_day(m))
    for line in every[:_FIRST_LINES]:
        if (headed := _HEADED.fullmatch(line.group())) and (
                m := _DATE.fullmatch(headed.group("date")) or _NUMERAL_DATE.fullmatch(headed.group("date"))):
            at = line.start() + headed.start("date")
            return Signature(line.start() + len(line.group()) - len(line.group().lstrip()), at,
                             at + len(headed.group("date")), *_day(m))
    return None


def _day(m: re.Match[str]) -> tuple[int, int, int]:
    """Year, month and day of a date matched, whichever way it is written."""
    year, *rest = (g for g in m.groups() if g is not None)
    return tuple(int(numeral_digits(g)) if not g.isdigit() else int(g) for g in (year, *rest))  # type: ignore[return-value]


def issued(text: str) -> Signature | None:
    """Where a 公文's colophon gives the day it was issued ("…办公室  2024年4月8日印发"), read as signature
    reads; None when it gives none."""
    for line in list(_LINE.finditer(text))[-_COLOPHON_LINES:]:
        if m := _ISSUED.search(line.group()):
            return Signature(line.start() + len(line.group()) - len(line.group().lstrip()),
                             line.start() + m.start("date"), line.start() + m.end("date"), *_day(_DATE.fullmatch(m.group("date"))))  # type: ignore[arg-type]
    return None


_COLOPHON_LINES = 8

