"""The words of labelled figures: qualifiers (年初预算 / 执行 / 上年 / 增减 / 占比 …) and the national
self-evaluation form's column headings, field names and total rows. The words live in
app/vocab/data/qualifiers.toml and forms.toml, read and validated once on import; this module says
how a qualifier is found in a phrase.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from typing import Annotated, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StrictStr, StringConstraints, ValidationError

_Word = Annotated[StrictStr, StringConstraints(min_length=1)]
_Words = Annotated[tuple[_Word, ...], Field(min_length=1)]

QualifierClass = Literal["plan", "actual", "prior", "change", "share", "weight", "score", "deducted", "ratio"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Qualifier(_Strict):
    name: _Word
    cls: QualifierClass = Field(alias="class")
    words: _Words


class QualifierFile(_Strict):
    connectors: _Words  # between a label and its figure in prose
    sum_connectors: _Words  # the connectors that say a sum (共计, 累计…)
    budget_changes: _Words  # how a budget came to its adjusted level ("年中追加…后调整为")
    budget_changers: _Words  # who changed a budget, and when ("县财政年中追加…"): no more than the change
    openers: _Words  # open a list or a part before a label
    named_budgets: _Words  # budgets named by when they were set: 年初预算…
    one_budget: _Words  # named budgets that are one figure: a form's 全年预算数 is the budget as adjusted
    timing_words: _Words  # wordings of a named budget that only say when (年初): with a target, its time
    target: _Word  # the qualifier of a target (目标)
    achieved: _Word  # the qualifier of what was done in so many words (实际)
    task_words: _Words  # a task set, said right before its figure ("筛查任务12,000人"): a target
    achieved_in_labels: _Words  # what follows an achieving word that is part of a label ("完成数")
    fund_sources: _Words  # who pays for a part of a sum: 中央, 省级…
    fund_words: _Words  # what follows one in a part's name: 资金, 财政…
    fund_channels: _Words  # the kinds of budget money comes through: 一般公共预算, 彩票公益金…
    comparison_bases: _Words  # what a change is measured against: 较上年, 同比…
    changes_after_base: _Words  # words that say a change only after a base: "较上年提升", not "能力提升项目"
    not_qualifiers: _Words  # names that hold a qualifier's wording but are things of their own
    qualifier: tuple[Qualifier, ...] = Field(min_length=1)


class FormWords(_Strict):
    money_columns: _Words
    column_shortened: dict[str, str]  # "全年预算": 全年预算数
    indicator_columns: _Words
    level_columns: _Words
    levels: _Words  # the indicators' groups ("数量指标")
    text_columns: _Words
    content_columns: _Words  # words describing a row named in the column before them ("任务名称 | 主要内容")
    part_columns: _Words  # columns of a sum's parts, of the sum a merged cell over them names ("预算金额" | "总额")
    target_columns: _Words
    actual_columns: _Words
    total_rows: _Words
    total_row_ends: _Words
    section_cells: _Words  # the money part's merged first column: "年度预算数"
    total_words: _Words
    score_rows: _Words
    fields: _Words
    subject_fields: _Words
    money_units: _Words
    sum_headings: _Words  # how a table's column heading of sums ends ("全年支出")
    title_ends: _Words  # how a form's title line ends: a new form starts there
    parts: _Words

    def is_total_row(self, label: str) -> bool:
        """Whether a form row's label names the row of the whole ("年度资金总额", "部门预算资金总额")."""
        return label.startswith(tuple(self.total_rows)) or label.endswith(tuple(self.total_row_ends))


M = TypeVar("M", bound=BaseModel)


def _load(name: str, model: type[M]) -> M:
    path = resources.files("app.vocab").joinpath("data").joinpath(name)
    try:
        return model.model_validate(tomllib.loads(path.read_text("utf-8")))
    except (OSError, tomllib.TOMLDecodeError, ValidationError) as exc:
        raise ValueError(f"{path}: {exc}") from None


_FILE = _load("qualifiers.toml", QualifierFile)
QUALIFIERS: tuple[Qualifier, ...] = _FILE.qualifier
FORMS: FormWords = _load("forms.toml", FormWords)
CONNECTORS: tuple[str, ...] = tuple(sorted(_FILE.connectors, key=len, reverse=True))
SUM_CONNECTORS: frozenset[str] = frozenset(_FILE.sum_connectors)
BUDGET_CHANGES: tuple[str, ...] = tuple(_FILE.budget_changes)
BUDGET_CHANGERS: tuple[str, ...] = tuple(sorted(_FILE.budget_changers, key=len, reverse=True))
OPENERS: tuple[str, ...] = tuple(sorted(_FILE.openers, key=len, reverse=True))
CLASS_OF: dict[str, str] = {q.name: q.cls for q in QUALIFIERS}
NAMED_BUDGETS: frozenset[str] = frozenset(_FILE.named_budgets)
# the plan's qualifier that names no budget of its own (预算): what a budget's figure is when it says no which
PLAN = next(q.name for q in QUALIFIERS if q.cls == "plan" and q.name not in NAMED_BUDGETS)
ONE_BUDGET: frozenset[str] = frozenset(_FILE.one_budget)
TARGET: str = _FILE.target  # the qualifier of what was to be reached
DEDUCTED: str = next(q.name for q in QUALIFIERS if q.cls == "deducted")  # 扣分: the points a part lost
TASK_WORDS: tuple[str, ...] = tuple(_FILE.task_words)  # "改厕任务450户": the target, unless it was done
ACHIEVED: str = _FILE.achieved  # the qualifier of what was done, in so many words
DONE: str = next(q.name for q in QUALIFIERS if q.cls == "actual")  # 执行: what was spent
FUND_SOURCES: tuple[str, ...] = _FILE.fund_sources
FUND_WORDS: tuple[str, ...] = _FILE.fund_words
FUND_CHANNELS: tuple[str, ...] = _FILE.fund_channels
COMPARISON_BASES: tuple[str, ...] = tuple(sorted(_FILE.comparison_bases, key=len, reverse=True))
CHANGES_AFTER_BASE: tuple[str, ...] = tuple(_FILE.changes_after_base)  # "同比变化": a change only after a base

_NAME_OF: dict[str, str] = {}  # a wording two qualifiers share goes to the one listed first
for _q in QUALIFIERS:
    for _w in _q.words:
        _NAME_OF.setdefault(_w, _q.name)
# every wording, longest first, so "实际完成值" is read before "完成" and "执行率" before "执行"
_PATTERN = re.compile("|".join(re.escape(w) for w in sorted(_NAME_OF, key=len, reverse=True)))
WORDINGS: tuple[str, ...] = tuple(sorted(_NAME_OF, key=len, reverse=True))
_NOT_QUALIFIERS = re.compile("|".join(re.escape(w) for w in sorted(_FILE.not_qualifiers, key=len, reverse=True)))
# a programme's name in quotes ("“护苗计划”", "“安居工程”"): what it holds qualifies no figure
_PROGRAMME = re.compile(r"[“\"「][^”\"」]{1,10}(?:计划|工程|行动)[”\"」]")


# How a figure is signed: a change said against its base ("同比-7.2%", "较上年+3.1个百分点"), a fact ("-7.2%")
MINUS_SIGNS = "-−－"
PLUS_SIGNS = "+＋"
# A base right before its figure, signed ("较上年-3.2%") or year on year ("同比7.2%"): the figure is the change
_YEAR_ON_YEAR = tuple(w for q in QUALIFIERS if q.name == "同比" for w in q.words)
_BASE_THEN_CHANGE = re.compile(rf"(?:(?:{'|'.join(map(re.escape, COMPARISON_BASES))})\s*[{MINUS_SIGNS}{PLUS_SIGNS}]"
                               rf"|(?:{'|'.join(map(re.escape, _YEAR_ON_YEAR))}))\s*$")


def says_change(text: str) -> bool:
    """Whether words say a change ("比上年决算数增加", "下降", "同比-"), not only the base it is measured
    against ("较上年的19.37万元": last year's level)."""
    if _BASE_THEN_CHANGE.search(text):
        return True
    based = any(base in text for base in COMPARISON_BASES)
    for base in COMPARISON_BASES:
        text = text.replace(base, " ")
    return "change" in classes(qualifiers_in(text)) or based and any(w in text for w in _FILE.changes_after_base)


def qualifiers_in(text: str) -> tuple[str, ...]:
    """The qualifiers a phrase names, in order, each once ("全年执行数" → 执行; "上年结转资金" none)."""
    return tuple(dict.fromkeys(qualifiers_said(text)))


def qualifiers_said(text: str) -> tuple[str, ...]:
    """The qualifiers a phrase names, each time it names one, in order."""
    return tuple(_NAME_OF[m.group()] for m in _PATTERN.finditer(_NOT_QUALIFIERS.sub(" ", _PROGRAMME.sub(" ", text))))



_BASE_BEFORE = ("比", "较")  # what a change is measured against follows these


def compared_with(question: str, word: str) -> bool:
    """Whether a question measures a change against the word ("比预算少花了多少": 预算)."""
    return any(question[max(0, m.start() - 1) : m.start()] in _BASE_BEFORE for m in re.finditer(re.escape(word), question))


def asked_in(question: str) -> tuple[str, ...]:
    """The qualifiers a question asks: those it names, but a named budget said only by when
    ("年初") beside a target's wording is when the target was set ("年初定的指标值" asks the target), and
    an achieving word inside the label whose target is asked is the label's ("完成数目标定的是多少")."""
    names = qualifiers_in(question)
    if not names and any(w in question for w in _FILE.task_words):
        return (_FILE.target,)  # "改厕任务多少户": the task set, as "年度改厕任务320户" says it
    if _FILE.target in names and _FILE.achieved in names and _achieving_only_in_labels(question):
        names = tuple(n for n in names if n != _FILE.achieved)
    if "change" in classes(names):
        # "比预算少花了多少": the budget is what the change is measured against, not what is asked
        bases = {_NAME_OF[w] for _, _, w in wordings_in(question) if compared_with(question, w)}
        names = tuple(n for n in names if n not in bases or "change" in classes([n]))
    if _FILE.target not in names:
        return names
    budgets = [w for _, _, w in wordings_in(_NOT_QUALIFIERS.sub(" ", question)) if _NAME_OF[w] in NAMED_BUDGETS]
    if all(w in _FILE.timing_words for w in budgets):
        return tuple(n for n in names if n not in NAMED_BUDGETS)
    return names


def _achieving_only_in_labels(text: str) -> bool:
    """Whether every wording of what was achieved is part of a label ("规划编制完成数", "完成率")."""
    text = _NOT_QUALIFIERS.sub(" ", text)
    achieving = [m for m in _PATTERN.finditer(text) if _NAME_OF[m.group()] == _FILE.achieved]
    return all(text[m.end() : m.end() + 1] in _FILE.achieved_in_labels for m in achieving)


def says_budget(text: str, name: str) -> bool:
    """Whether text says a named budget in any of its wordings ("年初预算" as 年初预算数, 年初设定), or
    another name of the same figure (调整预算 as 全年预算数)."""
    return bool(one_budget({name}) & set(qualifiers_in(text)))


def one_budget(names: set[str] | tuple[str, ...]) -> set[str]:
    """Qualifier names with the other names of the same budget: the year's budget is the one adjusted."""
    return {*names, *(ONE_BUDGET if ONE_BUDGET & set(names) else ())}


def without_wordings(text: str) -> str:
    """Text without its qualifier wordings ("传染病网络直报及时率目标值" → 传染病网络直报及时率)."""
    return _PATTERN.sub("", text)


def wordings_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, wording) of each qualifier wording in text, longest first where they overlap."""
    return [(m.start(), m.end(), m.group()) for m in _PATTERN.finditer(text)]


def classes(names: tuple[str, ...] | list[str]) -> set[str]:
    """The classes of some qualifiers (plan, actual, prior, change …)."""
    return {CLASS_OF[n] for n in names if n in CLASS_OF}
