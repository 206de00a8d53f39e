"""Questions in a conversation: elliptical follow-ups ("那梅江区呢？", "2021年呢？") and filter scope.

Pure string functions. Places are found by a callable (the index catalog's `places_in`) so the
rules work for every region the index knows, not for particular wordings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from app.vocab.asking import ASKING
from app.vocab.load import alternatives, char_class


class Span(Protocol):
    """A place mention: where it is in the question."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


FindPlaces = Callable[[str], Sequence[Span]]

_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2}|\d{2})\s*年度?(?![\d前后来内间代])")
_FOLLOWUP = ASKING.followup
_JOIN = re.compile(rf"^[\s{char_class(_FOLLOWUP.place_joiners)}、,，/]*$")  # what may stand between two places of one group
# What is left of a follow-up that names no topic of its own once its places and years are out.
_ELLIPSIS = re.compile(rf"{alternatives(_FOLLOWUP.filler)}|[\s，,。.？?！!、：:；;]")
_LEADING = re.compile(rf"^\s*(?:{alternatives(_FOLLOWUP.leading)})\s*")
_TRAILING = re.compile(
    rf"\s*(?:{alternatives(_FOLLOWUP.trailing_lead)})?\s*(?:{alternatives(_FOLLOWUP.trailing)})\s*([？?。.！!]*)\s*$"
)


def _years(text: str) -> list[re.Match[str]]:
    return list(_YEAR.finditer(text))


def _four_digits(year: str) -> str:
    return year if len(year) == 4 else f"20{year}"


def _group(text: str, spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The first run of spans joined only by 和/、 ("梅江区和惠东县", "梅州市梅江区"), as one [start, end)."""
    if not spans:
        return None
    ordered = sorted(spans)
    start, end = ordered[0]
    for s, e in ordered[1:]:
        if not _JOIN.match(text[end:s]):
            break
        end = e
    return start, end


def _place_spans(text: str, find_places: FindPlaces) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in find_places(text)]


def _scope_text(text: str, spans: Sequence[Span], years: list[re.Match[str]]) -> tuple[str, str]:
    """The places ("梅江区和吴川") and the years ("2021年") a question names, as written."""
    places = "和".join(text[s.start : s.end] for s in sorted(spans, key=lambda s: s.start))
    year_text = "和".join(f"{_four_digits(m.group(1))}年" for m in years)
    return places, year_text


def _is_bare(text: str, spans: Sequence[Span], years: list[re.Match[str]]) -> bool:
    """True when the question says nothing but places, years and filler ("那梅江区2021年的呢？")."""
    cuts = sorted([(s.start, s.end) for s in spans] + [m.span() for m in years])
    rest, at = [], 0
    for start, end in cuts:
        rest.append(text[at:start])
        at = max(at, end)
    rest.append(text[at:])
    return not _ELLIPSIS.sub("", "".join(rest))


def _put_scope(text: str, find_places: FindPlaces, places: str, years: str) -> str:
    """text with its first run of places replaced by `places` and of years by `years` (each
    inserted when the text has none: years after the places, places in front)."""
    if years:
        run = _group(text, [m.span() for m in _years(text)])
        if run is None:
            place_run = _group(text, _place_spans(text, find_places))
            at = place_run[1] if place_run else 0
            run = (at, at)
        text = text[: run[0]] + years + text[run[1] :]
    if places:
        run = _group(text, _place_spans(text, find_places)) or (0, 0)
        text = text[: run[0]] + places + text[run[1] :]
    return text


def resolve_followup(question: str, previous: str | None, find_places: FindPlaces) -> str:
    """The question a follow-up stands for, given the conversation's previous (resolved) question.

    "那梅江区呢？" after "惠东县12345热线满意率是多少？" → "梅江区12345热线满意率是多少？": a
    question naming only places and/or years takes the previous question's topic. "那项目支出呢？"
    after "吴川市2023年基本支出是多少？" → "吴川市2023年项目支出呢？": a question that opens with
    那 or ends with 呢 and names a topic but no place or year keeps the previous scope. Anything
    else is a question of its own and is returned unchanged.
    """
    question = question.strip()
    if not previous or not question:
        return question
    spans = list(find_places(question))
    years = _years(question)
    if spans or years:
        if not _is_bare(question, spans, years):
            return question
        places, year_text = _scope_text(question, spans, years)
        return _put_scope(previous.strip(), find_places, places, year_text)
    if not (_LEADING.search(question) or _TRAILING.search(question)):
        return question
    prev_spans = list(find_places(previous))
    prev_years = _years(previous)
    if not prev_spans and not prev_years:
        return question
    place_run = _group(previous, [(s.start, s.end) for s in prev_spans])
    year_run = _group(previous, [m.span() for m in prev_years])
    places = previous[place_run[0] : place_run[1]] if place_run else ""
    year_text = previous[year_run[0] : year_run[1]] if year_run else ""
    topic = _LEADING.sub("", question)
    topic = _TRAILING.sub(lambda m: "呢" + (m.group(1) or "？"), topic)
    return f"{places}{year_text}{topic}"


def apply_filters(question: str, region: str | None, year: int | str | None, find_places: FindPlaces) -> str:
    """The question scoped by the chat's filters, unless it names its own place or year."""
    places = region if region and not find_places(question) else ""
    years = f"{year}年" if year and not _years(question) else ""
    if not places and not years:
        return question
    return _put_scope(question, find_places, places, years)
