"""How questions ask: interrogatives, the kind of figure wanted, rankings, requests that are no
questions, the filler of follow-ups. The words live in app/vocab/data/asking.toml, read once
when this module is imported; app.answering.question and app.answering.followup build their
patterns from them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from app.vocab.load import Char, Chars, Strict, Word, Words, load

Kind = Literal["value", "score", "rate", "amount", "count"]


class AskContext(Strict):
    """Words next to an interrogative that say what kind of figure it asks for."""

    score: Words
    rate: Words
    amount: Words


class Threshold(Strict):
    """How a question asks whether a figure reached a level it states ("满意度达到90%了吗"): the words that may
    open the check, the verbs before the level, the words that end the question after it."""

    opens: Words
    verbs: Words
    tails: Words


class Person(Strict):
    asks: Words  # ways to ask who
    bare: Words  # ask who, unless a comparison follows
    not_before: Words  # what follows a bare word in a comparison ("谁更多")
    titles: Words  # a post written between a role and the name ("项目负责人为中心主任余建平")


class Task(Strict):
    """A request to write or translate something."""

    written: Chars  # what 写 asks to be written (写一首)
    not_after_write: Chars  # characters that make 写 another verb (填写)
    phrases: Words


class Document(Strict):
    asks: Words
    numbers: Words
    nouns: Words


class Organisation(Strict):
    asks: Words
    which: Words
    units: Words
    sections: Words  # "哪个科室": a section of an organisation asked


class Followup(Strict):
    filler: Words
    leading: Words
    trailing: Words
    trailing_lead: Words
    place_joiners: Chars


class Library(Strict):
    """Asking what the library holds ("有哪些报告", "库里有什么")."""

    nouns: Words
    asks: Words
    filler: Words


class Signed(Strict):
    """Asking the date a report is signed with ("自评报告是哪天出的")."""

    nouns: Words
    words: Words
    only_signed: Words


class LevelsMoney(Strict):
    """A level's own money, as askers name it ("县财政", "县本级"), and the words that make it so."""

    said: Words
    not_before: Words
    pays: Words
    own: Words
    own_payer: Word


class PayersSaid(Strict):
    """Who pays, as askers say it ("县里配套"), and the words that make it so."""

    words: dict[Word, Word] = Field(min_length=1)
    before: Words
    money: Words
    not_after: Chars
    levels: dict[Char, Word] = Field(min_length=1)
    levels_money: LevelsMoney


class AskersLastYear(Strict):
    """The asker's last year ("去年"), and what makes it the year a report's 上年 is of."""

    words: Words
    this_year: Words
    after: Chars
    before: Words


class Use(Strict):
    """Asking what money went to ("用在了什么项目上", "钱主要花在哪"), and how a passage says it did."""

    asks: Words
    says: Words


class AchievedFrame(Strict):
    """How a question frames an indicator's value achieved, and how a passage says it was achieved."""

    asks: Words
    says: Words


class RunningTotal(Strict):
    """A running total over years: its label's word, what says the years it runs over, and how it is asked."""

    said: Words
    since: Words
    asked: Words


class Asking(Strict):
    ask_words: Words
    how_asks: Words
    list_asks: Words
    count_asks: Words
    unit_words: Words
    phrase_breaks: Chars
    ranking_words: Words
    lowest_words: Words
    extreme_most: Words
    extreme_least: Words
    extreme_dimensions: dict[str, str]
    extreme_not_items: Words
    change_words: Words
    parts_joined: Words
    parts_each: Words
    rate_change_cues: Words
    difference_words: Words
    compared_changes: Words
    date_asks: Words
    year_asks: Words
    day_asks: Words
    deadline_asks: Words
    courtesies: Words
    source_said: Words
    people_then: Words
    asked_around: Chars
    restated: dict[Word, Word]
    after_the_year: Words
    per_unit_asks: Words
    conversion_asks: Words  # "折合多少公顷": the figure in the unit asked, where its sentence gives one
    per_unit_only: Words
    per_unit_not: Words
    per_period: dict[str, Words] = Field(min_length=1)  # "一年", "每天": how long a figure per unit is for
    per_one: dict[Word, Word] = Field(min_length=1)
    per_one_not_after: Chars
    per_one_not_units: Chars
    numbered_names: Words
    fewer_asked: Words  # "少了多少": a signed change is said as a fall
    per_unit_said_as: dict[Word, Word] = Field(min_length=1)
    unit_costs: Words
    money_nouns: Words
    rate_money_nouns: Words
    money_ends: Words
    money_ends_after: Words  # "发了多少入学资助": a sum's name after the interrogative only
    money_chars: Words  # "欠薪": a thing named after the interrogative with one of these is a sum
    paying_verbs: Words
    share_words: Words
    share_of_base: Words
    not_share: Words
    not_meant: Words
    holds_asides: Words
    second_asks: Words
    report_says: Words  # a clause telling what the report says, before the ask: context, no term
    belongs_said: Words  # "下属的": whose the unit named after it is, no word of the figure
    label_particles: Chars
    not_done: Words
    not_done_asked: Words
    not_done_verbs: Words
    undone_verbs: Words
    undone_asked: Words
    not_yet_asked: Words
    left_said: Words
    undone_after: Words
    deadline_asked: Words
    shortfall_bases: Words
    shortfall_said: Words
    stages_before: Words
    changed_to: Words
    before_asked: Words
    ask_context: AskContext
    threshold: Threshold
    label_ends: dict[Kind, Words] = Field(min_length=1)  # in order: the first kind that fits wins
    person: Person
    organisation: Organisation
    document: Document
    task: Task
    followup: Followup
    library: Library
    signed: Signed
    payers_said: PayersSaid
    askers_last_year: AskersLastYear
    whole_asks: Words
    english: dict[Word, Word] = Field(min_length=1)
    use: Use
    achieved_frame: AchievedFrame
    running_total: RunningTotal


ASKING = load("asking.toml", Asking)
