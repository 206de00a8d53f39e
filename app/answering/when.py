"""When a figure of a report's text is of: the year and the part of the year its sentence says
("2022年该项目支出398.72万元，2021年支出365.10万元", "其中上半年完成2 915批次"), and what a "分别" list
pairs it with ("2022年、2021年决算数分别为69875.20万元和66032.48万元"). Pure functions of the text."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from app.core import literal
from app.core.numbers import Figure, find_figures
from app.vocab.asking import ASKING
from app.vocab.labels import QUALIFIERS
from app.vocab.lexicon import PERIOD_WORDS, periods_in

T = TypeVar("T")
YEAR_SAID = re.compile(r"((?:19|20)\d{2})\s*年")
_RESPECTIVELY = "分别"
_SENTENCE_ENDS = "。；;\n"
PRIOR_SAID = re.compile("|".join(map(re.escape, next(q.words for q in QUALIFIERS if q.cls == "prior"))))  # 上年, 去年…
_LISTED = re.compile(r"\s*(?:[、，,和及与]|以及)\s*")  # between a list's figures


def sentence_start(text: str, at: int) -> int:
    """Where the sentence (or list item) that holds text[at] begins."""
    return max(text.rfind(p, 0, at) for p in _SENTENCE_ENDS) + 1


def sentence_to(text: str, fig: Figure) -> str:
    """The words of a figure's sentence (or list item) up to it."""
    return text[sentence_start(text, fig.start) : fig.start]


def clause_to(text: str, fig: Figure) -> str:
    """The words of a figure's clause up to it ("2024年预算安排500万元": 2024年预算安排)."""
    return text[max(text.rfind(p, 0, fig.start) for p in "，。；,;\n") + 1 : fig.start]


def year_of(text: str, fig: Figure) -> int | None:
    """The year a figure is of: the one its place in a "分别" list gives it ("2022年、2021年决算数分别为…和
    …"), else the last its sentence names before it ("2022年该项目支出398.72万元，2021年支出365.10万元":
    365.10 is 2021's); None when it names none."""
    if (listed := respective(text, fig, _years_listed)) is not None:
        return listed
    clause = clause_to(text, fig)
    if PRIOR_SAID.search(clause) and not YEAR_SAID.search(clause):
        return None  # "2023年…共1 847人，上年为1 903人": last year's, whichever year the report is of
    if said_of_this_year(text, fig):
        return None  # "2024年该项目实际支出8,736.90万元，本年度同比增长7.73%": the report's own year's
    # (not a year said inside an aside closed before it: "实际资助71 326人次（2022年为68 954人次），其中…24 105人次")
    said = YEAR_SAID.findall(_CLOSED_ASIDE.sub(" ", sentence_to(text, fig)))
    return int(said[-1]) if said else None


_CLOSED_ASIDE = re.compile(r"[（(][^（()）]*[）)]")


def said_of_this_year(text: str, fig: Figure) -> bool:
    """Whether the figure's own clause says it is this year's and names no year ("…，本年度同比增长7.73%")."""
    clause = clause_to(text, fig)
    return any(w in clause for w in _THIS_YEAR_SAID) and not YEAR_SAID.search(clause)


_THIS_YEAR_SAID = ("本年度", "本年", "今年")  # (not 当年 nor 全年, which may be any year's the sentence names)


def without_closed_asides(text: str) -> str:
    """Text with its asides closed in it blanked ("共发生火灾186起（2022年213起），直接财产损失" says no 2022 of the
    loss after it), each kept as long."""
    return _CLOSED_ASIDE.sub(lambda m: " " * len(m.group()), text)


def of_periods(text: str, fig: Figure, asked: set[str]) -> bool:
    """Whether a figure is of the parts of the year asked ("上半年完成2 915批次"), or of the whole year when
    none is asked; by its place in a "分别" list when its sentence lists them ("第一至第四季度分别…4篇、5篇、
    4篇、6篇" pairs no quarter with a figure: of none asked)."""
    if (asked or periods_in(sentence_to(text, fig))) and in_a_list(text, fig, _periods_listed) is not None:
        listed = respective(text, fig, _periods_listed)
        return listed in asked if listed is not None else False
    said = periods_in(clause_to(text, fig))
    return bool(said & asked) if asked else not said


def figure_at(text: str, at: int) -> Figure | None:
    """The figure of text that starts nearest to `at`."""
    return min(find_figures(text), key=lambda f: abs(f.start - at), default=None)


def _years_listed(head: str) -> list[int]:
    return [int(y) for y in YEAR_SAID.findall(head)]


def _periods_listed(head: str) -> list[str]:
    """The parts of a year a text names, in order ("上半年…，下半年…")."""
    found: list[tuple[int, int, str]] = []
    for word, name in PERIOD_WORDS:
        for start, end in literal.spans(head, word):
            if not any(a <= start < b for a, b, _ in found):
                found.append((start, end, name))
    return [name for _, _, name in sorted(found)]


def items_listed(head: str) -> list[str]:
    """The items the last clause of a text lists ("其中寿光市、昌乐县、临朐县" → 寿光市, 昌乐县, 临朐县; and
    "三台县、江油市、盐亭县直接救助人次居前三位，" before "分别为")."""
    clause = next((c.strip() for c in reversed(_CLAUSE_MARKS.split(head)) if c.strip()), "")
    clause = clause.removeprefix("其中").strip()
    return [item.strip() for piece in clause.split("、") for item in _JOINED.split(piece) if item.strip()]


_CLAUSE_MARKS = re.compile(r"[，,；;：:。\n（()）]")
# the last two items joined by a word ("城区和农村"), not a name that holds it (太和县, 和平区: a side of one character or none)
_JOINED = re.compile(r"(?<=[^、]{2})[和及](?=[^、]{2})")


def respective(text: str, fig: Figure, listed: Callable[[str], list[T]]) -> T | None:
    """What a "分别" list gives a figure of the items its sentence names before 分别 ("2022年、2021年…分别为
    69875.20万元和66032.48万元": 2021 for the second), when the items are as many as its figures; None
    when the figure is in no such list or the items do not pair with the figures."""
    paired = _paired(in_a_list(text, fig, listed))
    return paired[0][paired[1]] if paired else None


def items_paired(text: str, fig: Figure) -> tuple[list[str], int] | None:
    """The items of a "分别" list the figure stands in ("贡江镇、银坑镇…分别建成0.74万亩、0.93万亩"), when they pair with
    its figures, and the figure's place among them; None otherwise."""
    return _paired(in_a_list(text, fig, items_listed)) if _RESPECTIVELY in text else None


def _paired(found: tuple[list[T], int, int] | None) -> tuple[list[T], int] | None:
    """A list's items and the figure's place, when the items are two or more and as many as its figures."""
    if found is None:
        return None
    items, figures, index = found
    return (items, index) if len(items) >= 2 and len(items) == figures else None


def in_a_list(text: str, fig: Figure, listed: Callable[[str], list[T]]) -> tuple[list[T], int, int] | None:
    """The items a sentence names before "分别", how many figures of fig's kind follow one another after
    it, and fig's place among them; None when fig is not one of them ("…4篇、6篇，全年共18篇": 18篇)."""
    head = sentence_to(text, fig)
    at = head.rfind(_RESPECTIVELY)
    if at < 0:
        return None
    start = sentence_start(text, fig.start) + at
    end = min((i for p in _SENTENCE_ENDS if (i := text.find(p, fig.end)) >= 0), default=len(text))
    figures: list[Figure] = []
    for f in find_figures(text[start:end]):
        if f.kind == fig.kind and (not figures or _LISTED.fullmatch(text, start + figures[-1].end, start + f.start)):
            figures.append(f)  # the list ends where its figures stop following one another
        elif figures:
            break
    index = next((k for k, f in enumerate(figures) if f.start + start == fig.start), None)
    return None if index is None else (listed(head[:at]), len(figures), index)


def over_years_unasked(label: str, sentence: str, year: int | None, question: str) -> bool:
    """Whether a figure labelled so in its sentence is a running total over years ("该项目自2019年起实施，截至2023年底
    累计投入补助资金9,862.40万元") that the question does not ask: it asks the year's ("2023年补助资金是多少")."""
    total = ASKING.running_total
    if any(w in question for w in total.asked) or not any(w in label for w in total.said):
        return False
    return any(w in sentence for w in total.since) or bool(year and any(int(y) < year for y in _BEGAN.findall(sentence)))


_BEGAN = re.compile(r"[自从]\s*((?:19|20)\d{2})\s*年")  # "自2020年起": the year a total runs from
