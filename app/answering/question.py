"""Understand a question: which reports it is about, what kind of figure it wants, which terms matter."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

from app.core import literal, organisations
from app.core.breakdown import who_pays
from app.core.gazetteer import Mention, Place, corps_as_city, names_a_payer, short_name
from app.core.numbers import (
    NUMERAL_YEAR,
    Figure,
    find_figures,
    normalise_digits,
    numeral_digits,
    opens_a_name,
)
from app.core.records import ReportMeta
from app.core.soundalike import Slip, slips
from app.core.tokenize import dictionary_words, is_word, tokenize, unknown_names
from app.core.tokenize import words as question_words
from app.index.catalog import Catalog
from app.vocab.asking import ASKING
from app.vocab.labels import (
    BUDGET_CHANGES,
    COMPARISON_BASES,
    FORMS,
    FUND_SOURCES,
    FUND_WORDS,
    QUALIFIERS,
    TARGET,
    classes,
    qualifiers_in,
    says_change,
    without_wordings,
)
from app.vocab.lexicon import (
    BOILERPLATE,
    BOILERPLATE_MEASURES,
    COMPARE_CUES,
    CONCEPT_NAMES,
    CONCEPTS,
    GENERIC_LABELS,
    KIND_CUES,
    LEXICON,
    NOT_COMPARE,
    PAST_COMPARE_CUES,
    QUESTION_NOISE,
    SUBJECT_WORDS,
    THIS_YEAR,
    USER_WORDS,
    WEAK_WORDS,
    WHICH_CUES,
    WHOLE_ASKED,
    WHOLE_DEPARTMENT,
)
from app.vocab.load import alternatives, char_class
from app.vocab.units import UNITS

# ("2023年初预算": the year, and 年初, when the budget was set)
_YEAR = re.compile(r"((?:19|20)\d{2})\s*(?:年度?(?![初底末])|(?=年[初底末]))")  # ("2023年底": the year, and 年底 said
_BARE_YEAR = re.compile(r"(?:(?<=\s)|^)((?:19|20)\d{2})(?=\s|$)")  # "梅江 政府采购合同金额 2023"
# a year a figure or a question compares with ("较2022年削减1,726吨", "比2022年多了多少")
# the year a change is said against: "较2022年…", "与2022年支出2187.35万元相比，增加…"
BASE_YEAR = re.compile(r"(?:(?:较|(?<!占)比|相比|对比|同比)\s*|(?:与|同|和)\s*(?=(?:19|20)\d{2}\s*年[^，。；,;]{0,30}?(?:相比|比较|对比)))"
                       r"((?:19|20)\d{2})\s*年")
# the year money is carried over to ("结转到2025年", "结转至2025年使用"): what is left of the year before, not a year asked
_CARRIED_TO = re.compile(rf"(?:{alternatives(LEXICON.carried)})(?:到|至|入)?\s*((?:19|20)\d{{2}})\s*年")
_SHORT_YEAR = re.compile(r"(?<![\d.])([12]\d)\s*年(?![\d前后来内间代])")  # "23年" in "政数局23年日常公用经费"
_UNITS = "".join(UNITS.count_words)  # one character each
# a unit a count or measure is asked in: "多少公里", "多少平方米", "几个"
UNIT = (rf"(?:{alternatives(sorted(UNITS.measures, key=len, reverse=True))}|(?!{alternatives(UNITS.not_units)})"
        rf"[{char_class(UNITS.count_words)}])")
_COUNTING = alternatives(ASKING.count_asks)
_COUNT_ASK = re.compile(rf"(?:{_COUNTING})\s*万?\s*{UNIT}")
_UNIT_NEXT = re.compile(rf"万?{UNIT}")
_PEOPLE_NEXT = re.compile(alternatives(UNITS.dimensions["people"]))
_UNIT_ASKED = re.compile(rf"(?:{_COUNTING})\s*万?\s*({UNIT})")  # "多少笔" → 笔
_HOUSEHOLDS_ASKED = re.compile(rf"(?:{_COUNTING})\s*(?![钱万元])[\u4e00-\u9fff]{{0,2}}户")
_ASK_WORD = re.compile(rf"(?:{_COUNTING})万?{UNIT}?")  # "几个" is how it is asked, not what
_MAGNITUDE_UNIT = re.compile(rf"[万亿]{UNIT}")  # "万人", "万亩": a unit asked in ten thousands
# a measure asked without its unit ("机井有多深"): the dimension's first unit stands for it
_MEASURE_ASKS = [(re.compile(alternatives(asks)), UNITS.dimensions[dim][0]) for dim, asks in UNITS.measure_asks.items()]


_POINTS = "百分点"


def asked_unit(text: str) -> str:
    """The unit a question asks a count or measure in: "多少笔" → 笔, "多少公里" → 公里, "有多深" → 米
    (any unit of length answers it); "" when it names none."""
    if m := _UNIT_ASKED.search(text):
        if m.group(1) == "个" and text.startswith(_POINTS, m.end()):
            return ""  # "高了几个百分点": a change of a rate, in 个百分点, no count
        if m.group(1) == "个" and (person := _PEOPLE_NEXT.match(text, m.end())) \
                and not _ends_in_a_word(text, person.end()):
            return person.group()  # "有几个人": people are counted, 个 only measures them (not "几个人民法庭")
        if m.group(1) == "个" and (measure := next((u for u in sorted(UNITS.measures, key=len, reverse=True)
                                                   if text.startswith(u, m.end())), "")):
            return measure  # "多少个小时", "几个工作日": 个 only counts the measure
        unit = m.group(1)
        return unit[1:] if unit.startswith("个") and unit[1:] in UNITS.measures else unit  # (as "多少个小时" is 小时)
    if _HOUSEHOLDS_ASKED.search(text):
        return "户"  # "惠及多少农户", "帮扶了多少贫困户": households are counted in 户
    if any(w in text for w in ASKING.ask_context.rate):
        return ""  # "满意度有多高" asks a rate, not a height
    return next((unit for pattern, unit in _MEASURE_ASKS if pattern.search(text)), "")


def counted_asked(text: str) -> str:
    """What a count is asked of, said right after its measure word ("覆盖了几个村" → 村, "新建几所小学" → 小学);
    "" when the question names none there."""
    if not (m := _UNIT_ASKED.search(text)) or not (run := _THING_COUNTED.match(text, m.end())):
        return ""
    words = dictionary_words(run.group())
    return words[0] if words and words[0] not in WEAK_WORDS else ""


_THING_COUNTED = re.compile(r"[\u4e00-\u9fff]{1,6}")
_ASKS = re.compile(r"多少|几")


# a level a yes-or-no question checks a figure against ("有没有超过95%", "到95%了没", "400人次的目标完成了吗")
_THRESHOLD_VERB = re.compile(rf"(?:{alternatives(ASKING.threshold.opens)})?(?:{alternatives(ASKING.threshold.verbs)})了?\s*$")
_TARGET_TAIL = re.compile(rf"\s*的?目标(?:{alternatives(LEXICON.target.achieved_around)})?了?(?:{alternatives(ASKING.threshold.tails)})")
_THRESHOLD_TAIL = re.compile(rf"\s*(?:以上|以下)?(?:的目标|目标)?(?:{alternatives(ASKING.threshold.tails)})")


# (and the word of now before it: "治理率现在提高到多少")
_MOVED_TO_ASKED = re.compile(rf"(?:{alternatives(LEXICON.now_asked)})?(?:{alternatives(ASKING.changed_to)})(?=了?(?:多少|几))")


def _threshold_asked(text: str) -> tuple[tuple[int, int], Figure] | None:
    """The span of a level a yes-or-no question checks a figure against, with its verb and the words that
    end the question ("达到90%了吗" of "满意度达到90%了吗"), and the level's figure; None when it checks none."""
    for fig in find_figures(text):
        if fig.kind in ("date", "number"):
            continue
        verb = _THRESHOLD_VERB.search(text[: fig.start])
        tail = _THRESHOLD_TAIL.match(text, fig.end)
        opened = verb is not None and any(verb.group().startswith(w) for w in ASKING.threshold.opens)
        if verb and (tail or opened):
            return (verb.start(), tail.end() if tail else fig.end), fig
        if target := _TARGET_TAIL.match(text, fig.end):  # "400人次的目标完成了吗": the target stated
            return (fig.start, target.end()), fig
    return None


# a request to write or translate something, which no report answers ("写一首关于数字政府的诗")
# ("翻译服务" and "工作首要任务" are no such request: 作 needs a numeral before 首)
_TASK = re.compile(rf"(?<![{char_class(ASKING.task.not_after_write)}])写\s*[一两几三]?\s*"
                   rf"[{char_class(ASKING.task.written)}]|作\s*[一两几]\s*首|{alternatives(ASKING.task.phrases)}")
_UNIT_WORDS = frozenset(ASKING.unit_words)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class Term:
    """A thing the answer must talk about: the question's word and the report wordings it accepts."""

    word: str
    forms: tuple[str, ...]  # report wordings; forms[0] is the question's own wording when literal
    parts: tuple[str, ...] = ()  # for a phrase of the question's words: the words, which may stand apart

    def __str__(self) -> str:
        return self.word


@dataclass
class Question:
    text: str
    kinds: tuple[str, ...]  # wanted figure kinds, most likely first ("other" when none)
    terms: list[Term]
    doc_ids: list[str]  # reports in scope
    regions: list[str]  # places named that have reports
    missing: list[str]  # places named that have no report
    years: list[int]
    compare: bool
    person: bool = False  # asks who ("是谁", "哪位")
    task: bool = False  # asks to write or translate something, not what a report says
    preferred: dict[str, set[str]] = field(default_factory=dict)  # per report: its table figures for the asked indicator
    phrases: list[str] = field(default_factory=list)  # runs of the question's words, e.g. 大数据平台
    scope_years: dict[str, int | None] = field(default_factory=dict)  # fiscal year of each report in scope
    figures: list[Figure] = field(default_factory=list)  # figures the question itself states
    unit: str = ""  # the count unit asked for ("多少笔" → 笔)
    doc_terms: dict[str, list[str]] = field(default_factory=dict)  # per report: the terms asked of it
    doc_text: dict[str, str] = field(default_factory=dict)  # per report: the part of the question about it
    lowest: bool = False  # a ranking asks for the smallest
    notes: list[str] = field(default_factory=list)
    # per report in scope that is not the named place's own (a county's report for a question about
    # its city, a province's for one of its counties): the place's names, one of which the answering
    # passage must hold, so that a figure of one place never answers for another
    elsewhere: dict[str, tuple[str, ...]] = field(default_factory=dict)
    library: bool = False  # asks what the library holds ("有哪些报告"), not what a report says
    signed: bool = False  # asks the date the report is signed with ("自评报告是哪天出的")
    slips: list[Slip] = field(default_factory=list)  # a loaded report's place typed with a same-sounding slip
    # a place named alone whose reports of the year asked lie in different cities ("鼓楼区民政局" of 南京市's and
    # 福州市's): each, with its city ("南京市鼓楼区", "福州市鼓楼区"), for the asker to say which
    same_named: list[str] = field(default_factory=list)
    unnamed: str = ""  # the text without the organisations it names, when it names some
    checked: tuple[int, int] | None = None  # the level a yes-or-no question checks ("达到90%的目标了吗")

    @property
    def numeric(self) -> bool:
        return self.kinds[0] in ("amount", "rate", "count", "score", "date", "value")

    @cached_property
    def asked(self) -> str:
        """The question without what it sets aside: "满意率是多少（不是上年的）" asks no 上年 (read once: the
        passage path asks it of every candidate)."""
        return meant(self.text)

    @cached_property
    def counted(self) -> str:
        """What a count is asked of, right after its measure word (see counted_asked; read once: the passage
        path asks it of every candidate)."""
        return counted_asked(self.text)

    @cached_property
    def budget_change(self) -> str:
        """The budget change the question asks, as what changed ("调减了多少预算") or what it came to ("调增后的
        预算"), when that is its one ask; else "". "剔除…年底追加下达的项目预算后…实际支出" asks what was spent,
        "年初预算是多少？年中追加了多少？" two figures."""
        if len(_ASKS.findall(self.text)) > 1:
            return ""
        return next((w for w in sorted(BUDGET_CHANGES, key=len, reverse=True)
                     if re.search(f"{re.escape(w)}(?:了?(?:多少|几)|后)", self.text)), "")

    def column_years(self, doc_id: str, prior: bool) -> set[int]:
        """The years whose table column answers the question of a report: the years it names (the years before them
        when it asks the year before: "2023年度报告里，2022年送戏下乡多少场"), else the report's own year, or the one
        before it when last year is asked; empty when neither is known."""
        if self.years:
            return {year - 1 for year in self.years} if "prior" in classes(qualifiers_in(self.asked)) else set(self.years)
        scope = self.scope_years.get(doc_id)
        return set() if scope is None else {scope - 1} if prior else {scope}

    @cached_property
    def asks_undone(self) -> bool:
        """Whether the sum or count asked is of what was not done or is left ("还有多少钱没到位", "还剩多少没付",
        "几个村还没通"): only a figure said so answers it (see app.core.breakdown.said_undone)."""
        return self.kinds[0] in ("amount", "count") and bool(_UNDONE_ASKED.search(self.asked))

    @cached_property
    def asks_shortfall(self) -> bool:
        """Whether the question asks how far short of a target something fell ("离目标还差多少", "比计划少办了几场",
        "差目标几个点"): only a gap the report states answers it (see said_short)."""
        return bool(_SHORTFALL_ASKED.search(self.asked))

    @cached_property
    def asks_gap(self) -> bool:
        """Whether the question asks a difference ("比序时进度低了多少", "提高了几个百分点", "离目标还差多少"), which a gap
        in points ("低于序时进度2.18个百分点") may answer; a level it never does."""
        return self.asks_shortfall or "百分点" in self.text or says_change(self.text) \
            or bool(COMPARED_WITH.search(self.text)) or "change" in classes(qualifiers_in(self.asked))

    @cached_property
    def asks_whole(self) -> bool:
        """Whether the question asks a whole ("一共", "合计", "综合执行率"), in its own words: not a word of a
        name it says ("综合行政执法大队实有多少人" asks the unit's own figure, no whole)."""
        return any(w in (self.unnamed or self.text) for w in WHOLE_ASKED)


# a question comparing two figures ("调整后预算比年初预算多了多少", "比序时进度低了多少")
COMPARED_WITH = re.compile(rf"(?:比|较)[^，。？?]{{1,12}}?(?:{alternatives(ASKING.compared_changes)})了?(?:多少|几)")

_WHOLE_AFTER = re.compile(r"(?=总额|合计|总数)")


def _strip(text: str, phrases: tuple[str, ...]) -> str:
    for phrase in sorted(phrases, key=len, reverse=True):
        # "部门整体支出总额": the boilerplate's 支出 is what 总额 totals, and stays
        if tail := next((g for g in ("支出", "收入") if phrase.endswith(g) and phrase != g), ""):
            text = re.sub(re.escape(phrase) + _WHOLE_AFTER.pattern, " " + tail, text)
        text = text.replace(phrase, " ")
    return text


_LAST_YEAR = ASKING.askers_last_year
_ASKERS_LAST_YEAR = re.compile(rf"(?<![{''.join(_LAST_YEAR.after)}])(?:{alternatives(_LAST_YEAR.words)})"
                               rf"(?!{alternatives(_LAST_YEAR.before)})")
_PAYER_SAID = re.compile(rf"(?<![{''.join(ASKING.payers_said.not_after)}])({alternatives(ASKING.payers_said.words)})"
                         rf"(?={alternatives(ASKING.payers_said.before)})")


_LEVELS = ASKING.payers_said.levels
_MONEY = ASKING.payers_said.levels_money
_LEVEL_MONEY = re.compile(rf"([{''.join(_LEVELS)}])(?:{alternatives(_MONEY.said)})(?!{alternatives(_MONEY.not_before)})")
_PAYS = re.compile(alternatives(_MONEY.pays))


def _payer_said(text: str) -> Term | None:
    """Who pays, as a question says it, as the term of the part of a breakdown reports name: a
    level's own money ("县财政自己配套了多少", "花垣县本级财政拿了多少" → 县级, also said 县本级 and as
    the asker said it), or else the payer's own ("合作社自己出多少" → 自筹); None for none."""
    if (m := _LEVEL_MONEY.search(text)) and _PAYS.search(text, m.end()):
        level = _LEVELS[m.group(1)]
        return Term(level, tuple(dict.fromkeys((level, f"{level[0]}本级", m.group()))))
    return Term(_MONEY.own_payer, (_MONEY.own_payer,)) if any(w in text for w in _MONEY.own) else None


def payer_wordings(term: Term) -> tuple[str, ...]:
    """The wordings that name the payer a term asks of ("区级": 区级, 区本级, 区财政), not the other
    forms of the term ("预算" of 一般公共预算)."""
    payer = who_pays(term.word)
    return tuple(w for w in (payer, *term.forms) if w[:1] == payer[:1]) if payer else ()


_ENGLISH = re.compile(rf"(?<![A-Za-z])({alternatives(ASKING.english)})(?![A-Za-z])", re.IGNORECASE)


_PAYERS_MONEY = re.compile(rf"({alternatives(sorted(FUND_SOURCES, key=len, reverse=True))})"
                           rf"(?:{alternatives(sorted(ASKING.payers_said.money, key=len, reverse=True))})")


def normalise_question(text: str, limit: int) -> str:
    text = normalise_digits(_CONTROL.sub(" ", text))
    text = re.sub(r"\s+", " ", text).strip()[:limit]
    text = _COURTESIES.sub("", text)  # "领导让我查一下，…麻烦给个数": nothing asked
    text = _NUMERAL_YEAR.sub(lambda m: f"{numeral_digits(m.group(1))}年", text)  # "二〇二三年" as 2023年
    text = _RESTATED.sub(lambda m: ASKING.restated[m.group()], text)  # "年初安排的预算" as 年初预算
    text = _YEAR_THEN_SCHOOL.sub("年 ", text)  # "2023年初中在校学生": junior schools, not 年初
    text = corps_as_city(text)  # "兵团第八师水利局": 石河子市's, one unit with the division
    text = _ENGLISH.sub(lambda m: ASKING.english[m.group(1).lower()], text)  # "budget执行率" as 预算执行率
    text = _PAYER_SAID.sub(lambda m: ASKING.payers_said.words[m.group(1)], text)  # "县里配套" as 县级配套
    text = _LEVELS_IN_BRACKETS.sub("", text)  # "县（区）级资金" as 县级资金
    text = _PAYERS_MONEY.sub(r"\1资金", text)  # "地方的钱实际花了多少" as 地方资金
    text = _COUNTED_MONEY.sub(r"多少\2元", text)  # "实际花了几个亿" as 多少亿元: money, no count of 个
    if any(cue in text for cue in KIND_CUES["rate"]):
        text = _POINTS_SAID_SHORT.sub(r"\1个百分点", text)  # "药占比降了几个点" as 几个百分点: a rate's change
    text = _PLAIN_AGE.sub(_age_band, text)  # "九十多岁的老人" as 90—99岁, "百岁老人" as 100岁以上, as reports band them
    if not any(w in text for w in ASKING.askers_last_year.this_year):
        text = _ASKERS_LAST_YEAR.sub("", text)  # "医院去年门急诊量": the reports' year, as no year is
    return _SHORT_YEAR.sub(lambda m: f"20{m.group(1)}年", text)


_NUMERAL_YEAR = re.compile(rf"({NUMERAL_YEAR})(?=\s*年)")
_LEVELS_IN_BRACKETS = re.compile(r"(?<=[县市区州旗])[（(][县市区州旗、]{1,5}[）)](?=级)")
_COUNTED_MONEY = re.compile(r"(多少|几)个([亿万])(?!元)")
_POINTS_SAID_SHORT = re.compile(r"(多少|几)个点(?![位子])")
_PLAIN_AGE = re.compile(r"([二三四五六七八九])十多岁|([2-9])0多岁|(?:百|一百)岁(?:以上|及以上)?")
_TENS = "二三四五六七八九"


def _age_band(m: re.Match[str]) -> str:
    """An age said in plain words as the band reports write: "九十多岁", "90多岁" → 90—99岁; "百岁" → 100岁以上."""
    if m.group(1) or m.group(2):
        tens = _TENS.index(m.group(1)) + 2 if m.group(1) else int(m.group(2))
        return f"{tens}0—{tens}9岁"
    return "100岁以上"


_YEAR_THEN_SCHOOL = re.compile(rf"(?<=\d)年(?=(?:{alternatives(ASKING.after_the_year)})(?!央))")
_RESTATED = re.compile(alternatives(sorted(ASKING.restated, key=len, reverse=True)))
_COURTESIES = re.compile(rf"(?:{alternatives([*ASKING.courtesies, *ASKING.source_said])})[，,。！!]?")
_ASK = re.compile(alternatives(ASKING.ask_words))
_RATE_WORDS = ASKING.ask_context.rate
_SCORE_WORDS = ASKING.ask_context.score
_MONEY_WORDS = ASKING.ask_context.amount
_EXECUTED = re.compile(r"执行了?$")
_MONEY_ENDS = tuple(ASKING.money_ends)
# 省级财政, 中央资金, and who pays doing so ("县级出了多少", "县级配套了多少")
_FUND_PART = re.compile(f"(?:{alternatives(FUND_SOURCES)})(?:{alternatives([*FUND_WORDS, *ASKING.payers_said.before])})")
_NOT_MEANT_WORDS = alternatives(ASKING.not_meant)
# "（不是编制数）", "（含年中追加）" to its bracket's end; "，而不是预算数", "？不要目标值" to its clause's end; and a
# bracket naming the report asked ("群众安全感是多少？（市公安局绩效自评报告）"): it says which report, as places do
_NOT_MEANT = re.compile(rf"[（(]\s*(?:{_NOT_MEANT_WORDS}|{alternatives(ASKING.holds_asides)})[^）)]*[）)]"
                        rf"|[，,？?。]\s*(?:{_NOT_MEANT_WORDS})[^，,。；;？?！!]*"
                        r"|[（(][^（）()]*报告[）)]")
_VALUE_KINDS = ["rate", "count", "amount", "date"]  # what a form's value column may hold
_PERSON = re.compile(rf"{alternatives(ASKING.person.asks)}"  # "谁更多" compares
                     rf"|(?:{alternatives(ASKING.person.bare)})(?!{alternatives(ASKING.person.not_before)})")
_DATE_ASK = re.compile(alternatives(ASKING.date_asks))
# a way of asking a deadline ("要在哪天前完成"): 前 ends it, no word of what is asked (天前)
_DEADLINE_ASK = re.compile(alternatives(ASKING.deadline_asks))
_ORGANISATION = re.compile(
    f"{alternatives(ASKING.organisation.asks)}|(?:{alternatives(ASKING.organisation.which)})"
    f"(?:{alternatives([*ASKING.organisation.units, *organisations.data()['suffixes']])})")
# which section is asked ("是哪个处室牵头的"): the kind of the answer, which the passage that answers never says
# ("由局财务审计处牵头组织"), no term of it
_SECTION_ASKED = re.compile(f"(?:{alternatives(ASKING.organisation.which)})"
                            f"(?:{alternatives([w for w in ASKING.organisation.sections if not w.startswith(('哪', '什么'))])})")
_RANKING_CUES = COMPARE_CUES + WHICH_CUES
_CAPS = re.compile(alternatives(NOT_COMPARE))
_RANKED = re.compile(alternatives(ASKING.ranking_words))
_LOWEST = re.compile(alternatives(ASKING.lowest_words))
_CHANGED = re.compile(rf"({alternatives(ASKING.change_words)})了?多少")  # "下降了多少"
# "价格认定件数同比变化": a change asked with no interrogative, after what changed and against what
_CHANGE_TAIL = re.compile(rf"(?:{alternatives(COMPARISON_BASES)})(?:{alternatives(ASKING.change_words)})了?\s*[？?。]*$")
_BREAKS = "".join(ASKING.phrase_breaks)
_LIBRARY = ASKING.library
_LIBRARY_WORDS = sorted({*_LIBRARY.nouns, *_LIBRARY.asks, *_LIBRARY.filler}, key=len, reverse=True)
_LIBRARY_KEEP = frozenset(_LIBRARY.nouns)


_SHARE_OF = re.compile(f"(?:{alternatives(ASKING.share_words)})(?!{alternatives([w[1:] for w in ASKING.not_share])})")


# (a year asked is blanked out of the text read: "恢复到 的多少")
_SHARE_OF_BASE = re.compile(rf"(?:{alternatives(ASKING.share_of_base)}|\s的)$")


def _asks_share(before: str) -> bool:
    """"…占馆藏多少": a share of a whole is asked (not "占地多少亩", an area)."""
    return bool(_SHARE_OF.search(before))


def asks_document(text: str) -> bool:
    """Whether a question asks which document ("依据哪个文件", "文号是什么")."""
    return any(w in text for w in ASKING.document.asks)


# "…水务局2022年整体…", "…卫健委整体…": 整体 said of an organisation named right before it
_ORGANISATION_WHOLE = re.compile(rf"(?:{alternatives(sorted(organisations.data()['suffixes'], key=len, reverse=True))})"
                                 r"(?:\d{2,4}年度?)?整体")


def asks_whole_department(text: str) -> bool:
    """Whether a question asks of a department's whole spending ("部门整体支出绩效自评得分"), which no
    project report's figure answers), or an organisation's whole ("崇明水务局2022年整体预算执行率"); not where the words
    name the report the figure is read in ("部门整体自评中，2022年旅游综合收入是多少")."""
    text = _REPORT_READ_IN.sub(" ", text)
    return any(w in text for w in WHOLE_DEPARTMENT) or _ORGANISATION_WHOLE.search(text) is not None


# the whole-department report named as where the asker reads ("部门整体自评中", "部门整体支出绩效自评报告里")
_REPORT_READ_IN = re.compile(r"(?:部门|单位)整体(?:支出)?(?:绩效)?(?:自评|评价)(?:报告|表)?(?:中|里|内|上|显示|提到)[，,]?")


def asks_document_number(text: str) -> bool:
    """Whether a which-document question wants the issuing number (文号), not the title."""
    return any(w in text for w in ASKING.document.numbers)


def of_the_whole(word: str) -> str:
    """What a word asks the whole of ("支出" of 支出合计), or "" when it names no whole."""
    rest = next((word[: -len(w)] for w in FORMS.total_words if word.endswith(w)), "")
    return rest if len(rest) > 1 else ""


_SECOND_ASK = re.compile(alternatives(ASKING.second_asks))
_SELF_NAMED_KINDS = ("score", "grade", "rate", "date")  # asks that say what they measure: "得了几分", "什么等次"
_REPORT_SAYS = re.compile(rf"(?<!据)(?:{alternatives(ASKING.report_says)})(?!明)")
_ASKS_SOMETHING = re.compile(rf"{_COUNTING}|{alternatives(ASKING.second_asks)}|[吗呢?？]|哪")


def meant(text: str) -> str:
    """The question without what it sets aside ("实有人数（不是编制数）" → "实有人数 "), nor a second
    ask after its figure's ("结余多少，怎么处理的" → "结余多少，")."""
    text = _NOT_MEANT.sub(" ", text)
    clauses = re.split(r"([，,；;])", text)
    if len(clauses) > 1 and re.search(_COUNTING, clauses[0]):
        # "结余多少，怎么处理的": the figure is asked first, how it was handled after it
        text = "".join(c for k, c in enumerate(clauses) if not (k > 1 and k % 2 == 0 and _SECOND_ASK.search(c)
                                                                 and not re.search(_COUNTING, c)))
        clauses = re.split(r"([，,；;])", text)
    asking = [k for k, c in enumerate(clauses) if k % 2 == 0 and _ASKS_SOMETHING.search(c)]
    if asking and _kinds(clauses[asking[-1]])[0] in _SELF_NAMED_KINDS:
        # "…，说自评结果是优秀，具体得了几分": what the asker read before an ask that names its own measure is context
        # (not "里面说项目资金执行得不错，具体执行了多少", whose ask is of what the context names)
        text = "".join(c for k, c in enumerate(clauses) if not (k % 2 == 0 and k < asking[-1] and _REPORT_SAYS.search(c)
                                                                 and not _ASKS_SOMETHING.search(c)))
    return text


def verb_asked(question: Question) -> tuple[str, str] | None:
    """The thing a count asks of, with the verb said right before the ask ("破了多少刑事案件" → (刑事案件, 破); "处理了
    多少投诉" → (投诉, 处理)); None when the question says none so, or its verb says only that it was done ("完成了多少批次")."""
    text = question.text
    asks = [(m.start(1), m.group(1), m.end(2), m.end(3)) for m in _VERB_ASKS.finditer(text)]
    for term in question.terms:
        at, verb = next(((at, verb) for at, verb, bare, unit in asks if text.startswith(term.word, unit)
                         or text.startswith(term.word, bare)), (0, None))
        if verb is None or verb in _NO_VERB:
            continue
        verb = text[at - 1 : at + 1] if at and is_word(text[at - 1 : at + 1]) else verb
        return None if verb in WEAK_WORDS else (term.word, verb)
    return None


_UNITS_CHARS = char_class(UNITS.count_words)
# no verb of what was done: "有多少", "共多少"; nor a preposition ("按多少标准执行")
_NO_VERB = frozenset("有是的共一总和及与按以为对向给在于达")
# each verb and ask, at every place (a lookahead: "做了多少" holds 了多少 too), with and without the unit after it
_VERB_ASKS = re.compile(rf"(?=([\u4e00-\u9fff])[了过]?(多少|几)([{_UNITS_CHARS}]?))")


def asks_organisation(text: str) -> bool:
    """Whether a question asks which organisation ("主管部门是哪个", "由哪个部门牵头"), not for a ranking."""
    return bool(_ORGANISATION.search(text)) and not any(cue in _CAPS.sub(" ", text) for cue in COMPARE_CUES)


_ROLE_UNITS = alternatives(u for u in ASKING.organisation.units if len(u) > 1)  # (单位, 机构: not 组 of 组织)
_ROLE_UNIT = re.compile(rf"(?:{_ROLE_UNITS})(?:是|为)?(?:{alternatives(ASKING.organisation.which)}|什么)")


def role_asked(question: Question) -> list[Term]:
    """The term naming the role of the organisation a question asks, right before its kind ("监理单位是哪家": 监理;
    "勘察设计单位是哪家": 设计): the organisation answering is the one a passage names with it."""
    if not asks_organisation(question.text):
        return []
    ends = {m.start() for m in _ROLE_UNIT.finditer(question.text)}
    # (and "哪家第三方机构": the role between the interrogative and the kind)
    starts = {m.end() for m in _WHICH_ROLE.finditer(question.text)}
    return [t for t in question.terms if (at := question.text.find(t.word)) >= 0
            and (at + len(t.word) in ends or at in starts)]


_WHICH_ROLE = re.compile(rf"(?:{alternatives(ASKING.organisation.which)})(?=[\u4e00-\u9fff]{{2,6}}?(?:{_ROLE_UNITS}))")


def role_phrase(question: Question) -> str:
    """The role and kind of organisation a question asks ("施工单位", "事业单位", "第三方机构"), or ""."""
    for t in role_asked(question):
        at = question.text.find(t.word) + len(t.word)
        if unit := next((u for u in ASKING.organisation.units if len(u) > 1 and question.text.startswith(u, at)), ""):
            return t.word + unit
    return ""


def asks_library(words: str) -> bool:
    """Whether a question, its places, departments and years taken out, asks what the library
    holds: a library noun (报告, 库) and a listing ask (哪些, 什么, 几份), and nothing else but filler."""
    if not any(w in words for w in _LIBRARY.nouns) or not any(w in words for w in _LIBRARY.asks):
        return False
    for word in _LIBRARY_WORDS:
        words = words.replace(word, " ")
    return not words.strip()


_SIGNED_WORDS = sorted({*ASKING.signed.nouns, *ASKING.signed.words, *ASKING.date_asks}, key=len, reverse=True)


_DAY_ASKS = [w for w in ASKING.date_asks if w not in ASKING.year_asks]  # "报告是哪年的" asks its fiscal year


def names_a_reports_day(text: str) -> bool:
    """Whether a question names the report and asks a day: a report noun and a date ask."""
    return any(w in text for w in ASKING.signed.nouns) and any(w in text for w in _DAY_ASKS)


def asks_signed(words: str, titles: str = "") -> bool:
    """Whether a question that names a report's day (see names_a_reports_day) asks the date it is
    signed with: its places, organisations, boilerplate and years taken out (words), nothing else
    but words of the reports' titles ("茂县水毁修复项目自评报告落款日期是哪天")."""
    words = _YEAR.sub(" ", words)
    for word in _SIGNED_WORDS:
        words = words.replace(word, " ")
    # (a title's words as the asker shortens them: "食品抽检" of 食品安全监督抽检经费项目, "市场监管局" of
    # 市场监督管理局; "这份" points at the report)
    return all(run in titles or all(set(w) <= set(titles) for w in question_words(run) if w not in BOILERPLATE)
               for run in re.findall(r"[^\s？?。！!，,：:]+", words))


_ORG_SLIP_MIN = 3  # characters of an organisation's name, at least, a slip in which is mended ("统记局")


def _organisations_mended(text: str, catalog: Catalog) -> str:
    """The question with a loaded report's organisation typed with one same-sounding slip written as the
    report names it ("昌平统记局" → 昌平统计局, "儋州融煤体中心" → 儋州融媒体中心): an organisation's
    name is no place, a slip in it names no other one."""
    said = set(text)
    own = {_without_places(corps_as_city(e.meta.department), (e.meta.region, e.meta.county, e.meta.city, e.meta.province))
           for e in catalog.entries.values()}
    names = [n for n in _name_ends(tuple(sorted(own))) if sum(c in said for c in n) >= len(n) - 1]
    # (never in a place's name: "来凤县水利和湖泊局" is no slip of 咸丰县's bureau)
    for slip in slips(text, names, [(m.start, m.end) for m in catalog.places_in(text)]):
        if is_word(text[slip.end - 1 : slip.end + 1]) or slip.start and is_word(text[slip.start - 1 : slip.start + 1]):
            continue  # "农村居民" holds no 农村局: its last character begins a word
        text = text[: slip.start] + slip.name + text[slip.end :]
    return text


def _without_places(name: str, places: tuple[str, ...]) -> str:
    """An organisation's name without the places it names ("咸丰县水利和湖泊局" → 水利和湖泊局)."""
    for place in sorted(filter(None, places), key=len, reverse=True):
        name = name.replace(place, "")
    return name


@lru_cache(maxsize=4)
def _name_ends(departments: tuple[str, ...]) -> frozenset[str]:
    """The ends of the organisations' names a question may shorten them to ("统计局", "昌平区统计局")."""
    return frozenset(d[i:] for d in departments if d for i in range(len(d) - _ORG_SLIP_MIN + 1))


def _slips(text: str, catalog: Catalog, taken: list[tuple[int, int]]) -> list[Slip]:
    """The loaded reports' places (full and short names) typed with one same-sounding slip, outside
    the places the question names (a real place is no slip of another: "湛江市" of 晋江市), and the towns a report
    names ("湖镇镇" of 龙游县's report is no slip of 缙云县's 壶镇镇)."""
    names = {n for e in catalog.entries.values() if e.meta.region
             for n in (e.meta.region, short_name(e.meta.region))}
    return slips(text, names, taken, is_word)


_QUANTITY_WORDS = tuple(w for words in UNITS.dimension_words.values() for w in words)  # "面积", "长度"
_PEOPLE_NOUNS = tuple(w for w in UNITS.people_ends if len(w) > 1)  # "人口", "儿童": people, by more than a character


def _kinds(text: str, organisation: bool = False) -> tuple[str, ...]:
    """The kinds of answer wanted, most likely first, read from the words around the interrogative."""
    if asks_document(text) and not _ASK.search(text):
        return ("other",)  # "按照哪个资金管理办法…": a document, whatever money its name holds
    order: list[str] = []
    if any(cue in text for cue in KIND_CUES["reason"]):
        order.append("reason")
    if _PERSON.search(text) or organisation:
        order.append("name")
    if _DATE_ASK.search(text):
        order.append("date")
    if any(cue in _strip(text, CONCEPT_NAMES.get("grade", ())) for cue in KIND_CUES["grade"]) and "多少分" not in text:
        order.append("grade")
    ask = None if any(w in text for w in ASKING.list_asks) else _ASK.search(text)
    if not ask and any(pattern.search(text) for pattern, _ in _MEASURE_ASKS):
        order.append("count")  # "机井有多深": a measure
    if ask:
        before = text[max(0, ask.start() - 8) : ask.start()]
        after = text[ask.end() : ask.end() + 3]
        if _ends_label(before) is None and before.rstrip(_LABEL_TAIL).endswith(_TEXT_FIELDS):
            order.append("other")  # "联系电话是多少": a form's field, whatever its value looks like
        elif any(w in before + after for w in _SCORE_WORDS) or after.startswith("分") and not after.startswith("分钟"):
            order.append("score")
        elif re.match(r"[万亿千]?元", after):
            order.append("amount")  # "多少万元创业担保贷款": the unit says money, whatever comes before
        elif _people_after(text, ask.end()) or _HOUSEHOLDS_ASKED.match(text, ask.start()):
            # "补助发给了多少学生": people are counted, whatever money comes before; so are households, whatever
            # rate comes before ("覆盖了多少牧户")
            order.append("count")
        elif (_COUNT_ASK.match(text, ask.start()) or _UNIT_NEXT.match(after)) \
                and not text.startswith("个百分点", ask.end()):
            # "资金的项目共有多少个", "覆盖了多少个镇街": the unit asked for beats the topic's money or
            # rate words
            order.append("count")
        elif before.rstrip(_LABEL_TAIL).endswith(_QUANTITY_WORDS) \
                or _strip_end(before.rstrip(_LABEL_TAIL), _DONE_SAID).rstrip(_LABEL_TAIL).endswith(_QUANTITY_WORDS):
            # "补贴面积多少": the quantity named last is asked, whatever money comes before (and "补贴面积实际完成多少":
            # what was done of it)
            order.append("count")
        elif before.rstrip(_LABEL_TAIL).endswith(_PEOPLE_NOUNS):
            order.append("count")  # "测算资金用的常住人口是多少": the people named last are counted, whatever money before
        elif any(w in before for w in _RATE_WORDS) or (ask.group() == "多高" and "满意" in text) \
                or _asks_share(before) or after.startswith(("成", "比例", "百分比")) \
                or _SHARE_OF_BASE.search(before) and not ask.group().startswith("有"):
            # ("花出去几成", "用了多少比例", "恢复到2019年的多少"; not "结转到下年的有多少", what there is)
            order.append("rate")
        elif (label := _ends_label(before) or _achieved_label(before)) in ("value", "count", "amount") \
                and not (label == "value" and _thing_after(text, ask)):
            # "保障人数是多少": the label asked is a count; "全年执行数是多少" money; "年度指标值是多少"
            # whatever the indicator measures (not "实际有多少重点优抚对象…": what it counts is named after it)
            order.append(label)
        elif _thing_after(text, ask) and (thing := _RUN_AFTER.match(text, ask.end())) and not _NOT_A_THING.match(thing.group()) \
                and not any(w in thing.group() for w in (*_MONEY_WORDS, *_MONEY_ENDS, *ASKING.money_chars)):
            # "用了多少商品有机肥": the thing named after the interrogative is counted, no sum ("发了多少入学资助")
            order.append("count")
        elif after.startswith("钱") or any(w in before for w in _MONEY_WORDS) or _FUND_PART.search(before) \
                or _names_a_sum(text, ask) or (_EXECUTED.search(before) and not re.search(r"[\u4e00-\u9fff]", after)):
            # ("…免疫规划项目2023年执行了多少": what was executed of its money; "执行了多少案件" counts cases)
            order.append("amount")  # "省级财政给了多少": a payer's part of the funds is money
    # a rate named right before the interrogative ("…资金项目受益群众满意度是多少", "执行率具体是多少")
    # is what is asked: the money or counts the topic names are no fallback for it
    rate_named = ask is not None and order[-1:] == ["rate"] \
        and _ASK_FILLER.sub("", text[: ask.start()]).endswith(_RATE_HEADS)
    topical = ("score", "rate") if rate_named else ("score", "rate", "count", "amount")
    if ask or (not organisation and any(cue in _CAPS.sub(" ", text) for cue in _RANKING_CUES)):
        counted = order[:1] == ["count"] and bool(asked_unit(text))  # "覆盖了多少个村": the unit says a count
        for kind in topical:
            if counted and kind in ("rate", "amount"):
                continue  # (no rate nor sum its topic's words name: "覆盖" is no 覆盖率 here)
            if any(cue in text.replace("分钟", "  ") for cue in KIND_CUES[kind]):  # ("多少分钟" is minutes, no points)
                order.append(kind)
    ranked = _RANKED.search(_CAPS.sub(" ", text))  # ("城乡最低生活保障资金…是哪个" ranks nothing)
    if ask and ask.group() in ("多少", "是多少", "为多少") and order[:1] != ["amount"] \
            and _STANDARD_ASKED.search(text, 0, ask.start()) \
            and not _thing_after(text, ask) and not asked_unit(text):
        order.insert(0, "amount")  # "全失能特困人员照料护理标准每月多少": a standard per unit, money (whatever 人员 counts)
    if ask and ask.group() == "多少" and not order and _per_unit_said(text) and not _thing_after(text, ask) and not any(
            w in text for ws in (*UNITS.dimension_words.values(), UNITS.count_quantity_words) for w in ws):
        order.append("amount")  # "低保标准提高到每人每月多少", "户均增收多少": a sum per person or household
    if ask and not order and _ASK_FILLER.sub("", _without_done(text[: ask.start()])).endswith(_LEVEL_HEADS):
        order.append("value")  # "居民健康素养水平实际达到多少": a level, a rate or a count as the report gives it
    if (ask or ranked) and not any(k in order for k in ("score", "rate", "count", "amount", "date", "value")):
        order.append("count")  # "多少市民" / "几个单位" / "哪个更多"
    tail = None if ask else _CHANGE_TAIL.search(text)
    if not order and tail and (labelled := _label_kind(text[: tail.start()])) in ("count", "amount"):
        order.append(labelled)  # "价格认定件数同比变化": as many fewer, or "同比-7.2%" (below)
    if not order and not ask and (labelled := _label_kind(text)):
        order.append(labelled)
    if not order:
        order.append("name" if any(cue in text for cue in KIND_CUES["name"]) else "other")
    changed = bool(_CHANGED.search(text) or tail)
    if order[0] == "amount" and changed or order[0] == "count" and changed and not asked_unit(text):
        # "…死亡人数下降了多少": as many fewer, or "下降8.2%"; "同比下降了多少" the rate first, as reports say it
        after_ask = text[ask.end() :] if ask else ""
        rate_first = any(w in text for w in ASKING.rate_change_cues) and not _UNIT_NEXT.match(after_ask) \
            and not re.match(r"[万亿千]?元", after_ask) and not asked_unit(text)
        order.insert(0 if rate_first else 1, "rate")
    if order[0] == "value" and _VALUE_ASKED.sub("", without_wordings(text)).endswith(_RATE_HEADS):
        order.insert(0, "rate")  # "隐患整改率实际完成值": the value of a rate's row is a rate
    if order[0] in ("value", "rate") and "value" in order:
        order += _VALUE_KINDS
    return tuple(dict.fromkeys(order))


_VALUE_ASKED = re.compile(r"(?:是|为|有|的|多少|几|[？?。，, ])*$")  # what asks a value after its label
_ASK_FILLER = re.compile(r"(?:具体|到底|究竟|大约|大概|[ 是为有共计约的了])+$")
_RATE_HEADS = ("率", "满意度", "比例", "占比", "比重", "百分比")  # a label that names a rate, not a topic
_LEVEL_HEADS = ("水平", "指数")  # a label that names a level, which a report gives as a rate or a number


def _without_done(text: str) -> str:
    """Text without the words of what was done or reached after a label ("…水平实际达到" → "…水平")."""
    return re.sub(r"(?:实际|已经|已|目前|现在)?(?:达到|达|完成|实现|提高到|提升到|升至)?了?$", "", text.rstrip())


_LABEL_TAIL = " 是为有共计约的了"  # between a label and its interrogative ("保障人数是多少")
# what was done, said between a quantity and its interrogative ("补贴面积实际完成多少"), longest first
_DONE_SAID = tuple(sorted((w for q in QUALIFIERS if q.cls == "actual" for w in q.words), key=len, reverse=True))


def _strip_end(text: str, words: tuple[str, ...]) -> str:
    """text without the first of words it ends with."""
    return next((text[: -len(w)] for w in words if text.endswith(w)), text)
_TEXT_FIELDS = tuple(f for f in FORMS.fields if not f.endswith("分"))  # 联系电话, 项目负责人…; not 自评得分
_LABEL_ENDS = tuple(ASKING.label_ends.items())  # in order: the first kind that fits wins
# the year a label may be asked of, said after it ("…水平上一年是多少")
_WHEN_AFTER = sorted({*CONCEPTS["prior_year"][0], *CONCEPTS["prior_year"][1], *THIS_YEAR},
                     key=len, reverse=True)


# (the year it was paid in may stand between: "低保金全年一共发了多少")
_PAYING = re.compile(f"(?:{alternatives(sorted({*ASKING.paying_verbs, *THIS_YEAR}, key=len, reverse=True))})*$")
_RUN_AFTER = re.compile(r"[\u4e00-\u9fff]{1,8}")
_NOT_A_THING = re.compile(r"[是为的在给被把了呢啊吗用]")  # what follows the interrogative is no thing ("有多少是…提前下达的")


def _names_a_sum(text: str, ask: re.Match[str]) -> bool:
    """Whether the thing asked is a sum by its name: right after the interrogative ("发了多少司法救助金")
    or right before it and its verb of paying ("义务兵家庭优待金一共用了多少")."""
    after = _RUN_AFTER.match(text, ask.end())
    before = _ORDINAL_PART.sub("", _PAYING.sub("", text[: ask.start()]))  # ("优待金第二批发了多少": the batch says which part)
    return bool(after and after.group().endswith((*_MONEY_ENDS, *ASKING.money_ends_after))) or before.endswith(_MONEY_ENDS)


_ORDINAL_PART = re.compile(r"第[一二三四五六七八九十\d]{1,3}(?:批次?|期|季度|阶段|轮)$")  # a part of a sum by its order


def _achieved_label(before: str) -> str | None:
    """The kind of what was achieved of a label, as its name says it ("…免疫密度实际完成多少": a density, the indicator's
    value, whatever it measures); None when its name says none."""
    label = before.rstrip(_LABEL_TAIL)
    rest = _strip_end(label, _ACHIEVED).rstrip(_LABEL_TAIL)
    return None if rest == label or not rest else _ends_label(rest)


_ACHIEVED = tuple(sorted((w for q in QUALIFIERS if q.name == "实际" for w in q.words), key=len, reverse=True))


def _ends_label(before: str) -> str | None:
    """The kind the label right before an interrogative names ("…保障人数是" → count)."""
    label = before.rstrip(_LABEL_TAIL)
    when = next((w for w in _WHEN_AFTER if label.endswith(w)), "")  # "健康素养水平上一年是多少"
    label = label[: len(label) - len(when)].rstrip(_LABEL_TAIL)
    return next((kind for kind, ends in _LABEL_ENDS if label.endswith(ends)), None)


_HOW_ASKED = re.compile(rf"(?:{alternatives(ASKING.how_asks)}|[？?。！!\s])+$")


def _thing_after(text: str, ask: re.Match[str]) -> bool:
    """Whether the interrogative is followed by what it counts, no money ("一天清运多少垃圾"; not "每月多少钱")."""
    after = re.match(r"[\u4e00-\u9fff]{1,4}", text[ask.end() :])
    return after is not None and not any(after.group().startswith(w) for w in _MONEY_WORDS)


def asks_things(text: str) -> bool:
    """Whether a count is asked of a thing named right after the interrogative, in no unit ("借出去多少书",
    "清运多少垃圾"): no length of time counts it ("全年开放310天" is no number of books)."""
    ask = _ASK.search(text)
    if ask is None or asked_unit(text) or any(w in text for w in CONCEPTS["time_taken"][0]):
        return False
    after = _RUN_AFTER.match(text, ask.end())
    return after is not None and _thing_after(text, ask) \
        and not after.group().startswith((*_QUANTITY_WORDS, *UNITS.count_quantity_words, "时"))


def _label_kind(core: str) -> str | None:
    """A query of keywords without an interrogative ("梅江 政府采购合同金额") wants what its last
    label names: 金额 an amount, 率 a rate, 数量 a count."""
    pieces = _HOW_ASKED.sub("", core.strip()).split()
    label = pieces[-1] if pieces else ""  # ("满意度咋样": how it stands asks what 满意度 is)
    # "支出合计": the total of what the word before it names (人数合计 counts; "社会消费品零售总额" is money by 总额)
    named = next((label[: -len(w)] for w in FORMS.total_words if label.endswith(w) and len(label) > len(w)), label)
    return next((kind for text in (named, label) for kind, ends in _LABEL_ENDS if text.endswith(ends)), None)


_JOINERS = "及和与或"
_PARTICLES = re.compile(r"^[有是](?=多)|(?<=.)[了的]$")
# "三个项目总体执行率": how many things the question is about, which a passage about them needn't repeat
_HOW_MANY = re.compile(rf"[一二两三四五六七八九十]+[{''.join(UNITS.count_words)}]")
_TREASURY = "财政"  # a level's treasury, in a payer's money ("省级财政资金")
_SOURCES = alternatives(sorted(FUND_SOURCES, key=len, reverse=True))
_NOISE_WORDS = sorted((w for w in QUESTION_NOISE if len(w) > 1), key=len, reverse=True)
_WORDS_WITH_NOISE = sorted(LEXICON.share_names, key=len, reverse=True)  # "药占比", whose 占比 is no noise
# "见习单位满意度": 见习单位 is a name of its own, whose 单位 is no noise
_IN_A_NAME = re.compile(rf"[\u4e00-\u9fff]{{2}}(?:{alternatives(LEXICON.noise_in_names)})(?={alternatives(LEXICON.names_go_on)})")


_PART_TOTAL = re.compile(rf"({alternatives(sorted((w for w in USER_WORDS if len(w) > 2 and w.endswith(tuple(GENERIC_LABELS))), key=len, reverse=True))})(?:合计|总额|总计)")


def _counted_before(rest: str, asked: str) -> bool:
    """Whether words before a way of asking ("有多少人") name what is counted ("在册的严重精神障碍患者")."""
    before = rest[: rest.find(asked)]
    for noise in _NOISE_WORDS:
        before = before.replace(noise, " ")
    suffixes = tuple(organisations.data()["suffixes"])
    # an organisation's name ("法院有多少人") is whose staff is asked, not what is counted
    return any(len(run) > 1 and not run.endswith(suffixes) for run in re.findall(r"[\u4e00-\u9fff]+", before))


def _numbered_terms(text: str, terms: list[Term]) -> list[Term]:
    """A number and what it grades are one term, in the dashes reports write ("0—6岁" as "0-6岁"); its
    pieces ("0", "6", "以上", the 岁 of "岁儿童") are none (a number of its own, "12345", stays)."""
    numbered = list(_NUMBERED.finditer(text))
    out = [t for t in terms if not (t.word.isdigit() and any(t.word in g.group() for g in numbered))]
    for g in numbered:
        low, high, grade, bound = g.groups()
        bound = bound or ""
        spans = [f"{low}{d}{high}" for d in _DASHES] if high else [low]
        base = bound.removeprefix("及")
        bounds = dict.fromkeys((bound, base, f"及{base}" if base else ""))
        grades = _AGES if grade in _AGES else (grade,)  # "90到99岁" of "90—99周岁"
        forms = tuple(dict.fromkeys((re.sub(r"\s+", "", g.group()),
                                     *(f"{span}{g_}{b}" for g_ in grades for span in spans for b in bounds))))
        pieces = {grade, bound, base, grade + bound} - {""}
        out = [t if not t.word.startswith(grade) or t.word == grade else Term(t.word[len(grade):], tuple(
            f[len(grade):] if f.startswith(grade) else f for f in t.forms), t.parts)
               for t in out if t.word not in pieces]
        out.append(Term(forms[0], forms))
    return out


_PROJECT = "项目"  # what a project's name may end in, saying only that it is one
_DIRECTIONS = ("来", "去")  # what ends a verb the way people speak ("追回来", "发下去"), not as reports write it
_NOT_DIRECTIONS = ("以来", "将来", "未来", "过去", "原来", "本来", "后来", "近来", "从来")  # words of their own


def _ends_in_a_word(text: str, end: int) -> bool:
    """Whether a wording ending at end ends inside a word ("有几个人" of "有几个人民法庭": 人民)."""
    return 0 < end < len(text) and is_word(text[end - 1 : end + 1])


def _doing_after(text: str, asked: str) -> bool:
    """Whether a way of asking people is followed by what they did ("有多少人领到了创业补贴"), not by their post."""
    return any(re.match(r"[\u4e00-\u9fff]", text[end : end + 1]) and text[end] not in _STAFF_AFTER
               for _, end in literal.spans(text, asked))


_STAFF_AFTER = "在是员"  # ("有多少人在编", "有多少人是在编的": the staff)


def _terms(core: str) -> tuple[list[Term], str]:
    """The question's terms, and what is left of it once the concepts are taken out."""
    terms: list[Term] = []
    rest = _PART_TOTAL.sub(r"\1", core)  # "项目支出合计" is 项目支出, all of it: no 支出合计 of the report
    for named in _IN_A_NAME.findall(rest):
        terms.append(Term(named, (named,)))
        rest = rest.replace(named, " ")
    for concept, (asked, worded) in CONCEPTS.items():
        # a thing asked before a way of asking it ("在职人员" before "有多少人"), longest first; not
        # inside a name that asks no such thing ("技能等级证书" asks no 等级)
        unnamed = _strip(rest, CONCEPT_NAMES.get(concept, ()))
        hits = [w for w in sorted(asked, key=lambda w: (bool(_ASK.search(w)), -len(w)))
                if any(not (_ASK.search(w) and _ends_in_a_word(unnamed, end))
                       for _, end in literal.spans(unnamed, w))]  # (a way of asking, "有几个人", not in 人民法庭)
        if not hits:
            continue
        # the report's own wording when the question uses it ("满意率"), else the asker's ("满不满意")
        in_question = [w for w in sorted(worded, key=len, reverse=True) if w in rest]
        if not in_question and hits[0].endswith("人") and _ASK.search(hits[0]) \
                and (_counted_before(rest, hits[0]) or _doing_after(rest, hits[0])):
            continue  # "患者有多少人" counts the patients: only the organisation's "有多少人" asks its staff (nor does
            # "有多少人领到了创业补贴", which counts those who did something)
        # an interrogative ("有几个人") gives way to the thing asked ("编制")
        word = in_question[0] if in_question and (len(in_question[0]) >= len(hits[0]) or _ASK.search(hits[0])) \
            else hits[0]
        # a longer word of the question that holds the hit ("结余结转率" ⊃ "结转") is what was asked
        longer = [w for w in question_words(rest) if word in w and len(w) > len(word) and not _ASK.search(w)]
        if longer:
            word = longer[0]
        for asked_word in sorted(asked, key=len, reverse=True):
            rest = rest.replace(asked_word, " ")  # one term per concept, however often it is asked
        # the asker's own word is a report's wording too ("人员工资"), unless it is a way of asking
        own_wording = not _ASK.search(word)
        forms = tuple(dict.fromkeys([word] * own_wording + list(worded)))
        terms.append(Term(word, forms))
        rest = rest.replace(word, " ")
    for piece in re.split(r"\s+", _DEADLINE_ASK.sub(" ", rest)):
        for grade in _LETTER_GRADE.findall(piece):
            terms.append(Term(grade, (grade,)))  # "C级危房": the grade says which item ("D级危房户均补助" is another)
            piece = piece.replace(grade, " ")
        for name in unknown_names(piece):
            terms.append(Term(name, (name,)))  # "巉口水库": 巉口, which the dictionary cuts into characters
            piece = piece.replace(name, " ")
        for word in _WORDS_WITH_NOISE:
            if word in piece:
                terms.append(Term(word, (word,)))  # "药占比": a word of its own, though 占比 alone is a way of asking
                piece = piece.replace(word, " ")
        for noise in _NOISE_WORDS:
            piece = piece.replace(noise, " ")  # a one-character one ("在", "及") goes as a token of its own,
            # never out of a word ("在职人数", "及时率")
        for token in tokenize(piece):
            token = _PARTICLES.sub("", token)  # "有多深", "建了": the words, not the particles
            if len(token) > 1 and token[-1] == "是" and not is_word(token):
                token = token[:-1]  # "自评表是谁填的": 是 asks, it ends no word of the form's ("表是")
            if len(token) > 2 and token[-1] in _JOINERS and not is_word(token):
                token = token[:-1]  # "公卫及重大传染病": 及 joins two names, it ends neither (普及 is a word)
            if len(token) >= 4 and token.endswith(_PROJECT):
                token = token[: -len(_PROJECT)]  # "…能力建设项目": 建设 names it, 项目 says only that it is one
            if (len(token) < 2 and not token.isdigit()) or token in _UNIT_WORDS or _ASK_WORD.fullmatch(token) \
                    or (_HOW_MANY.fullmatch(token) and token not in ASKING.numbered_names) \
                    or any(token.startswith(u) and _ASK_WORD.fullmatch(token[len(u):]) for u in _UNIT_WORDS) \
                    or not _DATE_ASK.sub("", token) \
                    or _MAGNITUDE_UNIT.fullmatch(token) and re.search(rf"(?:{_COUNTING})\s*{re.escape(token)}", core):
                continue  # "哪年哪月" is how it is asked (and "多少万人": 万人 is the unit asked, in ten thousands)
            if _MORE_DONE.fullmatch(token) and not is_word(token) and re.search(_BASE_SAID, core):
                continue  # "比上年多演了几场": how many more than last year, a change asked; 演 names nothing
            if any(token in t.word or token in t.forms for t in terms):
                continue
            if any(len(f) > 1 and f in token for t in terms if len(t.forms) > 1 for f in t.forms):
                continue  # a concept already covers it
            if len(token) > 2 and token.endswith(_DIRECTIONS) and not token.endswith(_NOT_DIRECTIONS):
                # "追回来": the verb is 追回, as reports write it ("追回违规领取资金3.62万元")
                terms.append(Term(token, (token, token[:-1])))
                continue
            if len(token) > 2 and token.endswith(_NUMBER_OF) and is_word(token[: -len(_NUMBER_OF)]):
                # "编制床位数": reports write "编制床位200张", the count after the thing
                terms.append(Term(token, (token, token[: -len(_NUMBER_OF)])))
                continue
            if token.startswith(_TREASURY) and len(token) > len(_TREASURY) + 1 \
                    and re.search(rf"(?:{_SOURCES})\s*{re.escape(token)}", core):
                # "省级财政资金有多少" of "…其中中央资金27.15亿元，省级资金9.67亿元": 财政 says no more of whose it is
                terms.append(Term(token, (token, token[len(_TREASURY) :])))
                continue
            said = re.search(re.escape(token), piece, re.IGNORECASE) if token.isascii() else None
            terms.append(Term(token, tuple(dict.fromkeys((said.group() if said else token, token)))))
            # ("PM2.5" as the question and the reports write it, though tokens are lowercased)
    # drop sub-words of longer terms (search mode yields both 项目支出 and 支出), unless the question
    # also says the word on its own ("本年支出中一般公共服务支出": the breakdown of 支出, not of 收入)
    words = [t.word for t in terms]
    return [t for t in terms if not any(t.word != w and t.word in w for w in words)
            or stands_apart(t.word, [w for w in words if t.word in w and w != t.word], core)], rest


_MORE_DONE = re.compile(r"[多少][\u4e00-\u9fff]{1,2}")  # "多演", "少发": more or fewer of it
_BASE_SAID = re.compile(alternatives(COMPARISON_BASES))  # "比上年", "较去年": what a change is said against
_ANY_COUNT = "个"  # the measure word of any thing
# "…经费中", "…资金里": the whole a part is asked of ("决算支出中基本支出用了多少")
# ("…项目中危桥改造资金支出了多少": a project's part, not 项目中央资金, 项目中心, 项目中期)
WHOLE_THEN_PART = re.compile(rf"(?:{alternatives(GENERIC_LABELS)})(?:当中|之中|中|里)|项目(?:当中|之中|中(?![央心期标型小学层间国]))")
FIGURE_TERM = re.compile(r"[\d.,%％]+")  # a term that is a figure and nothing else ("10", "80%")
# the measures of how many times ("批次", "人次", "场次"): a count's name that ends with one says what it is counted in
_TIMES_MEASURES = tuple(m for m in UNITS.measures if len(m) == 2 and m.endswith("次"))
_LETTER_GRADE = re.compile(r"[A-Za-zＡ-Ｚⅰ-ⅻⅠ-Ⅻ]{1,2}(?:级|类|档|型|区)")  # "C级", "Ⅱ类", "A档": a grade named by a letter


def other_grade(asked: str, label: str) -> bool:
    """Whether a label names another grade than the question of the same kind ("D级危房户均补助" asked "C级危房…")."""
    wanted = {g.upper() for g in _LETTER_GRADE.findall(asked)}
    return any(g.upper() not in wanted and any(w[-1] == g[-1] for w in wanted) for g in _LETTER_GRADE.findall(label))
_LAST_THING = re.compile(r"(?:多少|几)[\u4e00-\u9fff]([\u4e00-\u9fff])[？?。！!]*\s*$")  # "有几台车": 车, the question's end
_NUMBER_OF = "数"  # how a count of a thing ends ("床位数", "在校生数")
_PER_UNIT = re.compile(r"/\s*[\u4e00-\u9fff]")  # "3000元/人": a figure per person


def per_unit(after: str) -> bool:
    """Whether what follows a figure makes it a figure per person, household or unit ("/人")."""
    return bool(_PER_UNIT.match(after.lstrip()))


def per_unit_value(value: str) -> bool:
    """Whether a form's value is a figure per unit ("3000元/人", "2600/人")."""
    return bool(_PER_UNIT.search(value))


def asks_per_unit(question: Question) -> bool:
    """Whether a question asks a figure per unit ("补贴标准", "人均增收"), which "3000元/人" answers."""
    return _per_unit_said(question.text)


_GRADE = re.compile(r"([\u4e00-\u9fff])[（(]\s*(\d{1,2}|[一二三四五六七八九十])\s*[）)]([\u4e00-\u9fff])")  # 小（2）型
# "0—6岁儿童", "65岁及以上老年人", "2型糖尿病": a number with what it grades is one term, never a bare number
_NUMBERED = re.compile(r"(\d{1,3})(?:\s*[—–\-~～至到－]\s*(\d{1,3}))?\s*(周岁|岁|型|级|类)(及以上|以上|及以下|以下)?")
_AGES = ("岁", "周岁")  # an age, said either way
_DASHES = ("—", "-", "～", "~", "至", "–")
_ONE_UNIT = re.compile(rf"一([{char_class(UNITS.count_words)}])")  # "一户平均增收多少", "一枚多少钱"


def is_numbered(word: str) -> bool:
    """Whether a term is a number with what it grades ("90—99岁", "2型", "65岁及以上"): it says which of several."""
    return bool(_NUMBERED.fullmatch(word))


def _without_the_unit(terms: list[Term], unit: str, text: str) -> list[Term]:
    """The terms without the unit a question asks in, where a word read it as theirs ("查了多少起醉驾",
    "查了几起醉驾": 起 is the unit, 醉驾 what is counted; "多少个村": 村 alone, no term)."""
    out = []
    for term in terms:
        if not (len(term.word) > len(unit) and term.word.startswith(unit)
                and any(f"{ask}{term.word}" in text for ask in ("多少", "几"))) \
                or is_word(term.word):  # "多少尾款": 尾款 is a word, not 尾 of it
            out.append(term)
        elif len(rest := term.word[len(unit) :]) > 1:
            out.append(Term(rest, (rest,)))
    return out


def _as_unit_cost(term: Term) -> Term:
    """A term of a question asked per unit, with the wordings reports give it per unit: "平均" is said
    "户均", "学生" "生均" or "每生", "加工成本" "加工单价", and money spent ("花了多少": 支出) as a cost."""
    costs = ASKING.unit_costs
    if said := ASKING.per_unit_said_as.get(term.word):  # "一户平均拿到多少" of "户均2,100.51元"
        return Term(term.word, (term.word, said), term.parts)
    if unit := ASKING.per_one.get(term.word):  # "一个学生…多少" of "生均每年1000元"
        return Term(term.word, tuple(dict.fromkeys([*term.forms, f"{unit}均", f"每{unit}"])), term.parts)
    if cost := next((c for c in costs if term.word.endswith(c)), ""):
        stem = term.word[: -len(cost)]
        return Term(term.word, tuple(dict.fromkeys([*term.forms, *(stem + c for c in costs)])), term.parts)
    if any(f in CONCEPTS["spend"][1] for f in term.forms):
        return Term(term.word, tuple(dict.fromkeys([*term.forms, *costs])), term.parts)
    return term


# "吨垃圾清运成本", "公里道路养护费用": a cost of one measure's worth (no number before the measure)
# (not 米 alone: 大米, 玉米)
_MEASURED_IN = sorted({u for d in ("length", "area", "weight", "energy") for u in UNITS.dimensions[d] if u != "米"},
                      key=len, reverse=True)
_COST_PER_MEASURE = re.compile(rf"(?<![\d.万千百十])(?:{alternatives(_MEASURED_IN)})"
                               rf"[\u4e00-\u9fff]{{1,8}}?(?:{alternatives(ASKING.unit_costs)})")


# "…标准每月多少", "…标准折算到每个学生一年是多少" (not 高标准农田)
_STANDARD_ASKED = re.compile(r"(?<!高)标准(?:是|为)?(?:折算到|折算成|折合|换算成|算下来|平均)?"
                             r"(?:每个?(?:学生|人|户|月|年|亩|生|天)|一(?:年|个月|月|天|学期)|[，,])*(?:是|为|有)?$")


def _per_unit_said(text: str) -> bool:
    """Whether a text says a figure per unit is asked ("补贴标准", "每人每月", "人均", "吨垃圾清运成本")."""
    for word in ASKING.per_unit_not:
        text = text.replace(word, " ")  # "高标准农田" holds 标准, and asks no 补贴标准
    return any(w in text for w in ASKING.per_unit_asks) or _asks_per_one(text) or bool(_COST_PER_MEASURE.search(text))


_ONE_UNIT_ASKED = re.compile(
    rf"(?<![{char_class(ASKING.per_one_not_after)}])一(?:[个名位])?"
    rf"(?:{alternatives(ASKING.per_one)}|[{char_class([w for w in UNITS.count_words if w not in ASKING.per_one_not_units])}])"
    rf"[^，,。；;？?]{{0,8}}?(?:{_COUNTING})")


def asks_per_unit_only(text: str) -> bool:
    """Whether a question asks nothing but a figure per unit ("平均每户补了多少", "一个学生一年补多少"); not
    for the words of a project's name ("免学费和生均公用经费项目实际支出多少": the project's whole)."""
    named = max((text.rfind(w) + len(w) for w in _PROJECT_WORDS if w in text), default=0)
    return any(w in text[named:] for w in ASKING.per_unit_only) or _asks_per_one(text)


_PROJECT_WORDS = ("项目", "工程")  # the words a project's name ends with, before what is asked of it


def _asks_per_one(text: str) -> bool:
    """Whether a question asks what one unit gets ("一个学生一年补多少", "一户多少钱"): not when it counts
    things of another unit ("一本上线多少人": 一本 is a tier, the students are counted)."""
    one = _ONE_UNIT_ASKED.search(text)
    if one is None or any(one.group().startswith(w) for w in ASKING.numbered_names):
        return False
    unit = asked_unit(text)
    return any(w in text for w in ASKING.per_unit_asks) \
        or not (unit and unit in UNITS.count_words and unit not in one.group(0))


def asks_not_done(text: str) -> bool:
    """Whether a question asks what was not done ("还有多少钱没付", "未拨付多少"): only then does a figure
    said not done ("未支付的107.34万元") answer it (app/vocab/data/asking.toml: not_done_asked)."""
    return any(w in text for w in ASKING.not_done_asked)


def _undone_verb(term: Term, text: str) -> Term:
    """A term of what was not done as its verb ("没付" → 付, "发完" of "没发完" → 发), which a passage saying it was not
    done says its way ("尾款…未支付"); any other term as it is."""
    stem = _DONE_TAIL.sub("", term.word)
    if said := _NOT_DONE_ASKED.fullmatch(stem):
        verb = stem[len(said.group(1)) :]
    elif stem in ASKING.undone_verbs and re.search(f"{_NOT_YET}{re.escape(term.word)}", text):
        verb = stem
    else:
        return term
    return Term(verb, (verb,))


_NOT_YET = f"({alternatives(ASKING.not_yet_asked)})"
_DONE_TAIL = re.compile("[完掉了出去]+$")  # "没发完", "没用掉", "没花出去": the verb is 发, 用, 花
# "没到位", "尚未支付" (not "有没有到位", which asks whether), or "剩"
_NOT_DONE_ASKED = re.compile(f"(?<!有){_NOT_YET}(?:{alternatives(ASKING.undone_verbs)})")
_UNDONE_ASKED = re.compile(f"{_NOT_DONE_ASKED.pattern}|{alternatives(ASKING.undone_asked)}")
_BASES = alternatives(ASKING.shortfall_bases)
_SHORTFALL_ASKED = re.compile(rf"(?:离|距离?|比|较|与)(?:年度)?(?:{_BASES})值?还?(?:差|少)|差了?(?:年度)?(?:{_BASES})?值?还?(?:多少|几)")
_SHORT_SAID = re.compile(rf"(?:(?:{alternatives(ASKING.shortfall_said)})了?[为达是]?"
                         rf"|(?:{_BASES})值?(?:[（(][^）)]*[）)])?还?少[了办完成]{{0,3}})\s*$")


def said_short(before: str) -> bool:
    """Whether the words of a figure's clause before it say it is a gap to a target ("较目标值（96%）差",
    "未完成，差", "较目标少", "资金缺口"): asking.toml's shortfall_said and shortfall_bases."""
    return bool(_SHORT_SAID.search(before))


_MONEY_ASKED = re.compile(rf"(?:{_COUNTING})\s*[万亿千]?元")


def unit_fits(question: Question, unit: str) -> bool:
    """Whether a count in `unit` answers the unit the question asks in: the same quantity ("多少米"
    by 公里), people counted with 个 ("在编人员有几个" by "3人"), or things in their own measure word
    ("多少个项目" by "27项")."""
    return UNITS.same_quantity(question.unit, unit) or UNITS.thing_counted(question.unit, unit) or (
        question.unit == "个" and UNITS.dimension(unit) == "people"
        and any("人" in term.word or term.word.endswith(UNITS.people_ends) for term in measured_terms(question).terms))


_ASKED_NOUN = re.compile(r"[^，,。？?！!；;（(]*")
_PEOPLE_AFTER = 2  # words after the interrogative that may name the people counted


_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_PEOPLE_NOUN = 6  # characters of what is counted right after the ask, at most ("多少家庭经济困难学生")


def _people_after(text: str, at: int) -> bool:
    """Whether the words right after an ask name people ("多少学生", "多少优抚对象"), to the clause's end, or
    its first word does ("有多少老人在领高龄津贴": 老人 are counted)."""
    noun = _ASKED_NOUN.match(text, at)
    said = re.sub(r"[？?。！!\s]+$", "", noun.group()) if noun else ""
    if 2 <= len(said) <= _PEOPLE_NOUN and said.endswith(UNITS.people_ends) and bool(_HAN_ONLY.fullmatch(said)):
        return True
    first = next(iter(dictionary_words(said[:_PEOPLE_NOUN])), "") if said else ""
    # (people who do something: not "多少学生资助资金", a sum named after them)
    return len(first) >= 2 and first.endswith(UNITS.people_ends) and first not in UNITS.people_ends \
        and bool(_HAN_ONLY.fullmatch(first)) and said[len(first) :].startswith(tuple(ASKING.people_then))


def asks_people(question: Question) -> bool:
    """Whether a count asked names people ("低保人员", "人数", "学生") as what is counted: what is measured
    or the words after the interrogative ("撤销了多少不符合条件的救助人员")."""
    ask = _ASK.search(question.text)
    noun = _ASKED_NOUN.match(question.text, ask.end()) if ask else None
    after = noun.group() if noun else ""
    if "人数" not in question.text and any(w in question.text for dimension, words in UNITS.dimension_words.items()
                                            if dimension != "people" for w in words):
        return False  # "护边员巡逻里程一共多少": a length, whoever went it
    # ("给多少困难当事人发了司法救助": the people it names first, before what was done for them)
    return "人数" in question.text or after.endswith(UNITS.people_ends) \
        or any(len(w) > 1 and w.endswith(UNITS.people_ends) for w in question_words(after)[:_PEOPLE_AFTER]) \
        or any(t.word.endswith(UNITS.people_ends) for t in measured_terms(question).terms)


def asks_money(question: Question) -> bool:
    """Whether a question asks a sum in a money unit ("总预算是多少万元"), which no count answers."""
    return bool(_MONEY_ASKED.search(question.text))


_WEAK_OR_TARGET = sorted({*WEAK_WORDS, *(w for q in QUALIFIERS if q.name == TARGET for w in q.words)}, key=len, reverse=True)


def _only_weak(word: str) -> bool:
    """Whether a word is made of weak words only ("实际完成", "做到") or of a target's ("年度目标": which
    figure of a thing, the plan), which say little of what."""
    for weak in _WEAK_OR_TARGET:
        word = word.replace(weak, "")
    return not word


class Measured(NamedTuple):
    terms: tuple[Term, ...]
    follows: bool = False  # said after the ask ("多少个垃圾桶"): the report writes the figure before it
    # before a way of asking that only says the kind ("燃气管道老化改造用了多少钱": 支出 is measured),
    # the words that say what of: the figure follows them
    of: tuple[Term, ...] = ()
    # the rest of the noun phrase after the ask, to its last word ("多少中职国家奖学金": 奖学金, of which 中职国家 only
    # says which): a sum's own name among them is what is asked
    run: tuple[Term, ...] = ()


# what is measured is named by the last few words before the ask, back to a word naming whose it is
# (app/vocab/data/lexicon.toml subject_words)
_MEASURED_RUN = 3
_SUBJECT_ENDS = tuple(SUBJECT_WORDS)  # "设备购置项目" names whose, as 项目 does


def measured_terms(question: Question) -> Measured:
    """The terms that name what is measured: the run of terms right after the ask ("多少个内设机构")
    or, else, the run the question says last before it ("…本年支出合计多少" → 支出合计; "零陵林业局
    造林任务是多少亩" → 造林, 任务), leaving out weak words ("实际完成") and a word that only names the
    asked unit's quantity ("面积"; "结转多少资金": 资金 after the ask names money). An answering
    passage must say one of them itself; the report's name or opening never stands in for what is
    measured."""
    text = question.text
    ask = _ASK.search(text) or _DATE_ASK.search(text)
    limit, after = (ask.start(), ask.end()) if ask else (len(text), len(text))
    # "项目支出占本年支出合计的比例": 项目支出 is measured, 支出合计 is the whole
    share = _SHARE_OF.search(text, 0, limit) if ask else None
    if ask and (unit := _UNIT_NEXT.match(text, after)):
        after = unit.end()
    spans: list[tuple[int, int, Term]] = []
    for term in question.terms:
        if _only_weak(term.word) or UNITS.names_quantity(term.word, question.unit) or term.word in COMPARISON_BASES:
            continue  # "实际完成" says which figure, "面积" the unit: neither is what is measured (预算 is); nor is
            # "比上年" what a change is against
        spans += [(m.start(), m.end(), term) for f in dict.fromkeys((term.word, *term.forms, *term.parts)) if f
                  for m in re.finditer(re.escape(f), text, re.IGNORECASE)]
    if not spans:
        return Measured(())
    asked = [sp for sp in spans if sp[0] < after and sp[1] > limit]  # "现有多少人": the ask is the term
    following = [sp for sp in spans if after <= sp[0] <= after + 1
                 and not (question.kinds[0] == "amount" and sp[2].word in ASKING.money_nouns)]
    run = following[:1]
    while run and (joined := [sp for sp in spans if run[-1][1] <= sp[0] <= run[-1][1] + 1 and sp[1] > run[-1][1]]):
        run.append(max(joined, key=lambda sp: sp[1]))
    before = [sp for sp in spans if sp[1] <= (share.start() if share else limit)]
    if asked or following:
        terms = tuple(dict.fromkeys(term for _, _, term in asked + following))
        of = _last_run(before) if not following and before and all(_ask_only(sp[2]) for sp in asked) else ()
        return Measured(terms, follows=bool(following), of=of, run=tuple(dict.fromkeys(term for _, _, term in run[1:])))
    return Measured(_last_run(before))


def _last_run(before: list[tuple[int, int, Term]]) -> tuple[Term, ...]:
    """The last term before the ask, and the terms joined to it without a gap ("造林" + "任务")."""
    if not before:
        return ()
    run = [max(before, key=lambda sp: sp[1])]
    while len(run) < _MEASURED_RUN and (
            nxt := [sp for sp in before if sp not in run and sp[1] >= run[-1][0] and sp[0] < run[-1][0]
                    and not sp[2].word.endswith(_SUBJECT_ENDS)
                    and organisations.org_at(sp[2].word, 0) != sp[2].word]):  # "…评审中心实有": whose
        run.append(max(nxt, key=lambda sp: sp[1] - sp[0]))
    return tuple(dict.fromkeys(term for _, _, term in run))


def _ask_only(term: Term) -> bool:
    """Whether a term is only a way of asking ("用了多少钱", "有多少人"): its wordings are the concept's,
    none of them its own words."""
    return bool(_ASK.search(term.word)) and term.word not in term.forms


def stands_apart(word: str, longer: list[str], text: str) -> bool:
    """Whether text says word somewhere outside every longer word that holds it."""
    covered = {i for w in longer for start, end in literal.spans(text, w) for i in range(start, end)}
    return any(not covered.issuperset(range(start, end)) for start, end in literal.spans(text, word))


def _phrases(core: str) -> list[str]:
    """Runs of two or three adjacent words (3-10 characters) that may be one name in the reports."""
    out: list[str] = []
    for segment in core.split():
        ws = question_words(segment)
        for size in (3, 2):
            for i in range(len(ws) - size + 1):
                window = ws[i : i + size]
                if any(len(w) < 2 for w in window[1:]) or any(w in _BREAKS or (len(w) == 1 and w in _UNITS) for w in window):
                    continue  # "大"+"数据"+"平台" is a name; "自评"+"得" and "个"+"电子印章" are not
                phrase = "".join(window)
                if 3 <= len(phrase) <= 10 and not _ASK.search(phrase):
                    out.append(phrase)
    return list(dict.fromkeys(out))


def _segments(text: str, mentions: list, catalog: Catalog) -> dict[str, str]:
    """The words from each region's mention to the next one's."""
    out: dict[str, str] = {}
    for i, m in enumerate(mentions):
        end = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        for doc_id in catalog.docs_for_region(m.place.name):
            out[doc_id] = text[m.end : end]
    return out if len(mentions) > 1 else {}


def _terms_per_region(text: str, mentions: list, terms: list[Term], catalog: Catalog) -> dict[str, list[str]]:
    """In "吴川2023年财政拨款支出与湛江2024年支出数哪个多", each report is asked in its own words:
    the terms between a region's mention and the next one's are that report's."""
    if len(mentions) < 2:
        return {}
    out: dict[str, list[str]] = {}
    for i, m in enumerate(mentions):
        end = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        segment = text[m.end : end]
        own = [t.word for t in terms if t.word in segment or any(f in segment for f in t.forms)]
        if own:
            for doc_id in catalog.docs_for_region(m.place.name):
                out[doc_id] = own
    return out


def _words_left(text: str, catalog: Catalog, boilerplate: tuple[str, ...]) -> str:
    """What a question says besides the places it names, its boilerplate (部门整体支出绩效…), the
    loaded reports' departments and regions, its years, what it sets aside and its punctuation."""
    text = meant(text)
    for m in sorted(catalog.mentions_in(text), key=lambda m: m.start, reverse=True):
        text = text[: m.start] + " " + text[m.end :]
    text = _strip(text, boilerplate)
    for entry in catalog.entries.values():
        for name in (entry.meta.department, entry.meta.region):
            if name:
                text = text.replace(name, " ")
    text = _YEAR.sub(" ", text)
    return re.sub(r"[？?！!。，,、；;：:“”\"'（）()《》\[\]【】]", " ", text)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """text with the spans set to spaces, position for position."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _of_years_asked(doc_ids: list[str], years: list[int], catalog: Catalog) -> list[str]:
    """A named place's or organisation's reports of the years asked, when it has some: "2022年汝城退役军人局…"
    of a bureau with a 2022 and a 2023 report is the 2022 one's (the 2023 report's figures are 2023's;
    with no report of the year, a later one may give it as last year's)."""
    groups: dict[tuple[str, str], list[str]] = {}
    for d in doc_ids:
        meta = catalog.entries[d].meta
        groups.setdefault((meta.region, meta.department), []).append(d)
    kept = {d for docs in groups.values()
            for d in ([d for d in docs if catalog.entries[d].meta.year in years] or docs)}
    return [d for d in doc_ids if d in kept]


def _names_own_unit(text: str, m: Mention, meta: ReportMeta) -> bool:
    """Whether what looked like a place is the start of the report's own organisation's name, as
    the question goes on ("太平哨水文站" of 丹东水文局太平哨水文站 is no 太平区), or of the project its title
    names ("堆龙德庆区消防站" of 拉萨市消防救援支队's report on the 堆龙德庆区消防救援站建设项目: the place its title
    says)."""
    said = text[m.start : m.start + 12]
    return any(said[:k] in name for name in (meta.department, meta.supervisor, meta.implementer) if name
               for k in range(len(m.text) + 2, len(said) + 1)) \
        or meta.title_read and m.text in meta.title and meta.region != m.place.name


def _of_the_report(text: str, m: Mention, meta: ReportMeta) -> bool:
    """Whether a place the question names is the report's own, or in the name of its organisation or project, or
    one of the places its region holds ("恩施州林业局…给利川市下达了多少": 利川市 of the 州's report, its part)."""
    return m.place.name in (meta.region, meta.county, meta.city) or _names_own_unit(text, m, meta) \
        or bool(meta.region) and meta.region in (m.place.parent, m.place.city)


_OFFICE_AFTER_STREET = ("办事处", "办")  # "西上庄街道办": the street's office


def _may_lie_in(catalog: Catalog, doc_ids: list[str], place: str) -> bool:
    """Whether the reports of a place say nothing of the county or city it lies in (a town's report
    that never names its county), so a place written over it may be that one."""
    metas = [catalog.entries[d].meta for d in doc_ids if catalog.entries[d].meta.region == place]
    return bool(metas) and all(not (m.county or m.city) for m in metas)


# the year a question says its report is of: "2023年自评报告里", "（见2023年报告）", "2023年中职资助自评报告中", "2023年度自评表里"
# (or right before the year it asks, where the words that named the report were filler: "2023年[报告中提到]2022年…")
_REPORTS_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度?的?(?:[^，。；,;？?！!\d]{0,10}?(?:报告|自评表)|(?=\s*(?:19|20)\d{2}\s*年))")


def _year_before_the_reports(text: str) -> str:
    """The question with the year before its report's said as that report's 上年: "2023年自评报告里提到的2022年支出" asks
    the 2023 report's 上年支出 (the only other year it names)."""
    said = _REPORTS_YEAR.search(text)
    if not said:
        return text
    year = int(said.group(1))
    others = {int(y) for y in _YEAR.findall(text[: said.start()] + " " + text[said.end():])}
    if others != {year - 1}:
        return text
    before = re.compile(rf"{year - 1}\s*年度?")
    return before.sub("上年", text[: said.start()]) + said.group() + before.sub("上年", text[said.end():])


_TABLE_NAMED = re.compile(r"(?<![代发])[附]?表\s*[0-9０-９一二三四五六七八九十]{1,2}(?![0-9０-９.])\s*(?:里|中|内|上|的)?")


def _year_asked_of_the_report(text: str, years: list[int]) -> int | None:
    """The one year a question asks of a report it names by another year ("2024年度报告中，2021年城镇新增就业…": 2021);
    None when it names no report's year, or asks that year or several."""
    said = _REPORTS_YEAR.search(text)
    if not said:
        return None
    others = {int(y) for y in _YEAR.findall(text[: said.start()] + " " + text[said.end():])} - {int(said.group(1))}
    return others.pop() if len(others) == 1 and set(years) == {*others, int(said.group(1))} else None


def analyse(text: str, catalog: Catalog, max_chars: int = 500) -> Question:
    """Scope, kind and terms of a question."""
    departments = [e.meta.department for e in catalog.entries.values() if e.meta.department]
    text = _organisations_mended(organisations.in_full(normalise_question(text, max_chars), departments), catalog)
    text = _year_before_the_reports(text)
    years = sorted({int(y) for y in _YEAR.findall(text)})
    # "2023年支出比2022年多了多少": 2022 is what 2023's is compared with, not a year asked of its own
    bases = {int(y) for y in BASE_YEAR.findall(text)}
    # ("涪城高龄津贴比2022年多发了多少钱": the year after the one compared with, whose report says the change)
    years = [y for y in years if y not in bases] or sorted({b + 1 for b in bases}) or years
    carried_to = {int(y) for y in _CARRIED_TO.findall(text)}
    years = [y for y in years if y not in carried_to] or sorted({y - 1 for y in carried_to}) or years
    # the year before the one asked, compared with, is its 上年 ("…比2022年多了多少" of 2023's: 比上年)
    text = BASE_YEAR.sub(lambda m: m.group(0).replace(m.group(1), "上", 1).replace("上 ", "上") if int(m.group(1)) + 1 in years
                         else m.group(0), text)
    every = catalog.mentions_in(text)  # (every place named, asked or not: none is a slip of another)
    mentions = catalog.places_in(text, every)
    regions: list[str] = []
    missing: list[str] = []
    doc_ids: list[str] = []
    elsewhere: dict[str, tuple[str, ...]] = {}
    units: list[tuple[int, int]] = []  # where it names an organisation a report's text only mentions
    known: list[tuple[int, int]] = []  # where the question names a place that has reports
    named: list[tuple[int, int]] = []  # where it names a loaded report's organisation after its place
    known_places: list[tuple[int, str]] = []  # where a place with reports starts, and its name
    unknown_at: list[tuple[int, int]] = []  # where a place with none ends, and its place in missing
    unknown_places: dict[int, Place] = {}  # a place with none and no organisation of it named, by its place in missing
    for m in mentions:
        if any(start <= m.start and m.end <= end for start, end in named):
            continue  # "宝鸡市公安局凤翔分局": 凤翔 names the branch of the organisation already named
        # a place with an organisation ("广州市政务服务数据管理局") asks for that organisation's report
        org = catalog.organisation_after(text, m)
        docs = catalog.docs_for_organisation(org, m.place) if org else []
        own = bool(docs)
        if org and not own:
            # none names it: the place's reports that may still be its ("咸丰县乡村振兴局" of 咸丰县's
            # report signed "我局", whose name is then no term), or that may name it in their own words
            # ("东沟村羊场合作社", its words terms)
            docs = catalog.docs_not_ruled_out(org, m.place)
            if docs and not organisations.is_payee(org):
                named.append((m.start, m.start + len(org)))
            elif not docs:  # or that name it in other words, its words terms
                docs = catalog.docs_naming_in_words(org, m.place)
            if not docs and (docs := catalog.docs_of_unplaced(org, m.place)):
                own = True  # a report that never says its county: "沙县夏茂中心小学" of 夏茂中心小学's
                named.append((m.start, m.start + len(org)))
        elif not org:
            docs = catalog.docs_for_region(m.place.name)
            pointing, kind = organisations.pointed_at(text, m.end)
            if kind and (of_kind := catalog.docs_of_kind(kind, m.place)):
                docs, own = of_kind, True  # "湖州那个中学": the report of 湖州's (安吉县's) school
                named.append((m.start, m.end + len(pointing) + len(kind)))
        if above := catalog.written_under(text, m):
            # "宁波江北区": not the report of 重庆市's 江北区, nor "南京鼓楼区图书馆" 福州市鼓楼区's library
            docs = [d for d in docs if catalog.lies_in(d, above)]
        mine = [d for d in docs if own and catalog.is_own_organisation(org, m.place, d)]
        if mine:
            named.append((m.start, m.start + len(org)))  # "江津区市场监管局": the report's own, no term
            # (its own reports only: a neighbour's that names it in passing, "与灵川县卫生健康局建立…机制",
            # holds none of its figures)
            docs = mine
        elif own:
            units.append((m.end, m.start + len(org)))  # "霍邱县周集镇中心学校": a unit its text names, one term
        if docs:
            known.append((m.start, m.end))
            known_places.append((m.start, m.place.name))
            if own or not regions or not all(d in doc_ids and _of_the_report(text, m, catalog.entries[d].meta)
                                             for d in docs):
                regions.append(m.place.name)  # (not a place of the report already asked: "拉萨消防支队…堆龙德庆区
                # 消防救援站建设项目" of the 支队's report on that project asks no second place)
            doc_ids += docs
            names = tuple(dict.fromkeys((m.place.name, m.place.short, m.text)))
            for doc_id in docs:
                meta = catalog.entries[doc_id].meta
                if not own and m.place.name not in (meta.region, meta.county) and not _names_own_unit(text, m, meta):
                    elsewhere.setdefault(doc_id, names)
        else:
            missing.append((above.name if above else "") + (org or m.place.name))
            unknown_at.append((m.end, len(missing) - 1))
            if not org:
                unknown_places[len(missing) - 1] = m.place
    # a place written over one that has reports ("勉县武侯镇卫生院" of a report that names 武侯镇 only): not
    # another place asked, when nothing says the report is of another one
    written_over = {i for end, i in unknown_at
                    if any(s == end and _may_lie_in(catalog, doc_ids, m_place) for s, m_place in known_places)}
    # a county or town inside the one place asked that has reports ("潍坊应急局给青州市下拨了多少" of a city's report
    # that never names 青州市): that report's part of it, which a passage must name, not a place to list beside it
    inside = {i for i, place in unknown_places.items() if len(set(regions)) == 1 and i not in written_over
              and regions[0] in (place.parent, place.city, place.province)
              and not any(cue in text for cue in COMPARE_CUES)}
    for i in inside:
        for doc_id in doc_ids:
            elsewhere.setdefault(doc_id, (unknown_places[i].name, unknown_places[i].short))
    missing = [name for i, name in enumerate(missing) if i not in written_over | inside]
    same_named = [] if len(mentions) > 1 else _same_named(text, catalog, doc_ids, regions, years)
    if not mentions:
        doc_ids = catalog.docs_named_alone(text) or list(catalog.entries)
        if kind := organisations.kind_pointed_at(text):  # "该疾控中心…": the reports of its kind
            doc_ids = [d for d in doc_ids if catalog.is_of_kind(d, kind)]
            missing += [] if doc_ids else [kind]
    # a town or village inside the reports' places ("互助县威远镇…", "茶山村道路硬化项目"): the reports whose
    # text names it, answered by a passage about it (none when no report names it: "南门峡镇")
    local = catalog.local_places_in(text, doc_ids, [*named, *units, *((m.start, m.end) for m in mentions)])
    for place in local:
        doc_ids = [d for d in doc_ids if d in place.docs] or doc_ids
        # "南通城东街道" of 崇川区's report naming 城东街道: the city is written over its own place
        over = {m.place.name for m in mentions if m.end == place.start}
        for d in place.docs:
            if over & {catalog.entries[d].meta.city, catalog.entries[d].meta.province}:
                elsewhere.pop(d, None)
    if local:
        name = local[-1].name
        for doc_id in doc_ids:
            if not catalog.names_own(doc_id, name) and (doc_id not in local[-1].docs or catalog.names_others(doc_id, name)):
                elsewhere[doc_id] = (name,)

    # (the places first: "株洲" of "株洲攸县图书馆" is read as a place only beside 攸县, blanked with its library)
    # ("盐城市级资金": the city's name, and 市 of the 市级 that pays)
    places = [(m.start, m.end - names_a_payer(text, m.end)) for m in catalog.mentions_in(text)]
    # (a street's office with it: "西上庄街道办自评得分", no term 办自评)
    towns = [(p.start, p.end + next((len(t) for t in _OFFICE_AFTER_STREET if p.name.endswith("街道")
                                     and text.startswith(t, p.end)), 0)) for p in local]
    # (the level a yes-or-no question checks: "满意度达到90%了吗" asks the 满意度, 90% is no word of it)
    threshold = _threshold_asked(text)
    checked = [threshold[0]] if threshold else []
    # (the verb that moves a level, right before the interrogative: "一般登记压缩到几个工作日" asks the level now)
    moved = [m.span() for m in _MOVED_TO_ASKED.finditer(text)]
    sections = [m.span() for m in _SECTION_ASKED.finditer(text)]
    core = _words_left(_blank(text, places + named + units + towns + checked + moved + sections), catalog, BOILERPLATE)
    years = sorted(set(years) | {int(y) for y in _BARE_YEAR.findall(core)})  # "梅江2023 满意率", places taken out
    core = _BARE_YEAR.sub(" ", core)
    core = _TABLE_NAMED.sub(" ", core)  # "表1里…执行率": which table the asker read it in, no word of the figure
    if not _terms(_strip(core, QUESTION_NOISE))[0]:
        core += "".join(f" {measure}" for said, measure in BOILERPLATE_MEASURES.items()
                        if re.search(f"{said}(?!绩效)", text))  # "部门整体支出是多少": the spending
    listing = _BARE_YEAR.sub(" ", _words_left(text, catalog, tuple(w for w in BOILERPLATE if w not in _LIBRARY_KEEP)))

    organisation = asks_organisation(text)
    uncapped = _CAPS.sub(" ", text)  # "最多能拿多少": a cap, no ranking
    cues = {cue for cue in COMPARE_CUES if cue in uncapped}
    if cues <= set(PAST_COMPARE_CUES) and (bases or "prior" in classes(qualifiers_in(uncapped))):
        cues = set()  # "与上年相比增加了多少": one report's change, no ranking of reports
    compare = (bool(cues) or len(regions) + len(missing) > 1
               or (not organisation and any(cue in text for cue in WHICH_CUES)))
    lowest = bool(_LOWEST.search(text))
    kinds = _kinds(_strip(core, BOILERPLATE), organisation)
    if threshold and kinds[0] in ("other", "count") and not asked_unit(_blank(text, checked)):
        # the level's kind (a bare sum checked of money, "罚没款是不是18万左右", is money)
        level = "amount" if threshold[1].kind == "count" and not threshold[1].unit \
            and any(cue in _blank(text, checked) for cue in KIND_CUES["amount"]) else threshold[1].kind
        kinds = (level, *(k for k in kinds if k != level))
    if kinds == ("other",) and any(w in text for w in LEXICON.target.with_result):
        # "…筛查率达到目标了吗": the figure achieved, beside its target
        kinds = ("rate",) if any(w in text for w in _RATE_WORDS) else ("value",)
    unit = asked_unit(text)
    if unit and kinds[0] == "amount" and not UNITS.dimension(unit):
        kinds = ("count", *(k for k in kinds if k != "count"))  # "补贴惠及多少农户": the households are counted
    if unit:
        # "改了多少户户厕": the unit, then a word that opens with it (户厕), not the word 户户
        core = re.sub(f"((?:多少|几){re.escape(unit)})(?={re.escape(unit)})", r"\1 ", core)
    for cue in sorted(_RANKING_CUES, key=len, reverse=True):
        core = core.replace(cue, " ")
    doc_ids = list(dict.fromkeys(doc_ids))
    if years and not compare and mentions:
        doc_ids = _of_years_asked(doc_ids, years, catalog)
        if (asked_year := _year_asked_of_the_report(text, years)) and doc_ids \
                and all(catalog.entries[d].meta.year != asked_year for d in doc_ids):
            years = [asked_year]  # "2024年度自评报告中，2022年…结案率": 2022's, which the 2024 report must say it is
    terms, rest = _terms(core)
    if not unit and kinds[0] == "count" and (times := next((m for t in terms for m in _TIMES_MEASURES if t.word.endswith(m)), "")):
        unit = times  # "药品抽检批次比上年多了多少": counted in 批次, as the name says (never "增加9场次")
    elif unit:
        terms = _without_the_unit(terms, unit, text)
    for g in _GRADE.finditer(text):
        # "小（2）型水库": a grade written with its number in brackets is one term, not 2 and 型
        a, n, b = g.groups()
        word = f"{a}（{n}）{b}"  # as reports write it, whichever brackets the question used
        terms = [t for t in terms if t.word not in g.group() and t.word not in word] + [Term(word, (word, f"{a}({n}){b}"))]
    terms = _numbered_terms(text, terms)
    if unit and unit != _ANY_COUNT and (thing := _LAST_THING.search(text)) and not any(thing.group(1) in t.word for t in terms):
        # "有几台车": 车, a thing of one character, which no token keeps ("覆盖了几个村": a count in 个 is read by
        # the thing said after it, 218个村)
        terms.append(Term(thing.group(1), (thing.group(1),)))
    if kinds[0] in ("amount", "count"):
        # "尾款还没付的是多少": 没付 asks what is left, which the figure's clause says its way ("尾款…未支付"): its verb
        # is the term ("剩了" stays whole: its wordings, 结余 and 剩余, are the report's)
        terms = [_undone_verb(t, text) for t in terms]
    if _per_unit_said(text):
        # "一户平均增收多少": 一户 asks per household, as 平均 does, and names nothing the figure measures
        terms = [_as_unit_cost(t) for t in terms if not _ONE_UNIT.fullmatch(t.word)]
    # the unit's name is one term, as the report writes it in a table's row or a sentence: its words
    # apart ("周" dropped, 集镇 of 孟集镇) would name its neighbours too
    for said in dict.fromkeys(text[start:end] for start, end in units):
        name = organisations.without_leading_verb(said)
        lead = [Term(said[: -len(name)], (said[: -len(name)],))] if name != said else []  # "下属…中心": 下属
        terms += [*lead, Term(name, (name, *_shorter_names(name)), tuple(w for w in question_words(name) if len(w) > 1))]
    if (payer := _payer_said(text)) and not any(who_pays(t.word) for t in terms):
        # "合作社原计划自己出多少钱": 自己 is how the asker says 自筹, no word a report says
        said_own = [w for w in _MONEY.own if w in text]
        terms = [t for t in terms if not (payer.word == _MONEY.own_payer and any(w.startswith(t.word) for w in said_own))]
        terms.append(payer)
    # the place a passage must be about, unless it is the reports' own ("石岭乡" of 石岭乡's report)
    terms += [Term(p.name, (p.name,)) for p in local if not all(catalog.names_own(d, p.name) for d in doc_ids)]
    phrases = _phrases(_strip(rest, QUESTION_NOISE))
    return Question(
        phrases=phrases, unit=unit,
        doc_terms=_terms_per_region(text, mentions, terms, catalog),
        doc_text=_segments(text, mentions, catalog),
        text=text, kinds=kinds, terms=terms, doc_ids=doc_ids,
        regions=regions, missing=missing, years=years, compare=compare, lowest=lowest,
        person=bool(_PERSON.search(text)), task=bool(_TASK.search(text)),
        scope_years={d: catalog.entries[d].meta.year for d in doc_ids},
        figures=[f for f in find_figures(text) if f.kind not in ("date", "number") and not opens_a_name(text, f)],
        elsewhere=elsewhere, library=asks_library(listing), same_named=same_named, slips=_slips(text, catalog, known + [(m.start, m.end) for m in every] + [(p.start, p.end) for p in local]),
        unnamed=_blank(text, named + units) if named or units else "", checked=threshold[0] if threshold else None,
        signed=names_a_reports_day(text) and (
            any(w in text for w in ASKING.signed.only_signed)
            or asks_signed(_words_left(_blank(text, named), catalog, BOILERPLATE), _titles(catalog, doc_ids))),
    )


def _same_named(text: str, catalog: Catalog, doc_ids: list[str], regions: list[str], years: list[int]) -> list[str]:
    """A place the question names whose reports (of the years it asks) lie in two or more cities, none of which it
    names: each, with its city or province ("南京市鼓楼区", "福州市鼓楼区"); [] when the place is one."""
    for name in regions:
        metas = [m for d in doc_ids if (m := catalog.entries[d].meta).region == name and (not years or m.year in years)]
        above = {m.city or m.province for m in metas}
        if len(above) < 2 or "" in above or any(a in text or a.rstrip("市省") in text for a in above):
            continue  # (one place, or the question says whose: "长春朝阳区", "福州的鼓楼区")
        return [f"{a}{name}" for a in sorted(above)]
    return []


def _shorter_names(name: str) -> tuple[str, ...]:
    """The shorter names a report gives a unit once it has named it in full: its name from a later word on,
    still saying its own words and its kind ("普查中心" of 统计普查中心, "综合行政执法大队" of
    应急管理综合行政执法大队), longest first."""
    starts, at = [], 0
    for word in tokenize(name):
        if name.startswith(word, at):
            starts.append(at)
            at += len(word)
    return tuple(short for start in starts[1:] if len(short := name[start:]) >= 4
                 and len(organisations.own_words(short)) >= 2)


def _titles(catalog: Catalog, doc_ids: list[str]) -> str:
    """The reports' titles and departments, as a question may name the report it asks the date of."""
    return " ".join(f"{catalog.entries[d].meta.title} {catalog.entries[d].meta.department}" for d in doc_ids)
