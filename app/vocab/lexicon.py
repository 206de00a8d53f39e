"""Domain vocabulary: how people ask about these reports, and how the reports word the answer.

The words live in app/vocab/data/lexicon.toml, read once when this module is imported and
validated by the models below; the module-level names are that file's lists, in its order.
Each concept maps the words a question may use to the words a report uses; matching a question
term against a sentence accepts any of the report's wordings.
"""

from __future__ import annotations

import re

from pydantic import Field

from app.vocab.load import Chars, Strict, Words, load


class Concept(Strict):
    asked: Words  # words in questions
    worded: Words  # words in reports
    names: Words = ()  # names that hold an asked word but ask no such thing ("技能等级证书")


class KindCues(Strict):
    """Words that mean the asker wants a figure of each kind."""

    rate: Words
    amount: Words
    score: Words
    count: Words
    date: Words
    name: Words
    reason: Words
    grade: Words


class Grade(Strict):
    labels: Words  # the words a grade follows ("等级为")
    values: Words  # the grades, first that fits wins


class Target(Strict):
    labels: Words  # how a report calls a figure the plan
    asked: Words  # how a question asks for the plan
    with_result: Words  # how a question asks the plan and what was achieved together
    achieved_around: Words  # beside 目标, what says it asks what was achieved ("完成目标")
    headings: Words  # the headings of a part that sets out the targets ("（三）年度绩效目标")


class Lexicon(Strict):
    weak_words: Words
    sum_words: Words  # which of a fund's sums: never excused by the report's opening
    spent_lists: Words
    generic_labels: Words
    item_sums: Words
    carried_in: Words
    carried_in_asked: Words
    carried_in_named: Words  # "上年结转": the carry-in itself, named
    carried: Words  # "结转": after the year before the report's, money carried in
    this_item: Words  # "该项": the item just named
    income_words: Words  # what came in: no answer to what was spent
    received_words: Words  # "获得", "下达": money that came, no word of what was spent
    noise_in_names: Words  # question noise that a name may hold (见习单位满意度)
    names_go_on: Words  # what such a name goes on with (满意度)
    subject_words: Words
    whole_department: Words
    not_modifiers: Chars
    now_asked: Words
    whole_asked: Words
    whole_said: Words  # "共", "合计": a figure that is a whole, no part
    funds_ends: Words  # "资金", "经费": how the names of money end
    funds_size: Words
    allocated_to: Words
    said_alike: list[Words]
    contrasted: list[Words]  # "城市" and "农村": a clause saying one is not of the other
    people_reached: Words  # "覆盖多少人": a count of people reached, whatever verb the report says it with
    now_stated: Words
    total_stated: Words
    new_asked: Words
    this_year: Words
    label_fillers: Words
    label_doings: Words
    label_means: Words
    expense_ends: Words
    date_nouns: Words  # "时间": what names a label's date ("项目完成时间"), asked "哪天"
    level_bodies: Words  # "部门" of "县级部门": bodies of a level, no fund its word pays
    share_names: Words  # "药占比": a share named by what it is of, one word
    money_done: Words  # what was done with money ("支出", "拨付"): where a budget's breakdown ends
    budget_headings: Words  # the headings of a budget's breakdown ("资金构成"): its bare sums are the plan
    places_listed: Words
    cumulative_words: Words
    year_only_asked: Words
    own_level_asked: Words
    next_year_words: Words
    section_words: Words
    item_ends: Words
    generic_rates: Words  # rates every report words its own way: "资金执行率" asks the 预算执行率 too
    named_heads: Words  # things that bear names of their own: "中兴小区" of a report listing 东兴小区, 水利小区
    measure_ends: Words
    reason_words: Words
    cause_opens: Words  # "主要是": a clause giving a cause, whose words label no figure
    boilerplate: Words
    boilerplate_measures: dict[str, str]
    question_noise: Words
    compare_cues: Words
    past_compare_cues: Words
    not_compare: Words
    which_cues: Words
    user_words: Words
    bound_suffixes: Words  # "员": read with the word before it in a question ("网格员")
    measure_chars: Words  # "率": a guessed word it opens gives it to the word before ("率得" of "及时率得了几分")
    not_words: Words
    periods: dict[str, Words] = Field(min_length=1)  # parts of a year: "上半年", "第三季度"
    as_of_words: Words  # "截至": a figure as of a date
    as_of_months: dict[str, str]  # the month a date as of closes → the part of the year ("6" → h1)
    kind_cues: KindCues
    grade: Grade
    target: Target
    concepts: dict[str, Concept] = Field(min_length=1)


LEXICON = load("lexicon.toml", Lexicon)

# part of a year → its wordings, longest first ("第三季度" before "三季度")
PERIODS: dict[str, tuple[str, ...]] = {
    name: tuple(sorted(words, key=len, reverse=True)) for name, words in LEXICON.periods.items()
}


def periods_in(text: str) -> set[str]:
    """The parts of a year a text names ("前三季度" is not 三季度), and the year so far a date before its
    end says ("截至6月底": 上半年; "截至10月底": the ten months; not "截至12月31日", the year)."""
    names = as_of_in(text)
    for word, name in PERIOD_WORDS:
        if word in text:
            names.add(name)
            text = text.replace(word, " ")
    return names


_AS_OF = re.compile(rf"(?:{'|'.join(map(re.escape, sorted(LEXICON.as_of_words, key=len, reverse=True)))})"
                    r"\s*(?:(?:19|20)\d{2}\s*年)?\s*(?:(\d{1,2})\s*月(?:底|末|份|\s*\d{1,2}\s*日)?|年?[底末])")
_YEAR_END_MONTH = 12


def as_of_phrases(text: str) -> list[str]:
    """The words that say a date a figure is as of ("截至6月底")."""
    return [m.group() for m in _AS_OF.finditer(text)]


def as_of_in(text: str) -> set[str]:
    """The year so far a date said as of ("截至6月底", "截止2023年9月30日") names: the part of the year it closes
    (上半年, 前三季度), else its months; none for the year's end."""
    names = set()
    for m in _AS_OF.finditer(text):
        month = int(m.group(1) or _YEAR_END_MONTH)  # ("截至2023年底": the year's end)
        if 0 < month < _YEAR_END_MONTH:
            names.add(LEXICON.as_of_months.get(str(month), f"months_to_{month}"))
    return names


# (wording, part of the year), longest first
PERIOD_WORDS = sorted(((w, name) for name, words in PERIODS.items() for w in words), key=lambda p: -len(p[0]))


# concept → (words in questions, words in reports)
CONCEPTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    name: (c.asked, c.worded) for name, c in LEXICON.concepts.items()
}
# concept → names that hold one of its asked words but ask no such thing
CONCEPT_NAMES: dict[str, tuple[str, ...]] = {name: c.names for name, c in LEXICON.concepts.items() if c.names}
WEAK_WORDS = frozenset(LEXICON.weak_words)
SUM_WORDS = frozenset(LEXICON.sum_words)
GENERIC_LABELS = LEXICON.generic_labels
INCOME_WORDS = LEXICON.income_words
SUBJECT_WORDS = frozenset(LEXICON.subject_words)
# "本项目", "该单位": the report's own subject, named by a word of reference, no name of anything
OWN_SUBJECT = re.compile(f"[本该我此这](?:{'|'.join(sorted(SUBJECT_WORDS, key=len, reverse=True))})")
WHOLE_DEPARTMENT = tuple(LEXICON.whole_department)
NOW_ASKED = LEXICON.now_asked
WHOLE_ASKED = LEXICON.whole_asked
FUNDS_SIZE = LEXICON.funds_size
ALLOCATED_TO = LEXICON.allocated_to
NOW_STATED = LEXICON.now_stated
TOTAL_STATED = LEXICON.total_stated
THIS_YEAR = LEXICON.this_year
LABEL_FILLERS = LEXICON.label_fillers
LABEL_DOINGS = LEXICON.label_doings
LABEL_MEANS = LEXICON.label_means
CUMULATIVE_WORDS = LEXICON.cumulative_words  # "累计": the sum so far
OWN_LEVEL_ASKED = LEXICON.own_level_asked  # "本级": the organisation's own, without its units
YEAR_ONLY_ASKED = LEXICON.year_only_asked  # "当年": the year's own, not the sum so far
SECTION_WORDS = tuple(sorted(LEXICON.section_words, key=len, reverse=True))
ITEM_ENDS = LEXICON.item_ends
MEASURE_ENDS = LEXICON.measure_ends
REASON_WORDS = LEXICON.reason_words
KIND_CUES: dict[str, tuple[str, ...]] = LEXICON.kind_cues.model_dump()
BOILERPLATE = LEXICON.boilerplate
BOILERPLATE_MEASURES = LEXICON.boilerplate_measures
QUESTION_NOISE = LEXICON.question_noise
COMPARE_CUES = LEXICON.compare_cues
PAST_COMPARE_CUES = LEXICON.past_compare_cues  # "与上年相比": against its own past
NOT_COMPARE = LEXICON.not_compare  # caps: "最多能拿多少"
WHICH_CUES = LEXICON.which_cues
USER_WORDS = LEXICON.user_words
NOT_WORDS = LEXICON.not_words
