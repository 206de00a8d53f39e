"""Answer composition: the extractive answer's text from the chosen evidence, its numbered citations
(verbatim raw quotes with offsets), the comparison line, and the reason when nothing answers.

Pure: the wording comes from prompts/ templates; the reports are read through a `Library`.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from app.answering.evidence import (
    NUMERIC,
    Evidence,
    Library,
    grade_in,
    is_answer,
    organisations_in_role,
    person_of_role,
    quoted_value,
    role_said_as_asked,
    row_cell,
)
from app.answering.question import (
    Question,
    asks_document,
    asks_document_number,
    asks_organisation,
    role_asked,
    role_phrase,
)
from app.core import literal, organisations
from app.core.documents import references
from app.core.numbers import range_span
from app.core.organisations import org_at, without_leading_verb
from app.core.quotes import quote_from_raw
from app.core.records import Answer, Citation
from app.vocab.asking import ASKING

PROMPTS = Path(str(resources.files("govqa_prompts")))  # prompts/ in the source tree, or in the wheel


@lru_cache(maxsize=8)
def template(name: str) -> str:
    """A prompt or answer template from prompts/, read once."""
    return (PROMPTS / name).read_text("utf-8")


class CitationList:
    """Numbers citations and turns clean spans into verbatim raw quotes with offsets."""

    def __init__(self, library: Library):
        self.library = library
        self.citations: list[Citation] = []

    def cite(self, ev: Evidence, n: int | None = None) -> Citation:
        raw, clean = self.library.texts(ev.doc_id)
        start, end = clean.raw_span(ev.start, ev.end)
        meta = self.library.meta(ev.doc_id)
        return Citation(
            n=n or len(self.citations) + 1, doc_id=ev.doc_id, title=meta.title, department=meta.department,
            region=meta.region, year=meta.year, section=ev.chunk.section, quote=quote_from_raw(raw, start, end),
            source=self.library.source(ev.doc_id), start=start, end=end,
        )

    def add(self, ev: Evidence) -> int:
        for c in self.citations:
            raw, clean = self.library.texts(ev.doc_id)
            if c.doc_id == ev.doc_id and (c.start, c.end) == clean.raw_span(ev.start, ev.end):
                return c.n
        citation = self.cite(ev)
        self.citations.append(citation)
        return citation.n


def _fill(name: str, **values: object) -> str:
    return template(name).format(**values).strip()


def _item(ev: Evidence, n: int, library: Library) -> str:
    meta = library.meta(ev.doc_id)
    figure = ev.figure.text if ev.figure else ""
    return _fill("answer_list_item.txt", unit=meta.unit_label, figure=figure or "见原文", sentence=ev.text, n=n)


def _as_stated(ev: Evidence) -> str:
    """The figure as the passage states it: with the other end of a range it bounds ("180万元—220万元")."""
    assert ev.figure is not None
    f = ev.figure
    if ev.text[f.start : f.end] != f.text:
        return f.text
    start, end = range_span(ev.text, f.start, f.end)
    return ev.text[start:end]


def _single(ev: Evidence, question: Question, numbered: CitationList, library: Library) -> str:
    meta = library.meta(ev.doc_id)
    n = numbered.add(ev)
    if ev.figure is not None:
        return _fill("answer_figure.txt", unit=meta.unit_label, label=ev.label, figure=_as_stated(ev),
                     title=meta.title, section=ev.chunk.section, sentence=ev.text, n=n)
    if question.kinds[0] == "grade" and (grade := grade_in(ev.text)):
        return _fill("answer_figure.txt", unit=meta.unit_label, label=grade[0], figure=grade[1],
                     title=meta.title, section=ev.chunk.section, sentence=ev.text, n=n)  # "等次：良好", then the passage
    if (cell := row_cell(ev, question)) is not None:
        name, column, said = cell  # "农村供水保障水平（实际完成值）：明显提升", then the row
        return _fill("answer_figure.txt", unit=meta.unit_label, label=f"{name}（{column}）", figure=said,
                     title=meta.title, section=ev.chunk.section, sentence=ev.text, n=n)
    if question.kinds[0] in ("other", "name") and (quoted := quoted_value(ev, question)) is not None:
        return _fill("answer_figure.txt", unit=meta.unit_label, label=quoted[0], figure=quoted[1],
                     title=meta.title, section=ev.chunk.section, sentence=ev.text, n=n)  # "实际：未发生重大森林火灾"
    if name := asked_name(ev, question):
        role = _role_of(ev.text, name, question) if question.person else role_phrase(question)
        return _fill("answer_figure.txt", unit=meta.unit_label, label=role or ev.label, figure=name,
                     title=meta.title, section=ev.chunk.section, sentence=ev.text, n=n)
    section = f"（{ev.chunk.section}）" if ev.chunk.section else ""  # text before the first heading has none
    return _fill("answer_passage.txt", title=meta.title, section=section, sentence=ev.text, n=n)


def asked_name(ev: Evidence, question: Question) -> str:
    """The name a who- or which-question asks for, as the passage gives it, or "" (the passage is
    then the answer): the organisation written nearest the asked role ("自治区生态环境厅牵头提出资金
    分配方案" for 由哪个部门牵头提出), and in a clause with it where the question names the role before the kind
    ("施工单位是哪家"); or the person tied to the role ("组长：胡小军", "负责人为站长向红军", "由副局长郑国华任组长")."""
    text = ev.text
    anchors = [at for t in question.terms for f in t.forms if f for at in literal.starts(text, f)]
    if asks_document(question.text):
        return _asked_document(text, question, anchors)
    if not anchors:
        return ""
    if question.person:
        # (the role the question says in full first: "项目负责人" before 财务负责人, asked "…项目谁是负责人")
        for at in sorted(anchors, key=lambda a: (not role_said_as_asked(text, a, question.text), a)):
            term_end = next((at + len(f) for t in question.terms for f in t.forms if f and text.startswith(f, at)), at)
            if person := person_of_role(text, at, term_end):
                return person
        return ""
    if not asks_organisation(question.text):
        return ""
    names: list[tuple[int, str]] = []
    i = 0
    while i < len(text):
        if name := org_at(text, i):
            bare = without_leading_verb(name)
            names.append((i + len(name) - len(bare), bare))
            i += len(name)
        else:
            i += 1
    # "哪个科室牵头组织的" of "…民政局计划财务科牵头": the section written right after its organisation
    if any(w in question.text for w in ASKING.organisation.sections) and (sections := organisations.sections_in(text)):
        return min(sections, key=lambda p: min(abs(p[0] + len(p[1]) - a) for a in anchors))[1]
    names = [(at, name) for at, name in names if not any(name in t.word or t.word in name for t in question.terms)]
    if roles := role_asked(question):
        # "施工单位是哪家": the organisation named with the role, not the nearest one ("实施单位为…中心，…施工单位为…公司")
        in_role = organisations_in_role(text, roles)
        names = [(at, name) for at, name in names if any(a < at + len(name) and at < a + len(n) for a, n in in_role)]
    if not names:
        return ""
    at, name = min(names, key=lambda p: min(abs(p[0] + len(p[1]) - a) for a in anchors))
    return name


def _role_of(text: str, name: str, question: Question) -> str:
    """The role a passage ties the person's name to, as the question words it ("组长", "负责人"), or ""."""
    for t in question.terms:
        for form in filter(None, t.forms):
            if any(person_of_role(text, at, at + len(form)) == name for at in literal.starts(text, form)):
                return t.word
    return ""


def _asked_document(text: str, question: Question, anchors: list[int]) -> str:
    """The document a which-document question asks for: the title or, asked its number (文号), the
    issuing number nearest the question's words; one the question names itself is no answer."""
    refs = [r for r in references(text) if r.text.strip("《》") not in question.text]
    wanted = asks_document_number(question.text)
    refs = [r for r in refs if r.number == wanted] or refs
    if not refs:
        return ""
    return min(refs, key=lambda r: min((abs(r.start - a) for a in anchors), default=r.start)).text


def _ranking(found: list[Evidence], question: Question, library: Library) -> str:
    """One line that compares the figures, when they are of one kind and unit."""
    figures = [(ev, ev.figure) for ev in found if ev.figure is not None and ev.figure.kind in NUMERIC[:-1]]
    units = {f.unit for _, f in figures}
    if len(figures) < 2 or len(units) != 1:
        return ""
    ordered = sorted(figures, key=lambda p: p[1].value, reverse=not question.lowest)
    name = [f"{library.meta(ev.doc_id).unit_label}{fig.text}" for ev, fig in ordered]
    top = library.meta(ordered[0][0].doc_id).unit_label
    more = "多" in question.text or "少" in question.text
    if ordered[0][1].value == ordered[1][1].value:
        return f"比较：{name[0]}与{name[1]}相同。"
    if len(ordered) == 2:
        word = ("更少" if more else "更低") if question.lowest else ("更多" if more else "更高")
        relation = ("少于" if more else "低于") if question.lowest else ("多于" if more else "高于")
        return f"比较：{name[0]}，{relation}{name[1]}；{word}的是{top}。"
    word = ("最少" if more else "最低") if question.lowest else ("最多" if more else "最高")
    order = "从低到高" if question.lowest else "从高到低"
    return f"比较（{order}）：{'；'.join(name)}。{word}的是{top}。"


def compose(question: Question, per_doc: dict[str, list[Evidence]], library: Library,
            scope_note: str = "") -> Answer:
    """The answer for one question from the ranked evidence of each report in scope."""
    numbered = CitationList(library)
    found = {d: evs[0] for d, evs in per_doc.items() if evs and is_answer(evs[0], question)}
    many = question.compare or len(question.regions) > 1 or len(found) > 1
    if not found:
        reason = scope_note or _why_not(question, per_doc, library)
        related = _related(per_doc, numbered)
        return Answer(question=question.text, answer=_fill("not_found.txt", reason=reason), found=False,
                      related=related)
    if not many:
        ev = next(iter(found.values()))
        text = _single(ev, question, numbered, library)
    else:
        lines = []
        for doc_id in per_doc:
            meta = library.meta(doc_id)
            if doc_id in found:
                lines.append(_item(found[doc_id], numbered.add(found[doc_id]), library))
            else:
                lines.append(f"- {meta.unit_label}：报告中未找到相关内容")
        for place in question.missing:
            lines.append(f"- {place}：语料中没有该地的报告")
        ranking = _ranking(list(found.values()), question, library) if question.compare else ""
        text = "\n".join(([ranking] if ranking else []) + lines)
    return Answer(question=question.text, answer=text, found=True, citations=numbered.citations)


def _why_not(question: Question, per_doc: dict[str, list[Evidence]], library: Library) -> str:
    if question.missing and not question.regions:
        return f"语料中没有{'、'.join(question.missing)}的报告。"
    best = max((evs[0] for evs in per_doc.values() if evs), key=lambda e: e.score, default=None)
    if best is not None and best.problems and any("does not give" in p for p in best.problems):
        meta = library.meta(best.doc_id)
        asked = "、".join(str(y) for y in question.years if y != meta.year)
        return f"《{meta.title}》是{meta.year}年度的报告，没有提到{asked}年的相关数据。"
    names = "、".join(library.meta(d).unit_label for d in per_doc) or "已索引的报告"
    return f"{names}的报告中没有找到能回答这个问题的内容。"


def _related(per_doc: dict[str, list[Evidence]], numbered: CitationList, limit: int = 3) -> list[Citation]:
    """The closest passages, shown apart from any answer: most of the question covered first."""
    pool = sorted((ev for evs in per_doc.values() for ev in evs if ev.coverage > 0),
                  key=lambda e: (-round(e.coverage, 2), -e.score))
    out: list[Citation] = []
    taken: list[Evidence] = []
    for ev in pool:
        if any(t.doc_id == ev.doc_id and ((t.start < ev.end and ev.start < t.end) or t.text == ev.text)
               for t in taken):
            continue  # overlaps a passage already listed, or repeats its words elsewhere in the report
        taken.append(ev)
        out.append(numbered.cite(ev, n=len(out) + 1))
        if len(out) == limit:
            break
    return out
