"""Answer from labelled figures (ingest/labels.py): the figure whose label and column are what the
question asks, with qualifiers that agree — or none, so the evidence path answers as before.

Pure: takes the analysed question and the stored labelled figures of the reports in scope, with
each report's text; returns the chosen figure or None. The rules:

- every term of the question is accounted for: by the figure's label or column, by the report's
  scope (its title, department, place, the form's fields and project), or, for a term that is
  only a qualifier ("全年执行数", "实际完成"), by the figure's qualifiers. A term the report never
  uses means the report does not say what is asked: no choice;
- something the figure measures is asked: a term in its label, or a column asked of the row of the
  whole (年度资金总额) or of a prose label that is the column's own words ("全年执行数33.78元");
- qualifiers agree: a change (增减/同比) or a share (占比) answers only a change or a share; last
  year's figure (上年) only a question about last year; points (分值/得分) and the form's rates
  (执行率) only when asked; a plan (预算/目标) never answers a question about what was done (实际/
  执行), nor the other way round; a named budget (年初预算, 全年预算, 调整预算) is answered only by
  a figure that names it;
- a plan answers only a question that asks the plan ("全程网办率年初申报指标值为80%，实际完成
  指标值为99.06%": the result is the answer, and the evidence path finds it);
- a sentence's label says no more than was asked, but for two characters and the report's own
  place: "地方投入…补助资金" does not answer "中省下达的…补助资金" (a form row names its indicator
  and may say more);
- a part asked by who pays ("市级补助资金") is answered only by a figure that names it, never by the
  row of the whole; the row of the whole answers a column asked of it, but its 得分 is not the
  form's total score;
- a row named as its project ("野生动物收容所") answers a question that names the project and the
  quantity the row is measured in ("多大面积", 平方米);
- of what is left, the most label words win, then (of labels the question's words matched) the one
  saying least beyond the question, then what was done over a figure that says neither,
  then a form's column named in the question's own words ("实际完成" of 实际完成值) over a
  qualifier read from a sentence, then the form's row of the whole, then the label that says
  least beyond the question; two candidates left level with different values are a tie, and a
  tie is no answer.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

from app.answering.question import (
    FIGURE_TERM,
    WHOLE_THEN_PART,
    Question,
    Term,
    asks_not_done,
    asks_people,
    asks_per_unit,
    asks_per_unit_only,
    asks_things,
    asks_whole_department,
    meant,
    measured_terms,
    of_the_whole,
    other_grade,
    payer_wordings,
    per_unit,
    per_unit_value,
    said_short,
    unit_fits,
    verb_asked,
)
from app.answering.scope import (
    Scope,
    abbreviates,
    covered,
    found,
    in_opening,
    listed_for_another,
    listed_in_opening,
    matchable,
    names_report,
    of_an_unasked_place,
    part_measure,
    spelt_in,
)
from app.answering.when import figure_at, items_listed, items_paired, over_years_unasked, year_of
from app.core import literal, organisations
from app.core.breakdown import said_undone, sources_named, who_pays
from app.core.gazetteer import default_gazetteer
from app.core.headings import marker_end, names_a_task, names_an_item
from app.core.numbers import (
    BOUND_SIGNS,
    BOUND_WORDS,
    TAKEN_OFF,
    find_figures,
    is_bound,
    normalise_digits,
    range_span,
    said_unreached,
)
from app.core.organisations import names_a_unit
from app.core.records import LabelledFigure
from app.core.tokenize import dictionary_words, tokenize
from app.core.tokenize import words as tokens_of
from app.vocab.asking import ASKING
from app.vocab.indicators import ends_word
from app.vocab.labels import (
    ACHIEVED,
    BUDGET_CHANGERS,
    BUDGET_CHANGES,
    CHANGES_AFTER_BASE,
    COMPARISON_BASES,
    CONNECTORS,
    DEDUCTED,
    DONE,
    FORMS,
    FUND_SOURCES,
    FUND_WORDS,
    NAMED_BUDGETS,
    PLAN,
    QUALIFIERS,
    TARGET,
    TASK_WORDS,
    WORDINGS,
    asked_in,
    classes,
    compared_with,
    one_budget,
    qualifiers_in,
    says_change,
    without_wordings,
    wordings_in,
)
from app.vocab.lexicon import (
    ALLOCATED_TO,
    BOILERPLATE,
    CUMULATIVE_WORDS,
    FUNDS_SIZE,
    GENERIC_LABELS,
    INCOME_WORDS,
    LABEL_DOINGS,
    LABEL_FILLERS,
    LABEL_MEANS,
    LEXICON,
    OWN_LEVEL_ASKED,
    OWN_SUBJECT,
    PAST_COMPARE_CUES,
    PERIOD_WORDS,
    SECTION_WORDS,
    SUBJECT_WORDS,
    SUM_WORDS,
    THIS_YEAR,
    WEAK_WORDS,
    WHOLE_ASKED,
    WHOLE_DEPARTMENT,
    YEAR_ONLY_ASKED,
    as_of_phrases,
    periods_in,
)
from app.vocab.load import alternatives, char_class
from app.vocab.units import UNITS

_KINDS = {
    "amount": ("amount", "number"),
    "rate": ("rate",),
    "count": ("count", "number", "amount"),  # "全年执行数多少": 多少 without a unit asks an amount too
    "score": ("score",),
    "date": ("date",),  # a form's 完成时限: "2023年12月" planned, "2023年10月" done
    "value": ("rate", "count", "number", "amount", "date"),  # a form's 年度指标值: what it measures
}
_GUARDED = ("change", "share", "prior", "weight", "deducted", "ratio")  # classes a figure has only when asked
_MONEY_WORDS = {1e8: "亿元", 1e4: "万元", 1e3: "千元"}
_FIELD_KINDS = ("name", "other")
_EXECUTED = re.compile("执行(?!率)")  # 执行数, 全年执行: what was spent (not 执行率, its share)
_SUBJECTS = sorted(SUBJECT_WORDS, key=len, reverse=True)  # 项目, 工程…: whose figure, longest first
# what was not done, as a label opens with it ("未支出部分", "尚未拨付"): a question asking what was not
# done says it in its own words ("没花完的钱")
_NOT_DONE = re.compile(f"^(?:{alternatives(sorted(ASKING.not_done, key=len, reverse=True))})"
                       f"(?:{alternatives(sorted(ASKING.not_done_verbs, key=len, reverse=True))})?")
_ASKED_IN_OTHER_WORDS = {"rate": "ratio", "score": "score"}  # the kind asked, and the class of its wordings
_SELF_REFERENCES = frozenset(organisations.self_references())
_OWN_PLACE = re.compile(r"[我本][省市县区州旗盟镇乡]")  # the report's place as it speaks of itself ("我市")
_PROJECT_ENDS = ("项目", "工程", "经费", "资金", "补助", "补贴")  # a section named for a project or fund
_CJK = re.compile(r"[\u4e00-\u9fff]")
# who paid and how, of the report's own project ("区财政安排项目预算48.60万元"): no item of it
_PAYER_ONLY = re.compile(rf"(?:[省市县区镇乡旗]级?|中央|本级)?财政(?:{alternatives(ASKING.payers_said.before)})*"
                         rf"(?:{alternatives(sorted(SUBJECT_WORDS, key=len, reverse=True))})?")
# the report's own project or department, and when ("本项目年度预算": its budget, no item's)
_OWN_SUBJECT = re.compile(rf"(?:本|该|此)?(?:{alternatives(sorted(SUBJECT_WORDS, key=len, reverse=True))})|年度|全年|本年|当年")
_BUDGET = "预算"  # what a label of a budget says
_WHEN_CHANGED = "年中"  # of the budget's changes, the word that says only when
_PRIOR = next(q.name for q in QUALIFIERS if q.cls == "prior")  # 上年
_BOILERPLATE = sorted(BOILERPLATE, key=len, reverse=True)  # how questions name the report itself, longest first
_SPENT_RATIO = next(q.name for q in QUALIFIERS if q.cls == "ratio" and q.name.startswith(DONE))  # 执行率: the share spent
_SPENT = tuple(LEXICON.concepts["spend"].worded)  # "支出": what was spent
_PEOPLE_WORD = 3  # characters of a word that only says who are counted ("老人", "老年人"), at most
_EXTRA = 2  # characters a prose label may hold beyond what is asked ("的", "年度")
# label characters matched for the label that says least beyond the question to win a tie: one
# generic word ("资金" of 全年执行资金) is too little to prefer one figure over another
_FIRM = 4
_SYNONYM = 0.5  # what a label matched by another wording of the asked concept counts for less
# what counts a little less than a figure said as plainly: a bound in a sentence ("不少于1500台") against
# what was done, a part ("其中…") when the whole is asked, a bare label's borrowed name
_DOUBT = 0.01


@dataclass(frozen=True)
class _NotCarried:
    """A figure's label does not answer: the term of the question it does not carry ("特困户" of 低保户危房改造户数)."""

    term: Term


@dataclass(frozen=True)
class Choice:
    figure: LabelledFigure
    label: str  # how the answer names it: "年度资金总额（全年执行数）"
    shown: str  # the figure as the answer gives it: "321.62万元"
    also: LabelledFigure | None = None  # a second figure the answer states, cited apart (a target said elsewhere)


def shown(f: LabelledFigure) -> str:
    """The value as the answer gives it: a form's bare money figure with the form's unit."""
    if f.kind == "amount" and f.value is not None and re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", f.value_text):
        number = float(f.value_text.replace(",", ""))  # "2,450.00" as the form writes it
        factor = f.value / number if number else 1.0
        word = next((w for k, w in _MONEY_WORDS.items() if abs(factor - k) < 1e-6 * k), "元")
        return f"{f.value_text}{word}"
    if f.kind == "score" and re.fullmatch(r"\d+(?:\.\d+)?", f.value_text):
        return f"{f.value_text}分"  # a form's bare points: "合计 | 100 | 95.59" under 得分
    if f.origin == "prose" and (at := _value_at(f)) >= 0 and f.quote[at : at + len(f.value_text)] == f.value_text:
        start, end = range_span(f.quote, at, at + len(f.value_text))
        if (start, end) != (at, at + len(f.value_text)):
            return f.quote[start:end]  # "约180万元—220万元": the range it bounds, as the sentence says it
    return _bound_sign(f) + f.value_text  # "目标值≥95%": a bound says it is one


def _name(f: LabelledFigure) -> str:
    if f.origin == "prose" and f.subject and not _unqualified(f.label) and not re.search(r"[\d\s]", f.subject):
        return f.subject + f.label  # "法官人均结案实际完成", not a bare "实际完成"
    if f.origin == "field" or not f.column:
        # ("义务教育学生资助人数（扣分）": the points its sentence says it lost, where its label does not say so)
        return f"{f.label}（{DEDUCTED}）" if DEDUCTED in f.qualifiers and not TAKEN_OFF.search(f.label) \
            and DEDUCTED not in f.label else f.label
    return f"{f.label}（{f.column}）" if f.label else f.column


def _agree(asked: tuple[str, ...], f: LabelledFigure, payers: frozenset[str] = frozenset()) -> bool:
    """The question's qualifiers and the figure's agree (see the module docstring). A fund the
    question names by who pays ("县级财政出了多少") is given by its share of the plan when nothing
    done is said of it: the plan is that fund's only figure, not another wording of the question's."""
    qa, fa = classes(asked), classes(f.qualifiers)
    for cls in _GUARDED:
        if cls in ("change", "share") and fa & {"score", "weight"}:
            continue  # the points of the row "…发案数同比下降": its name's 同比 says which row, not which figure
        if (cls in fa) != (cls in qa):
            if cls == "ratio" and f.kind == "rate" and cls in qa and not fa & {"change", "share"}:
                continue  # "执行率" asked of a prose rate labelled 执行率 is fine; handled by the label
            if cls in ("ratio", "share") and {"change"} <= qa & fa and cls in classes(qualifiers_in(f.subject)):
                continue  # "执行率比上年高了几个百分点" of "预算执行率97.0%，比上年提高1.6个百分点": the rate's change
                # (and "药占比降了几个点" of "药占比28.6%，较上年下降2.3个百分点": the share's)
            return False
    if "score" in fa and "score" not in qa:
        return False
    if "actual" in qa and "plan" not in qa and "plan" in fa and "actual" not in fa:
        return False
    if "plan" in qa and "actual" not in qa and "actual" in fa and "plan" not in fa:
        return False
    if "plan" in fa and "actual" not in fa and "plan" not in qa and not _fund_of(matchable(f.label), payers):
        return False  # a plan answers only a question about the plan; what was done is told elsewhere
    named = NAMED_BUDGETS & set(asked)
    # "年初预算合计" is not any 预算: only the one named (a change, of its subject's: "年初安排…180万元，较上年
    # 增加30万元")
    return not named or named <= one_budget(f.qualifiers) \
        or "change" in fa & qa and named <= one_budget(qualifiers_in(f.subject))


def _total_score(f: LabelledFigure) -> bool:
    """Whether a figure is the points a report got in all ("总分 100 98.75", "自评总分94.11分")."""
    return f.kind == "score" and matchable(f.label).endswith(tuple(FORMS.score_rows)) and "weight" not in classes(f.qualifiers)


def _qualifier_only(term: Term) -> bool:
    """A term that only says which figure ("全年执行数", "实际完成", "执行率"), not of what."""
    rest = term.word
    for word in WORDINGS:
        rest = rest.replace(word, "")
    return rest != term.word and (len(rest) <= 1 or rest in ("数", "值", "资金", "金额", "情况"))


_LOCATIVES = "中里上内"


_ORG_ENDS = tuple(organisations.data()["suffixes"])
_UNIT_ENDS = (*_ORG_ENDS, *organisations.data()["own_offices"])  # "…中心", "局机关": a unit of the department


def of_the_place(f: LabelledFigure, names: tuple[str, ...]) -> bool:
    """Whether a figure is said of the place named (a village a town's report lists among others): its
    subject or section names it, or its row or sentence does before it with no other place between
    ("纳合村收入22.6万元"; not "五福村…全年集体经济收入41.3万元" though the sentence names 纳合村 after it)."""
    if any(n in f.subject or n in f.section for n in names):
        return True
    if (item := _listed_item(f)) is not None:
        return any(n in item for n in names)  # "醴陵市、攸县…分别为0.93万人、0.71万人…": 0.71万人 is 攸县's
    head = f.quote[: _value_at(f)] if f.origin == "prose" else f.quote
    return any((at := head.rfind(n)) >= 0 and not default_gazetteer().local_names(head[at + len(n) :], [])
               for n in names)


def _listed_item(f: LabelledFigure) -> str | None:
    """The item a "分别" list of its sentence pairs a figure with, or None when it stands in no such list."""
    listed = _listed(f)
    return listed[0][listed[1]] if listed else None


def _listed(f: LabelledFigure) -> tuple[list[str], int] | None:
    """The items of a "分别" list of its sentence the figure stands in, as many as its figures, and the figure's place."""
    if f.origin != "prose" or "分别" not in f.quote or (fig := figure_at(f.quote, _value_at(f))) is None:
        return None  # (no figure to find where no list is: this runs for every figure of a place asked)
    return items_paired(f.quote, fig)


def _said_of_its_list(term: Term, f: LabelledFigure) -> bool:
    """Whether the clause of a "分别" list the figure is an item of says the term, not as one of its items
    ("吴兴区、南浔区…分别开工24个、17个…": 开工 of each; "醴陵市、攸县…城镇新增就业分别为…": 城镇新增就业)."""
    if _listed_item(f) is None:
        return False
    head = f.quote[: _value_at(f)]
    listed = head[: head.rfind("分别")]
    clause = _CLAUSE_ENDS.split(listed)[-1] + head[len(listed) :]
    return found(term, matchable(clause)) and not any(found(term, matchable(item)) for item in items_listed(listed))


def _said_of_a_place(f: LabelledFigure, question: Question) -> bool:
    """Whether the question names a place inside the report (a village) and the figure is said of it."""
    names = question.elsewhere.get(f.doc_id, ())
    return bool(names) and of_the_place(f, names)


def _of_a_place_unasked(f: LabelledFigure, question: Question, scope: Scope) -> bool:
    """Whether a sentence's figure is said of a place inside the report (its part opens with a village's
    or town's name: "林驮村依托芒果分拣中心…，全年集体经济收入58.6万元") that neither the question nor the report's
    own names name."""
    if f.origin != "prose" or question.elsewhere.get(f.doc_id):
        return False  # (a question naming a village is answered of it: of_the_place)
    return of_an_unasked_place(_sentence_head(f), question.text, scope.names, f.quote)


def _of_places_together(label: str, question: str) -> bool:
    """Whether a row names several places ("东杜村、西杜村") and the question one of them, not all."""
    parts = [p for p in re.split(r"[、，,和及]", matchable(label)) if p]
    if len(parts) < 2 or any(default_gazetteer().opening_place(p) != p for p in parts):
        return False
    said = [p in matchable(question) for p in parts]
    return any(said) and not all(said)


def _short_for_organisation(term: Term, name: str) -> bool:
    """Whether a term is an organisation's short name ("职教中心", "卫健局") that the name spells in full."""
    return bool(organisations.org_at(term.word, 0)) and abbreviates(term, name)


def _names_item(term: Term, item: str) -> bool:
    """Whether a term names an item, in its words or, an organisation's, short ("职教中心" of 博山区职业教育中心)."""
    return found(term, item) or _short_for_organisation(term, item)


def _abbreviates_the_row(term: Term, label: str) -> bool:
    """Whether a term is an organisation's short name ("卫健局", "市场监管局") and the label the name of that
    organisation in full ("安溪县卫生健康局"): a table's row of one department among several."""
    name = matchable(label)
    return organisations.org_at(name, 0) == name and _short_for_organisation(term, name)


def names_project(term: Term, name: str) -> bool:
    """Whether a term names a project, in its words or short ("非遗" of 非物质文化遗产保护传承)."""
    return bool(name) and (found(term, name) or abbreviates(term, name))


def _of_a_project(f: LabelledFigure, said: _Said) -> bool:
    """Whether a figure stands in the form of one of the projects a report of several gives (its 项目名称), or
    in what is said inside it ("全年执行数：99.36万元"), not in the department's own figures."""
    # (or in a form under a heading naming its project: "（一）小麦“一喷三防”补助" over "年初预算数 1 000.00 …")
    # (not under an organisation's name, as a form one cell a line sets its 部门名称's value alone: "临洮县统计局")
    return matchable(f.subject) in said.projects.get(f.doc_id, ()) \
        or f.origin == "form" and not f.subject and bool(item := section_item(f.section)) and not names_a_unit(item)


def _unit_heading(f: LabelledFigure) -> str:
    """The unit a prose figure's section heading names ("（一）霍山县水利工程管理站"), without its number; else ""."""
    heading = section_item(f.section) if f.origin == "prose" else ""
    return heading[marker_end(heading) :] if heading and names_a_unit(heading) else ""


# units of a kind said all together ("各镇（街道）水利站会同…", "全县各中小学"): the report's own work done through
# them, no one unit other than the report's
_EVERY_UNIT = re.compile(r"(?:[全本我][省市州盟县区旗镇乡])?各")


def _of_a_unit_unasked(f: LabelledFigure, question: Question, scope: Scope) -> bool:
    """Whether a figure is said of an organisation other than the report's (its subject, "区财政投资评审中心"),
    which the question does not name."""
    # (a figure with no subject of its own in a sentence a unit opens is that unit's too: "县图书馆…建成城市书房3家，
    # 总数达到14家")
    # (the unit that opens the figure's own part of the sentence, after a "；": "全年县图书馆接待读者…；县文化馆举办各类培训班
    # 64期，培训群众3,420人次" is the 文化馆's)
    part = re.split(r"[；;]", f.quote[: _value_at(f)])[-1].lstrip() if f.origin == "prose" and not f.subject else ""
    opened_by = (organisations.org_at(part, 0) or organisations.org_at(f.quote.lstrip(), 0)) if part else ""
    subject = matchable(f.subject or _unit_heading(f) or opened_by)
    return bool(subject) and subject.endswith(_UNIT_ENDS) and subject not in scope.names \
        and subject not in _SELF_REFERENCES and not _EVERY_UNIT.match(subject) \
        and not any(found(t, subject) for t in question.terms)


_WHOLES_WORDS = sorted({*THIS_YEAR, *FORMS.total_words, *GENERIC_LABELS, *WHOLE_ASKED, "年度", "部门", "整体", "数"},
                       key=len, reverse=True)


def _names_an_item(f: LabelledFigure) -> bool:
    """Whether a figure's label names something of its own beyond a sum's words ("支出救助资金": 救助),
    not only the report's whole ("全年执行数", "本年支出合计")."""
    return bool(_CJK.search(_strip_words(_unqualified(f.label), _WHOLES_WORDS)))


@lru_cache(maxsize=256)
def _asks_target(text: str) -> bool:
    """Whether a question asks a target (asked once per question, not per figure)."""
    return TARGET in asked_in(text)


def _strip_words(text: str, words: Sequence[str]) -> str:
    for word in words:
        text = text.replace(word, " ")
    return text


def _names_form_part(term: Term) -> bool:
    """A term that names the self-evaluation form or its indicator rows ("表中", "指标")."""
    rest = term.word
    for part in FORMS.parts:
        rest = rest.replace(part, "")
    return rest != term.word and not rest.strip(_LOCATIVES)


_NOTE = re.compile(r"[（(][^（）()]*[）)]$")
_A_NOTE = re.compile(r"[（(][^（）()]*[）)]|——[^—]*——")  # an aside: "（…）", "——含首次执行及恢复执行案件——"


@lru_cache(maxsize=8192)
def _under_a_task(f: LabelledFigure) -> bool:
    """Whether a figure's section is a numbered task of the report's, in words of its own ("4.严重精神障碍管理。在册患者
    规范管理率88.45%"): what the heading names, its figures measure."""
    heading = f.section.split(" > ")[-1]
    return marker_end(heading) > 0 and names_a_task(heading[marker_end(heading) :].strip(" 。.：:"))


def section_item(section: str) -> str:
    """The item a section path names: its deepest heading with words beyond those every report's
    headings use ("二、收支情况 > （三）“三公”经费" → （三）“三公”经费; "二、部门收支情况 > （二）支出情况"
    → "")."""
    for heading in reversed(section.split(" > ")):
        named = _NOTE.sub("", matchable(heading))  # "人工影响天气作业经费（地方资金）": the note aside
        if names_an_item(named) or names_a_unit(named):
            return heading  # (a unit's heading too: "（一）霍山县水利工程管理站")
    return ""


_NAMED_IN_QUOTES = re.compile(r"[“\"][^”\"]{1,12}[”\"]")  # a heading's named item: "“三公”经费"


def _table_topic(f: LabelledFigure) -> str:
    """What the heading a table stands under names beyond the words every report's headings use: its item
    ("（三）“三公”经费"), or the words of its deepest heading ("（一）重点交通项目建设": 重点交通建设); "" for a
    heading of the budget ("二、预算执行情况")."""
    if item := section_item(f.section):
        return matchable(item)
    heading = f.section.split(" > ")[-1]
    return "".join(_CJK.findall(_strip_words(matchable(heading[marker_end(heading) :]), SECTION_WORDS)))


def _says_what(label: str) -> bool:
    """Whether a label names what it measures beyond a qualifier and a money word ("支出", "预算执行率"
    name nothing; "培训持证救护员" does)."""
    rest = _strip_words(_strip_words(label, WORDINGS), (*GENERIC_LABELS, *THIS_YEAR, *PAST_COMPARE_CUES))
    return len(_CJK.findall(rest)) > 1  # ("相比增加": the change, against what was said before it)


def _budget_changes(label: str) -> tuple[str, ...]:
    """The words of how a budget was adjusted, which a label of the adjusted budget says beside it
    ("年中追加调整后预算数" is 调整后预算); none for a label of what was added ("年中追加20.00万元")."""
    return BUDGET_CHANGES if _BUDGET in label else ()


_CARRIED_FROM = re.compile(rf"((?:19|20)\d{{2}})\s*年度?(?:的|底|末)?(?:{alternatives(LEXICON.carried)})")


def _asks_carried_in(text: str, year: int | None, named: bool = False) -> bool:
    """Whether a question may ask money carried in from the year before ("上年", "结转过来", or "2023年结转" of a
    2024 report); named: whether it names the carry-in itself ("上年结转资金"), not what is left at the year's end."""
    return any(w in text for w in (LEXICON.carried_in_named if named else LEXICON.carried_in_asked)) \
        or any(year == int(m.group(1)) + 1 for m in _CARRIED_FROM.finditer(text))


def _change_asked(term: Term, question: str) -> str:
    """The word of how a budget was changed a term asks the change by ("追加" of "年中追加预算多少"),
    "" when it asks none or the budget as changed ("追加后的预算": 调整后预算)."""
    for word in sorted(BUDGET_CHANGES, key=len, reverse=True):
        if word != _WHEN_CHANGED and word in term.word and f"{word}后" not in question:
            return word
    return ""


def _quantity_unsaid(label: str, unit: str) -> str:
    """A label without the words that only name the quantity the asked unit measures ("数量" asked in
    座, "面积" in 平方米, "户数" in 户)."""
    words = (*UNITS.count_quantity_words, *(w for ws in UNITS.dimension_words.values() for w in ws))
    for word in words:
        if UNITS.names_quantity(word, unit):
            label = label.replace(word, " ")
    return label.replace(f"{unit}数", " ") if unit in UNITS.count_words else label


def _unasked(label: str, terms: list[Term], places: Sequence[str] = (), said: str = "") -> str:
    """The part of a label neither a term of the question nor a place it names covers ("眉山市中央
    资金完成" asked of 眉山市's 中央资金); said: the label as the report gives it, its qualifier words in."""
    for place in places:
        label = label.replace(place, " ")
    for word in sorted((*THIS_YEAR, *FORMS.total_words, *LABEL_FILLERS, *_budget_changes(said or label)),
                       key=len, reverse=True):
        label = label.replace(word, " ")  # "本年度支出", "收入合计" ask no more than 支出, 收入: the whole; "年中追加
        # 调整后预算数" no more than 调整后预算: how it was adjusted
    for term in terms:
        forms = [p for form in sorted(term.forms, key=len, reverse=True) if (p := matchable(form)) and p in label]
        for p in forms:
            label = label.replace(p, " ")
        if not forms and (spelt := spelt_in(matchable(term.word), label)):
            label = label.replace(spelt, " ")  # "医保" of "基本医疗保险参保": the words it is short for
    return label


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _without_runs_of(label: str, text: str) -> str:
    """The label without the runs of two characters or more that text says, longest first."""
    for n in range(len(label), 1, -1):
        for i in range(len(label) - n + 1):
            run = label[i : i + n]
            if len(_CJK.findall(run)) == n and run in text:
                label = label.replace(run, " ")
    return label


def _beyond_the_report(rest: str, scope: Scope, question: Question) -> int:
    """Characters of a label's unasked words that say more than what the report is about: words of
    its names ("创建" of "群众对创建工作的满意度" in 创建全国文明城市's report), words the question says
    (apart, "群众" of "群众满意度", or with no term of their own) and particles say no more."""
    # (and what the question says that no term keeps: "局机关本级花了多少" of "局机关本级支出")
    said_words = scope.names + " " + " ".join(t.word for t in question.terms) + " " + matchable(question.text)
    if question.kinds[0] == "amount":
        said_words += " " + " ".join(ASKING.money_nouns)  # "…安排预算资金" asked "预算多少钱": 资金 says money
    n = 0
    for piece in _CJK_RUN.findall(rest):
        at = 0
        while at < len(piece):
            said = next((j for j in range(len(piece), at + 1, -1) if piece[at:j] in said_words), 0)
            if said:
                at = said
                continue
            n += piece[at] not in ASKING.label_particles
            at += 1
    return n


def _fund_of(label: str, payers: frozenset[str]) -> bool:
    """Whether a label is the full name of a fund paid by one the question names ("中央资金" of
    "中央衔接推进乡村振兴补助资金"): its other words name the fund, they ask nothing more. Two such
    funds of one payer tie, as labels matched by one short word do."""
    label = _TRAILING_NOTE.sub("", label)  # "…专项资金（免费开放部分）": the fund's name ends before its note
    # (after a few words of when or how it came: "年中争取省级补助资金")
    return any(0 <= label.find(matchable(payer)) <= _FUND_LEAD for payer in payers) \
        and any(label.endswith(matchable(noun)) for noun in (*ASKING.money_nouns, *FUND_WORDS))  # ("区级配套")


_FUND_LEAD = 4  # characters before a fund's payer in its label, at most ("年中争取")
_MEANS_CHARS = 4  # characters of what a label's means names, at most ("通过一卡通": 一卡通)
_TRAILING_NOTE = re.compile(r"[（(][^（()）]*[）)]$")


def _names_a_part(word: str, label: str, question: str) -> bool:
    """Whether a generic word of the question (支出) is, in a form row's label, the head of a part's
    name the question does not say ("基本支出", "项目支出"; not "支出合计", "总支出", "实际支出")."""
    at = len(label) - len(word)
    return word in GENERIC_LABELS and label.endswith(word) and at > 1 and ends_word(label, at) \
        and label[max(0, at - 2) : at] not in question and not qualifiers_in(label[:at])  # ("已支出" is no part)


_YEAR_END_ASKED = frozenset(LEXICON.concepts["year_end"].asked)
_EACH_WORD = "每"  # "每个", "每人": asks a figure per unit
_YEAR_END_SAID = tuple(LEXICON.concepts["year_end"].worded)
_QUANTITY_NAMES = tuple(w for words in UNITS.dimension_words.values() for w in words)  # "时长", "面积", "人数"


def _per_unit_figure(f: LabelledFigure) -> bool:
    """Whether a figure is one per unit: its value ("3000元/人"), its label ("人均培训成本", "座均维修养护经费": a
    measure word with 均) or what follows it in its sentence ("1000元/生·年") says so."""
    measured = _measured(f)
    return _per_unit_value(f) or any(w in measured for w in ASKING.per_unit_asks) or bool(_PER_ONE.search(measured))


_PER_ONE = re.compile(f"[{char_class(UNITS.count_words)}]均")  # "座均", "村均", "校均": per one of those


def _named_whole(question: Question, f: LabelledFigure) -> bool:
    """Whether the question names a form row's whole label, of a few words at least."""
    label = matchable(f.label)
    return f.origin == "form" and len(label) >= _WHOLE_LABEL and label in matchable(question.text)


def _per_unit_value(f: LabelledFigure) -> bool:
    """Whether a figure's value is per unit, as written ("3000元/人") or by what follows it ("118元/人·月")."""
    after = f.quote[f.value_end - f.start : f.value_end - f.start + 3] if f.value_end >= f.start else ""
    return per_unit_value(f.value_text) or per_unit(after)


def _measured(f: LabelledFigure) -> str:
    """What a figure's label measures: the label, or for a bare one ("实际完成") its subject too
    ("法官人均结案目标值≥110件，实际完成120.54件"); a table's column too ("省级补助 | 人均标准（元） | 11.28")."""
    measured = f.label if _unqualified(f.label) else f.subject + f.label
    return measured + f.column if f.origin == "form" else measured


def _kind_fits(question: Question, f: LabelledFigure) -> bool:
    wanted = question.kinds[0]
    if f.kind not in _KINDS.get(wanted, ()) and not _change_in_other_terms(question, f):
        return False
    if (_per_unit_value(f) or any(w in _measured(f) for w in ASKING.per_unit_only) or _PER_ONE.search(_measured(f))) \
            and not asks_per_unit(question) and not _named_whole(question, f):
        return False  # "3000元/人", "亩均投资1500元" answer "补贴标准", never "总预算", "总投资" (the row named whole is
        # asked whatever it measures: "县道养护成本的年度指标值" of "县道养护成本 | ≤1.2万元/公里")
    if f.value_text.endswith("百分点") and not question.asks_gap:
        return False  # "上半年执行进度是多少" of "上半年执行进度低于序时进度2.18个百分点": a gap between rates, no level
    if UNITS.dimension(question.unit) is not None and f.unit != question.unit \
            and question.unit in _units_said(f.quote) \
            and (not UNITS.same_quantity(question.unit, f.unit) or _said_beside_in(question.unit, f)
                 or any(w in question.text for w in ASKING.conversion_asks)):
        return False  # "折合多少公顷" of "实际完成12,600亩（840公顷），其中…": its sentence says it in the unit asked
        # (not "新增多少亩城市绿地" of "新增城市绿地42.6公顷，…完成平原生态林养护3.8万亩": that is another thing's)
    if asks_per_unit_only(question.text) and not _per_unit_figure(f):
        return False  # "一个学生一年补多少": never the 学生膳食补助支出 of all of them
    if wanted == "count" and f.kind == "amount" and (question.unit or asks_people(question)
                                                    or any(w in question.text for w in _QUANTITY_NAMES)):
        return False  # "给多少残疾人适配了辅助器具": people are counted, never a sum of money; nor is "服务时长"
    if wanted == "count" and UNITS.dimension(f.unit) == "time" and asks_things(question.text):
        return False  # "借出去多少书": no length of time ("全年开放310天") counts a thing
    if wanted == "count" and not question.unit and UNITS.dimension(f.unit) != "people" and asks_people(question) \
            and any(UNITS.dimension(g.unit) == "people" for g in find_figures(f.quote)):
        return False  # "撤销不符合条件的救助人员多少" of "…救助对象6户15人": the people, not the households
    return not (wanted == "count" and question.unit and question.unit not in f.value_text
                and not unit_fits(question, f.unit))


def _names_the_project(term: Term, question: str) -> bool:
    """Whether the question says the term right before a word that says whose (项目, 工程: the lexicon's
    subject words): the project as the asker calls it ("防疫项目")."""
    return any(term.word + w in question for w in SUBJECT_WORDS)


def _change_in_other_terms(question: Question, f: LabelledFigure) -> bool:
    """Whether a change asked as a sum ("同比增长多少") is given as a rate ("增减率 59.67%"): the figure of
    the question's second kind, when it is a change (a change said as a sum comes first: decide)."""
    return f.kind in question.kinds[1:] and "change" in classes(f.qualifiers) \
        and "change" in classes(asked_in(question.text))




def _said_of_the_whole(term: Term, question: str) -> bool:
    """Whether a term is said only of the whole a part is asked of ("决算支出中基本支出用了多少")."""
    whole = WHOLE_THEN_PART.search(question)
    # (the whole itself too: "预算中县级资金有多少")
    return whole is not None and all(end <= whole.end() for _, end in literal.spans(question, term.word))


def _inside_carried_wording(term: Term, question: str, carried: Sequence[str]) -> bool:
    """Whether a term lies only inside qualifier wordings of the question that name just what the
    figure carries ("调整" of 调整后预算, asked of a figure labelled 全年调整后预算)."""
    held = one_budget(tuple(carried))  # "调整" of 全年预算数
    spans = [(s, e) for s, e, w in wordings_in(question)
             if len(w) > len(term.word) and (names := qualifiers_in(w)) and set(names) <= held]
    hits = literal.starts(question, term.word)
    return bool(hits) and all(any(s <= h and h + len(term.word) <= e for s, e in spans) for h in hits)


def _said_in(term: Term, label: str) -> float:
    """How much of a label the term says: its own word's length, or less, the report's wording it
    stands for ("花了多少钱" says 支出 of 基本支出, no more than the word 资助 says of 资助金额)."""
    if matchable(term.word) in label:
        return max(len(term.word), 1)
    wording = max((len(p) for form in term.forms if (p := matchable(form)) and p in label), default=1)
    return min(wording, len(term.word)) - _SYNONYM  # "编制" says no more of 实有人数 than its two characters


_AS_OF = re.compile(r"截[至止]\s*((?:19|20)\d{2})\s*年")


def _periods_of(f: LabelledFigure) -> set[str]:
    """The part of the year a figure is of: its clause's ("其中上半年完成2 915批次"), else its sentence's, back to
    its last "；" ("第四季度集中验收兑付，当季支出178.64万元", "截至6月底，全镇支出…，执行率44.51%"), unless its
    clause says the whole year ("上半年进度偏慢，全年支出…")."""
    clause = _clause_head(f)
    head = f.quote[: _value_at(f)]
    whole_clause = head[max(head.rfind(p) for p in "，。；,;：:\n") + 1 :]  # ("截至2023年底累计支出": its date too)
    if (own := periods_in(clause)) or any(w in clause for w in THIS_YEAR) \
            or any(w in whole_clause for w in LEXICON.as_of_words):
        return own
    # (a sum so far is of the date its sentence opens with: "截至6月30日，全镇累计支出…" is the half year's;
    # "截至12月31日，累计兑付…" the year's; "上半年支出…，截至2023年底累计支出…" its own clause's)
    # (said at its opening: not "…待县政府批复，2024年上半年全部完成时效指标资金支付及时率≥90%88.2%")
    return periods_in(re.split(r"[，,]", _sentence_head(f).lstrip(), maxsplit=1)[0])


def _sentence_head(f: LabelledFigure) -> str:
    """The words of a figure's sentence before it, back to its last "；" ("截至6月底，全镇支出…，执行率")."""
    head = f.quote[: _value_at(f)]
    return head[max(head.rfind(p) for p in "。；;\n") + 1 :]


def _as_of_another_year(f: LabelledFigure, years: Sequence[int | None]) -> bool:
    """Whether the figure's sentence gives it as of a date in a year not asked ("截至2021年2月28日，…")."""
    head = _sentence_head(f)
    return any(int(m.group(1)) not in years for m in _AS_OF.finditer(head)) and None not in years


def _of_an_earlier_year(f: LabelledFigure, question: Question, prior: bool) -> bool:
    """Whether a sentence's figure is of a year before the report's that is not asked (the report's own
    is when none is, and the year before it when last year is), by the year its sentence or "分别" list
    gives it ("…于2024年1月拨付" in a 2023 report may still be the year's)."""
    if f.origin != "prose" or (scope := question.scope_years.get(f.doc_id)) is None or "change" in classes(f.qualifiers):
        return False  # (a change, "2022年…，减少198.99万元，下降13.51%", is the report's year's against the one before)
    wanted = set(question.years or [scope]) | ({scope - 1} if prior else set())
    fig = figure_at(f.quote, _value_at(f))
    year = year_of(f.quote, fig) if fig is not None else None
    if year == scope - 1 and any(w in f.label for w in LEXICON.carried_in):
        return False  # "2023年结转资金296.60万元" in a 2024 report: carried in, the year's own money
    return year is not None and year not in wanted and year < scope


def _of_a_year_asked(f: LabelledFigure, question: Question) -> bool:
    """Whether a figure is said to be of a year the question asks: in that year's column ("2022年"), or in a sentence
    that gives it that year ("（2022年为5,712人）")."""
    if f.origin == "form":
        return _table_year(f) in question.years
    fig = figure_at(f.quote, _value_at(f))
    return fig is not None and year_of(f.quote, fig) in question.years


def _table_year(f: LabelledFigure) -> int | None:
    """The year a table's figure is of by its column ("2022年") or by its row, a year alone ("2022年 | 38 | 2,041.35")."""
    m = _COLUMN_YEAR.match(f.column.strip()) or _COLUMN_YEAR.fullmatch(f.label.strip())
    return int(m.group(1)) if m else None


def _column_of_another_year(f: LabelledFigure, question: Question, prior: bool) -> bool:
    """Whether a table's figure stands in a column of a year ("2021年") that is not the one asked: the years the
    question names, else the report's own (or the year before it, when last year is asked)."""
    if f.origin != "form" or not (m := _COLUMN_YEAR.match(f.column.strip())):
        return False  # (a column headed by more than its year too: "2022年决算数")
    wanted = question.column_years(f.doc_id, prior)
    return bool(wanted) and int(m.group(1)) not in wanted


_COLUMN_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_UNIT_NOTE = re.compile(r"\s*[（(][^（）()]{1,6}[）)]\s*$")  # a heading's unit after its words: "2022年（万元）"


def _of_a_year_column(f: LabelledFigure) -> bool:
    """Whether a figure stands in a column headed by its year only ("2023年", "2023年（万元）"), as a final account
    gives it."""
    return bool(f.column) and _COLUMN_YEAR.fullmatch(_UNIT_NOTE.sub("", f.column.strip())) is not None


def _clause_head(f: LabelledFigure) -> str:
    """A figure's label and the words of its clause before it, back to the figure before ("其中上半年完成")."""
    head = f.quote[: _value_at(f)]
    digits = [m.end() for m in re.finditer(r"\d", head)]
    return f.label + head[max(max(head.rfind(p) for p in "，。；,;：:\n") + 1, digits[-1] if digits else 0) :]


_PARTS_OF_A_SENTENCE = re.compile(r"[；;]")


def _of_parts(sentence: str) -> bool:
    """Whether a sentence has parts with words of their own between semicolons (not a list item's "…；")."""
    return sum(bool(_CJK.search(part)) for part in _PARTS_OF_A_SENTENCE.split(sentence)) > 1


def _own_part(f: LabelledFigure) -> str:
    """The part of the figure's sentence it stands in, between semicolons ("监测站核定事业编制12名，实有10人")."""
    at = _value_at(f)
    lo = max((m.end() for m in _PARTS_OF_A_SENTENCE.finditer(f.quote, 0, at)), default=0)
    nxt = _PARTS_OF_A_SENTENCE.search(f.quote, at)
    return matchable(f.quote[lo : nxt.start() if nxt else len(f.quote)])


def _said_in_another_part(f: LabelledFigure, question: Question, scope: Scope) -> bool:
    """Whether a term of the question that names something (not money, not whose, not the report) is said,
    of the figure's sentence, only in another of its parts that gives a figure of the kind ("局机关…15人；
    监测站…实有10人" asked of 机关; not a record's fields, "项目资金：年度资金总额；全年执行数：874.36万元")."""
    if not _of_parts(f.quote):
        return False
    own = _own_part(f)
    others = [matchable(part) for part in _PARTS_OF_A_SENTENCE.split(f.quote)
              if matchable(part) != own and any(g.kind == f.kind for g in find_figures(part))]
    return any(any(found(t, other) for other in others) and not found(t, own) and not qualifiers_in(t.word)
               and t.word not in (*ASKING.money_nouns, *GENERIC_LABELS, *SUBJECT_WORDS)
               and not found(t, scope.names) and not _names_form_part(t) for t in question.terms)


def _value_at(f: LabelledFigure) -> int:
    """Where the figure's value stands in its quote (a quote joins its lines: the offsets in the
    report are a guide, not the place)."""
    guess = f.value_start - f.start
    hits = literal.starts(f.quote, f.value_text)
    return min(hits, key=lambda h: abs(h - guess)) if hits else max(min(guess, len(f.quote)), 0)


def _generic_only(term: Term, text: str) -> bool:
    """Whether text says the term only by a generic label its wording stands for ("花了多少钱" by 支出 of
    "支出医疗救助资金"): that names no item (though the whole's, "全年总支出", is the spending asked)."""
    forms = [m for w in dict.fromkeys((term.word, *term.forms)) if w and (m := matchable(w)) in text]
    return bool(forms) and matchable(term.word) not in text and all(w in GENERIC_LABELS for w in forms)


def _said_undone(f: LabelledFigure) -> str:
    """What says the figure is what was not done or is left: its form row and column ("未到位资金", "结余"), or its
    sentence's clause around it ("未到位" of "尚有247.50万元未到位"); "" when nothing does."""
    if f.origin != "prose":
        return said_undone(f"{f.label} {f.column}", "")
    at = _value_at(f)
    clause = re.split(r"[，。；,;\n]", f.quote[:at])[-1]
    return said_undone(f"{f.label} {clause}", f.quote[at + len(f.value_text) :])


def _whole_before_its_part(question: Question, ranked: list[tuple[tuple[float, int, int, int, int], LabelledFigure]]
                           ) -> tuple[tuple[float, int, int, int, int], LabelledFigure] | None:
    """The whole a part ranked first is one of, said just before it, when the question does not name the part: its
    own words ("预算执行" of 预算执行审计) are not the question's, which names only what the whole counts (审计项目)."""
    part = ranked[0][1]
    if not _a_part(part) or question.asks_whole or sources_named(part.label):
        return None  # (a payer's part is asked by the payer, in any words: "县里自己配套了多少" of "县级财政配套")
    label, asked = _strip_words(matchable(part.label), ("其中",)), matchable(question.text)
    if label in asked or len(_CJK.findall(_strip_words(label, [matchable(f) for t in question.terms for f in t.forms]))) < 2:
        return None  # the question names the part ("新收案件多少件" of "其中新收案件9 217件"; not "给多少义务兵家庭发了" of
        # "其中普通义务兵318人": 普通 is the part's own word, unasked)
    return next((p for p in ranked[1:] if not _a_part(p[1]) and p[1].doc_id == part.doc_id and p[1].kind == part.kind
                 and p[1].unit == part.unit and p[0][0] > 0 and 0 <= part.value_start - p[1].value_end <= _PART_AFTER),
                None)


def _part_named(question: Question, ranked: list[tuple[tuple[float, int, int, int, int], LabelledFigure]]
                ) -> tuple[tuple[float, int, int, int, int], LabelledFigure] | None:
    """A part ("其中…二级残疾人6,902人") the question names by its own label, which the whole ranked first does not say,
    when the part's clause says what the whole's label shares with the question ("护理补贴"): the part asked."""
    top = ranked[0][1]
    if _a_part(top) or question.asks_whole:
        return None
    asked = matchable(question.text)
    shared = [t for t in question.terms if found(t, matchable(top.label))]
    for key, f in ranked[1:]:
        own = _strip_words(matchable(f.label), ("其中",)).strip()
        if _a_part(f) and f.doc_id == top.doc_id and f.kind == top.kind and key[0] > 0 and len(own) >= _PART_NAMED \
                and own in asked and own not in matchable(top.label) \
                and all(found(t, matchable(_sentence_head(f))) for t in shared):
            return key, f
    return None


_PART_NAMED = 3  # characters of a part's name together that name it in a question ("新收案" of 新收案件)
_PART_AFTER = 200  # characters a part is said after its whole at the most ("实际完成35个（…）…。其中：预算执行审计8个")


def _a_part(f: LabelledFigure) -> bool:
    """Whether the figure is one of the parts a whole is broken into ("其中经济责任审计14个…", a form's
    "其中：当年财政拨款" row)."""
    return bool(_PARTS_FOLLOW.search(f.quote[: _value_at(f)])) or f.label.startswith("其中")


def _changed_unit(f: LabelledFigure) -> str:
    """The unit of what a rate of change is of: the figure its sentence gives right before it
    ("412件，同比-7.2%"); "" for any other figure."""
    if f.kind != "rate" or "change" not in classes(f.qualifiers):
        return ""
    before = find_figures(f.quote[: _value_at(f)])
    return before[-1].unit if before and before[-1].kind == "count" else ""


def _number_of(term: Term, f: LabelledFigure, item: str) -> bool:
    """Whether a term asks the number of what a count's item names ("审计项目数" of "全年完成审计项目42个，
    较上年减少6个")."""
    return f.kind == "count" and len(term.word) > 2 and term.word.endswith("数") and matchable(term.word[:-1]) in item


def _bare_rate(f: LabelledFigure, label: str) -> bool:
    """Whether a rate's label is a verb and 率 alone ("整改率", "办结率"): what it is the rate of is said
    before it."""
    return f.kind == "rate" and len(label) == 3 and label.endswith("率") and bool(_CJK.match(label))


def _said_before(term: Term, f: LabelledFigure) -> bool:
    """Whether the term is said in the figure's sentence before it, with no figure of its kind
    between ("财政资金支出274.96万元，执行率98.20%": 财政资金, of the rate)."""
    head = matchable(f.quote[: _value_at(f)])
    at = max((head.rfind(p) for form in term.forms if (p := matchable(form))), default=-1)
    if at < 0:
        return False
    # (not the base a change is said against: "支出较上年389.05万元增加16.86万元", "与上年实际支出1 203.66万元相比，
    # 减少105.52万元")
    figures = find_figures(head[at:])
    between = [g for g in figures if not head[at:][: g.start].rstrip().endswith(COMPARISON_BASES)
               and not head[at:][g.end :].lstrip().startswith(tuple(PAST_COMPARE_CUES))]
    if between and "change" in classes(f.qualifiers) and not re.search(r"[，,；;。\d]", head[at : at + between[0].start]):
        between = between[1:]  # "部门收入218.64万元，与…相比增加42.44万元": the change is of the level the term names
    # the term names a figure of its own clause ("财政资金支出274.96万元，") or this one's; not a clause
    # with none ("截至年底资金全部到位，实际支出37,281,460元": 到位 is no label of the spending)
    own_clause = bool(figures) or not re.search(r"[，,；;。]", head[at:])
    return own_clause and not any(g.kind == f.kind for g in between)


def _object_said_before(term: Term, f: LabelledFigure, label: str) -> bool:
    """Whether the figure's label is a verb alone whose object the clause before it says, with a figure in
    the same unit ("受理各类案件21,406件，审结20,118件": 审结 案件, asked "审结案件多少件"; "分散供养特困人员267人、集中供养
    39人": 集中供养 特困人员)."""
    if f.origin != "prose" or not 2 <= len(label) <= _VERB_ALONE or len(_CJK.findall(label)) != len(label) or not f.unit:
        return False
    if label.endswith(tuple(ASKING.money_ends)):
        return False  # "包括人员经费2,631.09万元、公用经费355.35万元": 公用经费 names a sum of its own, no verb
    head = normalise_digits(f.quote[: _value_at(f)]).rstrip()
    head = next((head[: -len(c)] for c in CONNECTORS if head.endswith(c) and head[: -len(c)].endswith(f.label)), head)
    if not head.endswith(f.label):  # (with what joins it to its figure: "建成城市书房3家，总数达到14家")
        return False
    before = find_figures(head)
    if not before or before[-1].unit != f.unit or not re.fullmatch(r"\s*[，,、；;]\s*", head[before[-1].end : -len(f.label)]):
        return False
    said = matchable(head[: before[-1].start])
    if len(label) > 2 and label[-2:] not in re.split(r"[，,、；;。]", said)[-1] and label.endswith(tuple(UNITS.people_ends)):
        return False  # (a longer verb: "集中供养", "调解成功"; "住校学生" names people, no verb)
    # the object ends its clause, the verb before it is that clause's own ("受理各类案件": 案件, not 受理)
    return any((form := matchable(w)) and (at := said.rfind(form)) >= 0 and at + len(form) >= len(said) - _OBJECT_TAIL
               for w in term.forms)


def _names_another(question: Question, f: LabelledFigure, term: Term, scope: Scope) -> bool:
    """Whether a form row's name says, beyond the question's words and its qualifiers, what the question does not, and
    none of the words of the term it does not carry: the row is another's ("低保户危房改造户数" of a question asking
    特困户's), not the one asked in other words ("住院分娩例数" of "接生了多少例") nor with its words apart ("农村妇女" of
    农村适龄妇女…)."""
    label, word = matchable(f.label), matchable(term.word)
    # (the term's characters that words of it the label says cover)
    if all(covered(word, [part for part in {matchable(w) for w in tokenize(term.word) if len(w) > 1} if part in label])):
        return False
    # (and the question says it of what the row measures: "特困户危房改造户数", "五保户实际改造了…", not "防疫物资储备项目
    # 省里补助了多少", whose 防疫 names the project in other words than the report's)
    at = question.text.find(term.word)
    after = question.text[at + len(term.word) :] if at >= 0 else ""
    unsaid = [t.word for t in question.terms if matchable(t.word) not in label and not names_report(t, scope)]
    for _ in range(4):  # (past particles, qualifier words and the rest of what the label does not say: "高校" 毕业生)
        after = after.lstrip("的在中里")
        after = next((after[len(w) :] for w in (*WORDINGS, *unsaid) if after.startswith(w)), after)
    if matchable(after[:2]) not in label or len(matchable(after[:2])) < 2:
        return False
    rest = _unasked(_strip_words(matchable(f.label), WORDINGS), question.terms, question.regions, f.label)
    rest = _quantity_unsaid(rest, f.unit)  # ("检验报告出具时限" in 工作日: 时限 only names what the unit measures)
    for alike in LEXICON.said_alike:
        if any(w in question.text for w in alike):
            rest = _strip_words(rest, alike)
    # (and its words no term keeps: 报告)
    rest = _strip_words(rest, [matchable(w) for w in sorted(set(tokens_of(question.text)), key=len, reverse=True) if len(w) > 1])
    # (and not the question's own words reordered: "当年造林成活率" of "新造的林子成活率")
    asked = question.unnamed or question.text
    return len(_CJK.findall(rest)) >= _OTHER_NAME and not all(c in asked for c in _CJK.findall(rest))


_OTHER_NAME = 2  # characters of a row's name the question does not say that name another row ("村民" of 村民满意度)


def _unit_after_in(term: Term, question: Question, label: str) -> bool:
    """Whether the term said right after `term` in the question (the unit a "下属的" says whose it is) is in the label:
    "省教育考试院" of "浙江省教育考试院支出38,925.40万元", not of the whole's "全院有人员编制98名"."""
    at = question.text.find(term.word)
    after = [(i, t) for t in question.terms if (i := question.text.find(t.word, at + len(term.word))) >= 0 and t is not term]
    return bool(after) and found(min(after, key=lambda p: p[0])[1], label)


def _qualified_before(term: Term, f: LabelledFigure, label: str) -> bool:
    """Whether the clause right before the figure's, in its sentence, says the term with a word of the figure's own
    label ("特困供养人员173人，发放供养资金221.05万元": 特困 of the 供养 said again), the word it leaves out."""
    if f.origin != "prose" or len(label) < 2:
        return False
    head = normalise_digits(f.quote[: _value_at(f)])
    before = find_figures(head)
    if not before or not head.endswith(f.label):
        return False
    if not re.fullmatch(r"\s*[，,、；;]\s*", head[before[-1].end : len(head) - len(f.label)]):
        return False  # (the figure before ends the clause right before the label's)
    clause = matchable(re.split(r"[，,、；;。]", head[: before[-1].start])[-1])
    word = matchable(term.word)
    if len(word) > 2 and word[-2:] in label:
        return False  # "刑事案件每件800元" after "民事案件每件1,000元": the label names its own 案件, another kind
    if any(word + label[i:] in clause for i in range(1, len(label) - 1)):
        return False  # "患者满意度94.2%，职工满意度91.5%": 患者 qualifies its own 满意度, 职工 this one's
    return bool(word) and word in clause and word not in label \
        and any(label[i : i + 2] in clause.replace(word, " ") for i in range(len(label) - 1))


def _said_beside_in(unit: str, f: LabelledFigure) -> bool:
    """Whether the figure's sentence says it in another unit too, right beside it ("12,600亩（840公顷）", "840公顷
    （折合12,600亩）"): a figure in that unit with no more than brackets and a word of converting between them."""
    at = _value_at(f)
    end = at + len(f.value_text)
    return any(g.unit == unit and (g.start >= end and _CONVERTED.fullmatch(f.quote[end : g.start])
                                   or g.end <= at and _CONVERTED.fullmatch(f.quote[g.end : at]))
               for g in find_figures(f.quote))


_CONVERTED = re.compile(r"\s*[（(]?\s*(?:约|折合|合|即|共计)?\s*")


@lru_cache(maxsize=8192)
def _units_said(quote: str) -> frozenset[str]:
    """The units a sentence's figures are in (read once: every figure of the sentence asks it)."""
    return frozenset(g.unit for g in find_figures(quote))


_FUNDS_TOTAL = ("资金总额", "资金总规模")  # the whole of a project's funds, as a report names it
_VERB_ALONE = 4  # characters of a label that is a verb alone at most ("审结", "集中供养")
_BORROWED = 0.99  # what a word said of a figure's object before it counts, against one said in its label
_OBJECT_TAIL = 2  # characters of an object's clause after a word of it at the most ("城市" of "建成城市书房"; not 建成)


def _in_its_row(term: Term, f: LabelledFigure) -> bool:
    """Whether a table row's other cells with words, before the figure, say the term (the village of a
    row named by its town: "三岔镇 | 莲花池村 | 特色种植基地 | 72.30"); not its name's cell, nor a word that only
    says which figure ("预算" of the row 一般公共预算拨款 is its column's)."""
    before = f.quote[: _value_at(f)]
    if "\n" in before.strip():
        return False  # (a row of one line only)
    # (a cell with words beside its figure says them: "污水管网3.1公里")
    cells = [words for c in re.split(r"[\t|]|\s+", before) if c not in f.label
             and len(_CJK.findall(words := _without_figures(c))) > 1]
    return len(term.word) > 1 and not _qualifier_only(term) and any(found(term, matchable(c)) for c in cells)


def _without_figures(cell: str) -> str:
    """A cell's words with its figures (and their units) taken out."""
    for fig in sorted(find_figures(cell), key=lambda x: x.start, reverse=True):
        cell = cell[: fig.start] + " " + cell[fig.end :]
    return cell


_CLAUSE_ENDS = re.compile(r"[，,；;。]")


def _clauses_to(f: LabelledFigure) -> list[str]:
    """The clauses of the figure's sentence up to the figure, its own last."""
    return _CLAUSE_ENDS.split(f.quote[: _value_at(f)])
_YEAR_SAID = re.compile(r"(?:19|20)\d{2}\s*年度?")


def _named_by_its_target(term: Term, f: LabelledFigure, targets: Sequence[LabelledFigure]) -> bool:
    """Whether a result is called by the words of its target: a target of the report in the same unit and
    near the same value, whose label shares a word of what was done with the result's and says the term
    ("村组道路实际硬化了多少公里" of "实际完成硬化30.8公里", the target "…硬化村组道路32.6公里")."""
    own = _done_words(f.label)
    return any(_near_target(f, g) and found(term, matchable(g.label + g.subject)) and not found(term, own)
               and _share_a_word(own, _done_words(g.label)) for g in targets)


def _near_target(f: LabelledFigure, g: LabelledFigure) -> bool:
    """Whether g may be the target of the result f: of its kind and unit, and near its value (a half, or twice it)."""
    return (g.kind, g.unit) == (f.kind, f.unit) and f.value is not None and g.value is not None and g.value != 0 \
        and _TARGET_NEAR <= f.value / g.value <= 1 / _TARGET_NEAR


def _done_words(label: str) -> str:
    """A label without its qualifier wordings and words of doing: what was done ("实际完成硬化" → 硬化)."""
    return _strip_words(matchable(label), (*WORDINGS, *LABEL_DOINGS))


def _labels_another(term: Term, f: LabelledFigure, said: _Said) -> bool:
    """Whether the term is said in the label of another figure of the report, no target ("听力" of the row
    新生儿听力筛查人数, not of "全年筛查新生儿1876人" though a target said "…代谢疾病筛查和听力筛查各1800人")."""
    own = matchable(f.label)
    return any(found(term, other) for other in said.results.get(f.doc_id, ()) if other != own)


def _share_a_word(a: str, b: str) -> bool:
    """Whether two labels share two characters or more in a row (蓄水池 of 建成蓄水池 and 新建蓄水池)."""
    return _shared_length(a, b) >= 2


def _shared_length(a: str, b: str) -> int:
    """The most Chinese characters in a row two labels share."""
    return max((n for i in range(len(a)) for n in range(len(a) - i, 1, -1)
                if len(_CJK.findall(a[i : i + n])) == n and a[i : i + n] in b), default=0)


_TARGET_NEAR = 0.5  # how far a result may stand from its target (a half, or twice it)


def _carried_over(term: Term, f: LabelledFigure) -> bool:
    """Whether the figure's clause goes on with the doing of a clause before it in its sentence, whose
    label says the term: what is done is said once ("累计接收社区矫正对象1482人，2023年当年新接收196人": 196
    are 社区矫正对象 too)."""
    clauses = _clauses_to(f)
    dated = _strip_words(_YEAR_SAID.sub("", clauses[-1]), THIS_YEAR).strip()
    own = _strip_words(dated, (*LEXICON.new_asked, "新"))
    doing = matchable(own).strip()
    if len(_CJK.findall(doing)) < 2 or len(doing) > _CARRIED_LONGEST or doing in GENERIC_LABELS or qualifiers_in(doing):
        return False  # (a sum's or a level's word is no doing: "调减预算42.60万元，全年预算817.40万元")
    # the new ones of what the clause before has on its books are of the same kind, whatever the doing
    # ("在册社区矫正对象312人，新接收146人": 146 are 社区矫正对象 too)
    new_ones = dated.startswith("新")
    for clause in reversed(clauses[:-1]):
        counted = next((g for g in find_figures(clause) if g.kind == f.kind), None)
        if counted is not None and counted.unit == f.unit and f.unit and any(
                (p := matchable(form)).endswith(f.unit) and matchable(clause[: counted.start]).rstrip().endswith(p)
                for form in term.forms):
            return True  # "受理审查起诉案件624件，提起公诉571件": a thing counted by its own measure word (案件, 件)
        at = clause.find(doing)
        if at < 0 and new_ones:
            if counted is None or counted.unit != f.unit:
                continue
            done_to = matchable(clause[: counted.start])
            return any((p := matchable(form)) and p in done_to for form in term.forms)
        figure = next((g for g in find_figures(clause[at + len(doing) :]) if g.kind == f.kind), None) if at >= 0 else None
        if figure is None or figure.unit != f.unit:
            continue  # (counted in the same unit: "其中机关12人" goes on with no "机关参照公务员法管理编制13名")
        # the doing and what it was done to, up to its figure ("接收社区矫正对象|1482人")
        done_to = matchable(clause[at : at + len(doing) + figure.start])
        if any((p := matchable(form)) and p in done_to for form in term.forms):
            return True
    return False


def _said_with_more(question: Question) -> bool:
    """Whether a term of the question is said with a character before it that no term keeps ("微宣讲": 微),
    which makes it another thing than the term alone."""
    for term in question.terms:
        at = question.text.find(term.word)
        before = question.text[at - 1] if at > 0 else ""
        if "\u4e00" <= before <= "\u9fff" and not any(before in t.word for t in question.terms) \
                and before not in ASKING.asked_around:
            return True
    return False


def _whole_opening(term: Term, f: LabelledFigure) -> bool:
    """Whether the figure's sentence opens with the whole the term names, "全" and the term, which every
    clause after it is of ("全系统编制数8436名，实有在职人数8102名")."""
    opening = matchable(_clauses_to(f)[0])
    return any((p := matchable(form)) and opening.startswith("全" + p) for form in term.forms)


def _topic_said(term: Term, f: LabelledFigure) -> bool:
    """Whether the term is said in the clauses that open the figure's sentence, which say what its figures
    are of: before any figure ("持续推进“治欠保支”三年行动，行动开展以来累计…5.82亿元"), or counting in another
    measure ("举办各类主体班次24期，培训学员2 316人次": the 学员 of the 主体班; but "在职人员40人，退休12人" are two
    kinds of one staff)."""
    clauses = _clauses_to(f)[:-1]
    topic = list(itertools.takewhile(
        lambda c: not _YEAR_SAID.search(c) and "其中" not in c
        and all(g.unit and g.unit != f.unit and g.kind == f.kind == "count" for g in find_figures(c)), clauses))
    return bool(topic) and any(found(term, matchable(c)) for c in topic)


# a numbered item's head, before the clause that gives its sum ("1.新建健身路径56个，支出173.60万元")
_ITEM_HEAD = re.compile(r"\s*(?:\d{1,2}\s*[.、．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*([^，,；;。：:]{2,30})[，,]")
_CARRIED_LONGEST = 4  # characters of a clause's own label that only goes on with another's doing ("接收")


def _counted_after(term: Term, f: LabelledFigure) -> bool:
    """Whether a count is of the thing the term names, said right after its measure word ("辖6个嘎查",
    "新建3所幼儿园"): the label before it is only the verb."""
    if f.kind != "count":
        return False
    at = _value_at(f) + len(f.value_text)
    after = matchable(f.quote[at : at + 12])
    return any((p := matchable(form)) and after.startswith(p) for form in term.forms)


def _standard_for(term: Term, f: LabelledFigure) -> bool:
    """Whether a figure is the standard said before whom it is paid to ("按每生每年800元标准资助家庭经济困难幼儿…"), and
    the term names them: the words of its clause after "标准", up to the next figure."""
    at = _value_at(f) + len(f.value_text)
    rest = f.quote[at:]
    if f.origin != "prose" or not _STANDARD_NEXT.match(rest):
        return False
    end = min([m.start() for m in _CLAUSE_OR_FIGURE.finditer(rest)] or [len(rest)])
    return found(term, matchable(rest[:end]))


_STANDARD_NEXT = re.compile(r"\s*的?标准")  # "800元标准", "每人每月120元的标准"
_CLAUSE_OR_FIGURE = re.compile(r"[，,。；;：:\d]")


# what opens the parts of a sum just given (and a breakdown by a kind: "按类型分，咨询类18,905件、投诉举报类5,386件")
_PARTS_FOLLOW = re.compile("其中|具体为|具体是|分别为|包括|按[\u4e00-\u9fff]{1,6}分[，,：:]")


def _names_another_column(term: Term, f: LabelledFigure, said: _Said) -> bool:
    """Whether the term names another column of the figure's own row ("下达" of 下达资金（万元）, asked of the row's
    实际支出): it says which of the row's figures, whatever the report's opening says of it."""
    return f.origin == "form" and bool(f.column) and not found(term, matchable(f.column)) \
        and any(found(term, column) for column in said.columns.get((f.doc_id, f.start), ()))


def _row_columns(figures: Sequence[LabelledFigure], docs: Sequence[str]) -> dict[tuple[str, int], frozenset[str]]:
    """The columns of each table row of the reports: where its figures stand."""
    out: dict[tuple[str, int], set[str]] = {}
    for f in figures:
        if f.doc_id in docs and f.origin == "form" and f.column:
            out.setdefault((f.doc_id, f.start), set()).add(matchable(f.column))
    return {row: frozenset(columns) for row, columns in out.items()}


def _bodies_of_a_level(term: Term, question: str) -> bool:
    """Whether a level's word names bodies of that level, not a fund it pays ("县级" of "县级部门自评汇总")."""
    return any(f"{term.word}{w}" in question for w in LEXICON.level_bodies)


_PEOPLE_COUNT = "人数"


def _people_counted(term: Term, f: LabelledFigure, label: str) -> bool:
    """Whether a term is a count of people ("就业人数") whose figure's label says what they did ("失业人员再就业") and
    its unit that it counts people ("4,318人"): the row's words and unit together say the term."""
    word = matchable(term.word)
    return word.endswith(_PEOPLE_COUNT) and len(word) > len(_PEOPLE_COUNT) + 1 and UNITS.dimension(f.unit) == "people" \
        and word[: -len(_PEOPLE_COUNT)] in label


def _field_said_apart(field: str, question: Question) -> bool:
    """Whether a question says each word of a form's field, apart ("…项目谁是负责人" of 项目负责人; not of 财务负责人)."""
    parts = [w for w in tokenize(field) if len(w) > 1]
    asked = matchable(question.text)
    return len(parts) > 1 and all(w in asked for w in parts)


def _said_around(term: Term, label: str, terms: Sequence[Term]) -> bool:
    """Whether the label says the term with another of the question's terms inside it ("垃圾清运" of
    生活垃圾日均清运量, asked "日均垃圾清运量"): the same words in another order."""
    if found(term, label):
        return False
    rest = label
    for t in terms:
        if t is not term and len(word := matchable(t.word)) >= 2 and word in rest and word not in matchable(term.word):
            rest = rest.replace(word, "")
    return rest != label and found(term, rest)


def _names_its_part(term: Term, f: LabelledFigure, names: str = "") -> bool:
    """Whether the term names a part the sentence gives right after the figure ("…约1180吨，其中城区日均约640吨",
    城区): the question asks that part, not the whole (a word that says only money or which figure names none; nor a
    word of the report's own names the part only holds: "就业创业补贴资金" of "…，其中省级就业补助资金…")."""
    if len(term.word) < 2 or term.word in _SAYS_MONEY or _qualifier_only(term):
        return False
    tail = f.quote[_value_at(f) + len(f.value_text) :]
    opens = _PARTS_FOLLOW.search(tail)
    if opens is None or _CJK.search(tail[: opens.start()]):
        return False
    part = re.split("[；;。]", tail[opens.end() :], maxsplit=1)[0]
    # (a part of the whole is measured as it is: "参保率96.03%，其中城乡居民医保参保67.42万人" gives no part of the rate)
    if found(term, names) and not matchable(part).startswith(tuple(matchable(w) for w in term.forms if w)):
        return False
    return found(term, matchable(part)) and any(g.kind == f.kind and g.unit == f.unit for g in find_figures(part))


def _said_of_its_whole(term: Term, f: LabelledFigure) -> bool:
    """Whether a part's figure ("其中中央资金3,862.00万元", "具体为：…吸纳就业奖补165.20万元") is of a
    whole its sentence says the term of."""
    head = f.quote[: _value_at(f)]
    cut = max((m.start() for m in _PARTS_FOLLOW.finditer(head)), default=-1)
    return cut > 0 and found(term, matchable(head[:cut]))


def _named_by_its_period(f: LabelledFigure, periods: set[str]) -> bool:
    """Whether a form's row is named by the part of the year asked and nothing more ("二季度" of a table of quarters)."""
    if f.origin != "form" or not periods or periods_in(f.label) != periods:
        return False
    rest = f.label
    for word, _ in PERIOD_WORDS:
        rest = rest.replace(word, " ")
    return not _CJK.search(rest)


def _absorbed(term: Term, question: str, figure_classes: set[str]) -> bool:
    """Whether a term lies only inside longer qualifier wordings of the question that the figure
    carries ("预算" of 预算执行率); inside one it does not ("指标值" of 年度指标值, asked of an
    实际完成值) the figure is another."""
    spans = [(s, e) for s, e, w in wordings_in(question)
             if w != term.word and len(w) > len(term.word) and classes(qualifiers_in(w)) & figure_classes]
    hits = literal.starts(question, term.word)
    return bool(hits) and all(any(s <= h and h + len(term.word) <= e for s, e in spans) for h in hits)


def reason_of(question: Question, figures: Sequence[LabelledFigure], scopes: Mapping[str, Scope]) -> Choice | None:
    """Why a form's row fell short, asked of that row ("…合格率没达标是什么原因"): its 偏差原因 cell, of
    the row whose name the question's own words say most; None when no row with one is named, or two
    are named alike."""
    if "reason" not in question.kinds or question.compare or question.missing:
        return None
    ranked: list[tuple[float, LabelledFigure]] = []  # every form row the question may name, how well
    for f in figures:
        if f.doc_id not in scopes or f.origin != "form":
            continue
        scope, label = scopes[f.doc_id], matchable(f.label)
        own = [t for t in question.terms if not (found(t, scope.names) or abbreviates(t, scope.names))]
        said = sum(len(t.word) for t in own if found(t, label) or abbreviates(t, label))
        if said >= _REASON_SAID:
            ranked.append((said / max(1, sum(len(t.word) for t in own)), f))
    if not ranked:
        return None
    best_share = max(share for share, _ in ranked)
    rows = {(f.doc_id, f.label) for share, f in ranked if share == best_share}
    # the row named best and its reason ("会员企业满意度没达标" asks 会员企业满意度's, never the reason another
    # row's name shares a word of: "…达标率")
    reasons = [f for _, f in ranked if (f.doc_id, f.label) in rows and _REASON_COLUMN.search(f.column) and f.value_text]
    if len(reasons) != 1:
        return None  # (of rows named alike, the one that fell short gives its reason: "群众文化活动没达到目标")
    return Choice(reasons[0], _name(reasons[0]), reasons[0].value_text)


def worded_value_of(question: Question, figures: Sequence[LabelledFigure], scopes: Mapping[str, Scope]) -> Choice | None:
    """An indicator's value in words, asked of its form row ("脱贫人口务工规模指标实际完成值是什么", "…完成得怎么样"):
    the row's cell of the value achieved, or of the target when the question asks it ("稳中有增"), of the row
    whose name the question says most and at least half of; None when the question asks a figure (多少, 几), no
    such row is named, or two are named alike."""
    if question.kinds[0] not in ("other", "name", "value") or question.compare or question.missing \
            or FIGURE_ASKED.search(question.asked):
        return None
    columns = FORMS.target_columns if _asks_target(question.asked) else FORMS.actual_columns
    ranked: list[tuple[float, LabelledFigure]] = []
    for f in figures:
        if f.doc_id not in scopes or f.origin != "form" or f.kind != "text" or f.column not in columns:
            continue
        scope, label = scopes[f.doc_id], matchable(f.label)
        own = [t for t in question.terms if not (found(t, scope.names) or abbreviates(t, scope.names))
               and t.word not in ASKING.achieved_frame.asks and not qualifiers_in(t.word)]
        said = sum(len(t.word) for t in own if found(t, label) or abbreviates(t, label))
        # every word of the question says the row, its project or the report ("秸秆综合利用" is no name of the row
        # "畜禽粪污综合利用")
        of_the_row = all(found(t, label) or abbreviates(t, label) or found(t, matchable(f.subject)) for t in own)
        if said * 2 >= len(label) and of_the_row:
            ranked.append((said / max(1, sum(len(t.word) for t in own)), f))
    if not ranked:
        return None
    best = max(share for share, _ in ranked)
    named = [f for share, f in ranked if share == best]
    return Choice(named[0], _name(named[0]), named[0].value_text) if len(named) == 1 else None


FIGURE_ASKED = re.compile(alternatives(ASKING.ask_words))  # "多少", "几": a figure asked, not words


_WHOLE_SLACK = 0.05  # label words a whole's figure may say less than a part's ("总支出" of 支出: 1.99 of 2)
_REASON_COLUMN = re.compile("原因|措施")  # a column of why a row fell short ("偏差原因分析及改进措施"), not 得分计算方法
_REASON_SAID = 2  # characters of a row's name a why-question must say to ask that row


def choose(question: Question, figures: Sequence[LabelledFigure], scopes: Mapping[str, Scope]) -> Choice | None:
    """The labelled figure that answers the question, or None (nothing fits, or a tie)."""
    return decide(question, figures, scopes)[0]


class Refusal(NamedTuple):
    """A form row of the kind asked that does not answer: it names another group in place of a term of the question
    (that term: "低保户危房改造户数" of 特困户), or it ties with another row (None)."""

    row: LabelledFigure
    term: Term | None = None


def decide(question: Question, figures: Sequence[LabelledFigure], scopes: Mapping[str, Scope],
           refused: list[Refusal] | None = None) -> tuple[Choice | None, tuple[LabelledFigure, ...]]:
    """The labelled figure that answers the question, or None; and, when two or more answer equally
    well and differ, those (the answer is one of them, or none is known). `refused`, when given,
    gets the form rows of the kind asked whose words do not carry the question, and those that tie."""
    if question.compare or question.task or question.missing or not question.text or not scopes:
        return None, ()
    docs = [d for d in question.doc_ids if d in scopes]
    # a year asked of the next year's report (the library has none of its own): its last year's figures
    prior = {d for d in docs if (year := question.scope_years.get(d)) and year not in question.years
             and year - 1 in question.years}
    # another year asked of a report ("2024年度报告中，2022年…", "2023年报告提出2024年…要达到多少"): the figures it says
    # are of that year
    earlier = {d for d in docs if (year := question.scope_years.get(d)) and question.years and d not in prior
               and all(y not in (year, year - 1) for y in question.years)}
    if question.years:
        docs = [d for d in docs if question.scope_years.get(d) in (*question.years, None) or d in prior or d in earlier]
    if not docs:
        return None, ()
    figures = [f for f in figures
               if not over_years_unasked(f.label, f.quote, question.scope_years.get(f.doc_id), question.text)]
    # a table's row of the year before the report's ("2022年 | 38 | 2,041.35" in a 2023 report) is its 上年
    figures = [replace(f, qualifiers=(*f.qualifiers, _PRIOR)) if f.origin == "form" and _PRIOR not in f.qualifiers
               and (year := question.scope_years.get(f.doc_id)) and _COLUMN_YEAR.fullmatch(f.label.strip())
               and _table_year(f) == year - 1 else f for f in figures]
    # (their "上年" is no year asked: it says they are of a year before the report's, as the year asked is)
    figures = [f if f.doc_id not in earlier else replace(f, qualifiers=tuple(q for q in f.qualifiers if q != _PRIOR))
               for f in figures if f.doc_id not in earlier or _of_a_year_asked(f, question)]
    asked = asked_in(_without_given(question, [scopes[d].names for d in docs]))
    if wanted := _ASKED_IN_OTHER_WORDS.get(question.kinds[0]):
        # a rate asked in other words is the ratio the report's wording names ("钱花了百分之多少": 执行率),
        # and so is a score ("自评打了多少分": 得分)
        asked += tuple(q for t in question.terms if t.word not in t.forms for q in qualifiers_in(t.forms[0])
                       if q not in asked and wanted in classes((q,)))
    if question.kinds[0] == "rate" and DONE in asked and not classes(asked) & {"ratio", "share", "change"}:
        asked += (_SPENT_RATIO,)  # "钱花了多少比例", "花掉了几成": the share of the budget spent, its 执行率
    if any(w in question.text for w in (*FUNDS_SIZE, *BUDGET_CHANGES, *ALLOCATED_TO)) \
            and not classes(asked) & {"plan", "actual"}:
        # "养护资金总盘子有多大": how much there was to spend, the plan (总预算2,158.00万元); "年中追加了多少": what
        # was added to it; "分给梅河口市多少": its part of it
        asked += (PLAN,)
    if _target_and_result_asked(question.text, asked):
        # "造林成活率目标多少，实际多少", "…达到目标了吗": the row's achievement, with its target beside it
        of_result = replace(question, terms=[t for t in question.terms if classes(qualifiers_in(t.word)) != {"plan"}])
        achieved, _ = _decide(of_result, figures, scopes, docs, prior,
                              tuple(q for q in asked if "plan" not in classes((q,))))
        target = _target_beside(achieved.figure, figures) if achieved is not None else None
        if achieved is not None and target is not None:
            apart = target.start != achieved.figure.start or target.doc_id != achieved.figure.doc_id
            return replace(achieved, shown=f"{achieved.shown}，{target.column or '目标'}{shown(target)}",
                           also=target if apart else None), ()
        # no form row gives both ("实际完成了多少个审计项目计划": the 计划 is what was done)
    return _decide(question, figures, scopes, docs, prior, asked, refused)


_SUM_OF_TWO = re.compile(r"(?:和|与|及|、)[^，,。？?]{1,16}?(?:合计|一共|总共|共计|加起来|总计)")  # "A和B合计多少"
_SUM_LABEL = re.compile(r"(?:合计|共计|总计|共|总共|累计)")


def _sum_of_those_asked(question: Question, ranked: list[tuple[tuple[float, int, int, int, int], LabelledFigure]]
                        ) -> tuple[tuple[float, int, int, int, int], LabelledFigure] | None:
    """Asked the sum of two things named ("孤儿和事实无人抚养儿童合计多少人"), the figure a sentence that says both gives as
    their sum, labelled by a sum's word alone ("…事实无人抚养儿童213人，合计663人"); else None."""
    if not _SUM_OF_TWO.search(question.text):
        return None
    asked = [t for t in question.terms if not qualifiers_in(t.word) and not _SUM_LABEL.fullmatch(t.word)]
    return next((p for p in ranked if p[1].origin == "prose" and not _SUM_LABEL.sub("", p[1].label).strip()
                 and all(found(t, matchable(p[1].quote)) for t in asked)), None)


def _target_and_result_asked(text: str, asked: tuple[str, ...]) -> bool:
    """Whether a question asks a target and what was achieved of it, together ("目标多少，实际多少";
    not "预算执行", a budget's execution)."""
    return any(w in text for w in LEXICON.target.with_result) or (TARGET in asked and ACHIEVED in asked)


def _target_beside(f: LabelledFigure, figures: Sequence[LabelledFigure]) -> LabelledFigure | None:
    """The target beside an achieved value, or None: in the same form row ("造林成活率 | ≥85% | 91.3%"),
    or in the same sentence, of what the achievement measures and with no figure between them
    ("接种率目标≥90%，实际完成98.6%", "接种28,640剂次，目标值≥27,000剂次")."""
    if f.origin == "form":
        return next((g for g in figures if g.doc_id == f.doc_id and g.start == f.start and g.label == f.label
                     and "plan" in classes(g.qualifiers)), None)
    if f.origin != "prose":
        return None
    sentence = sorted((g for g in figures if g.doc_id == f.doc_id and g.origin == "prose" and g.start == f.start),
                      key=lambda g: g.value_start)
    at = sentence.index(f) if f in sentence else -1
    measured = {_unqualified(w) for w in (f.label, f.subject) if w} - {""}
    around = (sentence[at - 1 : at] if at > 0 else []) + sentence[at + 1 : at + 2]
    if f.quote[_value_at(f) + len(f.value_text) :].lstrip().startswith(("（", "(")):
        around.reverse()  # "修建机耕路17.2公里（计划18公里）": the bracket right after it, not the figure before
    for g in around:
        if TARGET in g.qualifiers and (g.kind, g.unit) == (f.kind, f.unit) \
                and {_unqualified(w) for w in (g.label, g.subject) if w} & measured:
            return g
    # or the report's target of it, set out elsewhere ("二、绩效目标 … 硬化村组道路32.6公里" for "实际完成硬化30.8公里"):
    # in its unit, near its value, its label sharing a word of what was done; one only
    # (the one whose label shares most: "计划完成退化草原改良8.5万亩" over its part "鼠害防治5.3万亩")
    own = _done_words(f.label + f.subject)
    shared = [(_shared_length(own, _done_words(g.label + g.subject)), g)
              for g in figures if g.doc_id == f.doc_id and TARGET in g.qualifiers and g.origin != "field"
              and _near_target(f, g)]
    most = max((n for n, _ in shared), default=0)
    best = {_value(g): g for n, g in shared if n == most}
    return next(iter(best.values())) if most >= 2 and len(best) == 1 else None


_TARGETS_YEAR = (*THIS_YEAR, "年度")  # the year a bare target is said of ("年度目标为1.2万人"), naming no measure


@lru_cache(maxsize=8192)
def _unqualified(label: str) -> str:
    """A label without its qualifier wordings ("传染病网络直报及时率目标值" → 传染病网络直报及时率)."""
    return matchable(without_wordings(label))


def _bound_sign(f: LabelledFigure) -> str:
    """The sign a sentence writes right before a figure ("目标值≥95%": ≥), or ""."""
    before = f.quote[: _value_at(f)].rstrip()
    return before[-1] if f.origin == "prose" and before and before[-1] in BOUND_SIGNS else ""


def _decide(question: Question, figures: Sequence[LabelledFigure], scopes: Mapping[str, Scope], docs: list[str],
            prior: set[str], asked: tuple[str, ...], refused: list[Refusal] | None = None
            ) -> tuple[Choice | None, tuple[LabelledFigure, ...]]:
    asks_field = question.kinds[0] in _FIELD_KINDS
    if not asks_field and question.kinds[0] not in _KINDS:
        return None, ()
    items: dict[str, set[str]] = {}
    labels: dict[str, set[str]] = {}
    rows: dict[str, set[str]] = {}
    projects: dict[str, set[str]] = {}
    targets: dict[str, list[LabelledFigure]] = {}  # a report's targets, which may name its results
    results: dict[str, set[str]] = {}  # and the labels of the rest of the kind asked
    # (the projects of a report's forms, which their fields name: a table's caption is no project, "主要服务指标完成情况")
    with_fields = {f.doc_id for f in figures if f.origin == "field"}
    for f in figures:
        if f.doc_id in docs and f.doc_id in with_fields and f.origin in ("form", "field") and f.subject:
            projects.setdefault(f.doc_id, set()).add(matchable(f.subject))
        # (a bare target's or change's subject is what it measures, no item: "群众满意度目标90%，实际完成94.2%")
        if f.doc_id in docs and f.origin == "prose" and (item := f.subject or section_item(f.section)) \
                and not (f.subject and not _strip_words(_unqualified(f.label), _TARGETS_YEAR).strip()):
            items.setdefault(f.doc_id, set()).add(matchable(item))
        if f.doc_id in docs and f.origin != "field" and TARGET in f.qualifiers:
            targets.setdefault(f.doc_id, []).append(f)
        if f.doc_id in docs and f.origin != "field" and _kind_fits(question, f):
            labels.setdefault(f.doc_id, set()).add(matchable(f.label))
            if f.origin == "form":
                rows.setdefault(f.doc_id, set()).add(matchable(f.label))
            if TARGET not in f.qualifiers:
                results.setdefault(f.doc_id, set()).add(matchable(f.label))
    # who pays, named with a fund word ("中央资金") or as a word of its own ("低保资金里中央下达了多少")
    payers = sources_named(question.text) | {t.word for t in question.terms if t.word in FUND_SOURCES}
    measure = part_measure(question.kinds, question.unit)  # what a part of the opening is measured in, as asked
    given = _given(question)
    # (what is given says which row: its wording, and its figure, "目标是80%")
    given_words = {word for _, _, word in given} | {t.word for t in question.terms if FIGURE_TERM.fullmatch(t.word)
                                                   and any(t.word in question.text[s:e] for s, e, _ in given)}
    said = _Said(frozenset(given_words), frozenset(payers),
                 {d: frozenset(v) for d, v in items.items()}, {d: frozenset(v) for d, v in labels.items()},
                 len(docs) == 1 and any(f.origin == "field" and f.label in FORMS.subject_fields and f.doc_id in docs
                                        for f in figures),
                 {d: frozenset(v) for d, v in projects.items() if len(v) > 1},
                 frozenset(t.word for t in counted.terms) if (counted := measured_terms(question)).follows else frozenset(),
                 frozenset(d for d, v in labels.items() if len({w for label in v for w in FUND_SOURCES if w in label}) > 1),
                 tuple(w for w in ASKING.stages_before if w not in matchable(question.text)), _said_with_more(question),
                 {d: tuple(v) for d, v in targets.items()}, {d: frozenset(v) for d, v in results.items()},
                 {d: frozenset(t.word for t in question.terms if in_opening(t, scopes[d], measure)) for d in docs
                  if d in scopes},
                 columns=_row_columns(figures, docs), rows={d: frozenset(v) for d, v in rows.items()},
                 plan_asked="plan" in classes(asked) and "actual" not in classes(asked))
    ranked: list[tuple[tuple[float, int, int, int, int], LabelledFigure]] = []
    periods = periods_in(question.text)
    # a figure the question states in a clause before it asks what was done ("任务是5.2万亩高标准农田，实际建成多少"): the
    # task, not its answer (unless the figure is what was done, or a score: "分值10分，实际得了几分" of a full 10分; a level
    # checked, "执行率达到100%了吗", may be what was done)
    stated = {(g.kind, g.value) for g in question.figures if _CLAUSE_ENDS.search(question.text, g.end)
              and not (question.checked and question.checked[0] <= g.start < question.checked[1])} \
        if "actual" in classes(asked) else set()
    # "破了多少刑事案件" of "全年立刑事案件1,137起，破案726起": the verb asked, where a label of the kind says it
    # (a verb of one character, said alone: not 观众 of "观众多少人次", a noun)
    verb = verb if (verb := verb_asked(question)) and len(verb[1]) == 1 else None
    verbed = {f.doc_id for f in figures if verb and f.doc_id in docs and verb[1] in f.label and _kind_fits(question, f)}
    for f in figures:
        if f.doc_id not in docs:
            continue
        if asks_field != (f.origin == "field"):
            continue
        if verb and f.doc_id in verbed and verb[0] in matchable(f.label) and verb[1] not in f.label:
            continue  # (立 said of the 刑事案件 counted, no 破)
        if (listed := _listed(f)) and listed_for_another(*listed, question.text):
            continue  # "银坑镇建成多少" of "贡江镇、银坑镇分别建成0.74万亩、0.93万亩": never 贡江镇's
        if not asks_field and not (_kind_fits(question, f)
                              and _agree((*asked, _PRIOR) if f.doc_id in prior else asked, f, said.sources)):
            continue
        if (f.kind, f.value) in stated and not classes(f.qualifiers) & {"actual", "score", "weight"}:
            continue
        if DONE in asked and any(w in f.label for w in INCOME_WORDS) and not any(w in question.text for w in INCOME_WORDS):
            continue  # "财政拨款实际执行了多少" of "财政拨款收入6 842.30万元": what came in, not what was spent
        if _as_of_another_year(f, question.years or [question.scope_years.get(f.doc_id)]):
            continue  # "截至2021年2月28日，累计支出856.30万元" in a 2020 report: no 2020 figure
        if _periods_of(f) != periods:
            continue  # "其中上半年完成2 915批次" is the half year's: it answers a question asking it, no other;
            # so is "截至6月底，全镇支出1 521.36万元，执行率44.51%"
        if _of_an_earlier_year(f, question, f.doc_id in prior or _PRIOR in asked):
            continue  # "2022年该项目支出398.72万元，2021年支出365.10万元": 365.10 answers only of 2021
        if _column_of_another_year(f, question, _PRIOR in asked):
            continue  # "人员经费 | 1 052.14 | 1 118.65 | 1 164.92" under "2021年 | 2022年 | 2023年": the year asked's
        key = _cover(question, f, scopes[f.doc_id], said)
        if isinstance(key, tuple):
            ranked.append((key, f))
        elif isinstance(key, _NotCarried) and refused is not None and f.origin == "form" \
                and _names_another(question, f, key.term, scopes[f.doc_id]):
            refused.append(Refusal(f, key.term))
    # a change said as a sum comes before the same change said as a rate ("增加27.37万元，增长9.40%")
    ranked = [p for p in ranked if p[1].kind in _KINDS.get(question.kinds[0], ())] or ranked
    if any(w in question.text for w in CUMULATIVE_WORDS):
        # "累计完成了多少公里" of a report giving the year's 68.4公里 and "截至2023年底累计完成127.0公里": the
        # sum so far, where one is said
        ranked = [p for p in ranked if any(w in _clause_head(p[1]) for w in CUMULATIVE_WORDS)] or ranked
    elif any(w in question.text for w in YEAR_ONLY_ASKED):
        # "2023年当年新接收多少人" of "累计接收社区矫正对象1482人，2023年当年新接收196人": the year's own
        ranked = [p for p in ranked if not any(w in _clause_head(p[1]) for w in CUMULATIVE_WORDS)] or ranked
    if any(w in question.text for w in OWN_LEVEL_ASKED):
        # "阿尔巴斯苏木本级花了多少" of "支出合计3 018.90万元…苏木本级支出2 406.17万元": the one said of itself
        ranked = [p for p in ranked if any(w in p[1].label for w in OWN_LEVEL_ASKED)] or ranked
    # "实际有多少人在岗" of "实有人数179人。其中，区财政投资评审中心…实有8人": the unit's figure answers only a
    # question that names the unit
    ranked = [p for p in ranked if not _of_a_unit_unasked(p[1], question, scopes[p[1].doc_id])] or ranked
    # "集体经济收入多少" of a town's report listing its villages' ("林驮村依托…，全年集体经济收入58.6万元"): a village's
    # figure answers only a question naming the village
    ranked = [p for p in ranked if not _of_a_place_unasked(p[1], question, scopes[p[1].doc_id])]
    if asks_whole_department(question.text):
        # "部门整体执行率" of a department's report with its projects' forms after it: the department's own
        ranked = [p for p in ranked if not _of_a_project(p[1], said)] or ranked
        # and the figure whose label says it is the whole's ("部门整体支出绩效自评得分"), where one does
        ranked = [p for p in ranked if any(w in p[1].label for w in WHOLE_DEPARTMENT)] or ranked
    if question.kinds[0] == "amount" and asks_whole_department(question.text):
        # "部门整体支出实际花了多少钱": the department's own sum (全年执行数, 支出合计), not an item's ("支出救助资金")
        ranked = [p for p in ranked if p[1].total or not _names_an_item(p[1])] or ranked
    if not ranked:
        return None, ()
    # among labels that say what was asked, the one saying least beyond it comes before what was
    # done ("全年支出" over 项目支出's 实际支出 for "全年支出多少"); the row of the whole, asked by a column
    # (no label words), keeps its place
    ranked.sort(key=lambda p: (p[0][0], p[0][4] if p[0][0] else 0, *p[0][1:]), reverse=True)
    if (summed := _sum_of_those_asked(question, ranked)) is not None:
        ranked.remove(summed)
        ranked.insert(0, summed)  # "孤儿和事实无人抚养儿童合计多少人" of "…孤儿412人，事实无人抚养儿童213人，合计663人"
    elif (before_part := _whole_before_its_part(question, ranked)) is not None:
        ranked.remove(before_part)
        ranked.insert(0, before_part)  # "实际完成了几个审计项目" of "实际完成35个…。其中：预算执行审计8个": the whole, not a part
    elif (named_part := _part_named(question, ranked)) is not None:
        ranked.remove(named_part)
        ranked.insert(0, named_part)  # "二级残疾人享受护理补贴的有多少人" of "…护理补贴…享受对象12,116人，其中…二级残疾人6,902人"
    if question.asks_whole and not ranked[0][1].total:
        # "总共支出多少": the sum its sentence gives as the whole ("总支出1 241.05万元，其中…") over a bare 支出
        # of one item, when its label says as much of what was asked, but for its 总
        best_label = matchable(ranked[0][1].label)
        said_whole = next((p for p in ranked if p[1].total and p[0][0] >= ranked[0][0][0] - _WHOLE_SLACK
                           and _strip_words(matchable(p[1].label), (*WHOLE_ASKED, "总")).strip() == best_label), None)
        if said_whole is not None:
            ranked.remove(said_whole)
            ranked.insert(0, said_whole)
    if question.kinds[0] == "score" and all(_qualifier_only(t) for t in question.terms) \
            and (totals := [p for p in ranked if _total_score(p[1])]):
        ranked = totals  # "依安县总工会自评得分": the report's 自评总分, not its part 预算执行得分
    if (unit := _MONEY_ASKED.search(question.text)) and not ranked[0][1].value_text.endswith(unit.group(1)):
        # "实际支出多少万元" of "实际支出1.21亿元" and the table's "合计 | 12 105.77" in 万元: the same sum, in the
        # unit asked and to the 元
        top = ranked[0][1]
        same = [p for p in ranked if p[1].value_text.endswith(unit.group(1)) and p[1].kind == top.kind == "amount"
                and p[1].value is not None and top.value is not None and _about(p[1].value, top.value)]
        if same:
            ranked.remove(same[0])
            ranked.insert(0, same[0])
    best_key, best = ranked[0]
    # a weak match ties with figures whose labels say more, unless its label says just what was asked
    level = [other for key, other in ranked[1:]
             if (key == best_key if best_key[0] >= _FIRM or best_key[-1] == 0 else key[:-1] == best_key[:-1])]
    if any(_value(other) != _value(best) for other in level):
        if (whole := _whole_of_items(question, (best, *level), figures)) is not None:
            return Choice(whole, _name(whole), shown(whole)), ()
        # two figures answer equally well and differ: refuse rather than guess; when their labels
        # say just what was asked, the answer is one of them (and where they are form rows, no passage of the form
        # settles it: the rows are all it says of them)
        if refused is not None and len({f.start for f in (best, *level) if f.origin == "form"}) > 1:
            refused.extend(Refusal(f) for f in (best, *level) if f.origin == "form")
        return None, ((best, *level) if best_key[-1] == 0 else ())
    return Choice(best, _name(best), shown(best)), ()


_MONEY_ASKED = re.compile(r"(?:多少|几)\s*(亿元|万元|千元|元)")  # "实际支出多少万元": the unit the sum is asked in
_ROUNDED = 0.01  # how far a sum said rounded ("1.21亿元") may stand from the same sum to the 元 ("12 105.77万元")


def _about(a: float, b: float) -> bool:
    return abs(a - b) <= _ROUNDED * max(abs(a), abs(b))


def _whole_of_items(question: Question, tied: Sequence[LabelledFigure], figures: Sequence[LabelledFigure]
                    ) -> LabelledFigure | None:
    """The whole of the items whose figures tie, when the question asks the whole ("四个农业项目一共下达了
    多少资金") or names none of them ("下达了多少资金"): the one figure of their report labelled as their
    sum ("下达资金合计1865万元"), else None."""
    subjects = {matchable(f.subject or section_item(f.section)) for f in tied}
    if len(subjects) < 2 or "" in subjects or len({f.doc_id for f in tied}) > 1:
        return None
    # a word naming some of the items, not all, asks those ("高标准农田建设项目下达了多少")
    names_items = any(0 < sum(matchable(t.word) in s for s in subjects) < len(subjects) for t in question.terms)
    if names_items and not any(w in question.text for w in ASKING.whole_asks):
        return None
    sums = {matchable(f.label) + w for f in tied for w in FORMS.total_words}
    wholes = [f for f in figures if f.doc_id == tied[0].doc_id and not f.subject and not section_item(f.section)
              and f.kind == tied[0].kind and matchable(f.label) in sums]
    return wholes[0] if len({_value(f) for f in wholes}) == 1 else None


def _given(question: Question) -> list[tuple[int, int, str]]:
    """What the question states as given, last first: a qualifier wording right before a figure
    ("木材销售收入指标分值6分，实际得了几分" asks the score; 分值6分 only says which row)."""
    spans = []
    for fig in sorted(question.figures, key=lambda f: -f.start):
        given = [(s, w) for s, e, w in wordings_in(question.text[: fig.start]) if e >= fig.start - 1]
        if given:
            spans.append((given[-1][0], fig.end, given[-1][1]))
    return spans


def _without_given(question: Question, names: Sequence[str] = ()) -> str:
    """The question without what it states as given (a level it checks too), nor what it sets aside, nor the places it names
    (花垣县's 花 asks nothing spent), nor a wording inside a report's name it says ("营养改善计划": 计划
    names the project, it asks no plan)."""
    text = question.text
    spans = [(start, end) for start, end, _ in _given(question)]
    if question.checked:  # "…达到90%的目标了吗": the level checked, no target asked
        spans = [s for s in spans if s[1] <= question.checked[0] or s[0] >= question.checked[1]] + [question.checked]
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + text[end:]
    for start, end, _ in reversed(wordings_in(text)):
        if any(_inside_a_name(text, start, end, n) for n in names):
            text = text[:start] + " " + text[end:]
    for place in sorted(question.regions, key=len, reverse=True):
        text = text.replace(place, " ")
        if len(place) > 2:
            text = text.replace(place[:-1], " ")  # "花垣" of 花垣县
    return meant(text)


_NAME_AROUND = 2  # characters of a name said around a wording, at least, that make it the name's
_NAME_REACH = 8  # characters before and after a wording a name around it is looked for in


def _inside_a_name(text: str, start: int, end: int, names: str) -> bool:
    """Whether text[start:end] is said as part of a longer run of the names (matched)."""
    for a in range(max(0, start - _NAME_REACH), start + 1):
        for b in range(min(len(text), end + _NAME_REACH), end - 1, -1):
            if b - a - (end - start) >= _NAME_AROUND and matchable(text[a:b]) in names:
                return True
    return False


@dataclass(frozen=True)
class _Said:
    """What the question says that no figure need carry, read once for all the candidates."""

    given: frozenset[str]  # wordings stated as given ("分值6分": 分值)
    sources: frozenset[str]  # who pays, named ("中央资金": 中央)
    items: Mapping[str, frozenset[str]]  # per report, the items its prose figures are of
    labels: Mapping[str, frozenset[str]]  # per report, the labels of its figures of the kind asked
    one_project: bool  # the question is about one report, the form of one project (its 项目名称 field)
    projects: Mapping[str, frozenset[str]]  # per report, the projects its forms are of, when more than one
    counted: frozenset[str] = frozenset()  # what is counted, said after the ask ("多少优抚对象")
    split: frozenset[str] = frozenset()  # the reports whose sums name more than one payer (中央 and 省级…)
    stages: tuple[str, ...] = ()  # words of a stage before an act that the question does not say ("审查起诉")
    with_more: bool = False  # a term is said with a character no term keeps ("微宣讲"): see _said_with_more
    targets: Mapping[str, tuple[LabelledFigure, ...]] = field(default_factory=dict)  # per report, its targets
    results: Mapping[str, frozenset[str]] = field(default_factory=dict)  # per report, the labels of the rest
    opening: Mapping[str, frozenset[str]] = field(default_factory=dict)  # per report, the terms its opening says
    columns: Mapping[tuple[str, int], frozenset[str]] = field(default_factory=dict)  # per table row, its columns
    rows: Mapping[str, frozenset[str]] = field(default_factory=dict)  # per report, its form rows' labels of the kind
    plan_asked: bool = False  # the question asks a plan or target, and nothing done ("原计划开设多少节")


def _said_whole_in_opening(term: Term, question: Question, scope: Scope, item: str) -> bool:
    """Whether the term is part of a phrase of the question that the report's opening says and the item
    does not ("救助" of "困难群众救助资金", which the report is about, not of the item 临时救助)."""
    return any(term.word in p and p != term.word and m not in item
               and (m in scope.opening or len(p) >= _PHRASE_CHARS and abbreviates(Term(p, (p,)), scope.opening)
                    and _shares_little(m, item))
               for p in question.phrases if (m := matchable(p)))


def _shares_little(phrase: str, item: str) -> bool:
    """Whether an item holds few of a phrase's characters ("基础养老金按时足额发放" of "城乡居民养老补助": 养老 only)."""
    return sum(c in item for c in phrase) * 2 < len(phrase)


def _phrases_of_the_opening(term: Term, question: Question, scope: Scope, items: Iterable[str] = ()) -> tuple[str, ...]:
    """The phrases of the question that hold the term and say what the report's opening is about, in full or in short
    ("城乡居民养老补助" of "…对2023年城乡居民基本养老保险补助资金开展了绩效自评"): the term names the whole, not an
    item that shares one of its words ("基础养老金按时足额发放")."""
    return tuple(p for p in question.phrases
                 if term.word in p and len(p) >= _PHRASE_CHARS and p != term.word and abbreviates(Term(p, (p,)), scope.opening)
                 and not any(abbreviates(Term(p, (p,)), item) for item in items))


_PHRASE_CHARS = 4


def _another_items(term: Term, f: LabelledFigure, said: _Said, terms: Sequence[Term], whole: tuple[str, ...] = ()) -> bool:
    """Whether the term names an item of the report with figures of its own, not the figure's
    ("门诊慢特病救助" of "3.门诊慢特病救助。救助金额129.05万元", which the opening also lists among what
    the fund pays for), or another row of its kind (of the question's other terms, `terms`): the
    question asks that item, not what the whole report spent. `whole`: the phrases of the question that hold the term
    and say what the report is about: a label that says the term but not all the words of one of them names no other item
    ("技能提升补贴" of "职业技能提升行动…实际支出"; "中央衔接推进乡村振兴补助资金" of "衔接资金里中央…" does)."""
    own, word = matchable(f.subject), matchable(term.word)  # the asker's own word: "花了多少" (支出) names no item
    if len(word) < 2 or word in _SAYS_MONEY:
        return False
    if f.origin == "prose" and word not in own and not whole \
            and any(word in item for item in said.items.get(f.doc_id, ()) if item != own):
        return True
    # a word another figure of the kind carries in its label beside all the question's words this
    # sentence's says ("听力" of the row 新生儿听力筛查人数, which the opening also names): that figure's, not
    # the sentence's without it ("全年筛查新生儿2946人")
    label = matchable(f.label)
    shared = [t for t in terms if t is not term and len(w := matchable(t.word)) > 1 and w in label]
    named = [matchable(t.word) for t in shared if not _qualifier_only(t)]
    which = [matchable(t.word) for t in shared if _qualifier_only(t)]
    if f.origin != "prose" or not shared or word in label:
        return False
    others = [other for other in said.labels.get(f.doc_id, ()) if other != label]
    whole_words = [dictionary_words(p) for p in whole]
    # a word saying which figure ("实际") a sum's label that says none need not say: "日常养护经费" is what
    # was spent on it; a rate's must ("执行率" is not "农村公路优良中等路率"), and so must a sum's that says
    # another ("…资金年初预算" is not what was spent)
    return any(word in other and all(w in other for w in named)
                and (not whole or any(all(w in other for w in words) for words in whole_words))
                and (all(w in other for w in which) or (f.kind == "amount" and not qualifiers_in(other)))
                for other in others)


_SAYS_MONEY = frozenset((*FUND_WORDS, *ASKING.money_nouns))  # "资金", "补助": say money, name no item


def _value(f: LabelledFigure) -> tuple[str, float | None, str]:
    return (f.unit, round(f.value, 6) if f.value is not None else None, "" if f.value is not None else f.value_text)


_COUNTED_NEXT = re.compile(r"[\u4e00-\u9fff]{1,4}")  # what a count counts, said right after it ("18个乡镇")
_PARTICLES = ("的", "了", "是", "呢", "吗", "啊")  # said after a unit asked, no thing counted ("水塔是多少吨的")
_SUMMED = ("共计", "累计", "合计", "总计", "共")  # how a sentence says its figure is a sum ("共下达项目资金")
_WHOLE_LABEL = 4  # characters a label said whole by a question has at the fewest to name its figure ("部门预算")


def _cover(question: Question, f: LabelledFigure, scope: Scope, said: _Said
           ) -> tuple[float, int, int, int, int] | _NotCarried | None:
    """(label words matched, preference of what was done, a form column the question names in its
    own words, row of the whole, fewest label words beyond the question) when every term is
    accounted for; _NotCarried when a term names nothing the figure says; None otherwise."""
    label = _strip_words(matchable(f.label), WORDINGS)  # "实际完成指标值" measures nothing: its words say which figure
    # "受理审查起诉案件" gives cases received for review, not those 起诉: the stage's word is not the act's
    label = _strip_words(label, said.stages)
    column = matchable(f.column + f.label)
    names = scope.names + matchable(f.subject)
    in_label: float = 0
    column_asked = False
    column_said = 0  # the question's qualifier is the column's own wording ("实际完成" of 实际完成值)
    named_in_label = 0  # terms that name the project and this figure's row alike ("两癌", "救助")
    named_chars = 0  # and their characters
    opened = False  # a term was taken as what the report's opening is about
    opened_words: list[str] = []  # and those terms
    spent = False  # 支出 asked of a form's column of what was done
    funds_scored = False  # 预算执行 asked of the 得分 of a form's row of its funds
    labelled_elsewhere = False  # a term the opening excused labels another figure ("三保" of “三保支出”)
    counts_elsewhere = False  # and says nothing of this figure's label, not even in part ("培训" of 专任教师)
    worded = 0  # terms the label itself says
    added = ""  # what a budget change asked of the label added ("第五次全国经济普查经费等" of "年中追加…")
    budget_changed = False  # and that a budget change was asked of the label
    if f.origin == "prose" and sources_named(f.label) - said.sources \
            and (f.doc_id in said.split or question.elsewhere.get(f.doc_id)) \
            and not any(w in f.label and w in question.text for w in BUDGET_CHANGES):
        # "中央资金预算执行率" is one part's: a question not naming 中央 asks another figure (what was added to
        # the budget is asked whoever paid it: "年中追加了多少" of "年中追加区级资金415.30万元"; where no other
        # payer is named, the one named pays it all, "项目累计支出中央财政资金1 936.48万元", unless the question asks
        # a place's share of it)
        return None
    if (thing := question.counted) and thing not in _PARTICLES and f.kind == "count" and f.origin == "prose" \
            and (after := _COUNTED_NEXT.match(f.quote, _value_at(f) + len(f.value_text))) and thing not in after.group():
        return None  # "覆盖了多少个村" of "覆盖全市18个乡镇、312个村": 18个 counts 乡镇, the thing after it
    if f.kind == "score" and f.origin == "form" and f.label not in FORMS.score_rows and not f.total \
            and any(w in question.text for w in FORMS.score_rows) and matchable(f.label) not in matchable(question.text) \
            and not organisations.org_at(f.label, 0):
        return None  # "…养护项目自评总分" asks the form's 总分, not the 得分 of its row 实施预防性养护 (a table of
        # organisations' scores gives each its own: "武平县卫生健康局 | … | 92.7")
    if f.origin == "form" and _of_places_together(f.label, question.text):
        return None  # "西杜村污水处理站受益户数" of the row "东杜村、西杜村 | …1 085户": the two villages' together
    if label.startswith(tuple(ASKING.not_done)) and not asks_not_done(question.text) \
            and not any(w in question.text for w in LEXICON.carried):
        return None  # "未支出163.42万元" is what was not spent: "实际用了多少" asks what was ("结转了多少" asks it)
    if f.origin == "prose" and not question.asks_undone and not asks_not_done(question.text) \
            and _NOT_DONE.match(f.quote[_value_at(f) + len(f.value_text) :].lstrip()):
        return None  # "尚有520.58万元未支付" is what was not paid, no answer to what was
    if any(w in f.label for w in LEXICON.carried_in) and not _asks_carried_in(question.text, question.scope_years.get(f.doc_id)):
        return None  # "结余了多少" of the row 上年结转资金: what came in from last year, not what is left
    if _asks_carried_in(question.text, question.scope_years.get(f.doc_id), named=True) \
            and any(w in label for w in LEXICON.carried) and not any(w in f.label for w in LEXICON.carried_in):
        return None  # "2023年结转过来的资金" of "年末结转结余323.27万元": what is left at this year's end, not what came in
    if f.origin == "prose" and said_unreached(f.quote, _value_at(f)) and not _asks_target(question.text):
        return None  # "资金执行率未达到100%" says what the rate did not reach, not what it was
    if question.asks_shortfall and not (f.origin == "prose" and said_short(f.quote[: _value_at(f)])) \
            and not (question.asks_undone and _said_undone(f)):
        return None  # "离目标还差多少" of "目标值96%": the target, not the gap
    if question.asks_undone and not _said_undone(f):
        return None  # "还有多少没到位" of "县级配套资金到位412.50万元": what was done, beside what was not
    fa = classes(f.qualifiers)
    if f.kind == "score" and not fa and "score" in (said_of := classes(qualifiers_in(f.quote))) \
            and "weight" not in said_of:
        fa.add("score")  # "其中预算执行得分9.70分，产出指标47.00分，效益指标27.80分": each is points got
    if "score" in fa:
        fa.add("actual")  # 得分 is the points got: "实际得了几分"
    # the numbered item the sentence is about, else the item its section heading names
    subject = "" if f.subject and (not _strip_words(f.subject, _SUBJECTS).strip() or f.subject in GENERIC_LABELS
                                   or not _strip_words(f.subject, SECTION_WORDS).strip()) \
        else f.subject  # ("上年执行11,372.60万元" after "全年实际支出…": its subject 支出 is what it measures, no item;
    # nor is "1.项目资金：预算260.00万元…" under "（一）中药材产业发展项目": the item is the section's)
    # ("项目预算58.00万元…执行率95.90%" under "三、山洪灾害防治…项目": 项目 is the section's)
    if not subject and f.origin == "prose" and f.label in GENERIC_LABELS and (head := _ITEM_HEAD.match(f.quote)):
        subject = head.group(1)  # "1.新建健身路径56个，支出173.60万元": the item's 支出, what the item did
    item = matchable(subject or section_item(f.section)) if f.origin == "prose" else ""
    if item in _SELF_REFERENCES or _PAYER_ONLY.fullmatch(item) or _NOTE.sub("", item) in SUBJECT_WORDS \
            or _strip_words(item, THIS_YEAR).strip() in SUBJECT_WORDS:  # ("本年度部门预算…，实际支出…": the department's)
        item = ""  # "本局…实际支出8,364,765元": the report's own organisation, no item of it; nor is "区财政安排项目…",
        # nor "部门（含所属单位）全年预算数…": the department with its units, the whole
    elif OWN_SUBJECT.fullmatch(item):
        # "该项目预算1100.00万元，支出1043.80万元": the project its section names ("三、“三月三”节庆活动经费"),
        # else the report's own project, no item of it ("本局…" of "二、部门预算执行情况": the report's)
        section = matchable(section_item(f.section))
        item = section if item.endswith(("项目", "工程")) and section.endswith(_PROJECT_ENDS) else ""
    if item and item not in scope.names and not _says_what(label) \
            and not any(_names_item(term, item) and not _whose_only(term) for term in question.terms):
        return None  # "（一）防雹作业经费，…支出45.12万元" is the item's 支出, not the report's
    if item and subject and not f.subject and any(
            (found(t, scope.names) or t.word in said.opening.get(f.doc_id, ()))
            and not found(t, item) and not found(t, label)
            and not _qualifier_only(t) and t.word not in ASKING.money_nouns for t in question.terms):
        return None  # "全民健身工程花了多少" of "1.新建健身路径56个，支出173.60万元": the question names the project
        # the item is a part of (for all the 健身 they share), not the item
    if other_grade(question.text, f.label):
        return None  # "C级危房每户补多少" of the row "D级危房户均补助": another grade's
    for term in question.terms:
        if term.word in said.given:
            continue  # "分值6分": says which row, not which figure
        change = _change_asked(term, question.text)
        if change and change not in label and NAMED_BUDGETS & set(f.qualifiers):
            return None  # "年中追加了多少" of "…年中追加预算578.90万元，调整后预算为3,824.50万元": 3,824.50 is the level after
        if f.origin == "prose" and not found(term, label) and _names_its_part(term, f, scope.names):
            return None  # "城区每天收运多少" of "全区日均收运生活垃圾约1180吨，其中城区日均约640吨": the part's
        payer = who_pays(term.word) if not _bodies_of_a_level(term, question.text) else ""
        if payer and not any(matchable(w) in text for w in payer_wordings(term) for text in (names, label, column)):
            # "市级补助资金", "彩票公益金" ask a part: a figure that does not name it is another (a
            # shorter wording of the term, "预算" of 一般公共预算, does not name it)
            return None
        if term.word in FUND_WORDS and _fund_of(label, said.sources) and not found(term, label):
            # "县级配套" of "县级财政资金", "中央衔接资金安排了多少" of "中央衔接推进乡村振兴补助资金": asked of
            # a fund its payer names, a fund word says only that it is that payer's money
            continue
        if item and not _whose_only(term) and (_names_item(term, item) or found(term, item + label) or _number_of(term, f, item)) \
                and not (_generic_only(term, item + label) and _says_what(item)) \
                and not found(term, scope.names) and not abbreviates(term, scope.names) \
                and not _said_whole_in_opening(term, question, scope, item + label):
            # names the item the figure is of, or says the item and the label together ("审计经费支出"
            # of the item 政府投资项目审计经费's 支出)
            in_label += max(len(term.word), 1)
            continue
        if "actual" in fa and not _qualifier_only(term) and _named_by_its_target(term, f, said.targets.get(f.doc_id, ())) \
                and not _labels_another(term, f, said):
            continue  # "新建了几座蓄水池" of "建成蓄水池9座", whose target said "新建蓄水池9座": the result of that target
        # items of the report the term may name, when it names neither this figure's item nor its label
        # (a word that only says which figure, "完成", names no item: "全年完成…接种" is no other item's)
        # (nor the item its section names: "同比增加78批次" under "1.抽检批次" is of 抽检批次, whatever its subject)
        own_section = matchable(section_item(f.section))
        others = [other for other in said.items.get(f.doc_id, ()) if other not in (item, own_section)] \
            if item and not found(term, label) and not found(term, item) and not _qualifier_only(term) else []
        if any(other[marker_end(other) :].startswith(matchable(term.word)) for other in others) \
                and not found(term, scope.department or scope.names):
            return None  # the name of another item ("两癌" of "（二）“两癌”救助"), though the title names them all
            # (not the report's own organisation's: "政协" of 政协…办公室's "1.政协全会经费", named by its title where
            # no department was read)
        if (found(term, names) or abbreviates(term, names) or _named_with_whose(term, names) or names_report(term, scope)) \
                and not (f.column and found(term, matchable(f.column)) and not found(term, scope.names)):
            # (a word of the table's caption its column says is the column's: "已拨付" of "…资金拨付情况如下")
            if (f.origin == "form" or f.origin == "prose" and not found(term, label)) \
                    and not names_project(term, matchable(f.subject or f.section)) \
                    and any(names_project(term, other) for other in said.projects.get(f.doc_id, ())):
                return None  # "营养改善计划执行率" of a report of two projects' forms: the other form's (or the
                # department's own, said before its projects' forms: "送戏下乡项目实际花了多少钱" of 全年支出)
            named_in_label += int(found(term, label))
            named_chars += len(term.word) if found(term, label) else 0
            continue  # names the report or the project: says which report, not which figure
        if term.word not in ASKING.money_nouns and any(found(term, other) for other in others):
            return None  # the term names another item of the report ("农村供水…" of the 小型水库 section;
            # "资金" of "（一）…供养资金" says money, as "两项补贴资金" does, and names no item)
        if change:
            if change not in label:
                return None  # "年中追加预算多少" asks what was added, not "年初预算4,862,300.00元"
            # "年中追加第五次全国经济普查经费等1,215,000.00元": what was added is said after the change
            in_label += len(term.word)
            worded += 1
            added = label[label.index(change) + len(change):]
            budget_changed = True
            continue
        if not found(term, label) and _abbreviates_the_row(term, label):
            in_label += len(term.word)  # "安溪卫健局…自评得分" of the row "安溪县卫生健康局 | … | 93.0"
            worded += 1
            continue
        if found(term, label) and not (f.column and found(term, matchable(f.column))
                                       and not found(term, _A_NOTE.sub(" ", label))):
            # (a word of the column asked that the row's name says only in its aside is the column's: "调整" of
            # 调整后预算, not of the row "农村客运燃油补贴（成品油价格调整）项目")
            if term.word in ASKING.money_nouns:
                continue  # "资金" says money, as every sum is: it names no figure ("全年执行资金" for "…资金合计")
            if (f.origin == "form" or _a_part(f)) and any(_names_a_part(w, label, question.text)
                                                          for w in (term.word, *term.forms)):
                # "全年实际支出多少" (or "钱用掉多少", 支出 in other words) of a form: the 基本支出 row is a part,
                # the 年度资金总额 row the whole; so is "其中基本支出152.30万元" of a sentence
                return None
            # the question's own word beats a wording of the same concept ("在职人员" over 实有人数)
            in_label += _said_in(term, label)
            worded += 1
            if f.kind == "rate" and (rate := matchable(term.word) + "率") in matchable(question.text) and rate in label:
                in_label += 1  # "年度竣工率" of the row 年度竣工率, not of 竣工验收合格率: the rate the word names
        elif _said_around(term, label, question.terms):
            in_label += len(term.word)  # "日均垃圾清运量" of the row 生活垃圾日均清运量: its words in another order
            worded += 1
        elif _people_counted(term, f, label):
            in_label += len(term.word) - len(_PEOPLE_COUNT)  # "再就业人数" of the row "失业人员再就业 | 4,318人"
            worded += 1
        elif _counted_after(term, f):
            # "下辖几个嘎查" of "辖6个嘎查": what a count counts is said right after it, not in its label
            in_label += len(term.word)
            worded += 1
        elif f.origin == "form" and not f.total and _in_its_row(term, f):
            in_label += len(term.word)  # "莲花池村…受益多少户" of the row "三岔镇 | 莲花池村 | 特色种植基地 | … | 188户"
            worded += 1
        elif f.origin == "prose" and _carried_over(term, f):
            in_label += len(term.word)  # "当年新接收196人" after "累计接收社区矫正对象1482人": 矫正对象 labels it
        elif f.origin == "prose" and _whole_opening(term, f):
            continue  # "…局系统实有在职多少人" of "全系统编制数8436名，实有在职人数8102名": 系统 is of both
        elif f.origin == "prose" and term.word not in SUM_WORDS and not _qualifier_only(term) \
                and not qualifiers_in(term.word) and _topic_said(term, f):
            # (a name, not a word of which sum: "截至年底资金全部到位，实际支出…" says nothing 到位 of what was spent)
            continue  # "治欠保支…累计追讨多少" of "持续推进“治欠保支”三年行动，行动开展以来累计…追讨…5.82亿元"
        elif (term.word in ASKING.money_nouns and (f.kind == "amount" or "ratio" in fa)
              or term.word in ASKING.rate_money_nouns and ("ratio" in fa or f.kind == "amount"
                                                           and f"多少{term.word}" in question.text)) \
                and matchable(term.word) not in said.labels.get(f.doc_id, ()):
            # "两癌救助资金实际支出多少" of the item's "支出31.20万元": 资金 says only money (unless the report
            # sets its 资金 apart: "捐赠款物合计356.80万元（其中资金218.46万元，物资折价…）"); so does a
            # rate of money ("贴息资金执行率" of "执行率99.02%"), and 经费 asked as the sum ("实际支出了多少经费")
            continue
        elif term.word in _YEAR_END_ASKED and (any(w in f.label + f.column for w in THIS_YEAR)
                                               or any(w in f.quote[: _value_at(f)] for w in _YEAR_END_SAID)):
            continue  # "到年底实际支出了多少" of "全年执行数：10 287.31": the whole year's is what stood at its end (and
            # "年底有几个在职人员" of "2023年末在职6人": its sentence says when)
        elif term.word in GENERIC_LABELS and _said_of_the_whole(term, question.text):
            continue  # "重大传染病防控经费中结核病防治安排了多少": 经费 is the whole's, the part asked is the row's
        elif _whose_only(term):
            continue  # "…养护项目实际执行了多少" of the row 乡村道路养护: 项目 (or 工程项目) says whose, not which figure
        elif f.total and (whole := of_the_whole(term.word)) \
                and (whole in label or f.origin == "form" and whole in matchable(f.subject)):
            in_label += len(whole)  # "支出合计" of "支出4816.24万元，其中…", or of the 合计 row of "支出结构对比"
        elif column and found(term, column):
            column_asked = True
            # each term its wording says ("实际" and "花掉" of 实际支出); a sentence's label, in the question's own word
            # ("执行率" of "执行率97.88%" before "完成率102.6%")
            column_said += int(bool(f.column) or matchable(term.word) in matchable(f.label))
            if not f.column and (own := _strip_words(matchable(term.word), WORDINGS).strip()) and own in label:
                in_label += len(own)  # "自评得分" of "本项目自评得分": 自评 is the sentence's label's own word
        elif "actual" in fa and "支出" in term.forms and (f.origin == "form" and f.column or _EXECUTED.search(f.label)):
            # "一共支出了多少" of a form: its 全年执行数 is what was spent; so is a sentence's ("全年执行数比上年减少37.16万元")
            column_asked = spent = True
        elif _inside_carried_wording(term, question.text, f.qualifiers):
            column_asked = True  # "调整" of "调整后预算", a figure the label calls 调整后预算
        elif term.word not in term.forms and "支出" in term.forms and f.kind == "amount" and not fa \
                and label.endswith(tuple(LEXICON.expense_ends)) and (f.origin == "prose" or _of_a_year_column(f)):
            continue  # "三公经费花了多少" of "“三公”经费 | 2023年 11.05": an expense's sum is what was spent
        elif term.word in CHANGES_AFTER_BASE and "change" in fa and says_change(question.text):
            continue  # "同比变化" of "同比-7.2%": the change asked, which the figure is
        elif _qualifier_only(term) and "change" in fa and compared_with(question.text, term.word):
            continue  # "比预算少花了多少" of "减支3465.48万元": what the change is against
        elif _qualifier_only(term):
            # a way of asking is read by the wordings it stands for ("得了多少分": 得分)
            meant_by = term.word if term.word in term.forms else " ".join((term.word, *term.forms))
            scored_row = f.kind == "score" and f.origin == "form" and _asks_funds(meant_by)
            if scored_row and f.label in FORMS.score_rows:
                return None  # "资金执行这一项得分" asks the funds' row, not the form's 总分
            if scored_row and f.total:
                funds_scored = True  # "预算执行得分" of the 年度资金总额 row's 得分: it scores how the budget was spent
            elif classes(qualifiers_in(meant_by)) & fa:
                column_asked = True
            elif _said_of_the_whole(term, question.text):
                continue  # "决算支出中基本支出": 决算 says which whole the part is asked of
            elif (f.origin == "prose" or not f.column or _of_a_year_column(f)
                  or (heading := matchable(f.column.strip())) and heading in matchable(question.text)) and not fa \
                    and classes(qualifiers_in(meant_by)) == {"actual"} and not _said_as_bound(f):
                # (or in a column the question names after it: "实际到位多少" of "区级配套资金 | 980.00 | 850.00" under
                # 下达 | 到位)
                # (or in a column of the year only: "三公经费 | 2023年 11.05", as a final account gives it)
                continue  # "实际支出" of "财政资金支出274.96万元" (or a form's "项目支出：426.38"): what is said spent, was
            elif not fa and classes(qualifiers_in(meant_by)) == {"plan"} and f.kind == "amount" \
                    and any(w in label for w in (*FUNDS_SIZE, *_FUNDS_TOTAL)):
                continue  # "资金总共安排了多少" of "项目资金总额3,540.00万元": the funds' whole is what was set aside
            elif not _absorbed(term, question.text, fa):
                return None  # asks a plan, a result, a change… this figure is not
        elif said.one_project and f.origin != "prose" and found(term, scope.said) \
                and _names_the_project(term, question.text):
            continue  # "门源兽医站防疫项目全年预算数" of the 强制免疫 project's form: a word the report says that
            # names the project as the asker calls it says which project, of the one project in scope
        elif term.word in said.opening.get(f.doc_id, ()) and term.word not in SUM_WORDS \
                and not _names_another_column(term, f, said) \
                and matchable(term.word) not in said.labels.get(f.doc_id, ()) \
                and not _in_rows_names_only(term, scope.opening, said.rows.get(f.doc_id, frozenset())) \
                and (len(term.forms) == 1 or matchable(term.word) in scope.opening) \
                and not _another_items(term, f, said, question.terms,
                                       _phrases_of_the_opening(term, question, scope, said.items.get(f.doc_id, ()))) \
                and not (listed_in_opening(term, scope, matchable(f.subject + f.label)) and not found(term, matchable(f.quote))):
            # (a way of asking, "钱用完了吗", asks what it stands for, 执行率, whatever the opening says)
            opened = True
            if not qualifiers_in(term.word) and not any(n in term.word for n in (*ASKING.money_nouns, *GENERIC_LABELS)):
                opened_words.append(matchable(term.word))  # (what was done, not "资金支出": which sum)
            counts_elsewhere = counts_elsewhere or (not set(term.word) & set(label) and any(
                matchable(term.word) in other for other in said.labels.get(f.doc_id, ())))
            labelled_elsewhere = labelled_elsewhere or any(matchable(term.word) in other
                                                           for other in said.labels.get(f.doc_id, ()))
            continue  # the report's opening: what the whole report is about (unless a figure is labelled
            # with just the term: "项目支出:2985.5万元" in a form's head asks that figure, not the total)
        elif (UNITS.names_quantity(term.word, question.unit) or term.word == question.unit) and unit_fits(question, f.unit):
            continue  # "多大面积" of a figure in 平方米, "多少人次" of one in 人次: the unit says it
        elif term.word in UNITS.household_members and question.counted == term.word \
                and question.unit in UNITS.households and f.unit in UNITS.households:
            continue  # "涉及多少户居民" of "水利小区 | 户数（户） | 127": households are the residents'
        elif not question.unit and UNITS.names_quantity(term.word, f.unit):
            continue  # "待遇领取人数是多少" of "待遇领取5.74万人": the figure's unit says 人数
        elif not question.unit and (changed := _changed_unit(f)) and UNITS.names_quantity(term.word, changed):
            continue  # "价格认定件数同比变化" of "完成涉案财物价格认定412件，同比-7.2%": 件数 is what changed
        elif _names_form_part(term):
            continue  # "自评表中", "…指标": where the figure stands, not what it measures
        elif term.word in WEAK_WORDS:
            continue  # "实际开展…活动多少场": a verb of doing names no figure
        elif "share" in fa and re.search(rf"占(?:到|了)?{re.escape(term.word)}", question.text):
            continue  # "项目支出占总支出的比重" of "项目支出4,758.66万元，占62.18%": the whole a share is of
        elif term.word in LEXICON.people_reached and UNITS.dimension(f.unit) == "people" and asks_people(question):
            continue  # "护理补贴实际覆盖多少人" of the row 重度残疾人护理补贴保障人数: the people reached, counted
        elif term.word in ASKING.belongs_said and _unit_after_in(term, question, label):
            continue  # "…厅下属的省教育考试院支出多少": whose the unit is, which the unit's name in the label says
        elif term.word in ALLOCATED_TO:
            continue  # "分给梅河口市多少": the part of the plan handed down, which its qualifier agreed with (decide)
        elif (section := matchable(term.word)) in scope.sections and len(section) > 2 \
                and section[:-1] in matchable(f.quote[: _value_at(f)]):
            continue  # "执行局执结了多少件" of "执行工作方面，…共执结案件412件": the section the opening lists, by its work
        elif (term.word.startswith(_EACH_WORD) and len(term.word) <= 2 or term.word in ASKING.per_unit_said_as) \
                and _per_unit_figure(f):  # ("平均多少" of "单村扶持资金 | 47.43万元")
            continue  # "每个月能领多少" of "补贴标准 | 1000元/人·月": a figure per unit is what "每" asks
        elif (asked_period := periods_in(term.word)) and asked_period == _periods_of(f) \
                or any(term.word in phrase for phrase in as_of_phrases(question.text)) \
                and (_periods_of(f) or not periods_in(question.text)):
            continue  # "第四季度兑付多少" of "第四季度完成年度考核，兑付剩余资金246.80万元": its sentence says when
            # (so does "截至6月底，全乡支出1 103.52万元", asked "截至6月底支出多少": the periods agree, as read before;
            # and "截至2024年底还有多少没花" of a 2024 report asks the year's end, the whole year, as every figure is)
        elif _said_of_its_whole(term, f) and not question.asks_whole:
            continue  # "下达" of "共下达低保资金5,436.80万元，其中中央资金3,862.00万元": the part's too
        elif f.origin == "prose" and (not _says_what(label) or _bare_rate(f, label)) and _said_before(term, f):
            continue  # "财政资金执行率" of "财政资金支出274.96万元，执行率98.20%": the rate of what its sentence spent;
            # "隐患整改率" of "排查整治各类隐患4867条，整改率99.2%": of what its sentence counted
        elif term.word in WHOLE_ASKED and not _a_part(f):
            continue  # "项目总体执行率" of the 合计 row: the whole, which a part is not
        elif f.kind == "score" and f.unit == "分" and term.word not in term.forms \
                and "score" in classes(qualifiers_in(" ".join(term.forms))):
            continue  # "市民满意度是几分" of "第三方测评市民满意度92.37分": its 分 says it is points
        elif term.word in question.elsewhere.get(f.doc_id, ()) and _said_of_a_place(f, question):
            continue  # "东读村…收入多少" of "东读村入股…合作社，收入32.1万元": the village its sentence names first
        elif (f.origin == "form" or f.origin == "prose" and (f.subject or _said_of_a_place(f, question) or _under_a_task(f))) \
                and f.section and found(term, matchable(f.section.split(" > ")[-1])) and not _qualifier_only(term):
            # (a table's too: "七个重点项目合计执行率" of the 合计 row under "二、重点项目实施情况"; and a village's
            # figure under "三、村级集体经济发展情况", asked "东读村集体经济收入多少" of "东读村…，收入32.1万元")
            continue  # "食品抽检合格率比上年变化了多少" of "较上年下降0.4个百分点" (of 抽检合格率) under "（二）食品安全"
        elif UNITS.dimension(f.unit) == "people" and len(term.word) <= _PEOPLE_WORD and "人数" in label \
                and term.word.endswith(tuple(UNITS.people_ends)) and not qualifiers_in(term.word):
            continue  # "享受高龄津贴的老人共有多少人" of the row 享受高龄津贴人数: the people it counts are those asked
        elif _object_said_before(term, f, label) or _qualified_before(term, f, label) or _standard_for(term, f) \
                or _said_of_its_list(term, f):
            # "审结案件多少件" of "受理各类案件21,406件，审结20,118件": what is 审结 is said before it (a little less
            # surely than in its own label); "幼儿资助标准" of "按每生每年800元标准资助家庭经济困难幼儿": whom it is for, after it;
            # "开工" of 南浔区's 17个 in "吴兴区、南浔区…分别开工24个、17个…": what its list says of every item
            in_label += len(term.word) * _BORROWED
        else:
            return _NotCarried(term)  # the figure does not carry it: it does not answer this
    if f.origin == "field":
        # the field named, in the question's words or a term's wording of them ("谁填的": 填表人)
        field = matchable(f.label)
        if not field or field not in matchable(question.text) \
                and not any(field == matchable(form) for t in question.terms for form in t.forms) \
                and not _field_asked_by_its_doing(field, question) and not _field_said_apart(field, question):
            return None
        return (len(f.label), 0, 0, 0, 0)
    # what the label measures, once its qualifier words and a word that only says money are gone
    # ("全年执行资金" measures nothing more than "全年执行数")
    # "全年调整后预算": 全年 says no more; nor does "本项目" of "本项目自评得分" (the report's own project)
    # ("综合执行率" of a report of several projects: 综合 says it is of them all, as 总体 does)
    # ("部门整体支出绩效" of "部门整体支出绩效自评得分", asked "部门整体自评得分": the words naming the report's whole
    # say no more, where the question names the whole)
    named_whole = _BOILERPLATE if any(w in question.text for w in _BOILERPLATE) else ()
    # "项目完成时间" says no more than "完成", asked "哪天完成": its date nouns say when, its 项目 whose
    dated = (*LEXICON.date_nouns, *_SUBJECTS) if f.kind == "date" else ()
    rest = _CJK.findall(OWN_SUBJECT.sub(" ", _strip_words(label, (*named_whole, *_SELF_REFERENCES, *ASKING.money_nouns, *THIS_YEAR,
                                                                   *WHOLE_ASKED, *_budget_changes(f.label), *dated))))
    if not in_label and len(rest) > 1 and _CJK.search(_strip_words(label, LABEL_FILLERS)) \
            and all(w in label or w == question.unit or UNITS.names_quantity(w, f.unit) for w in opened_words) \
            and not _CJK.search(_quantity_unsaid(_unasked(label, question.terms, question.regions), question.unit)) \
            and question.unit and unit_fits(question, f.unit):
        # the question says the whole label, in words that also name the report, and the quantity it
        # is measured in: "马鹿坑林场野生动物收容所实际建了多大面积" of the 野生动物收容所 project's
        # row 野生动物收容所, in 平方米 (and asks nothing the label does not say: "老旧小区改造新增了多少个停车位"
        # is no 改造老旧小区数量)
        in_label = len(rest)
    elif not in_label and named_in_label and not opened and question.unit and unit_fits(question, f.unit) \
            and (named_in_label > 1 or not _CJK.search(_quantity_unsaid(_strip_words(
                _unasked(label, question.terms, question.regions), (*LABEL_DOINGS, *LABEL_FILLERS)), f.unit))
                 and not said.with_more):
        # ("耒阳搞了多少场理论宣讲" of the 理论宣讲 project's "全年开展各类宣讲1 268场次": the one word, and no other)
        # the words that name the project name the row too, and nothing else is asked but the quantity:
        # "湄潭两癌救助了多少人" of the 两癌救助项目's row "“两癌”救助困难妇女人数", in 人
        in_label = named_in_label
    elif not in_label and named_chars > 2 and not opened \
            and (column_asked or "plan" in fa and any(w in question.text for w in FUNDS_SIZE)) and not _beyond_the_report(
            _quantity_unsaid(_unasked(label, question.terms, question.regions), f.unit), scope, question):
        # the row said in words that name the project too, and a column asked: "小型水库除险加固数量的年度
        # 指标值" of the row 除险加固水库数量 (数量 said by its 座), "危房改造年度目标" of 农村危房改造户数; or the size of the
        # funds, a plan: "跨境电商专项资金盘子多大" of the 专项资金 project's "专项资金安排5,000.00万元"
        in_label = named_in_label
    # (a label that also says what this one says of the question beyond a sum's words: "光伏电站收益资金" says
    # nothing of "结算电费收入")
    labelled_as = [t for t in question.terms if found(t, label) and not qualifiers_in(t.word)
                   and not any(g in w for w in (t.word, *t.forms) for g in (*GENERIC_LABELS, *ASKING.money_nouns))]
    spent_asked = "actual" in classes(qualifiers_in(question.text)) or any(t.word in _SPENT for t in question.terms)
    if opened_words and f.origin == "prose" and question.kinds[0] == "amount" and any(
            other != label and all(w in other for w in opened_words) and not all(w in label for w in opened_words)
            and all(found(t, other) for t in labelled_as)
            # (one that says the money came, or was planned, is no answer to what was spent: "我县共获得重大传染病防控
            # 项目资金460.5万元")
            and not (spent_asked and ("plan" in classes(qualifiers_in(other)) or any(w in other for w in LEXICON.received_words))
                     and not ("actual" in classes(qualifiers_in(other)) or any(w in other for w in _SPENT)))
            for other in said.labels.get(f.doc_id, ())):
        # "校舍维修花了多少钱" of a report whose opening says "校舍维修改造项目支出62.30万元": those words
        # label that figure of the kind asked, not the whole's "实际支出2158.30万元"
        return None
    if (labelled_elsewhere and spent) or (counts_elsewhere and f.kind == "count" and question.unit not in ("", f.unit)):
        # "“三保支出”花了多少": 三保 names a part the opening lists, not the form's whole; "教师培训一共多少
        # 人次" of "专任教师176人": 培训 counts other figures ("…市级培训及校本研修1 120人次"), in 人次, not this
        # one in 人
        return None
    if not in_label and not _a_part(f) and (counted := [w for w in said.counted if matchable(w) in label]):
        in_label = sum(map(len, counted))  # "给多少优抚对象发了抚恤补助" of the row 享受抚恤补助优抚对象人数 of the
        # 优抚对象抚恤 project: what is counted, though the project's name says it too (not a part's: "其中一级残疾人5,214人"
        # is not all the 残疾人 counted)
    if not in_label and f.origin == "form" and label in question.elsewhere.get(f.doc_id, ()):
        in_label = len(label)  # "给利川市下达了多少资金" of the 州's table's row 利川市: the place asked is its row
    if not in_label and _named_by_its_period(f, periods_in(question.text)):
        in_label = len(label)  # "第二季度累计执行进度" of the row "二季度 | 累计执行进度 | 47.82%": the quarter is its name
    if not in_label and asks_not_done(question.text) and (undone := _NOT_DONE.match(label)) \
            and len(_CJK.findall(label[undone.end() :])) <= _EXTRA:
        in_label = 1  # "没花完的钱有多少" of "未支出部分22.84万元": what was not done is what is asked
    whole = "".join(_strip_words(matchable(f.label), (*THIS_YEAR, *_SUMMED)).split())
    if not in_label and not question.asks_whole and len(whole) >= _WHOLE_LABEL \
            and whole in "".join(_strip_words(matchable(question.text), (*THIS_YEAR, *_SUMMED)).split()) \
            and whole not in scope.names:
        # "2023年度部门预算是多少" of "2023年度部门预算1,846.72万元", "项目支出合计" of "本年共计项目支出…" ("部门全年预算"
        # of "部门全年预算3,652.47万元", as either says when): the
        # question says its label whole, but for when and how it was said (not the report's own name: "野生动物救护站"
        # of that project's form names the report, no figure)
        in_label = 1
    # 年度资金总额's 得分 scores the funds, not the form; a total score ("自评总分") is the whole's
    row_of_the_whole = f.total and f.kind != "score" or _total_score(f)
    # "免疫规划项目总共有多少资金" of the project's report: "项目资金总额186.40万元，其中…", the whole it names
    whole_asked = row_of_the_whole and not opened and not item and question.asks_whole
    # a row of the organisation's own, asked so ("威州镇政府本级支出多少" of the row "威州镇人民政府本级" under 支出金额)
    own_row = column_asked and any(w in question.text and w in label for w in OWN_LEVEL_ASKED) \
        and not _beyond_the_report(_strip_words(label, OWN_LEVEL_ASKED), scope, question)
    if not in_label and f.origin == "prose" and classes(f.qualifiers) and not _OWN_SUBJECT.sub("", label).strip() \
            and all(qualifiers_in(t.word) or names_report(t, scope) for t in question.terms):
        in_label = 1  # "12345热线预算是多少" of "2024年本项目年度预算6,842.60万元": the report's own project's, asked of it
    if not in_label and not whole_asked and not (column_asked and (row_of_the_whole or funds_scored or len(rest) <= 1)) \
            and not own_row:
        return None
    if not worded and _a_part(f) and question.asks_whole:
        return None  # "一共完成了多少个审计项目" of "其中…预算执行审计9个": a part, and no word of the question names it
    # (words of the label the question says, though no term keeps them whole: "机耕路" of "修建机耕路", asked "机耕路…修")
    said_label = _NOT_DONE.sub("", label) if asks_not_done(question.text) else label  # "没花完的钱" says "未支出部分"
    if added:
        said_label = said_label.replace(added, " ")  # what was added is what the change asked is of
    # (of the label without the question's terms, or without the runs the question says first, what is left shorter:
    # a term spelt out, "参公" as 参照公务员法管理, is taken out whole before its words are)
    unasked = min((_unasked(text, question.terms, question.regions, f.label)
                   for text in (said_label, _without_runs_of(said_label, matchable(question.text)))),
                  key=lambda rest: len(_CJK.findall(rest)))
    means = next((w for w in LABEL_MEANS if unasked.strip().startswith(w)), "")
    if f.origin == "prose" and means and said_label.startswith(unasked.strip()) \
            and len(_CJK.findall(unasked)) - len(means) <= _MEANS_CHARS:
        # "通过一卡通兑付到户" asked "兑付到户多少钱": the means it opens with says nothing of what (a means of a few
        # characters: "借助视频监控破获各类刑事案件" says 破获 too, which "刑事案件立了多少起" does not ask)
        unasked = ""
    if _asks_target(question.text) and (bare := _strip_words(unasked, BOUND_WORDS)) != unasked:
        # "全年受理法律援助案件不少于2 000件": the target's words, which a form's row says without ("≥2 000件")
        unasked, in_label = bare, in_label * _SYNONYM
    if said.plan_asked and TARGET in f.qualifiers:
        unasked = _strip_words(unasked, TASK_WORDS)  # "原计划开设多少节" of "计划任务180节": the task is the plan asked
    # ("缴存职工人数" says no more than "缴存职工" of a figure in 人: its unit names the quantity; "新增缴存职工" does)
    extra = len(_CJK.findall(_quantity_unsaid(unasked, f.unit)))
    # ("全年开展普法宣传活动" says no more than "普法宣传活动": its words of doing say nothing of what, though
    # a label without them still comes first)
    # ("本单位核定编制" says no more than "核定编制": the report's own organisation; "实有在职人员15人" no more than
    # 实有在职: its 人 says 人员)
    # (nor does "村（社区）集体经济收入" say more than "村集体经济收入": a note aside)
    # (nor "我市医疗救助补助资金" more than 医疗救助补助资金: the report's own place, as it speaks of itself)
    beyond_doing = _quantity_unsaid(_strip_words(_OWN_PLACE.sub(" ", _A_NOTE.sub(" ", unasked)),
                                                 (*LABEL_DOINGS, *_SELF_REFERENCES)), f.unit)
    if f.origin == "prose" and f.doc_id not in said.split and (payers := sources_named(f.label)):
        # the one payer a report names pays for all: its fund says no more than a sum's word ("项目累计支出中央财政
        # 资金1 936.48万元" of a project only 中央 pays for)
        beyond_doing = _strip_words(beyond_doing, (*payers, *FUND_WORDS, *ASKING.money_nouns))
    if budget_changed:
        beyond_doing = _strip_words(beyond_doing, BUDGET_CHANGERS)  # "年中追加了多少" of "县财政年中追加预算…": who, when
    if f.origin == "prose" and len(_CJK.findall(beyond_doing)) > _EXTRA and not _fund_of(label, said.sources):
        if _beyond_the_report(beyond_doing, scope, question) > _EXTRA:
            return None  # the sentence's label says more than was asked ("地方投入…资金" for "中省下达…资金")
        in_label *= _SYNONYM  # what it says more restates the report's own words: a label saying less comes first
    bound = _a_bound(f)
    if bound:
        in_label -= _DOUBT  # what was done, said in as many words elsewhere, comes first
    if not worded and f.origin == "prose" and f.subject and not _unqualified(f.label) \
            and f.subject not in SUBJECT_WORDS and f.subject not in _SELF_REFERENCES:
        in_label -= _DOUBT  # "年度改厕任务多少户": a label saying it ("年度改厕任务450户") before a bare
        # one that borrows it ("…，实际完成428户"); not one whose subject is the department ("部门…预算执行率96.48%")
    if _a_part(f) and question.asks_whole:
        in_label -= _DOUBT  # "一共受理了多少案件": "其中受理执行案件1,764件" is a part, the whole comes first
    if f.origin == "prose" and _said_in_another_part(f, question, scope):
        in_label -= _DOUBT  # "机关实有多少人" of "局机关…实有在职人员15人；监测站…实有10人": 10人 is the other part's
    if f.origin == "prose" and any(not found(t, label) and not found(t, names) and not found(t, matchable(f.quote))
                                   and not found(t, matchable(f.section)) and found(t, scope.said)
                                   and t.word not in WEAK_WORDS and not qualifiers_in(t.word) for t in question.terms):
        in_label -= _DOUBT  # "化解了多少件信访积案" of "排查各类矛盾纠纷1,382件，化解1,296件", whose sentence and section never say
        # 积案 (the report's opening does), after "列入攻坚的信访积案39件，已化解37件" (a word no part of the report says,
        # "总数", makes no figure less sure than another)
    if f.origin == "form" and f.total and (table_of := _table_topic(f)) \
            and not any(found(t, table_of) for t in question.terms) \
            and _beyond_the_report(table_of, scope, question) > _EXTRA:
        # "实际花了多少": the 合计 of the table under "（一）重点交通项目建设" is those projects', the department's own total
        # comes first; one under a heading that names its item in quotes ("（三）“三公”经费", "表1 2023年度“三公”经费支出
        # 明细表") is never the department's ("年初预算数是多少")
        if _NAMED_IN_QUOTES.search(f.section.split(" > ")[-1]):
            return None
        in_label -= _DOUBT
    if said.plan_asked:
        done = 2 if "plan" in fa else (0 if "actual" in fa else 1)  # "…80公里；…原计划多少": the plan before a figure unqualified
    else:
        done = 2 if "actual" in fa else (0 if "plan" in fa or bound else 1)
    if "plan" in fa and said.sources and _fund_of(label, said.sources) and not bound and not asked_in(question.text) \
            and not any(n in NAMED_BUDGETS and "年初" in n for n in f.qualifiers) \
            and all(found(t, label) or found(t, names) or t.word in (*FUND_WORDS, *ASKING.money_nouns) or who_pays(t.word)
                    for t in question.terms):  # (asking nothing done of it: not "县级配套到位了多少")
        done = 3  # "省级资金有多少" of a row "省级资金 | 1 066.40 | 1 066.40 | 1 009.62": what that payer gave, its plan
        # for the year (not 年初预算数, "0" for a fund added during the year)
    return (in_label, done, column_said, int(f.total), -extra)


def _field_asked_by_its_doing(field: str, question: Question) -> bool:
    """Whether a question asks which organisation does what a field names ("由哪个单位实施" of 实施单位, "哪个部门主管"
    of 主管部门): an organisation is asked, and a term with a kind of organisation after it is the field."""
    return question.kinds[0] == "name" and any(
        field.removeprefix("项目") == matchable(t.word + unit) for t in question.terms for unit in ASKING.organisation.units)


def _in_rows_names_only(term: Term, opening: str, labels: frozenset[str]) -> bool:
    """Whether the report's opening says the term only inside the names of form rows of the kind asked ("差错率" of the
    row 数据差错率, in a form that opens the report): the term names a row, not what the report is about."""
    word = matchable(term.word)
    rows = [label for label in labels if word in label and label != word]
    at = literal.starts(opening, word) if rows and word else []
    return bool(at) and all(any(opening.startswith(row, s - row.index(word)) for row in rows if s >= row.index(word))
                            for s in at)


def _named_with_whose(term: Term, names: str) -> bool:
    """Whether a term is a word of the names with a word of whose after it ("服务项目" of 基本公共卫生服务
    补助资金: the dictionary read 服务项目 as one word)."""
    stem = term.word
    for word in _SUBJECTS:
        stem = stem.removesuffix(word)
    return len(stem) > 1 and stem != term.word and matchable(stem) in names


def _asks_funds(meant_by: str) -> bool:
    """Whether a way of asking names the budget or its spending ("预算执行", "资金执行"): a form's funds,
    not what was achieved ("实际得了几分")."""
    return bool(classes([n for n in qualifiers_in(meant_by) if n != ACHIEVED]) & {"plan", "actual"})


def _whose_only(term: Term) -> bool:
    """Whether a term only says whose figure it is ("项目", "工程项目"): it names no item of a report
    ("三个项目一共安排了多少资金" asks no 造林绿化项目's)."""
    return not _strip_words(term.word, _SUBJECTS).strip()


def _a_bound(f: LabelledFigure) -> bool:
    """Whether a sentence gives the figure as a bound ("补贴各类农机具不少于1500台"): what was to be
    reached, which what was done, said elsewhere, comes before."""
    return f.origin == "prose" and _said_as_bound(f)


def _said_as_bound(f: LabelledFigure) -> bool:
    """Whether its quote gives the figure as a bound ("≥85%", "不少于1500台", "40万亩以上")."""
    return is_bound(f.quote, at := _value_at(f), at + len(f.value_text))

