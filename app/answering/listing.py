"""Answers about the library itself, found without searching: the list of the loaded reports
("有哪些报告？", "惠东县有哪几份报告"), the date a report is signed with ("自评报告是哪天出的"), and
a place typed with a same-sounding slip ("慧东县…" gets "您是否要问惠东县？" instead of losing the
county and answering for every report), and a place named alone whose reports lie in different cities ("鼓楼区…" of
南京市's and 福州市's reports gets both, for the asker to say which).

Each listed report is cited by its title as the report writes it (its offsets in the text govqa
reads), or by its first line when no title was read, so a listing keeps the citation contract.
The answers' wording is here rather than in prompts/: it is fixed text around names, not a prompt.
"""

from __future__ import annotations

import re
from typing import Protocol

from app.answering.question import Question
from app.core.numbers import normalise_digits
from app.core.records import Answer, Citation, CleanText, ReportMeta
from app.core.signature import ISSUED_WORDS, issued, signature

MAX_LISTED = 30  # the chat lists this many; the 报告库 tab and `govqa reports` list them all
LISTED = "报告库中{scope}共有{count}份报告："
ITEM = "{n}. 《{title}》{about}[{n}]"
MORE = "……另有{rest}份，完整列表见“报告库”。"
NONE = "未找到：报告库中没有{scope}的报告（现有：{regions}）。"
DID_YOU_MEAN = "未找到：报告库中没有“{typed}”的报告。您是否要问{name}？"
WHICH_PLACE = "未找到：报告库中有不止一处“{name}”的报告（{places}），请在问题中写明是哪一处。"


class Reports(Protocol):
    """What a listing reads of the stored reports (app.index.library.StoreLibrary)."""

    def meta(self, doc_id: str) -> ReportMeta: ...
    def source(self, doc_id: str) -> str: ...
    def texts(self, doc_id: str) -> tuple[str, CleanText]: ...


def title_span(raw: str, meta: ReportMeta) -> tuple[int, int]:
    """Where the report's title stands in its text (whitespace inside it allowed), else its first line."""
    if meta.title_read and meta.title:
        pattern = r"\s*".join(map(re.escape, re.sub(r"\s+", "", meta.title)))
        if m := re.search(pattern, raw):
            return m.start(), m.end()
    m = re.search(r"\S[^\n]{0,79}", raw)
    return (m.start(), m.end()) if m else (0, 0)


def about(meta: ReportMeta) -> str:
    """A report's department, place, year and kind, as one line: "惠东县政务服务数据管理局 · 惠东县 · 2023年度 · 部门整体"."""
    year = f"{meta.year}年度" if meta.year else "年度不详"
    parts = [meta.department or "部门不详", meta.region or "地区不详", year, meta.kind]
    return "——" + " · ".join(dict.fromkeys(p for p in parts if p))


def list_reports(question: Question, reports: Reports, regions: list[str]) -> Answer:
    """The reports in the question's scope (its places and years), each cited by its title."""
    docs = [d for d in question.doc_ids
            if not question.years or reports.meta(d).year in question.years]
    scope = "、".join(question.regions + question.missing) + "".join(f"{y}年度" for y in question.years)
    if not docs or (question.missing and not question.regions):
        return Answer(question=question.text, found=False,
                      answer=NONE.format(scope=scope or "", regions="、".join(regions) or "（无）"))
    metas = {d: reports.meta(d) for d in docs}
    docs.sort(key=lambda d: (metas[d].region, metas[d].year or 0, metas[d].title))
    lines, citations = [LISTED.format(scope=scope, count=len(docs))], []
    for n, doc_id in enumerate(docs[:MAX_LISTED], start=1):
        meta = metas[doc_id]
        raw, _ = reports.texts(doc_id)
        start, end = title_span(raw, meta)
        citations.append(Citation(n=n, doc_id=doc_id, title=meta.title, department=meta.department,
                                  region=meta.region, year=meta.year, section="标题",
                                  quote=" ".join(raw[start:end].split()), source=reports.source(doc_id),
                                  start=start, end=end))
        lines.append(ITEM.format(n=n, title=meta.title, about=about(meta)))
    if len(docs) > MAX_LISTED:
        lines.append(MORE.format(rest=len(docs) - MAX_LISTED))
    return Answer(question=question.text, answer="\n".join(lines), found=True, citations=citations)


SIGNED = "{unit}报告落款日期：{date}。\n原文（《{title}》落款）：“{quote}”[1]"
ISSUED = "{unit}报告印发日期：{date}。\n原文（《{title}》版记）：“{quote}”[1]"
def signed_date(question: Question, reports: Reports) -> Answer | None:
    """The date the one report in scope is signed with, cited from its signature; None when the
    question is about several reports or the report has no signature."""
    docs = [d for d in question.doc_ids if not question.years or reports.meta(d).year in question.years]
    if len(docs) != 1:
        return None
    meta = reports.meta(docs[0])
    raw, _ = reports.texts(docs[0])
    # "什么时候印发的" asks the day its colophon says it was issued ("…2024年4月8日印发"), where it says one
    digits = normalise_digits(raw)  # one character for one: offsets stay those of raw
    issue = issued(digits) if any(w in question.text for w in ISSUED_WORDS) else None
    signed = issue or signature(digits)
    if signed is None:
        return None
    lead, start, end = signed.lead, signed.start, signed.end
    if issue:
        end = len(raw[:end] + raw[end:].split("\n", 1)[0].rstrip())  # the colophon's line, to its 印发
    quote = " ".join(raw[lead:end].split())
    section = "版记" if issue else "落款"
    citation = Citation(n=1, doc_id=docs[0], title=meta.title, department=meta.department, region=meta.region,
                        year=meta.year, section=section, quote=quote, source=reports.source(docs[0]),
                        start=lead, end=end)
    answer = (ISSUED if issue else SIGNED).format(unit=meta.unit_label, date=raw[start : signed.end], title=meta.title,
                                                  quote=quote)
    return Answer(question=question.text, answer=answer, found=True, citations=[citation])


def did_you_mean(question: Question) -> Answer:
    """未找到 for a place typed with a slip, naming the loaded report's place it sounds like."""
    slip = question.slips[0]
    return Answer(question=question.text, found=False, answer=DID_YOU_MEAN.format(typed=slip.typed, name=slip.name))


def which_place(question: Question) -> Answer:
    """未找到 for a place named alone whose reports lie in different cities: the places, for the asker to say which
    (a figure of one would be given for the other)."""
    name = next(r for r in question.regions if any(p.endswith(r) for p in question.same_named))
    return Answer(question=question.text, found=False,
                  answer=WHICH_PLACE.format(name=name, places="、".join(question.same_named)))
