"""Evidence: the sentences of the retrieved chunks that may answer, each scored, with its figure.

Pure: takes the analysed question, retrieved hits and a view of the stored reports; returns
scored `Evidence` (app.answering.compose writes the answer from it). No model, no I/O. "Right figure or no figure": a passage answers only when it talks about
what was asked (term coverage) and, for a figure question, holds a figure of the asked kind.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Protocol

from app.answering.question import (
    BASE_YEAR,
    COMPARED_WITH,
    FIGURE_TERM,
    UNIT,
    WHOLE_THEN_PART,
    Measured,
    Question,
    Term,
    asks_document,
    asks_money,
    asks_not_done,
    asks_organisation,
    asks_people,
    asks_per_unit,
    asks_per_unit_only,
    asks_things,
    asks_whole_department,
    counted_asked,
    is_numbered,
    measured_terms,
    of_the_whole,
    payer_wordings,
    per_unit,
    role_asked,
    said_short,
    stands_apart,
    unit_fits,
    verb_asked,
)
from app.answering.scope import (
    Scope,
    abbreviates,
    found,
    in_opening,
    listed_for_another,
    listed_only,
    matchable,
    matched_at,
    names_report,
    of_an_unasked_place,
    part_measure,
)
from app.answering.when import (
    PRIOR_SAID,
    YEAR_SAID,
    clause_to,
    items_listed,
    items_paired,
    of_periods,
    over_years_unasked,
    respective,
    said_of_this_year,
    sentence_start,
    sentence_to,
    without_closed_asides,
    year_of,
)
from app.core import literal, organisations
from app.core.breakdown import fund_names, fund_part, said_undone, sources_named, who_pays
from app.core.documents import references
from app.core.headings import heading_title, list_opening, marker_level
from app.core.numbers import OUT_OF, TAKEN_OFF, Figure, find_figures, in_a_run, is_bound
from app.core.records import Chunk, CleanText, ReportMeta
from app.core.sentences import sentence_spans
from app.core.soundalike import sound_alike
from app.core.tokenize import dictionary_words, is_word, splits_word
from app.index.retrieval import Hit
from app.vocab.asking import ASKING
from app.vocab.indicators import connector_length, ends_word
from app.vocab.labels import (
    ACHIEVED,
    COMPARISON_BASES,
    CONNECTORS,
    DEDUCTED,
    DONE,
    FORMS,
    FUND_SOURCES,
    FUND_WORDS,
    NAMED_BUDGETS,
    QUALIFIERS,
    TARGET,
    asked_in,
    classes,
    qualifiers_in,
    says_budget,
    says_change,
    without_wordings,
)
from app.vocab.lexicon import (
    CONCEPTS,
    INCOME_WORDS,
    ITEM_ENDS,
    LEXICON,
    MEASURE_ENDS,
    NOW_ASKED,
    NOW_STATED,
    OWN_SUBJECT,
    REASON_WORDS,
    SUBJECT_WORDS,
    TOTAL_STATED,
    WEAK_WORDS,
    periods_in,
)
from app.vocab.load import alternatives
from app.vocab.units import UNITS

NUMERIC = ("amount", "rate", "count", "score", "date")
MIN_COVERAGE = 0.6  # share of the question's term weight a passage must cover to answer
MIN_COVERAGE_TEXT = 0.7  # the same for questions answered by words, not a figure
# (in a form's row too: "自评等级 | 良好", "自评等级\t优秀")
_GRADE = re.compile(rf"({alternatives(LEXICON.grade.labels)})(?:[为是：:|｜]|\s)*[“\"]?({alternatives(LEXICON.grade.values)})")


def grade_in(text: str) -> tuple[str, str] | None:
    """The grade a passage gives, with the word it is given by ("等次为“良好”" → (等次, 良好)); None when none."""
    return (m.group(1), m.group(2)) if (m := _GRADE.search(text)) else None
_YEAR_IN = re.compile(r"((?:19|20)\d{2})\s*年")


class Library(Protocol):
    """What the answerer needs to know about stored reports."""

    def meta(self, doc_id: str) -> ReportMeta: ...
    def source(self, doc_id: str) -> str: ...
    def texts(self, doc_id: str) -> tuple[str, CleanText]: ...


@dataclass
class Evidence:
    """A candidate answering passage: one sentence, or two in a row, of one chunk."""

    chunk: Chunk
    start: int  # clean offsets into the report
    end: int
    text: str
    coverage: float = 0.0
    score: float = 0.0
    figure: Figure | None = None
    label: str = ""
    problems: list[str] = field(default_factory=list)
    pair: bool = False  # two sentences in a row

    @property
    def doc_id(self) -> str:
        return self.chunk.doc_id


@lru_cache(maxsize=8192)
def _figures(text: str) -> tuple[Figure, ...]:
    """find_figures, once per sentence: a question scores each sentence alone and in two pairs,
    and look-alike questions score the same sentences again."""
    return tuple(find_figures(text))


def forget_sentences() -> None:
    """Drop the figures found in sentences scored so far."""
    _figures.cache_clear()


# matchable() of a term's wording or a section title: a question matches the same few against
# hundreds of sentences
_matchable_short = lru_cache(maxsize=4096)(matchable)


def refine_terms(question: Question, df: Callable[[str], int]) -> None:
    """Replace words by the longer phrase of the question they form, where the reports use that
    phrase ("大数据平台" rather than 数据 + 平台)."""
    asked = [t.word for t in question.terms]
    for phrase in question.phrases:
        if df(matchable(phrase)) == 0:
            continue
        inside = [t for t in question.terms if t.forms == (t.word,) and t.word in phrase
                  and not stands_apart(t.word, [phrase], question.text)]
        if len(inside) < 1 or any(phrase in t.word for t in question.terms) or OWN_SUBJECT.fullmatch(phrase):
            continue  # ("该项目": the report's own project, which its passages call 项目 or not at all)
        if all(t.word in WEAK_WORDS or t.word in SUBJECT_WORDS for t in inside) and len(inside) > 1:
            continue  # "项目实际" of "造林项目实际种了": whose and which figure, no name of anything
        # ("资金执行率" of 执行率 beside 就业补助资金, a phrase already made of 资金 in "就业补助资金执行率")
        parts = tuple(t.word for t in inside) if len(inside) > 1 \
            else _one_word_and_rest(phrase, inside[0].word, [*asked, *(t.word for t in question.terms)])
        question.terms = [t for t in question.terms if t not in inside] + [Term(phrase, (phrase,), parts)]
    terms: list[Term] = []
    for term in question.terms:
        terms += _words_used(term, df)
    question.terms = terms


def _one_word_and_rest(phrase: str, word: str, words: list[str]) -> tuple[str, ...]:
    """A phrase's words, when it is one term's word and part of another's ("项目自评" of 项目 beside
    自评得分 in "…项目自评得分"): the two, so a passage saying them apart ("本项目绩效自评得分") says it."""
    rest = phrase.removeprefix(word) if phrase.startswith(word) else phrase.removesuffix(word)
    inside = rest != phrase and len(rest) >= 2 and any(rest in w and rest != w for w in words)
    return (word, rest) if inside else ()


_SPELT_MORE = 3  # times more often the reports spell a word out than use it, for it to be read as spelt


def spell_out(question: Question, df: Callable[[str], int], spelt: Callable[[str], str],
              df_asked: Callable[[str], int] | None = None) -> None:
    """A short word that abbreviates what reports spell out ("法援" of 法律援助, "社保" of 社会保险:
    app.answering.scope.abbreviated_by) is matched as they spell it too, where they spell it far more often
    than they use it ("公卫" of 公共卫生, which one report's "基本公卫系统" uses once; not "干管", which a
    report uses, of 干部管理), or where the reports asked of (df_asked) spell it and never use it ("补奖" of a report
    that says 补助奖励 only, though another report of the library says 补奖)."""
    terms = []
    for term in question.terms:
        used = max((df(matchable(f)) for f in term.forms), default=0)
        if not term.parts and (said := spelt(term.word)) and (
                df(matchable(said)) >= _SPELT_MORE * used
                or df_asked is not None and df_asked(matchable(said)) and not any(df_asked(matchable(f)) for f in term.forms)):
            term = Term(term.word, (*term.forms, said))
        terms.append(term)
    question.terms = terms


def _words_used(term: Term, df: Callable[[str], int]) -> list[Term]:
    """A term no report uses that asks the whole of what reports do name ("收入合计" of reports
    that say 收入…，其中): what it measures, as the whole is what a figure is unless it says a
    part. Otherwise the term itself."""
    whole = of_the_whole(term.word)
    if whole and not term.parts and not any(df(matchable(f)) for f in term.forms) and df(matchable(whole)):
        return [Term(whole, (whole,))]
    return [term]


def term_weights(terms: list[Term], df: Callable[[str], int], n_chunks: int) -> dict[str, float]:
    """IDF weight of each term over the indexed chunks; a term no report uses weighs nothing."""
    weights = {}
    for term in terms:
        count = max(df(matchable(f)) for f in term.forms)
        weight = 0.0 if count == 0 else math.log((n_chunks + 1) / (count + 0.5)) + 0.5
        weights[term.word] = weight * (0.3 if term.word in WEAK_WORDS else 1.0)
    return weights


_PARTS_APART = 0.5  # strength of a phrase whose words a passage says apart
_PARTS_CLOSE = 0.8  # and of one whose words it says close together, or a unit it names short


def _match(term: Term, text: str) -> tuple[float, str, int]:
    """(strength, wording found, position) of a term in a passage; strength 0 when absent."""
    best: tuple[float, str, int] = (0.0, "", -1)
    for i, form in enumerate(term.forms):
        f = _matchable_short(form)
        if f and (pos := text.find(f)) >= 0:
            strength = 1.0 if i == 0 and form == term.word else 0.85
            if (strength, len(f)) > (best[0], len(best[1])):
                best = (strength, f, pos)
    if not best[0] and (short := _unit_short_name(term)) and (pos := text.find(short)) >= 0:
        # "生态环境监测站" of "…监测站核定事业编制22名": the short name a report calls a unit by once it
        # has named it in full
        return _PARTS_CLOSE, short, pos
    if not best[0] and term.parts:
        # "全市开通" is said "全市已开通": the phrase's words close together count, a little less
        found = [(pos, pos + len(p)) for p in term.parts if (pos := text.find(_matchable_short(p))) >= 0]
        if len(found) == len(term.parts):
            lo, hi = min(s for s, _ in found), max(e for _, e in found)
            # further apart, in one sentence, they still say it, less surely ("补助,项目全年…完成")
            best = (_PARTS_CLOSE if hi - lo <= 2 * len(term.word) else _PARTS_APART, text[lo:hi], lo)
    return best


_UNIT_ENDS = tuple(organisations.data()["suffixes"])
_SHORT_NAME = 3  # characters a unit's short name has at least ("监测站"; not "中心")


def _rest_of_the_report(term: Term, text: str, scope: Scope) -> str:
    """The words of a phrase a passage says, when the rest of it names the report ("装备" of 消防装备 in the 消防救援支队's
    report): the report says whose, the passage what; "" otherwise."""
    word = _matchable_short(term.word)
    splits = [term.parts] if len(term.parts) > 1 else [(word[:k], word[k:]) for k in range(2, len(word) - 1)]
    for parts in splits:
        said = [p for p in parts if len(p) > 1 and _matchable_short(p) in text]
        rest = [p for p in parts if p not in said]
        if said and rest and all(len(p) > 1 and _matchable_short(p) in scope.names for p in rest):
            return said[-1]
    return ""


def _unit_short_name(term: Term) -> str:
    """The last word of a phrase that names a unit, when it names one on its own ("监测站" of
    生态环境监测站); "" otherwise."""
    last = term.parts[-1] if term.parts else ""
    return matchable(last) if len(last) >= _SHORT_NAME and term.word.endswith(last) and last.endswith(_UNIT_ENDS) else ""


_KIND_WORDS = frozenset(w for words in ASKING.label_ends.values() for w in words)  # 资金, 金额, 人数…


def _says_part(term: Term, text: str) -> bool:
    """Whether a passage says a phrase term's own word ("中央资金": "其中:中央726.7万元"), not just
    the word that names the kind of figure (资金)."""
    return any(p not in _KIND_WORDS and len(p) > 1 and _matchable_short(p) in text for p in term.parts)


def _said_apart(term: Term, text: str) -> bool:
    """Whether a passage says a word with a word or two inside it ("项目支出" as "项目实际支出")."""
    word = _matchable_short(term.word)
    return len(word) >= 4 and any(
        re.search(re.escape(word[:k]) + ".{1,3}" + re.escape(word[k:]), text) for k in range(2, len(word) - 1))


_FIGURE_ENDS = re.compile(r"\d\s*[万亿千]?$")  # text that ends with a figure, before its unit


def _anchors(text: str, form: str, weight: float, rates_too: bool = True) -> tuple[list[tuple[int, int, float]], bool]:
    """Where a matched wording labels figures, and whether it stands alone anywhere: each place it
    stands alone, or, when it only ends longer words, those places, weaker ("支出" in
    "基本支出239.45万元" labels 基本支出, not 支出); nor, when a sum is asked (not rates_too), where it
    opens a rate's name ("预算" in "项目预算48.60万元，…预算执行率96.54%" labels the sum before it)."""
    # a unit right after a figure ("412366人次", "2.86万人次") is that figure's, and labels none
    places = [(s, e) for s, e in literal.spans(text, form)
              if not (form in UNITS.measures and _FIGURE_ENDS.search(text, max(0, s - 4), s))]
    alone = [(s, e, weight) for s, e in places if not ends_word(text, s)
             and (rates_too or not _OPENS_A_RATE.match(text, e))]
    return (alone, True) if alone else ([(s, e, weight * 0.5) for s, e in places], False)


def _gap(text: str, fig: Figure, start: int, end: int, counted: bool = False) -> float:
    """How far a figure stands from a term it may answer: right after it is best; before it
    only when a colon ties them ("5月1日-5月9日：集中检查阶段") or when what is counted follows its
    count (asked "多少个垃圾桶", written "配套243个垃圾分类垃圾桶")."""
    if counted and fig.end <= start <= fig.end + 6 and not _SEPARATOR.search(text, fig.end, start):
        gap: float = start - fig.end
    elif fig.start >= end:
        # "总支出完成23155.62万元"; connecting words are short: a bounded slice keeps this linear
        gap = fig.start - end - connector_length(text[end : min(fig.start, end + 64)])
    elif re.fullmatch(r"\s*[：:]\s*", text[fig.end : start]):
        gap = 0
    elif fig.kind == "date" and fig.end <= start <= fig.end + _DATE_THEN_VERB and not _SEPARATOR.search(text, fig.end, start):
        gap = 0  # "项目于2022年3月开工，…，2022年12月20日通过验收": a date says when the verb right after it was done
    else:
        gap = 3 * max(0, start - fig.end) + 40  # a figure before its label is a weaker reading
    return gap + 200 * text.count("。", min(end, fig.start), max(end, fig.start))


_SEPARATOR = re.compile(r"[、，,；;。：:]")
_DATE_THEN_VERB = 2  # characters between a date and the verb it dates, at most ("前", "起")
_ITEM_END = re.compile(r"[；;]")
_CLAUSE_END = re.compile(r"[，,；;。：:\n]")  # a line break ends a clause too (a form's cells, one per line)
# what labels a planned value, not the one achieved: "全程网办率年初申报指标值为80%，实际完成指标值为99.06%"
_TARGET_LABEL = re.compile(alternatives(LEXICON.target.labels))
_TARGET_ASKED = re.compile(alternatives(LEXICON.target.asked))

Anchor = tuple[int, int, float]  # where a term stands in a passage, and its weight
_LEVELS_ASKED = {"actual", "plan"}
_ANY_RATE = ("满意度", "满意率", "比例", "占比", "比重", "百分比", "率")  # a rate's word that says no whose or what
_PHRASE = 4  # characters of a term that is a phrase of words, not a cut of the question
_OPENS_A_RATE = re.compile(r"[\u4e00-\u9fff]{0,4}?率")  # "预算|执行率", "资金|到位率"


def _in_asked_item(text: str, figures: list[Figure], by_term: list[list[Anchor]],
                   measured: list[Anchor] | None = None) -> list[Figure]:
    """In a list of items ("A…80%，实际完成…99.06%；B…70%，…"), the figures of the item that holds
    most of the asked terms; all of them when no item does. Where an item with a figure says what
    is measured, only such items count: "…特色产品加工车间…保障;…牧民满意度达到95%以上" asked the
    workshop's 满意度 is 95%, though the item before names the workshop."""
    bounds = [0] + [m.end() for m in _ITEM_END.finditer(text)] + [len(text)]
    if len(bounds) < 3:
        return figures
    items = list(zip(bounds, bounds[1:], strict=False))
    if measured:
        saying = [(lo, hi) for lo, hi in items
                  if any(lo <= s < hi for s, _, _ in measured) and any(lo <= f.start < hi for f in figures)]
        items = saying or items

    def covered(lo: int, hi: int) -> float:
        return sum(max(w for _, _, w in places) for places in by_term if any(lo <= s < hi for s, _, _ in places))

    scores = [covered(lo, hi) for lo, hi in items]
    best = max(scores)
    chosen = [item for item, score in zip(items, scores, strict=True) if score == best and best > 0]
    return [f for f in figures if any(lo <= f.start < hi for lo, hi in chosen)] or figures


def _clause(text: str, fig: Figure, counted: bool, ends: re.Pattern[str] = _CLAUSE_END) -> tuple[int, int]:
    """The span of a figure's own clause up to it (past it, for a count whose noun follows)."""
    lo = max((m.end() for m in ends.finditer(text, 0, fig.start)), default=0)
    hi = fig.start
    if counted:
        after = ends.search(text, fig.end)
        hi = after.start() if after else len(text)
    return lo, hi


def _clause_says(text: str, fig: Figure, places: list[Anchor], counted: bool = False,
                 ends: re.Pattern[str] = _CLAUSE_END) -> bool:
    lo, hi = _clause(text, fig, counted, ends)
    if ends is _PART_END and (head := _parallel_list_head(text, lo, fig)) is not None:
        lo = head
    return any(lo <= s and e <= hi for s, e, _ in places)


def _parallel_list_head(text: str, lo: int, fig: Figure) -> int | None:
    """Where the head of a list starts, when a later part of it ends as the part before does ("生均公用经费基准定额为小学
    每生每年900元、初中每生每年1150元": 每生每年): the parts are one measure of several things, and the head (生均公用经费)
    is said of each; None for any other part ("非税成本17万元、农村饮用水项目监测6.4万元": each its own label)."""
    before = next((f for f in reversed(_figures(text)) if f.end == lo - 1), None) if lo and text[lo - 1] == "、" else None
    if before is None:
        return None
    start = max((m.end() for m in _PART_END.finditer(text, 0, before.start)), default=0)
    own, previous = text[lo : fig.start].strip(), text[start : before.start].strip()
    if len(own) < _PARALLEL_TAIL or not previous.endswith(own[-_PARALLEL_TAIL:]):
        return None
    return max((m.end() for m in _CLAUSE_END.finditer(text, 0, before.start)), default=0)


_PARALLEL_TAIL = 2  # characters two parts of a list end alike, at least, to be one measure of several things


_PART_END = re.compile(r"[，,；;。：:\n、]")  # "县道每公里…10000元、乡道每公里…5000元": a part of a list ends at 、


def _contrasted(text: str, fig: Figure, asked: str) -> bool:
    """Whether the figure's clause says the other of a pair the question says one of, and not that one ("城市特困人员基本
    生活标准为每人每月1190元" asked of 农村特困人员)."""
    clause = text[slice(*_clause(text, fig, False))]
    return any(other in clause and word in asked and word not in clause and other not in asked
               for pair in LEXICON.contrasted for word in pair for other in pair if other != word)


def _in_asked_clause(text: str, figures: list[Figure], by_term: list[list[Anchor]],
                     counted: bool = False, asked: str = "") -> list[Figure]:
    """The figures whose own clause says most of what was asked: "其中省内安排…补贴资金312万元,中央
    安排…补贴资金1777万元" asked 中央安排的资金 is 1777万元, though 资金 stands right before both. A
    count's clause goes on after it when what is counted follows ("配套243个垃圾分类垃圾桶")."""
    def said(fig: Figure, ends: re.Pattern[str]) -> float:
        return sum(max(w for _, _, w in places) for places in by_term
                   if _clause_says(text, fig, places, counted, ends))

    for ends in (_CLAUSE_END, _PART_END):  # figures equal by their clauses: by the list parts they end
        scores = [said(f, ends) for f in figures]
        best = max(scores, default=0.0)
        figures = [f for f, score in zip(figures, scores, strict=True) if score == best] if best > 0 else figures
    if by_term and any(by_term) and not best and asked:
        # no clause says what was asked ("就业率不低于80%" gave the figure the question states): a rate whose own clause
        # names another rate ("…发放准确率100%", "…完好率100%") is that one's, never the asked one's
        # (one the question says in its own order, "案子结了多少比例" of 结案率, is the asked one)
        figures = [f for f in figures if not (f.kind == "rate" and (m := _RATE_NAMED.search(text[slice(*_clause(text, f, False))]))
                                              and not all(ch in asked for ch in m.group(1)))]
    return figures


# "…完好率" before its "100%": the words that say which rate (完好), before what says it is one
_RATE_NAMED = re.compile(r"([\u4e00-\u9fff]{1,2})率(?:为|达到?|是)?\s*$")  # (满意度 and 比例 say the asked kind of rate)


def _labels_target(text: str, fig: Figure) -> bool:
    """Whether the clause that leads to a figure calls it a planned value, or a bound does
    ("≥85%", "不低于90%": what was to be reached)."""
    return bool(_TARGET_LABEL.search(text, *_clause(text, fig, counted=False))
                or is_bound(text, fig.start, fig.end)
                or (fig.kind == "date" and _DEADLINE.match(text, fig.end)))


def _said_per_unit(text: str, fig: Figure) -> bool:
    """Whether the figure's own clause calls it a figure per unit ("亩均投资1500元", "人均增收420元",
    "按每吨每年100元")."""
    clause = re.split(r"[，。；、：,;:]", text[max(0, fig.start - 8) : fig.start])[-1]
    return any(w in clause for w in ASKING.per_unit_only) or bool(_EACH.search(clause))


_EACH = re.compile(rf"每{UNIT}")  # "每吨", "每人"


def _verb_before(text: str, f: Figure, word: str) -> str | None:
    """What the figure's clause says before the last `word`, where its verb is ("全年立刑事案件": no 破 that "破了多少刑事
    案件" asks; "发放入学资助" says the 发 of "发了多少入学资助"); None when the clause does not say the word."""
    clause = _clause_before(text, f)
    at = clause.rfind(word)
    return None if at < 0 else clause[:at]




def _per_period(text: str) -> str:
    """How long a figure per unit is for, as the text says it last ("每生每天" → day); "" when it says none."""
    said = [(text.rfind(w), name) for name, words in ASKING.per_period.items() for w in words if w in text]
    return max(said)[1] if said else ""


def _unknown_said(term: Term, text: str) -> bool:
    """Whether a passage says a word no report uses after all: it is a weak or one-character word,
    or the passage says it in part, apart or nearly."""
    return len(term.word) < 2 or term.word in WEAK_WORDS or _says_part(term, text) or _said_apart(term, text) \
        or _nearly_said(term.word, text)


def _kind_of_the_whole(question: Question, unknown: Sequence[Term], text: str, fig: Figure) -> str:
    """A word no report uses that names a kind of what the question measures ("诉讼费" of
    "诉讼费收入"), when the figure is the whole of it ("收入合计3,426.85万元"): that word, else "".
    """
    before = text[max(0, fig.start - _WHOLE_REACH) : fig.start]
    for term in unknown:
        whole = _terms_after(term, question)
        if whole and not (_unknown_said(term, text) or _spelt_otherwise(term.word, text)) \
                and any(f + w in before for t in whole for f in t.forms for w in FORMS.total_words):
            return term.word
    return ""


_WHOLE_REACH = 12  # characters before a figure that name it the whole ("收入合计")


def _terms_after(term: Term, question: Question) -> list[Term]:
    """The question's other terms it says right after the term ("收入" after "诉讼费")."""
    text = question.text.lower()  # terms are read lower-cased ("PM10" → pm10)
    at = text.find(term.word.lower())
    after = text[at + len(term.word) :] if at >= 0 else ""
    return [t for t in question.terms if t is not term and after.startswith(t.word)]


def _kind_of_next(term: Term, question: Question) -> bool:
    """Whether the question says the term right before another of its terms: a kind of that thing
    ("抗诉" of "抗诉案件")."""
    return any(t.word not in ASKING.money_nouns  # "债券资金": 资金 says only money
               for t in _terms_after(term, question))


def _spelt_otherwise(word: str, text: str) -> bool:
    """Whether text says the word with one character written as another that sounds alike (债劵 for
    债券), as reports do."""
    return any(sound_alike(m.group(1), ch) for i, ch in enumerate(word)
               for m in re.finditer(f"{re.escape(word[:i])}(.){re.escape(word[i + 1 :])}", text))


def _nearly_said(word: str, text: str) -> bool:
    """Whether text says all of a word but a character at one end ("粤政易" of "个粤政易", a word cut
    off its question with the measure word before it)."""
    return len(word) > 2 and (word[1:] in text or word[:-1] in text)


def _achieved_after(ev: Evidence, question: Question) -> tuple[int, Figure] | None:
    """When the passage ends on a bound ("社区居民健身参与人次 ≥120万人次") that its form row follows
    with what was achieved ("136.5万人次"), and the question does not ask the target: the passage's
    end widened to the achieved value (a chunk offset) and that figure, at its place in the widened
    passage as matched; None else."""
    fig, text = ev.figure, matchable(ev.text)  # the figure's offsets are the matched text's
    if fig is None or text[fig.end :] or not is_bound(text, fig.start, fig.end) or _TARGET_ASKED.search(question.asked):
        return None
    after = ev.end - ev.chunk.clean_start
    rest = ev.chunk.text[after : after + 40]
    if not (m := re.match(r"\s{1,3}", rest)):
        return None
    nxt = next(iter(find_figures(rest[m.end() :])), None)
    if nxt is None or nxt.start != 0 or nxt.unit != fig.unit or is_bound(rest[m.end() :], 0, nxt.end):
        return None
    at = len(text)  # the whitespace between is not matched
    return after + m.end() + nxt.end, replace(nxt, start=at, end=at + len(matchable(nxt.text)))


def _target_asked(asked: str) -> bool:
    """Whether a question asks the target: in words that say so ("目标值", "计划"), or 目标 with no word
    of achieving beside it ("年度目标覆盖多少人", not "完成目标多少")."""
    if _TARGET_ASKED.search(asked):
        return True
    return TARGET in qualifiers_in(asked) and any(
        not any(w in asked[max(0, m.start() - 2) : m.end() + 4] for w in LEXICON.target.achieved_around)
        for m in re.finditer(TARGET, asked))


def _rate_named_with(question: Question, named_nowhere: list[Term], name: str) -> bool:
    """Whether a rate's name (the words of its sentence before it) says one of the question's words
    beside the rate's own ("满意度" says no whose), or two characters of a phrase no report uses ("住院" of
    住院病人, said "住院患者满意度")."""
    return any(found(t, name) for t in question.terms if t not in named_nowhere and t.word not in _ANY_RATE) \
        or any(w not in WEAK_WORDS and w in name for t in named_nowhere for w in _pairs(t.word))


def _pairs(word: str) -> list[str]:
    return [word[i : i + 2] for i in range(len(word) - 1)]


_SPENT_WORDS = frozenset(LEXICON.concepts["spend"].worded)  # "支出": what was spent


def _says_done(clause: str) -> bool:
    """Whether a figure's clause says it was done or spent ("实际采购", "支出"), not planned."""
    said = classes(qualifiers_in(clause))
    return "plan" not in said and ("actual" in said or any(w in clause for w in _SPENT_WORDS))


def _part_after_whole(question: Question) -> Term | None:
    """The part a question asks of a whole it names first ("…经费中结核病防治安排了多少": 结核病防治): the longest term
    said only after the whole that names something (no qualifier, no money word), or None."""
    whole = WHOLE_THEN_PART.search(question.text)
    if whole is None:
        return None
    after = [t for t in question.terms if len(t.word) >= 2 and not qualifiers_in(t.word) and t.word not in LEXICON.generic_labels
             and t.word not in ASKING.money_nouns and question.text.find(t.word) >= whole.end()]
    return max(after, key=lambda t: len(t.word), default=None)


def _levels_in_terms(question: Question) -> set[str]:
    """The classes (actual, plan…) the question's own words ask: its terms, not a place's name (花 of
    花溪区 asks nothing spent)."""
    return classes(qualifiers_in(" ".join(t.word for t in question.terms)))


def _plan_asked(question: Question) -> bool:
    return bool(_TARGET_ASKED.search(question.asked)) or "plan" in classes(qualifiers_in(question.asked))


def _target_cell(ev: Evidence, question: Question, scope: Scope | None) -> tuple[int, int] | None:
    """The form's cell the figure stands in when its heading calls it the plan ("预期目标" over
    "改造农村卫生户厕400户…", beside 实际完成情况's "…436户") and the question does not ask the plan;
    else None."""
    if ev.figure is None or scope is None or not scope.targets or _plan_asked(question):
        return None  # "年度指标值是多少" asks the plan
    at = ev.start + matched_at(ev.text, ev.figure.start)
    return next(((s, e) for s, e in scope.targets if s <= at < e), None)


def _budgeted_only(ev: Evidence, text: str, question: Question, scope: Scope | None) -> bool:
    """Whether the figure is a sum under a heading that sets out how the money was to be used ("（二）资金构成。运维服务费
    245.00万元"), its clause saying neither plan nor done, and the question asks what was done ("实际支出了多少")."""
    if ev.figure is None or ev.figure.kind != "amount" or scope is None or not scope.budgets \
            or "actual" not in _levels_in_terms(question) or _plan_asked(question):
        return False
    at = ev.start + matched_at(ev.text, ev.figure.start)
    return any(s <= at < e for s, e in scope.budgets) \
        and not classes(qualifiers_in(_clause_before(text, ev.figure))) & _LEVELS_ASKED


def _done_beside(ev: Evidence, text: str, cell: tuple[int, int], question: Question) -> Figure | None:
    """What was done of a target in a table's row: the figure of the target's kind and unit in the very
    next cell, when the target's cell holds only it ("300人次 | 1 120人次"); else None (a cell of
    sentences, "…治理率达到35%。 | 完成户厕改造274户…", says what was done its own way)."""
    if ev.figure is None or cell[1] - cell[0] > len(ev.figure.text) + _CELL_MARKS:
        return None
    for f in _figures(text):
        if f.start >= ev.figure.end and (f.kind, f.unit) == (ev.figure.kind, ev.figure.unit):
            done_at = ev.start + matched_at(ev.text, f.start)
            fits = not (question.unit and f.kind == "count" and not unit_fits(question, f.unit))  # not 亩 for 多少棵
            return f if 0 <= done_at - cell[1] <= _CELL_MARKS and fits else None
    return None


_CELL_MARKS = 3  # characters around a figure in its cell, or between two cells, at most ("≥", " | ")


_DONE_ASKED = re.compile(r"[\u4e00-\u9fff]了(?:多少|几)")  # "救助了多少人": what was done, not the target
_DEADLINE = re.compile(r"\s*(?:底|末)?(?:前|之前|以前)")  # "2023年11月底前": a deadline, not a day it was done


def part_of_breakdown(text: str, fig: Figure, asked: str, terms: Sequence[Term] = ()) -> str:
    """The part by who pays a figure gives (app.core.breakdown), when the question (its text, its
    terms) does not name that part; "" else."""
    part, _ = fund_part(text, fig)
    if not part or part in asked or any(t.word == part for t in terms):
        return ""  # asked as the question says it, or as it says who pays ("自己出" of 自筹)
    # a part asked by its fund's own name ("林业改革发展资金给了多少" of "中央财政林业改革发展资金（…）")
    names = fund_names(text)
    before = [name for p, name in fund_names(text[: fig.end]) if p == part]
    own = before[-1][len(part) :] if before else ""
    if any(own[i : i + _NAME_WORDS] in asked for i in range(len(own) - _NAME_WORDS + 1)):
        return ""
    # or by a word of its name no other part's says ("县本级配套了多少" of "…省级资金52.60万元，县级财政
    # 配套资金35.80万元": 配套)
    others = [name for p, name in names if p != part]
    return "" if _tells_apart(terms, own, others, ASKING.money_nouns) else part


def _tells_apart(terms: Sequence[Term], name: str, others: Sequence[str], unsaid: Sequence[str]) -> bool:
    """Whether a word of the question (not one of unsaid: "资金" says only money) is said in one
    fund's name and in none of the others'."""
    return any(len(t.word) > 1 and t.word not in unsaid and found(t, name) and not any(found(t, o) for o in others)
               for t in terms)


_NAME_WORDS = 4  # characters of a fund's own name that say which fund ("林业改革")


def _payer_unpaid(question: Question, text: str, fig: Figure) -> str:
    """The payer a question asks of ("中央资金实际花了多少") when the passage breaks its sum down by
    who pays and the figure is not that payer's part (the project's "当年实际支出801.25万元" after
    "其中：中央…500.00万元，省级…"); "" else."""
    asked = _payers_asked(question)
    if not asked or fig.kind != "amount" or len(sources_named(text)) < 2:
        return ""  # no breakdown: a passage about one payer's money is about the payer asked (a part's
        # share, "占比14.94%", is told apart by breakdown's rules for rates, not here)
    start = max(text.rfind(end, 0, fig.start) for end in "。；;")
    if sources_named(text[start + 1 : fig.start]) == set(asked):
        return ""  # "…中央资金27.15亿元，省级资金9.67亿元。省级资金按因素法分配至…神农架林区0.03亿元": its own sentence
        # says the payer asked, and no other, before it
    part, name = fund_part(text, fig)
    return next((p for p in asked if p != part and p not in name), "")  # ("县级自筹550万元": 县级's, and 自筹)


def _payers_asked(question: Question) -> list[str]:
    """Who pays, as the question's words name them ("中央资金" → 中央)."""
    return [p for t in question.terms if (p := who_pays(t.word)) in FUND_SOURCES]


def _figure_of_part(text: str, part: str, said_where: list[tuple[Term, list[Anchor]]], whole: Figure) -> Figure | None:
    """The figure of the whole's kind and unit that follows the part's name where the passage lists
    it, or None."""
    for term, places in said_where:
        if term.word != part:
            continue
        for _, end, _ in places:
            # its figure follows its name, in its own part of the list ("小（2）型24座", "中央补助地方…
            # 专项资金（免费开放部分）68.00万元")
            stop = _PART_END.search(text, end)
            nxt = next(iter(find_figures(text[end : stop.start() if stop else len(text)])), None)
            if nxt is not None and nxt.kind == whole.kind and nxt.unit == whole.unit:
                return replace(nxt, start=end + nxt.start, end=end + nxt.end)
    return None


def _payer_unsettled(question: Question, text: str, fig: Figure) -> str:
    """The payer asked when the figure is one of two or more funds the passage names of it and no
    word of the question tells which ("中央资金" of "中央衔接推进乡村振兴补助资金400.00万元，中央水利发展
    资金300.00万元"); "" else."""
    if fig.kind != "amount" or not (asked := _payers_asked(question)):
        return ""
    payer, own = fund_part(text, fig)
    if not own or payer not in asked:
        return ""
    names = {name for p, name in fund_names(text) if p == payer}
    if len(names) < 2:
        return ""
    if any(found(t, own) and not all(found(t, n) for n in names) for t in question.terms
           if t.word not in (*FUND_WORDS, *ASKING.money_nouns)):
        return ""  # "中央水利发展资金" names one of them ("资金" says only money)
    return payer


def _part_after(text: str, fig: Figure, said_where: list[tuple[Term, list[Anchor]]], scope: Scope | None) -> str:
    """A thing asked that the passage names only among the parts after the figure ("有人员编制614名，
    其中：…长沙铁路运输检察院…" asked of 长沙铁路运输检察院): the figure is their whole, not its own."""
    if not (m := _PARTS_OPEN.match(text, fig.end)):
        return ""  # the parts follow the figure right away
    parts = m.start()
    # the clause the parts open ("其中：院机关、执行局和青禾人民法庭"), and after it those that give a figure
    first = min((e for c in "，,；;。" if (e := text.find(c, m.end())) >= 0), default=len(text))
    own = text[max((text.rfind(c, 0, fig.start) for c in "，,；;。"), default=-1) + 1 : fig.start]
    for term, places in said_where:
        if scope is not None and names_report(term, scope):
            continue
        if len(split := dictionary_words(term.word)) > 1 and all(w in own for w in split):
            continue  # "下达各市县水毁水利设施修复资金6.5亿元，其中…完成水毁修复工程2,104处": its own clause says it apart
        if places and all(start >= parts and (start < first or _clause_has_figure(text, start)) for start, _, _ in places):
            return term.word
    return ""


_HOLDS = re.compile(r"[（(](?:含|包含|包括|其中)[^（）()]*[、，,][^（）()]*[）)]")  # an aside of what a sum holds, listed


def _listed_in_an_aside(text: str, fig: Figure, said_where: list[tuple[Term, list[Anchor]]]) -> str:
    """A term asked that the passage says only inside an aside listing what the figure's sum holds, right before it
    ("美丽乡村建设（含小岭村、东官庄村等5个示范村）1,215.8万元" asked of 小岭村): that term, else ""."""
    asides = [m for m in _HOLDS.finditer(text, 0, fig.start) if not text[m.end() : fig.start].strip()]
    if not asides:
        return ""
    aside = asides[-1]
    return next((term.word for term, places in said_where
                 if places and all(aside.start() <= start < aside.end() for start, _, _ in places)), "")


def _clause_has_figure(text: str, at: int) -> bool:
    """Whether the clause around at gives a figure (a part's "县级配套资金186000元"), not only says a
    thing of the whole ("…，资金均已足额到位")."""
    start = max((text.rfind(c, 0, at) for c in "，,；;。："), default=-1) + 1
    ends = [e for c in "，,；;。" if (e := text.find(c, at)) >= 0]
    return any(f.kind != "date" for f in _figures(text[start : min(ends, default=len(text))]))


_HEADS = ("人", "名")  # people counted once each
_VISITS = ("人次",)  # and each time they came
_HEADS_THERE_ARE = re.compile(r"有(?:多少|几)(?:个|名|位)?人\s*[？?。]?\s*$")  # how many people there are, no doing
_IN_PARTS = re.compile(r"其中|其余|分别")  # a sentence going on with parts of a sum it gave
_PARTS_OPEN = re.compile(r"\s*[，,；;：:]?\s*(?:其中|分别是|分别为|主要包括|包括)")  # what opens a sum's parts
_LEVEL = re.compile(alternatives(FUND_SOURCES))


def _level_of(text: str, fig: Figure) -> str:
    """The level a figure's own list item names before it ("省级89项、市级191项": 省级 and 市级)."""
    start = max((m.end() for m in _SEPARATOR.finditer(text, 0, fig.start)), default=0)
    levels = _LEVEL.findall(text, start, fig.start)
    return levels[-1] if levels else ""


def _of_asked_level(asked: str, text: str, figures: list[Figure]) -> list[Figure]:
    """Asked a level ("省级…权限有多少项"), the figures of another level's item go ("市级191项")."""
    levels = {m.group() for m in _LEVEL.finditer(asked)}
    if not levels:
        return figures
    return [f for f in figures if (level := _level_of(text, f)) in levels or not level] or figures


def _bare_ten_thousands(fig: Figure, text: str = "") -> bool:
    """"预算297万", "45万": money in 万 with 元 left out (a count of people or items names them: "400万人",
    and so does a word right after it that is no known unit: "45万画幅")."""
    after = text[fig.end : fig.end + 1]
    return fig.kind == "count" and not fig.unit and fig.text.endswith(("万", "亿")) \
        and not ("\u4e00" <= after <= "\u9fff" and after not in "的左余多")


_BARE_YEAR = re.compile(r"(?:19|20)\d{2}\s*年度?")
_A_DAY = re.compile(r"\d\s*[日号]|\d{1,2}\s*[.\-/．]\s*\d{1,2}\s*$|[〇一二三四五六七八九十]\s*[日号]")  # "3月15日", "2024.3.15"


def _budget_changed(question: Question, text: str, figures: list[Figure]) -> list[Figure]:
    """The first sum of each clause that opens with the budget change the question asks ("调减", "追加"),
    when the passage says one: what was added or taken off, not the budget it came to."""
    if not question.budget_change:
        return []
    out = []
    for _, said_end in literal.spans(text, question.budget_change):
        clause_end = _CLAUSE_END.search(text, said_end)
        first = next((f for f in figures if said_end <= f.start and (clause_end is None or f.start < clause_end.start())), None)
        if first is not None and first not in out:
            out.append(first)
    return out


def _deadline_asked(question: Question) -> bool:
    """Whether a question asks a deadline ("规定几号之前要发到户", "要在哪天前完成")."""
    return any(w in question.text for w in (*ASKING.deadline_asked, *ASKING.deadline_asks))


def _dates_asked(question: Question, figures: list[Figure], text: str) -> list[Figure]:
    """The dates that may answer "when": not one the question says itself ("什么时候下达2021年…资金":
    2021年 names the funds), and a bare year only when no fuller date is there or a year is asked; a
    deadline ("要求2023年6月30日前兑付") when one is asked ("规定几号之前要发到户"), else, where there is
    another, not."""
    said = question.text.replace(" ", "")
    dates = [f for f in figures if f.kind == "date" and f.text.replace(" ", "") not in said]
    deadline = _deadline_asked(question)
    dates = [f for f in dates if bool(_DEADLINE.match(text, f.end)) == deadline] or dates
    if any(w in question.text for w in ASKING.day_asks):
        return [f for f in dates if _A_DAY.search(f.text)]  # "哪天出的": a day, never "2023年" nor another figure
    if not any(w in question.text for w in ASKING.year_asks):
        dates = [f for f in dates if not _BARE_YEAR.fullmatch(f.text)] or dates
    return dates + [f for f in figures if f.kind != "date"]


_RISEN_FROM = re.compile(r"由\s*((?:19|20)\d{2})\s*年")
_AS_OF = re.compile(rf"(?:{alternatives(LEXICON.now_stated)})\s*((?:19|20)\d{{2}})\s*年")  # "截至2022年底"


def _sentence_before(text: str, fig: Figure, start: int) -> bool:
    """Whether a figure ends a sentence before the one that holds start."""
    return fig.end <= start and "。" in text[fig.end : start]


def _said_of_prior_year(text: str, fig: Figure, prior_year: int | None) -> bool:
    """Whether a figure's clause says it is last year's: by a word ("上年支出287.64万元") or by the year
    before the report's ("2022年实际支出…" in a 2023 report, or "2021年、2022年…分别为95分、96.5分")."""
    if PRIOR_SAID.search(clause := _clause_before(text, fig)) or _BASE_BEFORE.search(clause):
        return True  # (or it is the base a change is said against: "较上年的21.57万人次增长24.43%")
    if prior_year is not None and (year := year_of(text, fig)) is not None:
        return year == prior_year
    return prior_year is not None and re.search(rf"{prior_year}\s*年度?[^，。；,;：:\n\d]{{0,12}}$", text[: fig.start]) is not None


def _of_later_year(text: str, fig: Figure, report_year: int) -> bool:
    """Whether a figure's clause names a year after the report's ("2024年计划抽检6 500批次" in a 2023
    report); a date it happened by ("截至2024年3月底，累计…") stands in a clause of its own."""
    return any(int(y) > report_year for y in YEAR_SAID.findall(clause_to(text, fig)))



def _clause_before(text: str, fig: Figure) -> str:
    """The words of fig's clause before it, back to the figure before ("上年支出" of "…98.83%。上年支出
    287.64万元"; "元提高至" of "由上年每人每月1105元提高至1165元")."""
    start = max((text.rfind(p, 0, fig.start) for p in "，。；,;：:\n"), default=-1)
    digits = [m.end() for m in re.finditer(r"\d", text[: fig.start])]
    return text[max(start + 1, digits[-1] if digits else 0) : fig.start]


def _another_item(question: Question, text: str, context: str, fig: Figure, weights: dict[str, float],
                  scope: Scope | None) -> str:
    """The item the figure's clause names in the place of the one asked: a word the question says right before
    a word of what it measures is said nowhere in the passage or its section, and the clause says another
    word before that one ("特困人员供养标准" of "农村低保标准提高到每人每月480元": 低保标准; "职工医保基金" of
    "城乡居民医保基金全年支出8.76亿元"); "" when there is none."""
    clause = clause_to(text, fig)
    asked = matchable(question.text)
    for before, term in itertools.permutations(question.terms, 2):
        if not weights.get(before.word) or not weights.get(term.word) or before.word in WEAK_WORDS \
                or _ASKING_WORD.search(before.word) or before.word not in before.forms or _PER_ONE.match(before.word) \
                or before.word in ASKING.money_nouns or qualifiers_in(before.word) or qualifiers_in(term.word) \
                or any(before.word in words for words in UNITS.dimension_words.values()) \
                or matchable(before.word + term.word) not in asked \
                or _match(before, text)[0] or _match(before, context)[0] \
                or scope is not None and names_report(before, scope):
            continue
        for form in {matchable(f) for f in term.forms} - {""}:
            for at in literal.starts(clause, form):
                other = clause[max(at - 2, 0) : at]
                if len(_CJK.findall(other)) == 2 and other not in asked and not qualifiers_in(other) \
                        and not _FUNCTION_CHARS.search(other) \
                        and not _named_before(question, before, clause[max(at - 2 - _NAME_REACH, 0) : at - 2]):
                    # ("陷入困境的被害人": 境的 names no item; "圆梦助学资助" of "“希望工程·圆梦行动”资助…": the item the question
                    # names, whose first word the clause says right before 行动)
                    return other + form
    return ""


def _named_before(question: Question, word: Term, said: str) -> bool:
    """Whether a passage says, just before what stands in a word's place, the word the question says right before
    it: the name of one item, the rest of it worded otherwise ("圆梦助学" and "圆梦行动")."""
    asked = matchable(question.text)
    first = word.parts[0] if word.parts else ""  # ("圆梦助学" read as one phrase: its first word 圆梦)
    return len(first) >= 2 and first in said \
        or any(t is not word and len(t.word) >= 2 and matchable(t.word + word.word) in asked and t.word in said
               for t in question.terms)


_NAME_REACH = 6  # characters before a word's stand-in that may say the rest of the item's name


def _another_row(question: Question, passage: str, fig: Figure, weights: dict[str, float]) -> str:
    """The item a table row's name says in the place of the one asked: the question says a word of the dictionary
    no report uses right before a word of the row's name, and the name says another two characters there ("焊工培训了
    多少人次" of the row "电工培训人次 | ≥300人次 | 326人次"); "" when there is none. (A row's cells are told apart,
    so a word before the row's name is no part of it.)"""
    row = next((line for line in passage.split("\n") if fig.text in line), "")
    return named_otherwise(question, row[: row.find(fig.text)].split("\t"), weights)


def named_otherwise(question: Question, cells: Sequence[str], weights: dict[str, float]) -> str:
    """The item a table row's cells name in the place of the one asked (see _another_row); "" when they name none."""
    asked = matchable(question.text)
    for before, term in itertools.permutations(question.terms, 2):
        if weights.get(before.word) or not weights.get(term.word) or len(before.word) < 2 or not is_word(before.word) \
                or before.word in WEAK_WORDS or _ASKING_WORD.search(before.word) or qualifiers_in(before.word) \
                or matchable(before.word + term.word) not in asked:
            continue
        for cell in cells:
            cell = matchable(cell)
            for form in {matchable(f) for f in term.forms} - {""}:
                at = cell.find(form)
                other = cell[max(at - 2, 0) : at] if at > 0 else ""
                # (not the question's own words in another order: "新造的林子成活率" of "当年造林成活率")
                # (nor the row's own words for the one asked: "改厕每户补助" of "户厕改造每户补助标准")
                if len(_CJK.findall(other)) == 2 and other not in asked and not _FUNCTION_CHARS.search(other) \
                        and not all(ch in asked for ch in other) and not all(ch in cell for ch in before.word):
                    return other + form
    return ""


def table_header(ev: Evidence) -> str:
    """The header of the table whose row the passage is ("指标名称\t年度指标值\t实际完成值" over "化肥农药使用量\t
    持续减少\t实现负增长"): the first line of the run of lines of cells the row stands in, when it holds words only; ""
    when the passage is no table row, or its table's first line in the chunk is a row of figures (the chunk begins
    inside the table)."""
    row = next((line for line in ev.text.split("\n") if "\t" in line), None)
    if row is None or (at := ev.chunk.text.find(row)) < 0:
        return ""
    above = ev.chunk.text[:at].split("\n")[:-1]
    first = len(above)
    while first > 0 and "\t" in above[first - 1]:
        first -= 1
    if first == len(above):
        return ""  # the row is its table's first line
    cells = [c.strip() for c in above[first].split("\t") if c.strip()]
    return above[first] if len(cells) >= 2 and all(_CJK.search(c) for c in cells) and not any(_figures(c) for c in cells) \
        else ""


def row_cell(ev: Evidence, question: Question) -> tuple[str, str, str] | None:
    """The cell of a table row a question about an indicator asks, when the passage is such a row under a header
    that heads its cells one by one: (the row's name, the column's heading, the cell), as "农村供水保障水平",
    "实际完成值", "明显提升" for "…农村供水保障水平…实际怎么样"; the target's column when the question asks the
    target. None when the passage is no such row, or two of its rows name the question's words alike."""
    header = table_header(ev)
    if not header:
        return None
    heads = [_HEAD_MARKS.sub("", c.strip()) for c in header.split("\t")]
    values = [k for k, head in enumerate(heads) if head in FORMS.target_columns or head in FORMS.actual_columns]
    wanted = FORMS.target_columns if _target_asked(question.asked) else FORMS.actual_columns
    column = next((k for k in values if heads[k] in wanted), None)
    if column is None or values[0] == 0:
        return None
    rows = [row for line in ev.text.split("\n") if len(row := line.split("\t")) == len(heads)]
    named = [(sum(len(t.word) for t in question.terms if any(_match(t, cell)[0] for cell in row[: values[0]])), row)
             for row in rows]
    said = max((n for n, _ in named), default=0)
    if not said or [n for n, _ in named].count(said) > 1:
        return None
    row = next(row for n, row in named if n == said)
    cell = row[column].strip()
    return (row[values[0] - 1].strip(), heads[column], cell) if cell and not _DASHES.fullmatch(cell) else None


def quoted_value(ev: Evidence, question: Question) -> tuple[str, str] | None:
    """The words a sentence quotes as an indicator's value achieved ("实际“未发生重大森林火灾”"), or as its target
    ("年度目标“无重大森林火灾”") when the question asks the target: (the word that says which, the words); None when
    the passage quotes no one such value."""
    said = list((_QUOTED_TARGET if _target_asked(question.asked) else _QUOTED_ACHIEVED).finditer(ev.text))
    return (said[0].group(1), said[0].group(2)) if len(said) == 1 else None


_QUOTED_ACHIEVED = re.compile(r"(实际(?:完成(?:值|情况)?)?)\s*(?:为|是|[:：])?\s*[“\"]([^”\"]{1,30})[”\"]")
_QUOTED_TARGET = re.compile(r"((?:年度)?目标(?:值)?)\s*(?:为|是|[:：])?\s*[“\"]([^”\"]{1,30})[”\"]")


_QUANTITY_END = "量"  # what a quantity's own name ends with ("蓄积量", "发电量")
_CELLS = re.compile(r"[\t\n：:，,。；;]")  # what sets a row's cells or a sentence's clauses apart


_FORM_COLUMNS = frozenset((*FORMS.money_columns, *FORMS.indicator_columns, *FORMS.target_columns, *FORMS.actual_columns))
_HEAD_MARKS = re.compile(r"[(（][^()（）]*[)）]|\s")  # "实际完成值（万元）": its heading without the unit
_DASHES = re.compile(r"[-－—–/／]+")  # an empty cell as forms mark it


def _year_header(passage: str, fig: Figure, chunk: str) -> tuple[list[str], list[str]] | None:
    """The cells of a table's row the figure stands in, and the header above it in the passage's chunk that heads its
    columns by years ("项目 | 2021年 | 2022年"); None when there is none."""
    row = next((line for line in passage.split("\n") if fig.text in line and "\t" in line), None)
    if row is None or (at_row := chunk.find(row)) < 0:
        return None
    rows = [line.split("\t") for line in chunk[:at_row].split("\n")]
    header = next((cells for cells in reversed(rows) if sum(bool(_YEAR_CELL.fullmatch(c.strip())) for c in cells) >= 2), None)
    return None if header is None else (row.split("\t"), header)


def _year_column(passage: str, fig: Figure, chunk: str) -> int | None:
    """The year of the column a table's figure stands in, when the table's header heads its columns by years (see
    _year_header); None else."""
    if (table := _year_header(passage, fig, chunk)) is None:
        return None
    cells, header = table
    at = next((k for k, cell in enumerate(cells) if fig.text in cell), None)
    cell = header[at].strip() if at is not None and at < len(header) else ""
    return int(cell[:4]) if _YEAR_CELL.fullmatch(cell) else None


def _cell_of_year(passage: str, fig: Figure, chunk: str, wanted: set[int]) -> str:
    """The figure the figure's table row gives under a column of one of the years wanted, as written; "" when it gives
    none there."""
    if (table := _year_header(passage, fig, chunk)) is None:
        return ""
    cells, header = table
    return next((cells[k].strip() for k, head in enumerate(header[: len(cells)])
                 if _YEAR_CELL.fullmatch(head.strip()) and int(head.strip()[:4]) in wanted and find_figures(cells[k])), "")


_YEAR_CELL = re.compile(r"(?:19|20)\d{2}\s*年?(?:度)?")


_FUNCTION_CHARS = re.compile(r"[的之和与及等其各或在对向为是了]")
_PER_ONE = re.compile(r"每|[人户年月日村座生]均")  # "每人每年补助", "户均": per one, no item ("每生每年1,250元")


def _date_clause(text: str, fig: Figure) -> str:
    """What a date says happened then: the words after it to the end of its clause ("2011年4月启动以来"),
    or the next clause when the date ends its own ("2021年5月，县财政局拨付资金")."""
    after = text[fig.end :]
    end = _CLAUSE_END.search(after)
    if end is None or after[: end.start()].strip():
        return after[: end.start()] if end else after
    rest = after[end.end() :]
    end = _CLAUSE_END.search(rest)
    return rest[: end.start()] if end else rest


def _another_event(text: str, fig: Figure, terms: list[Term]) -> bool:
    """Whether a date is of another event than the one asked: its clause says none of the question's
    words, and one of them is said only in a later clause ("2010年6月批准立项，同意启动该项工作"
    asked when it 启动: the date is of 批准立项)."""
    if text[: fig.start].rstrip(" \t|").endswith((":", "：")):
        return False  # a field's value ("日期: | 2022-04-06"): its name says what it is the date of
    clause = _date_clause(text, fig)
    if any(found(t, clause) for t in terms):
        return False
    later = text[text.find(clause, fig.end) + len(clause) :] if clause else text[fig.end :]
    return any(found(t, later) and not found(t, text[: fig.start]) for t in terms)


_MORE_THAN = re.compile(r"(?:较|比)[^，。；;]{0,24}[多少]\s*$")  # "较年度计划（5,000家次）多832家次"
_JOINED = re.compile(r"[%％万亿千元]*\s*[和与及、]\s*$")  # "增长9.6%和": the next figure is said as this one
_BASE_SAID = re.compile(alternatives(COMPARISON_BASES))
# a question comparing two of a report's figures ("调整后预算比年初预算多了多少"): asks the difference the report gives
_DIFFERENCE = re.compile(alternatives(ASKING.difference_words))  # "全年执行数与预算数差额24 310元": the difference of the two
_BASE_BEFORE = re.compile(rf"(?:{alternatives(COMPARISON_BASES)})\s*(?:的|[（(])?\s*$")  # "较上年的" + the base


def _change_said(text: str, fig: Figure) -> bool:
    """Whether the words before a figure, or before the figure it is listed with ("分别比上年增长9.6%和
    11.2%"), say it is a change."""
    clause = _clause_before(text, fig)
    if says_change(clause) or _MORE_THAN.search(sentence_to(text, fig)):
        return True
    if _JOINED.search(clause) and (before := [f for f in _figures(text) if f.end <= fig.start]):
        return _change_said(text, before[-1])
    return False


def _change_of_another(text: str, fig: Figure, question: Question) -> bool | None:
    """Whether a change in an aside names what changed in words the question does not say ("（笔数同比-5.1%）"
    asked of 发放额); None when it names it in the question's words ("笔数同比" asked of 贷款笔数)."""
    before = text[: fig.start]
    if before.rfind("（") <= before.rfind("）"):
        return False  # no aside ("分别比上年增长8.4%和12.7%": the changes of what the sentence measured)
    if before[: before.rfind("（")].endswith(tuple(_TARGET_WORDINGS)):
        return False  # "未实现年度预期目标（同比增长2.0%）": the target of the change the sentence measured
    named = "".join(_CJK.findall(without_wordings(_BASE_SAID.sub("", _clause_before(text, fig)))))
    if len(named) <= 1:
        return False  # "同比下降3.2%": the change of what the sentence measured
    return None if any(named[i : i + 2] in question.text for i in range(len(named) - 1)) else True


def _a_maximum(text: str, fig: Figure) -> bool:
    """Whether a score is the most that could be got ("满分30分", "分值30分", "30分中得26分"), not the score."""
    return bool(OUT_OF.match(text, fig.end)) or "weight" in classes(qualifiers_in(_clause_before(text, fig)))




def _plan_of_year(sentence: str, year: int) -> bool:
    """Whether a sentence sets out a year's plan ("2024年计划实现…，新签约项目50个以上"): its figures are
    that year's."""
    return re.search(rf"{year}\s*年度?(?:{alternatives(_TARGET_WORDINGS)})", sentence) is not None


_TARGET_WORDINGS = next(q.words for q in QUALIFIERS if q.name == TARGET)






def _of_year(text: str, fig: Figure, years: tuple[int, ...], report_year: int | None) -> bool:
    """Whether a figure is of one of the years (see app.answering.when.year_of), or, naming none, is
    last year's said of the year before the report's."""
    if (year := year_of(text, fig)) is not None:
        return year in years
    sentence = sentence_to(text, fig) + fig.text
    return report_year is not None and report_year - 1 in years and bool(PRIOR_SAID.search(sentence))


_NOT_DONE = re.compile(f"(?:{alternatives(ASKING.not_done)})([\u4e00-\u9fff]{{1,4}})(?:的)?\\s*$")


_WHOLE_SAID = re.compile(f"{alternatives(TOTAL_STATED)}|(?<!公)共(?![享建同有性])")  # "总计…", "3个项目共安排…": the whole
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CODED = re.compile(r"[A-Za-z0-9]")  # a thing named by a code: PM10, COD, 5G
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{2,8}")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{1,6}")


def _run_after(text: str, fig: Figure) -> str:
    """The words right after a figure, up to six characters ("村" of "218个村")."""
    m = _CJK_RUN.match(text, fig.end)
    return m.group() if m else ""


_NAMED_BEFORE = 8  # characters before a count that may name what it counts ("…二级预算单位14家")


def _counts_another(text: str, fig: Figure, asked: Sequence[Term]) -> str:
    """The thing a count counts, said right after its measure word ("新建2所幼儿园"), when it shares
    no character with what the question counts ("几所小学"): that thing, else ""."""
    if len(fig.unit) != 1 or fig.unit not in UNITS.count_words or is_bound(text, fig.start, fig.end):
        return ""
    m = _NOUN_AFTER.match(text, fig.end)
    thing = dictionary_words(m.group())[0] if m else ""
    before = re.split(r"[，,、；;。：:（(]", text[max(0, fig.start - _NAMED_BEFORE) : fig.start])[-1]
    if any(f and f in before for t in asked for f in (t.word, *t.forms)):
        return ""  # "由厅本级和所属二级预算单位14家组成": the units asked, named right before their count
    if m and any(f and f in m.group() for t in asked for f in (t.word, *t.forms)):
        return ""  # "为260户经济困难老年人家庭" counts the 困难 households asked, its first word aside
    if m and UNITS.dimension(fig.unit) == "people" and any(t.word.endswith(UNITS.people_ends) for t in asked):
        return ""  # "多少学生" of "为87名家庭经济困难寄宿生…": people, whatever words open their kind
    wordings = "".join(f for t in asked for f in (t.word, *t.forms))
    return thing if len(thing) > 1 and not set(thing) & set(wordings) else ""


def _counted_of_another(text: str, fig: Figure, asked: Sequence[Term]) -> str:
    """What a question counts ("多少名0—6岁儿童"), when the passage says it only in clauses that lead to
    figures of another kind (its rate: "0—6岁儿童健康管理率93.8%；…65岁及以上老年人健康管理2318人") and the
    count's own clause names something else: that thing, else "". A clause that names nothing of its
    own ("…，共计369件") borrows what it counts."""
    lo, hi = _clause(text, fig, counted=True)
    own = without_wordings(text[lo : fig.start])
    for word in (*CONNECTORS, *WEAK_WORDS):
        own = own.replace(word, "")
    if len(_CJK.findall(own)) < 2:
        return ""
    others = [f for f in _figures(text) if f.start != fig.start and f.kind not in ("date", "number", fig.kind)]
    for term in asked:
        places = [m for form in dict.fromkeys((term.word, *term.forms)) if form
                  for m in re.finditer(re.escape(form), text)]
        if not places or any(lo <= m.start() and m.end() <= hi for m in places):
            continue  # not said at all, or said of this figure
        if all(any(start <= f.start < end for f in others) for start, end in (_clause_around(text, m) for m in places)):
            return term.word
    return ""


def _clause_around(text: str, m: re.Match[str]) -> tuple[int, int]:
    """The span of the clause a match stands in."""
    start = max((e.end() for e in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
    after = _CLAUSE_END.search(text, m.end())
    return start, after.start() if after else len(text)


def _not_done(text: str, fig: Figure, question: Question) -> bool:
    """Whether the words of the figure's clause right before it say it was not done ("未支付的107.34万元",
    "尚未拨付"), of a question that asks what was done (app/vocab/data/asking.toml: not_done)."""
    said = _NOT_DONE.search(clause_to(text, fig))
    return said is not None and not asks_not_done(question.text) \
        and any(found(t, said.group(1)) or found(t, said.group()) for t in question.terms)


def _said_new(text: str, fig: Figure) -> bool:
    """Whether a figure's clause opens by saying it is of what is new ("新增猕猴桃种植1 150亩")."""
    return _clause_before(text, fig).lstrip().startswith(tuple(LEXICON.new_asked))


def _undone(text: str, fig: Figure) -> str:
    """What the figure's clause says of it being what was not done or is left ("未到位" of "尚有247.50万元未到位")."""
    after = _CLAUSE_END.search(text, fig.end)
    return said_undone(clause_to(text, fig), text[fig.end : after.start() if after else len(text)])


# what follows a level that moved on ("由每人每月770元提高到…", "每生每天4元，2021年秋季学期起提高至5元")
_CHANGED_TO = re.compile(rf"\s*(?:[，,]\s*(?:自|从)?\s*(?:\d{{4}}\s*年)?[\u4e00-\u9fff\d]{{0,8}}?(?:起|开始)\s*)?"
                         rf"(?:{alternatives(ASKING.changed_to)})")


_CAUSE_OPENS = re.compile(rf"(?:^|(?<=[，,；;。]))\s*(?:{alternatives(LEXICON.cause_opens)})")


def _cause_clauses(text: str) -> list[tuple[int, int]]:
    """The spans of the clauses that give a cause ("，主要是新增…经费", "，原因是…") to the sentence's end, and say
    no figure of their own ("主要是…项目（预算1 350万元）因招标流程延后，年底仅支付736.8万元" says its own)."""
    spans = [(m.start(), m.start() + len(re.split(r"[。；;\n]", text[m.start() :])[0])) for m in _CAUSE_OPENS.finditer(text)]
    measures = [f.start for f in _figures(text) if f.kind in _MEASURES]
    return [(lo, hi) for lo, hi in spans if not any(lo <= at < hi for at in measures)]


def _pick_figure(question: Question, text: str, by_term: list[list[Anchor]],
                 measured: list[Anchor] | None = None, counted: bool = False,
                 place: tuple[str, ...] = (), years: tuple[int, ...] = (), report_year: int | None = None,
                 own: str = "") -> tuple[Figure | None, float]:
    """The figure of the asked kind that follows the asked terms most closely, and its distance:
    inside the list item the terms are in, and the achieved value unless the plan is asked for.
    Where the passage says what is measured ("基本支出239.45万元，包括人员经费支出217.91万元" for
    人员经费), the figure follows that: the other terms say which passage, not which figure."""
    if "reason" not in question.kinds and (causes := _cause_clauses(text)):
        # "…增加42.44万元，增长24.09%，主要是新增科技特派员专项工作经费": words said only as the cause of a change label
        # none of its figures
        def caused(at: int) -> bool:
            return any(lo <= at < hi for lo, hi in causes)

        outside = [[a for a in places if not caused(a[0])] for places in by_term]
        # (unless terms the cause alone says, and a figure of the kind asked in it, make it what is asked: "执行率偏低，上级
        # 公卫补助资金是什么时候才下达的" of "…主要原因是上级…补助资金于2023年12月中旬才下达")
        if any(places and all(caused(a[0]) for a in places) for places in by_term) \
                and any(f.kind == question.kinds[0] and caused(f.start) for f in _figures(text)):
            by_term = [[a for a in places if caused(a[0])] for places in by_term]
        else:
            by_term = outside
            if measured and not (measured := [a for a in measured if not any(lo <= a[0] < hi for lo, hi in causes)]) \
                    or not any(by_term):
                return None, 1e9
    anchors = measured or [a for places in by_term for a in places]
    asked = {(f.kind, f.value) for f in question.figures}
    before_asked = any(w in question.text for w in ASKING.before_asked)  # "改造前是多少": what it was
    # ...as is any figure of a year before the report's ("2022年低保标准" of "由2022年的每人每年5640元提高到…")
    before_asked = before_asked or bool(report_year and years and all(y < report_year for y in years))
    figures = [
        f for f in _figures(text)
        if (f.kind in question.kinds or "amount" in question.kinds and _bare_ten_thousands(f, text)
            or f.kind == "rate" and not question.unit and says_change(question.text))  # "同比下降多少": 21.4%
        and (f.kind, f.value) not in asked  # a figure the question states is not its answer
        and text[max(0, f.start - 1) : f.start] not in ("×", "*", "÷")  # "×100%" is an operator
        and not in_a_run(text, list(_figures(text)), f)  # "执行率100%100%81.83%…": a column, no one its heading's
        and (not (per_unit(text[f.end : f.end + 3]) or _said_per_unit(text, f)) or asks_per_unit(question))
        # "3000元/人", "亩均投资1500元": no total
        and not (_CHANGED_TO.match(text, f.end) and not before_asked)
        # "由每人每月770元提高到…826元": what it was, not what it is
    ]
    if before_asked:
        figures = [f for f in figures if _CHANGED_TO.match(text, f.end)] or figures  # asked what it was
    if question.kinds[0] == "date":
        figures = _dates_asked(question, figures, text)
        # a date whose clause says the asked event ("自2011年4月启动以来") before one of another event
        told = [f for f in figures if f.kind == "date" and not _another_event(text, f, question.terms)]
        figures = told + [f for f in figures if f.kind != "date"] if told else figures
    if not figures:
        return None, 1e9
    primary = [f for f in figures if f.kind == question.kinds[0]
               or question.kinds[0] == "amount" and _bare_ten_thousands(f, text)] or figures
    if question.kinds[0] == "amount" and (changed := _budget_changed(question, text, primary)):
        primary = changed  # "调减了多少预算" of "调减预算48.20万元；…调整后全年预算数为1 073.64万元": what was taken off
    if question.asks_undone:
        primary = [f for f in primary if _undone(text, f)] or primary  # "还有多少没到位": "尚有247.50万元未到位"
    if question.unit:
        # a count word may be said another way (个 of 座); a measure not ("多少架次" is no 次)
        fitting = [f for f in primary if unit_fits(question, f.unit)]
        primary = fitting if fitting or question.unit in UNITS.measures else primary
        # ("折合多少公顷" of "实际完成12,600亩（840公顷）": the one in the unit asked)
        if UNITS.dimension(question.unit) is not None:
            primary = [f for f in primary if f.unit == question.unit] or primary
        if question.unit == "个" and question.counted.endswith(tuple(UNITS.people_ends)):
            # "配了多少个网格员" of "划分网格58个，配备专兼职网格员64人": people, counted with 个 as people say it
            primary = [f for f in primary if UNITS.dimension(f.unit) == "people"] or primary
        if (thing := question.counted) and any(
                f.kind == "count" and _run_after(text, f).startswith(thing) for f in primary):
            # "覆盖了几个村" of "覆盖35个乡镇（街道）218个村": not the count of another thing (one that names none
            # borrows it: "为412户义务兵家庭…，2022年为389户")
            primary = [f for f in primary if f.kind != "count" or not (run := _run_after(text, f)) or run.startswith(thing)]
    elif question.kinds[0] == "count" and asks_people(question):
        # "清退了多少…低保人员（人数）" of "清退不符合条件对象213户421人": the people, not the households
        primary = [f for f in primary if UNITS.dimension(f.unit) == "people" or f.unit in UNITS.cases] \
            or [f for f in primary if f.unit not in UNITS.occurrences]  # (never "23期" of "培训了多少党员")
    if (verb := verb_asked(question)) is not None:
        # "破了多少刑事案件" of "全年立刑事案件1,342起，破刑事案件816起": the one-character verb the question says
        # before what it counts
        verbs = {f: _verb_before(text, f, verb[0]) for f in primary}
        if any(verb[1] in (before or "") for before in verbs.values()):  # (where one says the verb)
            primary = [f for f in primary if verbs[f] is None or verb[1] in (verbs[f] or "")]
    if question.kinds[0] == "count" and asks_things(question.text):
        primary = [f for f in primary if UNITS.dimension(f.unit) != "time"]  # "借出去多少书": not "开放310天"
    # "上年支出287.64万元" is last year's: it answers only a question about last year, and a question
    # about last year only a figure its clause says is last year's ("较上年17208.91万元增加…")
    # (in a 2023 report, "2022年实际支出43,127,905.10元" is last year's too)
    prior_year = report_year - 1 if report_year else None
    if "prior" in classes(qualifiers_in(question.asked)):
        primary = [f for f in primary if _said_of_prior_year(text, f, prior_year)]
    elif prior_year is not None and set(years) == {prior_year}:
        # "2022年受理了多少案件" of a 2023 report's "受理各类案件8,642件（上年7,958件）": last year's
        primary = [f for f in primary if _said_of_prior_year(text, f, prior_year)] or primary
    else:
        primary = [f for f in primary if "prior" not in classes(qualifiers_in(clause := _clause_before(text, f)))
                   and not (_BASE_BEFORE.search(clause) and not says_change(clause))]  # ("同比-5.1%" is a change)
    # "比上年决算数增加120.4万元" is a change: it answers only a question asking one, never a level;
    # a question asking one is answered by a change the passage gives, never by a level
    if "change" not in classes(qualifiers_in(question.asked)):
        # (and a gap in points is one, whatever says it: "执行进度低于序时进度2.18个百分点")
        primary = [f for f in primary if not _change_said(text, f) and (question.asks_gap or not f.text.endswith("百分点"))]
    elif says_change(question.text) or _BASE_SAID.search(question.text):
        # "比上年多办了几场" compares with last year as plainly as "增长了多少" does;
        # the growth rate when the passage gives no change of the sum ("总收入…增长11.2%")
        changes = [f for f in primary if _change_said(text, f)] \
            or [f for f in figures if _change_said(text, f)] \
            or [f for f in primary if COMPARED_WITH.search(question.text) and _DIFFERENCE.search(_clause_before(text, f))] \
            or [f for f in _figures(text) if f.kind == "rate" and not question.unit and _change_said(text, f)]
        # "贷款笔数同比变化多少": the change an aside says of 笔数 ("（笔数同比-5.1%）"), before those it says of
        # nothing; "个贷发放额降了多少": those ("同比下降3.2%"), before the aside's of 笔数
        of_another = {f: _change_of_another(text, f, question) for f in changes}
        changes = [f for f in changes if of_another[f] is None] or [f for f in changes if not of_another[f]] or changes
        if changes or _BASE_SAID.search(question.text) or COMPARED_WITH.search(question.text):
            primary = changes  # "旅游总收入比上年增长了多少": not the 58.3亿元 reached; "调整后预算比年初预算多了多少":
            # not the 年初预算 either
    if question.kinds[0] == "amount" and not measured and question.asks_whole \
            and not classes(qualifiers_in(question.asked)) & {"actual", "plan"}:
        # "…防治项目一共多少钱": the money it has ("项目资金236.50万元"), not what it spent of it
        primary = [f for f in primary if "actual" not in classes(qualifiers_in(_clause_before(text, f)))]
    if question.asks_shortfall:
        # "离目标还差多少" of "满意度95.6%，较目标值（96%）差0.4个百分点": the gap the report states, never the target
        # or what was reached (the tool does not subtract)
        primary = [f for f in figures if said_short(clause_to(text, f))
                   or question.asks_undone and _undone(text, f)]  # ("还差多少没到位": "尚有400.00万元未到位")
    if not primary:
        return None, 1e9
    if asks_per_unit(question) and not asks_per_unit_only(question.text):
        # "补贴标准是多少" of "保管费用补贴250.00万元（按每吨每年100元标准）": the standard, not the sum
        primary = [f for f in primary if per_unit(text[f.end : f.end + 3]) or _said_per_unit(text, f)] or primary
    if asks_per_unit_only(question.text):
        # "平均每户补了多少": "户均补助1.5万元", not the project's 180.00万元
        primary = [f for f in primary if per_unit(text[f.end : f.end + 3])
                   or any(w in sentence_to(text, f) for w in ASKING.per_unit_asks)]
        if period := _per_period(question.text):
            # "一个学生一年补多少" of "每生每天5元，全年按200天计，每生每年1,000元": the year's, never the day's
            primary = [f for f in primary if _per_period(_clause_before(text, f)) in ("", period)]
        if not primary:
            return None, 1e9
    # "贡江镇、银坑镇…分别建成0.74万亩、0.93万亩…" asked of 银坑镇: the figure its place in the list gives it
    primary = [f for f in primary if not _listed_for_another(text, f, question.text)]
    if not primary:
        return None, 1e9
    # "萨麦苏木兑现了多少补奖资金" of "全旗实际兑现补奖资金20,168.93万元。其中：…萨麦苏木2,205.38万元": a town or village the
    # question names, when a part of the passage gives its own figure, is asked that figure
    if towns := [(s, e, 1.0) for t in question.terms if _LOCAL_PLACE.fullmatch(t.word) for s, e in literal.spans(text, t.word)]:
        primary = [f for f in primary if _clause_says(text, f, towns, counted, ends=_PART_END)] or primary
    if question.kinds[0] == "score":
        # "扣了几分" of "…扣2分、…扣2分，共扣4分，自评得分96分": the points taken off, and never they for the score
        deducted = "deducted" in classes(qualifiers_in(question.asked))
        primary = [f for f in primary if bool(TAKEN_OFF.search(text, 0, f.start)) == deducted]
        if not primary:
            return None, 1e9
    if question.kinds[0] == "score" and "weight" not in classes(qualifiers_in(question.asked)):
        # "效益指标30分中得26分": 30 is what could be got
        primary = [f for f in primary if not _a_maximum(text, f)]
        if not primary:
            return None, 1e9
    if years:
        # a year the report is not of ("…2022年全年执行数是多少" of a 2023 report): a figure of a sentence
        # that names it, or says last year when it is the year before
        primary = [f for f in primary if _of_year(text, f, years, report_year)]
        if not primary:
            return None, 1e9
    # "其中上半年完成2 915批次" answers only a question asking the half year, and "第三季度完成了多少"
    # only a figure said of that quarter
    asked_periods = periods_in(question.text)
    primary = [f for f in primary if of_periods(text, f, asked_periods)]
    if not primary:
        return None, 1e9
    if report_year is not None and not any(y > report_year for y in years) \
            and not any(w in question.text for w in LEXICON.next_year_words):
        # "2024年计划抽检6 500批次" in a 2023 report is next year's plan: no figure of the year asked
        primary = [f for f in primary if not _of_later_year(text, f, report_year)]
        if not primary:
            return None, 1e9
    if place and any(n in text for n in place):
        # a place the report is not about ("广西…资金里，桂林市灵川县分到多少"): its own figure, in the
        # clause that names it ("桂林市灵川县904万元"), or none
        named = [(s, e, 1.0) for n in place for s, e in literal.spans(text, n)]
        head = text[: m.start()] if (m := _CLAUSE_END.search(text)) else text
        if not (marker_level(text.lstrip()) is not None and any(n in head and not listed_only(head, n) for n in place)):
            # (a list item whose head names it is its: "（三）德庆镇危桥改造工程，改造危桥3座，968.40万元；")
            primary = [f for f in primary if _clause_says(text, f, named, counted)
                       or any(n in (respective(text, f, items_listed) or "") for n in place)]  # ("…江油市…分别为…")
        if not primary:
            return None, 1e9
        anchors = named
    elif not place:
        # "集体经济收入多少" of a town's "…；林驮村依托…，全年集体经济收入58.6万元": a village's figure (own: the
        # report's names) answers only a question naming the village
        primary = [f for f in primary if not of_an_unasked_place(_part_before(text, f), question.text, own, text)]
        if not primary:
            return None, 1e9
    if not anchors:
        if question.kinds[0] == "date" and len({f.text for f in primary if f.kind == "date"}) > 1:
            return None, 1e9  # "哪天通过竣工验收" of "5月10日开工，11月30日完工，12月18日通过交工验收": no asked word says which
        return primary[0], 1e9
    # a figure of a sentence before every place the asked words stand is that sentence's own
    # ("基本支出514.42万元，比上年…。…人员工资福利支出增加" holds no 工资福利支出 figure)
    primary = [f for f in primary if not all(_sentence_before(text, f, start) for start, _, _ in anchors)]
    if not primary:
        return None, 1e9
    primary = _of_asked_level(question.text, text, primary)
    primary = _in_asked_item(text, primary, by_term, measured)
    if (any(w in question.text for w in NOW_ASKED) or question.asks_whole) and len(primary) > 1 \
            and not any(w in question.text for w in LEXICON.new_asked):
        # "现在一共有几个助餐点" of "新建社区助餐点4个，助餐点总数达到12个": the figure said to be all of them
        # (not the rest's total in a list of parts: "…经费286.00万元，…其中：冉庄村18.50万元…，其余17个村共计217.90万元")
        totals = [f for f in primary if any(w in _clause_before(text, f) for w in TOTAL_STATED)
                  and not _IN_PARTS.search(sentence_to(text, f))]
        if not totals and any(_said_new(text, f) for f in primary):
            # else, beside what is new, the figure of the thing asked that is not: "新增猕猴桃种植1 150亩，全镇猕猴桃
            # 种植面积达到1.8万亩" (not "铺设排水管网14.2公里" after "新建改建市政道路8.7公里")
            totals = [f for f in primary if not _said_new(text, f)
                      and any(found(t, matchable(_clause_before(text, f))) for t in question.terms)]
        # (not to the plan's total when what was done is asked: "3个项目全年预算数合计8642.36万元，实际支出
        # 8415.08万元" for "总共实际支出多少")
        if not ("actual" in _levels_in_terms(question)
                and all("plan" in classes(qualifiers_in(_clause_before(text, f))) for f in totals)):
            primary = totals or primary
    # (asked with what was achieved, "目标是多少，实际达到多少", the achievement is the figure)
    planned = _target_asked(question.asked) and ACHIEVED not in asked_in(question.asked) \
        and not any(w in question.text for w in LEXICON.target.with_result) \
        or question.kinds[0] == "date" and _deadline_asked(question)  # "要在哪天前完成": the date set, not when done
    kept = [f for f in primary if _labels_target(text, f) == planned]
    if not kept and not planned and ("actual" in classes(qualifiers_in(question.asked)) or _DONE_ASKED.search(question.asked)):
        # "实际发放多少人" of "抚恤补助对象人数 | ≥2900人", "救助了多少人" of "救助困难妇女人数 | ≥60人": only the
        # target is here
        return None, 1e9
    primary = kept or primary
    levels = classes(qualifiers_in(question.asked))
    # "政府采购实际花了多少" of "政府采购预算3215.40万元，实际采购3102.88万元": not the plan, where what was done
    # is said beside it (as "公务接待费支出了多少" of "公务接待费预算0.50万元，支出0.35万元")
    spent_asked = "actual" in levels or any(t.word in _SPENT_WORDS for t in question.terms)
    if spent_asked and "plan" not in levels and any(_says_done(_clause_before(text, f)) for f in primary):
        # (nor what came in: "居民医保基金收入9.87亿元，支出9.41亿元")
        primary = [f for f in primary if "plan" not in classes(qualifiers_in(clause := _clause_before(text, f)))
                   and not (any(w in clause for w in INCOME_WORDS) and not _says_done(clause))] or primary
    elif "actual" in _levels_in_terms(question) and "plan" not in levels:
        # and "实际发了多少钱" of "学生资助资金总预算9856.72万元" alone: the plan is no answer (the terms ask
        # it, not a place's name: 花 of 花溪区)
        primary = [f for f in primary if not ("plan" in (said := classes(qualifiers_in(_clause_before(text, f))))
                                              and "actual" not in said)]
        if not primary:
            return None, 1e9
    # (the question in its words, and the sums it asks in the reports' words: "钱花出去百分之多少" asks 执行率)
    asked_words = matchable(question.text) + " " + " ".join(asked_in(question.text)) \
        + " " + " ".join(form for t in question.terms for form in t.forms) \
        + (f" {DONE}" if any(_SPENT_WORDS & set(t.forms) for t in question.terms) else "")  # "钱用了多少比例": 执行率
    primary = [f for f in primary if not _contrasted(text, f, question.text)] or primary
    primary = _in_asked_clause(text, primary, [measured] if measured else by_term, counted, asked_words)
    if measured:
        primary = _in_asked_clause(text, primary, by_term, counted, asked_words)
    if not primary:
        return None, 1e9

    def distance(fig: Figure) -> float:
        return min(_gap(text, fig, start, end, counted) / weight for start, end, weight in anchors)

    best = _respectively(text, min(primary, key=distance), primary, [a for places in by_term for a in places])
    strongest = max(anchors, key=lambda a: a[2])
    return best, _gap(text, best, strongest[0], strongest[1], counted)


_RESPECTIVELY = "分别"


def _part_before(text: str, fig: Figure) -> str:
    """The words of the figure's sentence before it, back to its last "；"."""
    head = text[: fig.start]
    return head[max(head.rfind(c) for c in "。；;\n") + 1 :]


def _listed_for_another(text: str, fig: Figure, question: str) -> bool:
    """Whether a "分别" list pairs the figure with an item ("贡江镇、银坑镇…分别建成0.74万亩、0.93万亩": 贡江镇 for 0.74万亩)
    other than the one the question asks (listed_for_another)."""
    paired = items_paired(text, fig)
    return paired is not None and listed_for_another(*paired, question)


_LOCAL_PLACE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:镇|乡|村|苏木|嘎查|街道|社区)")


def _respectively(text: str, best: Figure, primary: list[Figure], anchors: list[Anchor]) -> Figure:
    """In "接待游客612.8万人次，实现旅游总收入58.3亿元，分别比上年增长9.6%和11.2%", the figures after
    分别 go with the figures before it in their order: the one that goes with the figure whose
    words (back to the figure before it) say most of the question's."""
    at = text.rfind(_RESPECTIVELY, 0, best.start)
    if at < 0:
        return best
    start = sentence_start(text, at)
    end = min((i for i in (text.find(p, best.end) for p in "。；;，,\n") if i >= 0), default=len(text))
    figures = [f for f in _figures(text) if f.kind not in ("number", "date")]  # not "2." of "2.效益指标"
    before = [f for f in figures if start <= f.start and f.end <= at]
    after = [f for f in figures if at < f.start and f.end <= end]
    if len(before) < 2 or len(before) != len(after) or best not in after:
        return best
    bounds = [start] + [f.end for f in before]
    said = [sum(w for s, e, w in anchors if lo <= s and e <= f.start) for lo, f in zip(bounds, before, strict=False)]
    if max(said) <= 0 or said.count(max(said)) > 1:
        return best
    paired = after[said.index(max(said))]
    return paired if paired in primary else best


def doc_weights(question: Question, weights: dict[str, float], df_in_doc: Callable[[str], int],
                doc_id: str = "") -> dict[str, float]:
    """For a comparison, the weights one report is judged by: each report may word the compared
    indicator its own way (财政拨款支出 / 支出数), so terms it never uses do not count against it."""
    if len(question.doc_ids) < 2 or not question.compare:
        return weights
    if own := question.doc_terms.get(doc_id):
        own_weights = {w: (v if w in own else 0.0) for w, v in weights.items()}
        if any(own_weights.values()):
            return own_weights
    kept = {w: v for w, v in weights.items()
            if any(df_in_doc(matchable(f)) for t in question.terms if t.word == w for f in t.forms)}
    return {w: (v if w in kept else 0.0) for w, v in weights.items()} if kept else weights


@dataclass(frozen=True)
class ScoreWeights:
    """How much each finding about a candidate sentence adds to, or multiplies, its score.

    The score starts from coverage (the share of the question's IDF weight the sentence holds); the
    bonuses are added, the factors multiply (below 1: a doubt, not a refusal; `problems` refuse)."""

    in_section: float = 0.4  # a term found only in the section title counts this much of its weight
    in_header: float = 0.9  # and one found in the header over the table row the passage is
    names_report: float = 0.9  # a term that names the report (its department, place, project) and not the passage
    in_opening: float = 0.5  # a term found only in the report's opening (what the whole report is about)
    label_inside: float = 0.6  # "支出" only as the end of "基本支出": that figure is another one's
    labelled_figure: float = 0.2  # the asked term labels the figure ("项目支出7073.75万元"), less with distance
    figure_gap_scale: float = 8.0  # characters of distance that halve that bonus
    table_figure: float = 0.25  # the indicator table labels this very figure with the asked indicator
    no_figure: float = 0.3  # no figure of the asked kind
    other_count_unit: float = 0.7  # asked "多少笔", this counts 次
    visits_for_people: float = 0.9  # asked "多少人", this counts 人次
    other_kind: float = 0.85  # a figure, but not of the asked kind
    target_figure: float = 0.9  # the plan not asked, and the figure is a bound ("接待读者15万人次以上")
    sub_indicator_score: float = 0.5  # "（该三级指标满分4分，自评得分为4分）" scores one indicator, not the report
    role_named: float = 0.3  # a who-question's role tied to a name ("组长：胡小军")
    role_unnamed: float = 0.75  # the role, with no name tied to it
    no_grade: float = 0.3  # a grade asked, none given
    latest_figure: float = 0.1  # "now" asked, and the sentence gives the latest or cumulative figure
    whole_figure: float = 0.1  # the whole asked ("一共"), and the figure's clause says it is one ("共安排…")
    reason_given: float = 0.15  # a why-question, and the sentence gives a reason
    organisation_named: float = 0.05  # a which-organisation question, and the passage names one
    no_reason: float = 0.8
    use_given: float = 0.15  # asked what the money went to, and the sentence says it went to something ("用于…")
    no_document: float = 0.3  # a which-document question, and the passage cites no document
    other_year: float = 0.2  # the question's year is neither the report's nor in the sentence
    figure_of_other_year: float = 0.5  # the figure is labelled with another year
    other_place: float = 0.2  # the report is not the asked place's own, and the passage does not name it
    rank_prior: float = 0.05  # the retrieval rank breaks near ties


WEIGHTS = ScoreWeights()
NOTHING_MEASURED = Measured(())


_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
_ASKING_WORD = re.compile(r"[哪几谁何吗呢每]|多少|什么|怎么|怎样|如何")  # (and "每人每年": per what it is asked)


def _named_sum(measured: Sequence[Term], terms: Sequence[Term]) -> Term | None:
    """The name of a sum among what a question measures ("失业保险金", "慰问金"; not "资金", which says
    only money, nor "专项资金", which names a fund in words any passage of it may leave out), with the
    wordings the reports spell it in (terms: "低保金" as 最低生活保障金)."""
    named = next((t for t in measured if len(t.word) >= 3 and t.word.endswith(_SUM_ENDS)
                  and not t.word.endswith(tuple(ASKING.money_nouns))), None)
    return None if named is None else next((t for t in terms if t.word == named.word), named)


_COST_ENDS = ("费",)  # how a cost's own name ends ("公务接待费", "维修费"): asked by a name no report uses, it is no other cost
_SUM_ENDS = ("金", "款")  # how a sum's own name ends ("失业保险金", "慰问金"); "…补助", "…费" name categories too


def _named_nowhere(question: Question, weights: dict[str, float], scope: Scope) -> str:
    """The name of a project or fund the question asks of ("退耕还林项目" asked of a 森林草原防灭火 project's
    report), or of what a figure measures ("外贸进出口总额"): words no report uses, three characters or more,
    said right before an item's word (项目, 资金, 补贴…) or a measure's (总额, 人数), of which the report says not even two characters together; "" when there is none (a paraphrase
    shares a word: "营养餐" of 营养改善; a way of saying what is asked, "借出去多少书", names no item)."""
    if not scope.said:
        return ""
    # (words no report uses that the question says one after another are one name: "创业担保贷款")
    runs: list[str] = []
    end = -1
    for term in question.terms:
        if weights.get(term.word) or term.word in WEAK_WORDS or _ASKING_WORD.search(term.word) \
                or not _HAN_WORD.fullmatch(term.word):
            end = -1
            continue  # ("哪天经…审议通过": a way of asking, no name; "VOCs", "AED": matched otherwise)
        at = question.text.find(term.word, max(end, 0))
        if runs and at == end:
            runs[-1] += term.word
        else:
            runs.append(term.word)
        end = at + len(term.word) if at >= 0 else -1
    for run in runs:
        word = matchable(run)
        named = any(question.text.startswith((*ITEM_ENDS, *MEASURE_ENDS), at + len(run)) for at in literal.starts(question.text, run))
        if named and len(word) >= 3 and not any(word[i : i + 2] in scope.said for i in range(len(word) - 1)):
            return run
        if len(run) >= _OWN_NAME and is_word(run) and word[:2] not in scope.said and not _spelt_otherwise(word, scope.said) \
                and not abbreviates(Term(run, (run,)), scope.said):
            return run  # a name of its own, a word of the dictionary the report never opens: "布鲁氏菌", "无形资产" (not
            # one it spells out: "疾控中心" of 疾病预防控制中心)
    return ""


_OWN_NAME = 4  # characters of a dictionary word that names an item of its own, at least


def _rate_unsaid(question: Question, scope: Scope) -> str:
    """A rate the question names by a word the report never says it with ("高血压患者规范管理率" of a report giving
    "孕产妇系统管理率"; "暴雨预警准确率" of one giving "预报准确率"): the word and the rate's own name (two characters and
    率), said in no sentence of the report together, where the report says the rate's name; "" when there is none."""
    if not scope.said:
        return ""
    for m in _RATE_ASKED.finditer(question.text):
        word, rate = m.group(1), m.group(2)
        if not is_word(word) or splits_word(question.text, m.start(1), m.end(1)):
            continue  # (a word of its own: not "案数" of "档案数字化率")
        if rate in LEXICON.generic_rates or rate not in scope.said or _FUNCTION_CHARS.search(word) \
                or word in scope.names or word + rate in scope.said \
                or word in (*LEXICON.this_year, *LEXICON.whole_asked, *LEXICON.question_noise, *WEAK_WORDS, *_PRIOR_YEAR):
            continue
        if any(word in sentence and rate in sentence for sentence in _SENTENCES.split(scope.said)):
            continue
        # (nor when the report's word for it is the question's words reordered: "新造的林子成活率" of "当年造林成活率")
        if not any(len(other := scope.said[max(0, at - 2) : at]) == 2 and all(ch in question.text for ch in other)
                   for at in literal.starts(scope.said, rate)):
            return word + rate
    return ""


_PRIOR_YEAR = tuple(w for words in CONCEPTS["prior_year"] for w in words)  # "去年", "上年": when, no rate's word
# (and a level measured so: "臭氧平均浓度" of a report giving only PM2.5's)
_RATE_ASKED = re.compile(r"(?=([\u4e00-\u9fff]{2})((?:平均|年均)?(?:[\u4e00-\u9fff]{2}率|浓度|密度|强度)))")
_SENTENCES = re.compile(r"[。；;！!？?\n]")


def _unlisted_item(question: Question, weights: dict[str, float], scope: Scope) -> str:
    """The name of an item the question asks of that the report does not list, where it lists others of its kind
    ("中兴小区改造了多少户" of a report whose table lists 东兴小区, 水利小区…): a name right before a word of
    LEXICON.named_heads, of which the report says not even two characters together, where the report says two or
    more other names before that word; "" when there is none. The report's total is no answer for one of them."""
    if not scope.said:
        return ""
    for head in LEXICON.named_heads:
        for at in literal.starts(question.text, head):
            name = next((t.word for t in question.terms if question.text.endswith(t.word, 0, at)), "")
            word = matchable(name)
            if len(word) < 2 or not _HAN_WORD.fullmatch(word) or name in WEAK_WORDS or _ASKING_WORD.search(name) \
                    or _FUNCTION_CHARS.match(word) \
                    or weights.get(name) or any(word[i : i + 2] in scope.said for i in range(len(word) - 1)):
                continue  # ("对镇卫生院的考核": 对 opens no name, the 镇卫生院 are the report's own)
            others = {m.group(1) for m in re.finditer(f"([\u4e00-\u9fff]{{2}}){re.escape(head)}", scope.said)
                      if not _FUNCTION_CHARS.search(m.group(1))}
            if len(others) >= 2:
                return name + head
    return ""


def _says_use(question: Question, text: str) -> bool:
    """Whether the question asks what money went to ("用在了什么项目上") and the passage says it went to
    something of the kind asked (a 项目 after its "用于"; anything, asked "用在哪")."""
    ask_end = next((at + len(w) for w in ASKING.use.asks if (at := question.text.find(w)) >= 0), None)
    if ask_end is None:
        return False
    after = question.text[ask_end:]
    kinds = [f for t in question.terms for f in t.forms if f in after]
    for said in re.finditer("|".join(map(re.escape, ASKING.use.says)), text):
        clause = text[said.end():]
        clause = clause[: m.start()] if (m := _CLAUSE_END.search(clause)) else clause
        if not kinds or any(k in clause for k in kinds):
            return True
    return False


def score_evidence(ev: Evidence, question: Question, weights: dict[str, float], meta: ReportMeta,
                   rank_prior: float, scope: Scope | None = None, measured: Measured = NOTHING_MEASURED,
                   clean: str = "") -> None:
    """Score one candidate sentence for the question, in place: its coverage of the question's terms,
    the figure that answers (closest to the asked label, of the asked kind), its label, and the
    problems that keep it from answering (no figure, another year). clean: the report's clean text,
    where a list item's opening line is read. See `ScoreWeights`."""
    w8 = WEIGHTS
    text = matchable(ev.text)
    context = _matchable_short(ev.chunk.section)
    # the header over a table row says what its cells are: "实际完成值" of "化肥农药使用量 | 持续减少 | 实现负增长"
    header = _matchable_short(table_header(ev)) if not question.numeric else ""
    # a passage saying a value was achieved says how the question frames it ("指标实际完成得怎么样"), whose words it
    # need not repeat
    framed = not question.numeric and any(w in text or w in header for w in ASKING.achieved_frame.says)
    if measured.terms and scope is not None and (
            question.kinds[0] == "amount" and (measured.terms[0].word.endswith(tuple(SUBJECT_WORDS))
                                               or _levels_in_terms(question) & _LEVELS_ASKED
                                               and any(t.word not in ASKING.money_nouns for t in measured.terms))
            or question.kinds[0] == "count" and question.unit and UNITS.dimension(question.unit) != "people"
            and question.unit not in UNITS.households and not counted_asked(question.text)) \
            and all(names_report(t, scope) for t in measured.terms):
        measured = NOTHING_MEASURED  # "…防治项目一共多少钱" of that project's report: whose money, the ask says what
        # (as "学生资助…实际发了多少钱" of the 学生资助 project's report; "天水公积金贷了多少笔" of the 公积金 centre's:
        # its 笔 says what is counted, where no word after it does, "改造了多少个老旧小区")
    total = sum(weights.values()) or 1.0
    got = 0.0
    by_term: list[list[Anchor]] = []
    labels: list[tuple[float, str]] = []
    # what is measured must be said; a sum or rate of a thing no report names is said by none (a
    # question about "银行贷款" of reports that never name one), unless the passage says its words
    # apart (a count or a date is held to its unit or kind: "稿子" is a way of saying 稿件; but "抗诉案件"
    # asks a kind of 案件 no report names)
    unknown = [t for t in measured.terms if not weights.get(t.word)]
    # (a two-character word no report uses may be a spelling of one the passage does: 债券 of "债劵资金")
    lenient = not any(_kind_of_next(t, question) for t in unknown) and (
        question.kinds[0] not in ("amount", "rate") or all(len(t.word) < 3 and _spelt_otherwise(t.word, text)
                                                           for t in unknown))
    measured_said = len(unknown) == len(measured.terms) and (lenient or not unknown or any(
        t.word[0] in "多几" or _unknown_said(t, text) for t in unknown))  # "多深": a way of asking
    # the measured term that says most (人员经费 rather than 支出 in "人员经费支出"): the figure follows it
    # (a phrase the passage does not say gives way to a word it does: "资金上年" of "资金上年结转" is
    # not in "…20xx年结转资金44.89万元", 结转 is)
    # "低保资金专户利息收入": 资金 says only that money is measured, 利息收入 what money
    money_only = [t for t in measured.terms if t.word in ASKING.money_nouns] \
        if any(t.word not in ASKING.money_nouns for t in measured.terms) else []
    head = max(measured.terms, key=lambda t: weights.get(t.word, 0.0)) if measured.terms else None
    if head is not None and head.parts and not _match(head, text)[0]:
        said = [t for t in measured.terms if _match(t, text)[0]]
        head = max(said, key=lambda t: weights.get(t.word, 0.0)) if said else head
    # "燃气管道老化改造用了多少钱": 支出 is measured, the figure follows what the words before the ask say
    # unless the passage names what is measured after them ("…能力提升项目到位资金486万元，实际支出471万元")
    said_of = [t for t in measured.of if _match(t, text)[0]]
    follow = head
    if said_of:
        of = max(said_of, key=lambda t: weights.get(t.word, 0.0))
        at = _match(of, text)[2]
        if head is None or not any((form := _matchable_short(f)) and text.find(form, at) >= 0 for f in head.forms):
            follow = of
    head_places: list[Anchor] = []
    said_where: list[tuple[Term, list[Anchor]]] = []
    document = asks_document(question.text) and not question.numeric  # "依据哪个文件", not "…下达了多少"
    cites = document and bool(references(text))
    for term in question.terms:
        w = weights.get(term.word, 0.0)
        if not w:
            continue
        if framed and term.word in ASKING.achieved_frame.asks:
            total -= w  # "森林防火指标实际完成得怎么样" of "…年度目标“无重大森林火灾”，实际“未发生…”": the frame is said
            continue
        strength, form, _ = _match(term, text)
        if not strength and "reason" in question.kinds and FIGURE_TERM.fullmatch(term.word):
            total -= w  # "助餐点为啥没建够10个": the figure missed is what the reason is for, which it need not repeat
            continue
        if not strength and meta.year and PRIOR_SAID.search(term.word) \
                and (year_said := re.search(rf"{meta.year - 1}\s*年度?", text)):
            strength, form = 0.85, year_said.group()  # "上一年" of a 2023 report: "2022年实际支出…"
        if not strength and scope is not None and (rest := _rest_of_the_report(term, text, scope)):
            strength, form = _PARTS_APART, rest  # "消防装备…配齐" of 消防救援支队's "确保…前配齐" after "加快装备采购"
        if not strength and cites and term.word in ASKING.document.nouns:
            got += w  # asked 文号, the passage cites "阿财预〔2023〕510号": it says the document
            continue
        if not strength and question.numeric and any(UNITS.dimension(g.unit) == "time" and UNITS.names_quantity(form, g.unit)
                                                     for g in _figures(text) for form in (term.word, *term.forms)):
            got += w  # "多长时间能办完" of "平均办结时长3.2个工作日": a figure's unit says the quantity asked (and "多久", as
            # 用时 and 时长 word it)
            measured_said = measured_said or term in measured.terms
            continue
        if term in measured.terms and term not in money_only and (strength or _matchable_short(term.word) in text
                                       or _says_part(term, text) or _said_apart(term, text)):
            measured_said = True
        if strength:
            places, alone = _anchors(text, form, w, question.kinds[0] != "amount")
            said_where.append((term, places))
            if term is follow:
                head_places = places
            if question.numeric and not alone:
                strength *= w8.label_inside
            if strength < w8.names_report and scope is not None and term is not head and names_report(term, scope):
                strength = w8.names_report  # said only in part here ("学生…资助"), it names the report
            got += w * strength
            by_term.append(places)
            if not re.fullmatch(r"[\d.,%]+|(?:19|20)\d{2}年度?", form) and (strength >= 1 or not term.parts or form in term.forms):
                labels.append((w, form))  # (not a phrase's words said apart: "自评，本项目")
        elif header and (apart := _match(term, f"{header}\n{text}")[0]):
            got += w * min(apart, w8.in_header)  # ("质量指标" of "工程质量" under the header's "指标")
        elif _match(term, context)[0]:
            # the place the passage must be about, said by its section ("（1）槐树关镇至黄金峡镇…工程"), is said
            got += w * (1.0 if term.word in question.elsewhere.get(ev.doc_id, ()) else w8.in_section)
            measured_said = measured_said or (term in measured.terms and term not in money_only)
        elif scope is None or term is head:
            continue  # what is measured must be said by the passage itself
        elif names_report(term, scope):
            got += w * w8.names_report  # "张家界市中级人民法院…实有人数": the court's report says "实有人数106人"
        elif in_opening(term, scope, part_measure(question.kinds, question.unit)):
            got += w * w8.in_opening
    anchors = [a for places in by_term for a in places]
    ev.coverage = got / total if any(weights.values()) and total > 0 else 0.0
    if framed and (instead := named_otherwise(question, _CELLS.split(ev.text), weights)):
        # "秸秆综合利用…完成情况" of the row "畜禽粪污综合利用 | …" or of "畜禽粪污综合利用：年度目标…，实际…"
        ev.problems.append(f"the passage names {instead}")
    # a rate of words no report uses ("教师本科以上学历占比") is asked of no rate whose name says none of the
    # question's other words ("学生体质健康测试达标率95.13%"; "医务人员满意度" of "患者满意度93.47%": 满意度 says
    # no whose); a rate named with some of them may say the rest its own way ("乙肝疫苗第一针及时打上的比例" of
    # "乙肝疫苗首针及时接种率")
    named_nowhere = [t for t in unknown if is_word(t.word) or len(t.word) >= _PHRASE] \
        if question.kinds[0] == "rate" and not lenient else []
    if question.numeric and not measured_said and clean and (lead := list_opening(clean, ev.start)) \
            and any(_match(t, matchable(lead))[0] for t in measured.terms):
        measured_said = True  # "修路用了多少钱" of "（二）…工程，加宽9.6公里，1 536.80万元；" under "资金具体使用情况如下："
    if question.numeric and not measured_said:
        ev.problems.append(f"the passage does not say {head.word if head else ''}")
    elif question.kinds[0] == "amount" and (named := _named_sum((*measured.terms, *measured.run), question.terms)) is not None \
            and not any(_match(named, t)[0] or _matchable_short(named.word) in t or abbreviates(named, t)
                        or _matchable_short(named.word[:-1]) in t for t in (text, context)):
        # "发放失业保险金多少" of "发放创业担保贷款1.26亿元": the sum asked by its name, which the passage never
        # says, not even as what the name is short for ("低保金" of 城乡最低生活保障金) or without its last
        # character ("维护费用" of 运行维护费)
        ev.problems.append(f"the passage does not say {named.word}")
    elif question.kinds[0] == "amount" and (cost := next((t for t in unknown if len(t.word) >= 3 and t.word.endswith(_COST_ENDS)
                                                          and is_word(t.word) and not _unknown_said(t, text)), None)):
        # "公务接待费实际支出多少" of "公务用车运行维护费实际支出38.62万元": a cost by a name no report uses, which
        # is not the cost a passage names with the same first word
        ev.problems.append(f"the passage does not say {cost.word}")
    elif question.numeric and (quantity := next((t for t in unknown if len(t.word) >= 3 and t.word.endswith(_QUANTITY_END)
                                                  and not _unknown_said(t, text)), None)):
        # "森林蓄积量实际达到多少" of "…森林抚育5.4万亩": a quantity by its own name, which no report uses
        ev.problems.append(f"the passage does not say {quantity.word}")
    elif question.numeric and (kind_of := next((t for t in unknown if (_CODED.search(t.word) or t.word in ASKING.numbered_names)
                                                 and _kind_of_next(t, question)
                                                 and not _unknown_said(t, text)), None)):
        # "PM10平均浓度" of "PM2.5平均浓度41微克/立方米": a kind of what is measured, by a code no report names
        ev.problems.append(f"the passage does not say {kind_of.word}")
    if question.numeric and (asked_part := _part_after_whole(question)) is not None \
            and not _match(asked_part, text + context)[0]:
        # "重大传染病防控经费中结核病防治安排了多少": the part asked, which a passage of the whole alone does not say
        ev.problems.append(f"the passage does not say {asked_part.word}")
    for term in question.terms:
        if is_numbered(term.word) and not any(matchable(f) in text + context for f in term.forms):
            ev.problems.append(f"the passage does not say {term.word}")  # "80多岁的老人" of "月均发放人数31208人"
    for term in question.terms:
        if term.word in LEXICON.carried and not any(matchable(f) in matchable(text + context) for f in term.forms):
            ev.problems.append(f"the passage does not say {term.word}")  # "结转2022年的资金" of "…已于年内全部到位"
    for budget in NAMED_BUDGETS & set(asked_in(question.text)):
        if not says_budget(text + context, budget):
            ev.problems.append(f"the passage does not say {budget}")  # "本年预算资金合计" is no 年初预算
    if question.kinds[0] in ("amount", "rate"):
        for term in question.terms:
            payer = who_pays(term.word)
            # said as the payer's name or as the asker's wording of it ("区财政" of 区级)
            if payer and not any(w in text + context for w in payer_wordings(term)):
                ev.problems.append(f"the passage does not say {payer}")  # "中央补助资金" of "预算312万元"
    ev.label = max(labels)[1] if labels else ""

    score = ev.coverage
    if question.numeric:
        place = question.elsewhere.get(ev.doc_id, ())
        other_years = () if not meta.year or meta.year in question.years else tuple(question.years)
        ev.figure, gap = _pick_figure(question, text, by_term, head_places, measured.follows, place,
                                      other_years, meta.year, scope.names if scope else matchable(meta.region))
        if ev.figure is not None and over_years_unasked(_clause_before(text, ev.figure), text, meta.year, question.text):
            ev.problems.append("the figure is a total over years")  # "自2019年起…，截至2023年底累计投入…"
        if ev.figure is not None and "\t" in ev.text and "\n" not in ev.text.strip() and not table_header(ev) \
                and sum(len(cell_figures := _figures(cell.strip())) == 1 and cell_figures[0].text == cell.strip()
                        and cell_figures[0].kind == ev.figure.kind for cell in ev.text.split("\t")) >= 2:
            # "特种设备安全监管 | 156.80万元 | 142.36万元 | 90.79%" cut from its header: which sum is the one asked, no
            # heading says (cells that are one figure each, no bound: "≤2人 | 0人" says which is the target)
            ev.problems.append("no header says the row's columns")
        if ev.figure is not None and (not re.search(r"[\t\n|]", ev.text)
                                      and (sibling := _another_item(question, text, context, ev.figure, weights, scope))
                                      or "\t" in ev.text and (sibling := _another_row(question, ev.text, ev.figure, weights))):
            # (in a sentence: a table's cells run together here, a heading's word before a row's name)
            ev.problems.append(f"the passage names {sibling}, not what is asked")
            score *= w8.other_kind
        if ev.figure is not None and "\t" in ev.text and (year := _year_column(ev.text, ev.figure, ev.chunk.text)) is not None:
            wanted = question.column_years(ev.chunk.doc_id, "prior" in classes(qualifiers_in(question.asked)))
            if wanted and year not in wanted:
                # "一般公共预算拨款 | 3,516.20 | 3,904.66" under "项目 | 2021年 | 2022年", asked of 2022: not 2021's, but the
                # figure of its row under the year asked, where the row gives one
                year_cell = _cell_of_year(ev.text, ev.figure, ev.chunk.text, wanted)
                of_year = next((g for g in _figures(text) if year_cell and g.kind == ev.figure.kind
                                and matchable(g.text) == matchable(year_cell)), None)
                if of_year is not None:
                    ev.figure = of_year
                else:
                    ev.problems.append(f"the figure is {year}'s")
                    score *= w8.other_kind
        if ev.figure is not None and question.asks_undone and (left := _undone(text, ev.figure)) \
                and left not in ev.label:
            # "县级配套（未到位）", not "县级配套" alone; "未到位", not "到位（未到位）"; "未支付（剩余）", not "支付"
            label = f"未{ev.label}" if ev.label in ASKING.undone_verbs and not left.endswith(ev.label) else ev.label
            ev.label = f"{label}（{left}）" if label and label not in left else left
        if ev.figure is not None and question.asks_shortfall and not question.asks_undone and "差" not in ev.label:
            ev.label = f"{ev.label}（差距）" if ev.label else "差距"  # "满意度（差距）：0.4个百分点", no level
        if ev.figure is not None and question.kinds[0] == "score" and TAKEN_OFF.search(text, 0, ev.figure.start):
            ev.label = DEDUCTED  # the points taken off, whatever word of the question the passage said
        if ev.figure is not None:
            score += w8.labelled_figure / (1 + gap / w8.figure_gap_scale)
            if ev.figure.text.replace(" ", "") in question.preferred.get(ev.doc_id, ()):
                score += w8.table_figure
            if is_bound(text, ev.figure.start, ev.figure.end) and not _plan_asked(question):
                score *= w8.target_figure  # a bound ("15万人次以上"): the achievement said elsewhere is the answer
        if ev.figure is not None and named_nowhere and not _rate_named_with(question, named_nowhere, sentence_to(text, ev.figure)):
            ev.problems.append(f"no rate named with {named_nowhere[0].word}")
        if ev.figure is not None and (kind := _kind_of_the_whole(question, unknown, text, ev.figure)):
            ev.problems.append(f"the passage does not say {kind}")  # "诉讼费收入" of "收入合计3,426.85万元"
        if ev.figure is None:
            ev.problems.append("no figure of the asked kind")
            score *= w8.no_figure
        elif (achieved := _achieved_after(ev, question)) is not None:
            # the row's achieved value follows the target the passage ends on: the passage goes on to it
            end, ev.figure = achieved
            ev.text = ev.chunk.text[ev.start - ev.chunk.clean_start : end]
            ev.end = ev.chunk.clean_start + end
            text = matchable(ev.text)
            if question.unit and ev.figure.kind == "count" and not unit_fits(question, ev.figure.unit) \
                    and (UNITS.other_count(question.unit, ev.figure.unit) or UNITS.dimension(question.unit)
                         or UNITS.dimension(ev.figure.unit)):
                # asked 多少枚, the row's is "38次"; asked 多少艘次, it is "10.8万立方米"
                ev.problems.append(f"the figure is not in {question.unit}")
        elif _budgeted_only(ev, text, question, scope):
            ev.problems.append("the figure is what the money was to go to, not what was spent")
            score *= w8.other_kind
        elif (cell := _target_cell(ev, question, scope)) is not None:
            if (done := _done_beside(ev, text, cell, question)) is not None:
                ev.figure = done  # "带动当地群众务工 | 300人次 | 1 120人次": the row's value under 实际完成值
            else:
                ev.problems.append("the figure stands in the form's cell of the target")
                score *= w8.other_kind
        elif ev.figure.kind == "date" and question.kinds[0] == "date" and _another_event(text, ev.figure, question.terms):
            ev.problems.append("the date is of another event")
            score *= w8.other_kind
        elif question.unit and ev.figure.kind == "count" and not unit_fits(question, ev.figure.unit):
            if UNITS.dimension(question.unit) or UNITS.dimension(ev.figure.unit) \
                    or (not ev.figure.unit and question.unit != "个") \
                    or (question.unit in UNITS.households and ev.figure.unit not in UNITS.households) \
                    or UNITS.other_count(question.unit, ev.figure.unit):
                # asked 多少台, this is "300万"; asked 多少米, this counts 座: another quantity
                ev.problems.append(f"the figure is not in {question.unit}")
            score *= w8.other_count_unit
        elif question.unit in _HEADS and ev.figure.unit in _VISITS:
            score *= w8.visits_for_people  # asked 多少人, this counts 人次: perhaps the same people, perhaps not
            if _HEADS_THERE_ARE.search(question.text):
                ev.problems.append("the figure counts visits, not the people there are")  # "专任教师一共有多少人"
        elif question.unit and ev.figure.kind == "amount":
            ev.problems.append(f"the figure is not in {question.unit}")  # asked 多少个, this is 2813.38万元
            score *= w8.other_count_unit
        elif ev.figure.kind != question.kinds[0] and question.kinds[0] != "value":
            if asks_money(question) and ev.figure.kind != "amount" and not _bare_ten_thousands(ev.figure, text):
                ev.problems.append("the figure is not a sum of money")  # asked 多少万元, this is "12500名"
            if question.kinds[0] == "rate" and head is not None and head.word.endswith("率"):
                ev.problems.append("the figure is no rate")  # asked 执行率, this is "36.4万元"
            score *= w8.other_kind
        if ev.figure is not None and ev.figure.kind == "score" and "指标" not in question.text:
            note = text[max(0, ev.figure.start - 20) : ev.figure.start]
            if "指标满分" in note or "该" in note and "级指标" in note:
                score *= w8.sub_indicator_score
    if ev.figure is not None and (listed := _listed_in_an_aside(text, ev.figure, said_where)):
        ev.problems.append(f"{listed} is one of those an aside says the figure's sum holds")  # "（含小岭村、东官庄村等5个
        score *= w8.other_kind  # 示范村）1,215.8万元" asked of 小岭村: the five villages' sum
    if ev.figure is not None and (part := _part_after(text, ev.figure, said_where, scope)):
        if (own := _figure_of_part(text, part, said_where, ev.figure)) is not None:
            ev.figure, ev.label = own, part  # "小（2）型水库…几座" of "…31座，其中…小（2）型24座": the part's own
        else:
            ev.problems.append(f"{part} is a part the passage lists after the figure, its whole")
            score *= w8.other_kind
    if ev.figure is not None and (part := part_of_breakdown(text, ev.figure, question.text, question.terms)):
        ev.problems.append(f"the figure is the {part} part of a sum")  # asked the sum, or another part
        score *= w8.other_kind
    elif ev.figure is not None and (payer := _payer_unpaid(question, text, ev.figure)):
        ev.problems.append(f"the figure is not the {payer} part of the sum the passage breaks down")
        score *= w8.other_kind
    elif ev.figure is not None and (payer := _payer_unsettled(question, text, ev.figure)):
        ev.problems.append(f"the passage names two funds of {payer} and the question does not say which")
        score *= w8.other_kind
    if ev.figure is not None and measured.follows and ev.figure.kind == "count" \
            and (thing := _counts_another(text, ev.figure, (*measured.terms, *measured.run))):
        ev.problems.append(f"the figure counts {thing}")  # "新建了几所小学" of "新建2所幼儿园"
        score *= w8.other_kind
    elif ev.figure is not None and measured.follows and ev.figure.kind == "count" and (thing := _counted_of_another(
            text, ev.figure, [t for t in measured.terms if scope is None or not names_report(t, scope)])):
        ev.problems.append(f"the passage says {thing} of another figure")  # "0—6岁儿童健康管理率93.8%"
        score *= w8.other_kind
    if ev.figure is not None and question.asks_undone and not _undone(text, ev.figure):
        ev.problems.append("the figure is what was done, the question asks what was not")  # "还有多少没到位"
        score *= w8.other_kind
    elif ev.figure is not None and _not_done(text, ev.figure, question):
        ev.problems.append("the figure is what was not done")  # "未支付的107.34万元" for "付出去多少"
        score *= w8.other_kind
    if question.person and anchors:
        # "组长：胡小军" / "杨春梅任组长": the role is tied to a name
        tied = any(_ROLE_COLON.match(text, end) or person_of_role(text, start, end) or text[max(0, start - 1) : start] == "任"
                   for start, end, _ in anchors)
        score = score + w8.role_named if tied else score * w8.role_unnamed
    if question.kinds[0] == "name" and asks_organisation(question.text):
        if (roles := role_asked(question)) and not organisations_in_role(ev.text, roles):
            # "监理单位是哪家" of "施工和监理单位均通过公开招标确定": the role said, no organisation named with it
            ev.problems.append("no organisation named in the role asked")
        if next(organisations.names_in(ev.text), None) is not None:
            score += w8.organisation_named  # "是哪个单位具体实施的": a passage naming an organisation ("实施单位：…中心")
        if any(w in question.text for w in ASKING.organisation.sections) and organisations.sections_in(ev.text):
            score += w8.organisation_named  # "哪个科室实施的": one naming a section of it ("…管理局食品抽检监测科", "由局财务审计处")
    if question.kinds[0] == "grade":
        if grade := grade_in(text):
            ev.label = grade[1]
        else:
            ev.problems.append("no grade given")
            score *= w8.no_grade
    if question.numeric and any(w in question.text for w in NOW_ASKED) and any(w in text for w in NOW_STATED):
        score += w8.latest_figure
    if ev.figure is not None and question.asks_whole \
            and _WHOLE_SAID.search(whole := _clause_before(text, ev.figure)) \
            and all(found(t, whole) for t in measured.terms[:1]):  # (of what is measured: not "本年支出合计中，一般…")
        score += w8.whole_figure  # "3个项目一共预算多少" of "3个项目共安排预算资金2 350.96万元", not one item's
    if document and not cites:
        ev.problems.append("no document named")  # asked 依据哪个文件: a passage that cites none
        score *= w8.no_document
    if not question.numeric and _says_use(question, text):
        score += w8.use_given  # "这笔彩票公益金用在了什么项目上" of "…补助资金200万元，用于…托养中心建设项目"
    if "reason" in question.kinds:
        if any(w in text for w in REASON_WORDS):
            score += w8.reason_given
        else:
            score *= w8.no_reason

    years = {int(y) for y in _YEAR_IN.findall(text)}
    doc_id = ev.doc_id
    others = {y for d, y in question.scope_years.items() if d != doc_id}
    for year in question.years:
        if year in others and year != meta.year and (question.compare or len(question.regions) > 1):
            continue  # "吴川2023年和江门2021年": 2021 belongs to the other report
        # "…于2024年1月拨付" in a 2023 report says no 2024 figure; "截至2024年2月28日，累计支出…" does
        later = bool(meta.year and year > meta.year and ev.figure is not None
                     and str(year) not in clause_to(text, ev.figure)
                     and not re.search(rf"(?:截[至止]|到){year}年", sentence_to(text, ev.figure))
                     and not (_plan_asked(question) and _plan_of_year(sentence_to(text, ev.figure), year)))
        if year != meta.year and (year not in years or later):
            if meta.year and year == meta.year - 1 and ev.figure is not None \
                    and PRIOR_SAID.search(_clause_before(text, ev.figure)):
                continue  # "上一年（2020年）的支出" of a 2021 report: "较上年的271.30万元" is 2020's
            ev.problems.append(f"the report does not give {year}")
            score *= w8.other_year
    if meta.of_a_project and asks_whole_department(question.text):
        ev.problems.append("the report is one project's, not the department's whole")
        score *= w8.other_place
    if (names := question.elsewhere.get(ev.doc_id)) and not any(n in text or n in context for n in names):
        ev.problems.append(f"the passage is about {meta.region}, not {names[0]}")
        score *= w8.other_place
    if meta.year and (not question.years or meta.year in question.years):
        # (the year before the report's is what "上一年" asks)
        asked_prior = {meta.year - 1} if "prior" in classes(qualifiers_in(question.asked)) else set()
        other = years - {meta.year, meta.year + 1} - asked_prior
        if other and meta.year not in years and ev.figure is not None and ev.figure.kind != "date" \
                and not said_of_this_year(text, ev.figure):
            # "2022年一般公共预算财政拨款收入1671.10万元" in a 2023 report answers about 2022
            fig_clause = without_closed_asides(text[: ev.figure.start])[-30:]
            as_of = {int(y) for y in _AS_OF.findall(fig_clause)} if not question.years else set()
            bases = {int(y) for y in BASE_YEAR.findall(fig_clause)}  # "较2022年削减1,726吨": 2022 is compared with
            # (so is the year a level rose from: "由2022年的每人每年5640元提高到6120元，增长8.51%")
            bases |= {int(y) for y in _RISEN_FROM.findall(fig_clause)} if _CHANGED_TO.search(fig_clause) else set()
            if any(str(y) in fig_clause for y in other - as_of - bases):
                # a stock as of a date ("截止2016年10月底，馆藏档案155个全宗") is the latest the report
                # gives: it answers a question that names no year
                ev.problems.append("the figure is for another year")
                score *= w8.figure_of_other_year
    if ev.figure is not None and any(t.word in LEXICON.carried for t in question.terms) \
            and any(w in _clause_before(matchable(ev.text), ev.figure) for w in LEXICON.carried_in) \
            and not any(w in question.text for w in LEXICON.carried_in_asked):
        ev.problems.append("the figure came in from last year")  # "结转2025年支付的" of "上年结转资金21.46万元"
    ev.score = score + w8.rank_prior * rank_prior


_CLAUSE = re.compile(r"[，,。；;\n]")
_PERSON_AFTER = re.compile(r"\s*[：:\t]\s*([\u4e00-\u9fa5]{2,3})(?=[，,、；;。\s(（]|$)")  # "组长：胡小军", "项目负责人\t刘洪涛"
# "项目负责人为中心主任余建平", "联系人为局财务股马文静": 为 or 是, perhaps a post, then the name
_PERSON_NAMED = re.compile(rf"(?:为|是)(?:[\u4e00-\u9fa5]{{0,14}}?(?:{alternatives(ASKING.person.titles)}))?"
                           rf"([\u4e00-\u9fa5]{{2,4}})(?=[，,、；;。\s(（）)]|$)")


_ROLE_COLON = re.compile(r"\s*[：:\t]\s*[\u4e00-\u9fa5]{2,4}")  # "组长：胡小军党组书记…": words after the role's colon
# "由分管副局长郑国华任组长": a post or 由, the name, then 任 and the role
_PERSON_BEFORE = re.compile(rf"(?:{alternatives(ASKING.person.titles)}|由)([\u4e00-\u9fa5]{{2,3}})任$")


def person_of_role(text: str, start: int, end: int) -> str:
    """The name of the person a role written at [start, end) is tied to ("组长：胡小军", "负责人为站长向红军", "由分管
    副局长郑国华任组长"), or ""."""
    m = _PERSON_AFTER.match(text, end) or _PERSON_NAMED.match(text, end) \
        or _PERSON_BEFORE.search(text, max(0, start - _BEFORE_ROLE), start)
    return m.group(1) if m else ""


_BEFORE_ROLE = 12  # characters before a role that may hold the post and name of who holds it


def role_said_as_asked(text: str, at: int, question: str) -> bool:
    """Whether the words right before a role in the passage are the question's too, or none stand there ("项目负责人"
    asked "…项目谁是负责人"; not 财务负责人)."""
    before = re.search(r"[\u4e00-\u9fa5]{1,2}\Z", text[max(0, at - 2) : at])
    return before is None or before.group() in question


def organisations_in_role(text: str, roles: Sequence[Term]) -> list[tuple[int, str]]:
    """The organisations a passage names in a clause that says one of the roles ("项目施工单位为四川彝州路桥建设有限公司"
    for 施工), each with where its name starts."""
    out: list[tuple[int, str]] = []
    ends = [m.start() for m in _CLAUSE.finditer(text)] + [len(text)]
    start = 0
    for k, end in enumerate(ends):
        if any(found(t, matchable(text[start:end])) for t in roles):
            # (and the clause that goes on to name it: "下属事业单位1个，即北川…应急救援保障中心")
            to = ends[k + 1] if k + 1 < len(ends) and _NAMING_ON.match(text, end + 1) else end
            out += [(start + at, name) for at, name in organisations.names_in(text[start:to])]
        start = end + 1
    return out


_NAMING_ON = re.compile(r"\s*(?:即|为|是|系|分别是|分别为|包括)")


def is_answer(ev: Evidence, question: Question) -> bool:
    """Whether the best evidence answers: no problem found, enough of the question covered, and a
    figure of the asked kind for a figure question."""
    if ev.problems:
        return False
    if question.numeric:
        return ev.figure is not None and ev.coverage >= MIN_COVERAGE
    if question.kinds[0] == "grade":
        return ev.coverage >= MIN_COVERAGE  # a grade given ("自评等级：优") is as plain an answer as a figure
    return ev.coverage >= MIN_COVERAGE_TEXT


def candidates(hits: list[Hit], question: Question, pairs: bool) -> list[tuple[Evidence, float]]:
    """Sentences (and, for explanations, adjacent sentence pairs) of the retrieved chunks."""
    out: list[tuple[Evidence, float]] = []
    top = hits[0].score if hits else 1.0
    for hit in hits:
        chunk = hit.chunk
        spans = sentence_spans(chunk.text)
        prior = hit.score / top if top else 0.0
        for i, (s, e) in enumerate(spans):
            out.append((Evidence(chunk, chunk.clean_start + s, chunk.clean_start + e, chunk.text[s:e]), prior))
            # a pair stays inside one list item: "二是…" and "2.项目支出…" answer different things
            if pairs and i + 1 < len(spans) and marker_level(chunk.text[spans[i + 1][0] : spans[i + 1][1]]) is None:
                e2 = spans[i + 1][1]
                out.append((Evidence(chunk, chunk.clean_start + s, chunk.clean_start + e2, chunk.text[s:e2],
                                     pair=True), prior))
    return out


_MEASURES = ("amount", "count", "rate", "score")  # kinds of figure a sentence says of what it names (not a date)


def _rows_of_a_table(ev: Evidence) -> bool:
    """Whether a pair is two rows of a table (cells set apart by tabs), each named in its first cell: not its header
    over its first row, nor a line whose cells go on from those above it."""
    spans = sentence_spans(ev.text)
    if len(spans) < 2 or not all("\t" in ev.text[a:b] for a, b in spans):
        return False
    second = ev.text[ev.text.rfind("\n", 0, spans[1][0]) + 1 : spans[1][1]]  # (from its line's start)
    if not second.split("\t")[0].strip():
        return False  # "\t2 314项，整改率99.6%；": the line goes on with the cells above it, a sentence wrapped in its column
    first = ev.text[spans[0][0] : spans[0][1]].strip("\n")
    at = ev.chunk.text.find(first)
    above = ev.chunk.text[:at].rstrip("\n").rsplit("\n", 1)[-1] if at > 0 else ""
    # (a header holds no figure, and opens its table or names columns a form has: "项目资金 | 年初预算数 | …")
    headings = sum(_HEAD_MARKS.sub("", c) in _FORM_COLUMNS for c in first.split("\t"))
    return bool(_figures(first)) or "\t" in above and headings < 2


def _named_in_the_other(ev: Evidence, question: Question, scope: Scope | None) -> bool:
    """Whether a pair's figure stands in its first sentence and a word of the question that names what is asked
    (no qualifier, no money word, no name of the report) only in the second, in the clause of a figure of the
    kind asked ("…实际支出1 541.09万元。其中，聘请中介机构参与…支出412.50万元。")."""
    spans = sentence_spans(ev.text)
    if len(spans) < 2 or ev.figure is None:
        return False
    cut = spans[1][0]
    if ev.figure.start >= cut:
        return False  # the sentence before says whose figure it is ("…运维管护资金预算185.00万元，…。全年实际支出…")
    own, other = ev.text[:cut], ev.text[cut:]
    head = _CLAUSE_END.split(own[: ev.figure.start])[-1]
    if len(_CJK.findall(_NO_LABEL.sub("", head))) < 2:
        return False  # "分别为62.9亿元、64.5亿元": the figure's own clause names nothing
    own_words = matchable(own)
    return any(not found(t, own_words) and _labels_a_figure(t, other, question.kinds[0]) for t in question.terms
               if not qualifiers_in(t.word) and t.word not in ASKING.money_nouns
               and (scope is None or not names_report(t, scope)))


# what a clause says before its figure that names nothing: years, figures, "分别为"
_NO_LABEL = re.compile(r"(?:19|20)\d{2}\s*年度?|[\d.\s、]+|分别[为是]?|[为是达共约]")


def _labels_a_figure(term: Term, text: str, kind: str) -> bool:
    """Whether a sentence says the term in the clause of a figure of the kind, before it ("其中，聘请中介机构参与
    政府投资审计支出412.50万元"; not "…加工车间二期建设项目资金,项目全年预算数…执行率98%": a name, then other clauses)."""
    for form in term.forms:
        for _, said_end in literal.spans(text, form):
            clause = text[said_end :]
            clause = clause[: (end.start() if (end := _CLAUSE_END.search(clause)) else len(clause))]
            if any(fig.kind == kind for fig in find_figures(clause)):
                return True
    return False


def best_evidence(hits: list[Hit], question: Question, weights: dict[str, float],
                  library: Library, scope: Scope | None = None) -> list[Evidence]:
    """Candidate passages of the hits, best first; the winner is widened to the list it opens."""
    scored = []
    metas: dict[str, ReportMeta] = {}
    measured = measured_terms(question)
    # a project the question names that the report does not ("退耕还林项目" of a 防灭火 project's report):
    # read once for the report, no passage of it answers
    nowhere = (_named_nowhere(question, weights, scope) or _unlisted_item(question, weights, scope)
               or _rate_unsaid(question, scope)) if scope is not None else ""
    cleans: dict[str, str] = {}
    for ev, prior in candidates(hits, question, pairs=True):
        meta = metas.get(ev.doc_id) or metas.setdefault(ev.doc_id, library.meta(ev.doc_id))
        if question.numeric and ev.doc_id not in cleans and marker_level(ev.text.lstrip()) is not None:
            cleans[ev.doc_id] = library.texts(ev.doc_id)[1].text  # a list item's opening line is read there
        score_evidence(ev, question, weights, meta, prior, scope, measured, cleans.get(ev.doc_id, ""))
        if nowhere:
            ev.problems.append(f"the report does not say {nowhere}")
        if ev.pair and _rows_of_a_table(ev):
            # "带动企业研发投入 | ≥1亿元 | 1.47亿元" over "技术合同登记额增长 | …": no row is named by the one below it, nor
            # by the one above ("农村公路通行安全水平 | 明显提升 | 显著提升" over "沿线群众满意度 | ≥90% | 93.8%")
            continue
        if ev.pair:
            ev.score -= 0.03  # a single sentence beats a pair that says no more
            if question.kinds[0] in _MEASURES and ev.figure is not None and _named_in_the_other(ev, question, scope):
                # "请中介机构花了多少钱" of "…实际支出1 541.09万元。其中，聘请中介机构…支出412.50万元。": the figure of
                # the sentence that does not say what is asked; the sentences alone are read as well
                continue
        scored.append(ev)
    scored.sort(key=lambda e: -e.score)
    if scored and not question.numeric:
        scored[0] = extend_passage(scored[0], paragraph="reason" in question.kinds)
    return scored


_ENUM_NEXT = re.compile(r"^(?:[二三四五六七八九十]是|[（(][二三四五六七八九十\d]+[）)]|[②③④⑤⑥⑦⑧⑨⑩]|\d+[.．、])")


def extend_passage(ev: Evidence, limit: int = 400, paragraph: bool = False) -> Evidence:
    """A heading answers with what it heads; "一是…" answers with "二是…" and the rest of the list;
    with paragraph (a reason), the rest of the paragraph, where the explanation often goes on
    ("…实际安排20000万元。预算执行过程中，…约8272.25万元调整至相应部门进行支付。")."""
    chunk = ev.chunk
    spans = sentence_spans(chunk.text)
    rel_end = ev.end - chunk.clean_start
    following = [(s, e) for s, e in spans if s >= rel_end]
    text = ev.text
    heading = heading_title(text.strip()) is not None
    enumerating = bool(re.search(r"[一1]是|[（(][一1][）)]|①", text)) or heading
    end = ev.end
    for s, e in following:
        piece = chunk.text[s:e]
        if e - (ev.start - chunk.clean_start) > limit:
            break
        same_paragraph = paragraph and "\n" not in chunk.text[end - chunk.clean_start : s]
        if heading or (enumerating and _ENUM_NEXT.match(piece)) or same_paragraph:
            end = chunk.clean_start + e
            heading = False if piece.endswith("。") and not enumerating else heading
            continue
        break
    if end == ev.end:
        return ev
    widened = Evidence(chunk, ev.start, end, chunk.text[ev.start - chunk.clean_start : end - chunk.clean_start],
                       ev.coverage, ev.score, ev.figure, ev.label, list(ev.problems))
    return widened
