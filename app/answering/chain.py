"""The question → answer chain, as typed steps.

    Ask ─ analyse ─► State ─ retrieve ─► State ─ weigh ─► Found ─ (write) ─► Answer ─ finish ─► Answer

Each step is a named function over typed records; LangChain runnables wrap them (`build_evidence`,
`build_chain`) for streaming, batching and tracing. The chain reads the index and the stored
reports through `Sources` (app.services.Services implements it); a model that writes the answer
(app.llm) is passed in, so answering never imports the model layer.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Protocol

from langchain_core.runnables import Runnable, RunnableLambda

from app.answering.compare import answer_from_table
from app.answering.compose import compose, template
from app.answering.evidence import (
    Evidence,
    best_evidence,
    doc_weights,
    is_answer,
    refine_terms,
    spell_out,
    term_weights,
)
from app.answering.extreme import asks_extreme, extreme_of
from app.answering.labelled import (
    FIGURE_ASKED,
    Choice,
    Refusal,
    decide,
    names_project,
    of_the_place,
    reason_of,
    section_item,
    shown,
    worded_value_of,
)
from app.answering.listing import did_you_mean, list_reports, signed_date, which_place
from app.answering.parts import two_asks
from app.answering.question import Question, Term, asks_whole_department, normalise_question
from app.answering.retriever import analyse_in
from app.answering.scope import Scope, covered, found, matchable, matched_at
from app.core.quotes import quote_from_raw
from app.core.records import Answer, Citation, IndicatorFact, LabelledFigure
from app.core.settings import Settings
from app.core.tokenize import words
from app.index.library import ReportGone, StoreLibrary
from app.index.retrieval import Hit, Index
from app.vocab.asking import ASKING
from app.vocab.indicators import indicator_for
from app.vocab.labels import classes, qualifiers_in, without_wordings
from app.vocab.lexicon import THIS_YEAR

PER_REPORT_LIMIT = 50  # a ranking over at most this many reports searches each one on its own
LABELLED_LIMIT = 100  # a question about more reports than this is not answered from labelled figures
_SPELT_IN_REPORTS = 3  # reports asked of, at most, whose own wording of an abbreviation is sought
ATTEMPTS = 3  # a question is asked again when ingest committed while it was being answered
UPDATING = "未找到：报告库正在更新，请稍后再问。"
TASK = "这是写作或翻译的请求。我只回答报告里写明的事实和数字，并给出原文出处，例如：惠东县12345热线满意率是多少？"
NOT_CHINESE = "未找到：问题里没有汉字。报告是中文的，请用中文提问，例如：惠东县12345热线满意率是多少？"
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f]")

# the passages a model is given to write from: the answer's citations, then other candidates
Passages = Callable[[Answer, Mapping[str, list[Evidence]], StoreLibrary], list[Citation]]
# a model writing the answer from those passages (app.llm.writer.Writer.answer)
Write = Callable[[Answer, list[Citation]], Answer]


class Sources(Protocol):
    """What the chain reads: settings, the index, the stored reports, the indicator table, and how
    many chunks hold a wording (for term weights)."""

    settings: Settings

    @property
    def index(self) -> Index: ...
    @property
    def library(self) -> StoreLibrary: ...
    def indicators(self) -> list[IndicatorFact]: ...
    def labelled(self, doc_ids: list[str]) -> list[LabelledFigure]: ...
    def chunks_containing(self, form: str) -> int: ...
    def chunks_containing_in(self, doc_id: str) -> Callable[[str], int]: ...
    def spelt_out(self, word: str) -> str: ...


@dataclass(frozen=True)
class Ask:
    """A question as asked, with the retrieval options the asker chose (None: the settings')."""

    question: str
    mode: str | None = None
    top_k: int | None = None


@dataclass
class State:
    """One question on its way from retrieval to evidence."""

    ask: Ask
    question: Question
    started: float  # perf_counter() when analysis began
    hits: dict[str, list[Hit]] = field(default_factory=dict)  # per report in scope
    table: Answer | None = None  # a comparison answered from the indicator table
    direct: Answer | None = None  # answered without searching: the library's list, a slip in a place
    retrieved: float = 0.0  # perf_counter() when retrieval ended


@dataclass
class FromLabels:
    """What the labelled figures settle of a question: its answer, or None; the figures that tie when
    that is why; and the form rows of the kind asked whose words do not carry the question or that tie."""

    answer: Answer | None = None
    tied: tuple[LabelledFigure, ...] = ()
    refused: tuple[Refusal, ...] = ()


@dataclass
class Found:
    """The extractive answer of one question, the evidence behind it, and the passages a model
    would be given (empty without a model)."""

    question: str  # as asked, made printable
    answer: Answer
    per_doc: dict[str, list[Evidence]] = field(default_factory=dict)
    passages: list[Citation] = field(default_factory=list)


def analyse(sources: Sources, ask: Ask) -> State:
    """The question's scope (places, years, reports) and what it asks (terms, kind of answer)."""
    started = time.perf_counter()
    question = analyse_in(sources.index, ask.question, sources.settings.max_question_chars)
    return State(ask=ask, question=question, started=started)


def retrieve(sources: Sources, state: State) -> State:
    """The chunks of each report in scope that may answer; a comparison of a known indicator is
    answered from the indicator table instead."""
    question = state.question
    if question.slips:
        state.direct = did_you_mean(question)
    elif question.same_named:
        state.direct = which_place(question)
    elif question.library:
        state.direct = list_reports(question, sources.library, sources.index.catalog.regions())
    elif question.signed:
        state.direct = signed_date(question, sources.library)  # None: searched as any question
    if question.task or state.direct is not None:
        state.retrieved = time.perf_counter()
        return state
    # searched as the reports spell it, and as the reports asked of do
    in_asked = [sources.chunks_containing_in(d) for d in question.doc_ids] if len(question.doc_ids) <= _SPELT_IN_REPORTS else []
    spell_out(question, sources.chunks_containing, sources.spelt_out,
              (lambda form: sum(count(form) for count in in_asked)) if in_asked else None)
    if question.compare and len(question.doc_ids) >= 2 and (indicator := indicator_for(question.text)):
        library = sources.library
        table = answer_from_table(question, indicator, sources.indicators(), library.meta, library.source)
        if table is not None:
            state.table = table
            state.retrieved = time.perf_counter()
            return state
    mode = state.ask.mode or sources.settings.retrieval_mode
    k = state.ask.top_k or sources.settings.top_k
    index = sources.index
    hits: dict[str, list[Hit]] = {}
    per_report = question.regions or (question.compare and len(question.doc_ids) <= PER_REPORT_LIMIT)
    if per_report and not (question.missing and not question.regions):
        for doc_id in question.doc_ids:
            hits[doc_id] = index.search(question, [doc_id], k, mode)
    elif question.doc_ids and not question.missing:
        for hit in index.search(question, question.doc_ids, 3 * k, mode):
            hits.setdefault(hit.chunk.doc_id, []).append(hit)
    add_table_hits(sources, question, hits)
    state.hits = hits
    state.retrieved = time.perf_counter()
    return state


def add_table_hits(sources: Sources, question: Question, hits: dict[str, list[Hit]]) -> None:
    """The indicator table guides retrieval: the passage stating a report's figure for the asked
    indicator is always among that report's candidates, however many look-alike sentences
    ("（该三级指标满分4分，自评得分为4分）") outrank it in the search."""
    indicator = indicator_for(question.text)
    if indicator is None:
        return
    for row in sources.indicators():
        if row.indicator != indicator.name or row.doc_id not in hits:
            continue
        chunk = sources.index.chunk_at(row.doc_id, row.start)
        doc_hits = hits[row.doc_id]
        if chunk is not None and all(h.chunk.id != chunk.id for h in doc_hits):
            floor = min((h.score for h in doc_hits), default=0.0)
            doc_hits.append(Hit(chunk, floor, None, None))


def weigh(sources: Sources, state: State) -> Found:
    """Score each report's candidate sentences and compose the extractive answer from the best;
    a labelled figure that answers the question confidently comes first."""
    question = state.question
    if (ready := state.direct or state.table) is not None:
        return Found(question=state.ask.question, answer=timed(ready, state))
    if (extreme := answer_extreme(sources, question)) is not None:
        return Found(question=state.ask.question, answer=timed(extreme, state))
    labelled = answer_from_labels(sources, question)
    if labelled.answer is not None:
        return Found(question=state.ask.question, answer=timed(labelled.answer, state))
    scopes = scopes_of(sources, list(state.hits), sources.labelled(list(state.hits)) if state.hits else [])
    refine_terms(question, sources.chunks_containing)
    per_doc = _passages(sources, state, question, scopes, labelled)
    if question.kinds[0] == "value" and not any(is_answer(e[0], question) for e in per_doc.values() if e) \
            and not FIGURE_ASKED.search(question.asked):
        # "…效益实际怎么样", "…指标实际完成值是什么": the value achieved may be words ("明显提升") where no figure
        # answers; the passage stating it answers as the words of an indicator's row do
        worded = replace(question, kinds=("other",))
        per_worded = _passages(sources, state, worded, scopes, labelled)
        if any(is_answer(e[0], worded) for e in per_worded.values() if e):
            question, per_doc = worded, per_worded
    note = ""
    if not question.text:
        note = "问题为空。"
    elif question.task:
        note = TASK
    elif question.missing and not question.regions:
        note = f"语料中没有{'、'.join(question.missing)}的报告（现有：{'、'.join(sources.index.catalog.regions())}）。"
    answer = compose(question, per_doc, sources.library, note)
    return Found(question=state.ask.question, answer=timed(answer, state), per_doc=per_doc)


def _passages(sources: Sources, state: State, question: Question, scopes: dict[str, Scope],
              labelled: FromLabels) -> dict[str, list[Evidence]]:
    """Each report's candidate passages for the question, best first, without those of another item, project or row
    than the one asked, nor those whose figure is a form row's that does not carry the question."""
    library = sources.library
    if indicator := indicator_for(question.text):
        for row in sources.indicators():
            if row.indicator == indicator.name and row.doc_id in state.hits:
                question.preferred.setdefault(row.doc_id, set()).add(row.value_text)
    weights = term_weights(question.terms, sources.chunks_containing, max(1, len(sources.index.chunks)))
    per_doc: dict[str, list[Evidence]] = {
        doc_id: best_evidence(hits, question,
                              doc_weights(question, weights, sources.chunks_containing_in(doc_id), doc_id), library,
                              scopes[doc_id])
        for doc_id, hits in state.hits.items()
    }
    for doc_id, evs in per_doc.items():
        items = {matchable(it) for row in sources.index.doc_rows(doc_id)
                 if (it := section_item(sources.index.chunks[int(row)].section))}
        if len(items) >= 2:  # "二、小型水库维修养护项目": a passage under one item does not answer for another
            per_doc[doc_id] = [e for e in evs if not _of_another_item(question, e, items)]
    for doc_id, evs in per_doc.items():
        # "农村电影放映项目预算执行得分" of a report with several projects' forms: a figure of that project, or none
        of_doc = sources.labelled([doc_id])
        projects = {matchable(f.subject) for f in of_doc if f.origin in ("form", "field") and f.subject}
        if len(projects) >= 2:
            per_doc[doc_id] = [e for e in evs if not _of_another_project(question, e, projects, of_doc)]
    asked = [t for t in question.terms if not qualifiers_in(t.word)]
    for doc_id, evs in per_doc.items():
        figures = [f for f in sources.labelled([doc_id]) if f.origin != "field"] if asked else []
        if any(f.origin == "form" and _names_just(matchable(f.label), asked) for f in figures):
            per_doc[doc_id] = [e for e in evs if not _of_another_row(e, asked, figures)]
    if (word := asks_extreme(question.text)) and len(question.doc_ids) == 1:
        # "哪座水库总库容最大" that no table or list of the report ranks: only a passage saying which is first answers
        per_doc = {d: [e for e in evs if word in e.text] for d, evs in per_doc.items()}
    if tied := labelled.tied:
        # the labelled figures that answer equally well differ: a passage may only settle it for one, and not a
        # passage that is their form rows ("危房改造户数" of the rows 农村危房改造户数 and 低保户危房改造户数: the
        # form says no more than its rows do)
        rows = tuple(f for f in tied if f.origin == "form")
        rows = rows if len({f.start for f in rows}) > 1 else ()  # (a row's own target and value tie: its passage says)
        per_doc = {d: [e for e in evs if e.figure is None or _among(e.figure.value, tied)
                       and not _in_a_row(e, rows, library)] for d, evs in per_doc.items()}
    if labelled.refused:
        # "高校毕业生就业人数" of a form whose row is "就业困难人员实现就业人数 | ≥800人 | 913人": the row is all its
        # figure measures, and its words do not carry the question, whatever rows stand around it in the passage
        # nor a passage that does not say what the rows name another of ("焊工培训人次" of a form of 电工培训人次 and
        # 家政服务员培训人次, and "全年共组织培训1,084人次" beside it: the sum of every kind, not the one asked)
        rows = tuple(r.row for r in labelled.refused)
        unsaid = {d: list({r.term.word: r.term for r in labelled.refused if r.term is not None and r.row.doc_id == d}.values())
                  for d in per_doc}
        per_doc = {d: [e for e in evs if not _in_a_row(e, rows, library)
                       and all(_says(t, matchable(e.text)) for t in unsaid[d])] for d, evs in per_doc.items()}
    if not question.regions and not question.compare:
        answering = {d: e for d, e in per_doc.items() if e and is_answer(e[0], question)}
        if answering:
            best = max(e[0].score for e in answering.values())
            per_doc = {d: e for d, e in answering.items() if e[0].score >= 0.9 * best}
    return per_doc


def answer_from_labels(sources: Sources, question: Question) -> FromLabels:
    """The answer from the labelled figure that answers the question (app.answering.labelled),
    cited from its form row or sentence; without one (none answers confidently), the figures that
    tie when that is why and the form rows that do not answer."""
    if question.compare or question.task or question.missing or not question.doc_ids \
            or len(question.doc_ids) > LABELLED_LIMIT:
        return FromLabels()
    whole = asks_whole_department(question.text)  # nor a project's figure for the department's whole
    figures = [f for f in sources.labelled(question.doc_ids)  # a figure of one place never answers for another
               if (not (place := question.elsewhere.get(f.doc_id)) or of_the_place(f, place))
               and not (whole and sources.library.meta(f.doc_id).of_a_project)]
    if not figures:
        return FromLabels()
    scopes = scopes_of(sources, question.doc_ids, figures)
    if (why := reason_of(question, figures, scopes)) is not None:
        raw, _ = sources.library.texts(why.figure.doc_id)
        said = "".join(raw[why.figure.value_start : why.figure.value_end].split())  # as the report writes it
        return FromLabels(_labelled_answer(sources, question, replace(why, shown=said)))
    if (worded := worded_value_of(question, figures, scopes)) is not None:
        return FromLabels(_labelled_answer(sources, question, worded))  # "脱贫人口务工规模（实际完成值）：稳中有增"
    refused: list[Refusal] = []
    choice, tied = decide(question, figures, scopes, refused)
    if choice is not None and (fewer := next((w for w in ASKING.fewer_asked if w in question.text), "")) \
            and "change" in classes(choice.figure.qualifiers) and choice.shown.startswith(("-", "−")):
        choice = replace(choice, shown=f"{fewer}{choice.shown[1:]}")  # "少了多少" of "-0.26万人": 少了0.26万人
    if choice is not None and (other := _the_other_change(question, choice.figure, figures)) is not None:
        said = max((w for w in ASKING.change_words if w in other.label), key=other.label.rfind, default="")
        choice = replace(choice, shown=f"{choice.shown}，{said}{shown(other)}")  # "下降：12.95%，减少5.84万元"
    if choice is not None:
        return FromLabels(_labelled_answer(sources, question, choice))
    return FromLabels(None, tied, tuple(refused))


def _the_other_change(question: Question, f: LabelledFigure, figures: list[LabelledFigure]) -> LabelledFigure | None:
    """Asked how much something changed ("同比减少了多少"), the change its sentence states in the other way, beside the
    one chosen: "下降7.72%" beside "减少271.68万元", and the other way round; None when it states one."""
    if not {"amount", "rate"} <= set(question.kinds) or "change" not in classes(f.qualifiers):
        return None
    others = [g for g in figures if g.doc_id == f.doc_id and g.start == f.start and g.end == f.end and g is not f
              and g.kind in ("amount", "rate") and g.kind != f.kind and "change" in classes(g.qualifiers)
              and "prior" not in classes(g.qualifiers)]
    return min(others, key=lambda g: abs(g.value_start - f.value_start), default=None)


def answer_extreme(sources: Sources, question: Question) -> Answer | None:
    """"哪座水库总库容最大" of one report: the item of its table or list that stands first (app.answering.extreme),
    with its figure, cited from its row or sentence; None when the question asks no such thing or no one
    table or list answers it."""
    if len(question.doc_ids) != 1 or question.missing or not asks_extreme(question.text):
        return None
    figures = sources.labelled(question.doc_ids)
    scope = scopes_of(sources, question.doc_ids, figures)[question.doc_ids[0]]
    if (first := extreme_of(question, figures, scope.names)) is None:
        return None
    f = first.figure
    meta = sources.library.meta(f.doc_id)
    citation = _cited(sources, f, 1)
    text = template("answer_extreme.txt").format(
        unit=meta.unit_label, measure=first.measure, word=first.word, name=first.name, figure=shown(f),
        title=meta.title, section=f.section, sentence=citation.quote, n=1).strip()
    return Answer(question=question.text, answer=text, found=True, citations=[citation])


def _of_another_item(question: Question, ev: Evidence, items: set[str]) -> bool:
    """Whether a term the passage does not say names another item of the report than the one the
    passage's section is about."""
    item = matchable(section_item(ev.chunk.section))
    text = matchable(ev.text)
    return any(not found(t, text) and not (item and found(t, item)) and any(found(t, o) for o in items if o != item)
               for t in question.terms)


def _of_another_project(question: Question, ev: Evidence, projects: set[str], figures: list[LabelledFigure]) -> bool:
    """Whether a question names one of the projects a report of several gives forms for (their 项目名称) and the
    passage neither names it nor gives a figure of its form."""
    text = matchable(ev.text)
    # the project the most of the question's words name, which the passage does not say ("耕地地力保护补贴面积": 耕地,
    # 保护 and 补贴 name 耕地地力保护补贴; 补贴 alone names 农机购置与应用补贴 too)
    named = {p: sum(1 for t in question.terms if not found(t, text) and names_project(t, p)
                    and not all(found(t, o) for o in projects)) for p in projects}
    most = max(named.values())
    if not most or list(named.values()).count(most) > 1:
        return False
    project = next(p for p, n in named.items() if n == most)
    if ev.figure is None or ev.figure.value is None:
        return True
    return not _among(ev.figure.value, tuple(f for f in figures if matchable(f.subject) == project))


def _of_another_row(ev: Evidence, asked: list[Term], figures: list[LabelledFigure]) -> bool:
    """Whether the passage's figure measures only what names none of the asked terms, wherever its report
    (figures) states it; asked of a report a form row of which names them all ("动物强制免疫密度多少" of a
    flattened form: not the next row's "高标准农田建设面积 | ≥1.2万亩", nor "开展农牧民技能培训1 632人次" in
    the sentence that names the density, whichever kind of figure the question was taken to ask)."""
    if ev.figure is None:
        return False
    value = ev.figure.value
    same = [f for f in figures if value is not None and f.value is not None and f.kind == ev.figure.kind
            and abs(f.value - value) <= 1e-6 * max(1.0, abs(value))]
    # (a label of qualifier words only names nothing else: "完成年度目标（6 500人）" is the measure's before it)
    return bool(same) and all(_names_something(f.label) for f in same) \
        and not any(found(t, matchable(f.label + f.subject)) for f in same for t in asked)


_YEAR_WORDS = re.compile("|".join((*THIS_YEAR, "年度")))


def _in_a_row(ev: Evidence, rows: tuple[LabelledFigure, ...], library: StoreLibrary) -> bool:
    """Whether the passage's figure is the value of one of these form rows (where the report states it)."""
    if ev.figure is None:
        return False
    of_doc = [f for f in rows if f.doc_id == ev.doc_id]
    if not of_doc:
        return False
    # (the figure's offsets are those of matchable(ev.text), without the passage's spaces)
    at, to = matched_at(ev.text, ev.figure.start), matched_at(ev.text, ev.figure.end - 1) + 1
    start, end = library.texts(ev.doc_id)[1].raw_span(ev.start + at, ev.start + to)
    return any(f.value_start < end and start < f.value_end for f in of_doc)


def _says(term: Term, text: str) -> bool:
    """Whether a text says the term, or each of its words apart ("农村适龄妇女" says 农村妇女)."""
    word = matchable(term.word)
    parts = [w for w in map(matchable, words(term.word)) if len(w) > 1]
    if parts == [word] and len(word) >= 4:
        parts = [word[: len(word) // 2], word[len(word) // 2 :]]  # (a compound the dictionary keeps whole: 农村|妇女)
    return found(term, text) or bool(parts) and all(w in text for w in parts)


def _names_something(label: str) -> bool:
    """Whether a label names what it measures beyond its qualifiers and year ("完成年度目标" names nothing)."""
    return len(re.findall(r"[\u4e00-\u9fff]", _YEAR_WORDS.sub("", without_wordings(label)))) >= 2


def _names_just(label: str, terms: list[Term]) -> bool:
    """Whether the terms say all of a label, a character aside ("动物强制免疫密度" of 动物强制免疫 and
    强制免疫密度; not "营养餐供餐覆盖率" of 营养餐)."""
    if not all(found(t, label) for t in terms):
        return False
    said = covered(label, [form for t in terms for form in filter(None, map(matchable, t.forms))])
    return sum(not s and "\u4e00" <= c <= "\u9fff" for s, c in zip(said, label, strict=True)) <= 1


def _among(value: float, figures: tuple[LabelledFigure, ...]) -> bool:
    return any(f.value is not None and abs(f.value - value) <= 1e-6 * max(1.0, abs(value)) for f in figures)


def scopes_of(sources: Sources, doc_ids: list[str], figures: list[LabelledFigure]) -> dict[str, Scope]:
    """What names each report: title, department, place and its form's fields, and its opening."""
    library = sources.library
    scopes: dict[str, Scope] = {}
    for doc_id in doc_ids:
        fields = " ".join(f.value_text for f in figures if f.doc_id == doc_id and f.origin == "field")
        scopes[doc_id] = Scope.of_report(library.meta(doc_id), fields, library.texts(doc_id)[1].text)
    return scopes


def _labelled_answer(sources: Sources, question: Question, choice: Choice) -> Answer:
    f = choice.figure
    meta = sources.library.meta(f.doc_id)
    citation = _cited(sources, f, 1)
    name = meta.region or meta.department
    label = choice.label.removeprefix(name) if name and choice.label != name else choice.label  # not "眉山市眉山市…"
    text = template("answer_figure.txt").format(
        unit=meta.unit_label, label=label, figure=choice.shown, title=meta.title,
        section=f.section, sentence=citation.quote, n=1).strip()
    citations = [citation]
    if choice.also is not None:  # the target said elsewhere: its own passage, cited second
        also = _cited(sources, choice.also, 2)
        text += "\n" + template("answer_figure.txt").format(
            unit="", label="", figure="", title=meta.title, section=also.section, sentence=also.quote, n=2
        ).strip().split("\n")[-1]
        citations.append(also)
    return Answer(question=question.text, answer=text, found=True, citations=citations)


def _cited(sources: Sources, f: LabelledFigure, n: int) -> Citation:
    """A citation of a labelled figure: its form row or sentence, verbatim, with its offsets."""
    library = sources.library
    meta = library.meta(f.doc_id)
    raw, _ = library.texts(f.doc_id)
    quote = " ".join(raw[f.start : f.end].split()) if f.origin != "prose" else quote_from_raw(raw, f.start, f.end)
    return Citation(n=n, doc_id=f.doc_id, title=meta.title, department=meta.department, region=meta.region,
                    year=meta.year, section=f.section, quote=quote, source=library.source(f.doc_id),
                    start=f.start, end=f.end)


def timed(answer: Answer, state: State) -> Answer:
    """The answer with its retrieval, answering and total times in milliseconds."""
    t0, t1, t2 = state.started, state.retrieved, time.perf_counter()
    answer.timings_ms = {"retrieve": round((t1 - t0) * 1000, 1), "answer": round((t2 - t1) * 1000, 1),
                         "total": round((t2 - t0) * 1000, 1)}
    return answer


def find(sources: Sources, ask: Ask, passages: Passages | None = None) -> Found:
    """The answer from one state of the index: asked again when ingest committed meanwhile (a
    report's chunks and its text must come from the same version)."""
    # what cannot be printed (a lone surrogate from undecodable input) becomes "?"
    ask = Ask(ask.question.encode("utf-8", "replace").decode("utf-8"), ask.mode, ask.top_k)
    if ask.question.strip() and not _HAN.search(ask.question):
        answer = Answer(question=" ".join(ask.question.split())[: sources.settings.max_question_chars],
                        answer=NOT_CHINESE, found=False)
        return Found(question=ask.question, answer=answer)
    if (parts := two_asks(ask.question)) is not None:
        whole = analyse_in(sources.index, ask.question, sources.settings.max_question_chars)
        if len(whole.regions) + len(whole.missing) <= 1:  # (places side by side are compared, not asked in turn)
            # "基本支出和项目支出分别是多少": each figure asked in turn, the two answers together
            one, other = (_find_one(sources, Ask(p, ask.mode, ask.top_k), passages) for p in parts)
            if one.answer.found or other.answer.found:
                return _together(ask.question, one, other)
    return _find_one(sources, ask, passages)


def _find_one(sources: Sources, ask: Ask, passages: Passages | None) -> Found:
    found: Found | None = None
    for _ in range(ATTEMPTS):
        before = sources.index.store.generation()
        try:
            attempt = weigh(sources, retrieve(sources, analyse(sources, ask)))
            if passages is not None and attempt.answer.found:
                attempt.passages = passages(attempt.answer, attempt.per_doc, sources.library)
        except ReportGone:
            continue
        found = attempt
        if sources.index.store.generation() == before:
            break
    if found is None:
        return Found(question=ask.question, answer=Answer(question=ask.question, answer=UPDATING, found=False))
    found.question = ask.question
    return found


def _together(question: str, one: Found, other: Found) -> Found:
    """The answers of a question's two parts as one: the second's citations numbered on after the first's."""
    a, b = one.answer, other.answer
    shift = len(a.citations)
    renumbered = [c.model_copy(update={"n": c.n + shift}) for c in b.citations]
    text = _CITED.sub(lambda m: f"[{int(m.group(1)) + shift}]", b.answer)
    related = [*a.related, *(c.model_copy(update={"n": c.n + len(a.related)}) for c in b.related)]
    timings = {k: round(a.timings_ms.get(k, 0.0) + b.timings_ms.get(k, 0.0), 1) for k in {*a.timings_ms, *b.timings_ms}}
    answer = Answer(question=question, answer=f"{a.answer}\n\n{text}", found=True,
                    citations=[*a.citations, *renumbered], related=related, timings_ms=timings)
    passages = [*one.passages, *(c.model_copy(update={"n": c.n + len(one.passages)}) for c in other.passages)]
    return Found(question=question, answer=answer, per_doc={**other.per_doc, **one.per_doc}, passages=passages)


_CITED = re.compile(r"\[(\d+)\]")  # an answer's mark of the passage it quotes


def finish(sources: Sources, answer: Answer, asked: str) -> Answer:
    """PDF pages and locations (OCR region, cell range) on the citations; a warning when the answer
    gives a figure OCR could not read surely; a note when the question was cut to the length limit."""
    library = sources.library
    for c in [*answer.citations, *answer.related]:
        try:
            c.page = library.page(c.doc_id, c.start)
            c.location = library.location(c.doc_id, c.start, c.end)
        except ReportGone:
            c.page = c.location = None
    unsure = [(c, f) for c in answer.citations if c.location for f in c.location.unsure if f in answer.answer]
    if answer.found and unsure:
        answer.answer += "\n" + "\n".join(
            template("ocr_unsure.txt").format(figure=f, n=c.n, page=c.location.page if c.location else "").strip()
            for c, f in unsure)
    limit = sources.settings.max_question_chars
    if len(normalise_question(asked, len(asked) + 1)) > limit:
        cut = f"问题超过{limit}个字符，只按前{limit}个字符回答。"
        answer.notice = f"{answer.notice} {cut}".strip()
    return answer


def build_evidence(sources: Sources, passages: Passages | None = None) -> Runnable[Ask, Found]:
    """Ask → Found: the extractive answer, and (with `passages`) what a model would be given."""

    def find_step(ask: Ask) -> Found:
        """The extractive answer of one question."""
        return find(sources, ask, passages)

    return RunnableLambda(find_step).with_config(run_name="govqa-evidence")


def build_chain(sources: Sources, write: Write | None = None, passages: Passages | None = None
                ) -> Runnable[Ask, Answer]:
    """Ask → Answer: the extractive answer or, when a model is given, its answer from the numbered
    passages (checked by its guard), with PDF pages and length notes added."""

    def write_and_finish(found: Found) -> Answer:
        """The model's answer when there is a model, then pages and notes."""
        answer = found.answer if write is None else write(found.answer, found.passages)
        return finish(sources, answer, found.question)

    return (build_evidence(sources, passages) | RunnableLambda(write_and_finish)).with_config(run_name="govqa")
