"""Comparison and ranking questions answered from the indicator table, every figure cited.

A report that lacks the indicator says so ("报告未提及") instead of borrowing a neighbour's figure.
Pure: takes the analysed question, the table rows and report metadata; returns an Answer.
"""

from __future__ import annotations

from collections.abc import Callable

from app.answering.question import Question
from app.core.records import Answer, Citation, IndicatorFact, ReportMeta
from app.vocab.indicators import Indicator, by_name, indicator_for


def _label(meta: ReportMeta) -> str:
    return f"{meta.region or meta.department}（{meta.year}年度）" if meta.year else (meta.region or meta.department)


def _citation(n: int, row: IndicatorFact, meta: ReportMeta, source: str) -> Citation:
    return Citation(n=n, doc_id=row.doc_id, title=meta.title, department=meta.department, region=meta.region,
                    year=meta.year, section=row.section, quote=row.quote, source=source, start=row.start, end=row.end)


def answer_from_table(
    question: Question,
    indicator: Indicator,
    rows: list[IndicatorFact],
    meta: Callable[[str], ReportMeta],
    source: Callable[[str], str],
) -> Answer | None:
    """The comparison across the reports in scope; None when no report in scope has the indicator, or
    when a report the question names lacks it (the passage search then looks for its wording)."""
    # "吴川2023年财政拨款支出与湛江2024年支出数": each report is asked in its own words
    wanted = {d: (indicator_for(question.doc_text.get(d, "")) or indicator).name for d in question.doc_ids}
    if len({i.kind for n in wanted.values() if (i := by_name(n)) is not None}) > 1:
        wanted = dict.fromkeys(question.doc_ids, indicator.name)
    first: dict[str, IndicatorFact] = {}
    others: dict[str, list[str]] = {}
    for row in rows:
        if row.doc_id in wanted and row.indicator == wanted[row.doc_id]:
            if row.doc_id in first:
                others.setdefault(row.doc_id, []).append(row.value_text)
            else:
                first[row.doc_id] = row
    if not first or (question.regions and len(first) < len(question.doc_ids)):
        return None  # a named report without the row: its passages may still word it otherwise
    ranked = sorted((r for r in first.values() if r.value is not None), key=lambda r: r.value or 0.0,
                    reverse=not question.lowest)
    listed = [r.doc_id for r in ranked] + [d for d in question.doc_ids if d not in {r.doc_id for r in ranked}]
    citations: list[Citation] = []
    lines: list[str] = []
    for doc_id in listed:
        m = meta(doc_id)
        found = first.get(doc_id)
        if found is None:
            lines.append(f"- {_label(m)}：报告未提及{wanted[doc_id]}")
            continue
        citations.append(_citation(len(citations) + 1, found, m, source(doc_id)))
        also = f"（报告另有口径：{'、'.join(others[doc_id])}）" if doc_id in others else ""
        lines.append(f"- {_label(m)}：{found.value_text}{also}——“{found.quote}”[{citations[-1].n}]")
    for place in question.missing:
        lines.append(f"- {place}：语料中没有该地的报告")
    names = "、".join(dict.fromkeys(wanted.values()))
    head = f"{names}（依据各报告原文，共{len(first)}份报告给出）："
    if len(ranked) >= 2 and len({r.unit for r in ranked}) == 1:
        order = "从低到高" if question.lowest else "从高到低"
        chain = "；".join(f"{_label(meta(r.doc_id))}{r.value_text}" for r in ranked)
        more = indicator.kind in ("amount", "count") or "多" in question.text or "少" in question.text
        low, high = ("少", "多") if more else ("低", "高")
        word = ("最" + low) if question.lowest else ("最" + high)
        if len(question.doc_ids) + len(question.missing) == 2:  # two units compared, not a ranking
            word = ("更" + low) if question.lowest else ("更" + high)
        if ranked[0].value == ranked[1].value:
            head += f"{chain}（{_label(meta(ranked[0].doc_id))}与{_label(meta(ranked[1].doc_id))}相同）。"
        else:
            head += f"{order}：{chain}。{word}的是{_label(meta(ranked[0].doc_id))}。"
    text = "\n".join([head, *lines])
    return Answer(question=question.text, answer=text, found=True, citations=citations)
