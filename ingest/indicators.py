"""Extract the indicator table from a report: each key figure with its wording, value, unit,
section, verbatim quote and raw offsets. Pure: works on the cleaned text and its chunks."""

from __future__ import annotations

import re

from app.core.numbers import find_figures
from app.core.quotes import quote_from_raw
from app.core.records import IndicatorFact, Report
from app.core.sentences import clause_spans, sentence_spans
from app.vocab.indicators import INDICATORS, Indicator, connector_length

_GRADE = re.compile(r"^[“\"]?(优秀|良好|合格|不合格|较差|优|良|中|差)")


def _window(text: str, s: int, e: int, at: int) -> str:
    """The clause holding position at, with the clause before it (where a qualifier may stand)."""
    clauses = clause_spans(text, s, e)
    for i, (cs, ce) in enumerate(clauses):
        if cs <= at < ce:
            return text[clauses[i - 1][0] if i else cs : ce]
    return text[s:e]


_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def _match(indicator: Indicator, text: str, s: int, e: int, year: int | None = None
           ) -> list[tuple[int, int, str, str, str, float | None]]:
    """(label start, label end, label, value text, unit, value) for each figure the indicator labels."""
    sentence = text[s:e]
    plain = sentence.replace("“", "").replace("”", "")
    if indicator.requires and not any(r in plain for r in indicator.requires):
        return []
    out: list[tuple[int, int, str, str, str, float | None]] = []
    for m in indicator.pattern.finditer(text, s, e):
        window = _window(text, s, e, m.start()).replace("“", "").replace("”", "")
        if any(x in window for x in indicator.excludes):
            continue
        if year and any(int(y) not in (year, year + 1) for y in _YEAR.findall(window)):
            continue  # "2022年一般公共预算财政拨款收入1671.10万元" in a 2023 report is last year's
        if any(text[max(s, m.start() - 4) : m.start()].endswith(x) for x in indicator.excluded_before):
            continue
        after = text[m.end() : e]
        gap = connector_length(after)
        rest = after[gap:]
        if indicator.kind == "grade":
            if g := _GRADE.match(rest):
                out.append((m.start(), m.end(), m.group(), g.group(1), "", None))
            continue
        figures = find_figures(rest[:30])
        if not figures or figures[0].start != 0 or figures[0].kind != indicator.kind:
            continue
        fig = figures[0]
        out.append((m.start(), m.end(), m.group(), fig.text.replace(" ", ""), fig.unit, fig.value))
    return out


def extract_indicators(report: Report) -> list[IndicatorFact]:
    """Every indicator figure the report states, first occurrence of each distinct value."""
    assert report.clean is not None
    text = report.clean.text
    facts: list[IndicatorFact] = []
    seen: set[tuple[str, str]] = set()
    for chunk in report.chunks:
        for s, e in sentence_spans(text, chunk.clean_start, chunk.clean_end):
            for indicator in INDICATORS:
                for _ls, _le, label, value_text, unit, value in _match(indicator, text, s, e, report.meta.year):
                    key = (indicator.name, value_text)
                    if key in seen:
                        continue
                    seen.add(key)
                    start, end = report.clean.raw_span(s, e)
                    facts.append(IndicatorFact(
                        doc_id=report.doc_id, indicator=indicator.name, label=label, value_text=value_text,
                        unit=unit, value=value, year=report.meta.year, section=chunk.section,
                        quote=quote_from_raw(report.raw, start, end), start=start, end=end,
                    ))
    return facts
