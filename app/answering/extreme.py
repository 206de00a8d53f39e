"""Which item of one report's table or list stands first by what is asked: "哪座水库总库容最大", "哪一家预算
执行率最低", "最长的是哪条". The items are the rows of a table that share a column naming what is asked
("安排资金（万元）"), or the items of a list whose figures share a label ("1.大地水库（瓢里镇），…总库容312万立方米；
2.白水水库…"); the answer is the item's name with its figure, cited from its row or sentence. Two tables or lists
that answer as well, a tie at the top, or no table at all: no answer (the question is searched as any other).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.answering.question import Question, Term
from app.answering.scope import found, matchable
from app.core.headings import marker_end, marker_level
from app.core.records import LabelledFigure
from app.vocab.asking import ASKING
from app.vocab.labels import FORMS, classes, qualifiers_in
from app.vocab.units import UNITS

_WHICH = re.compile(r"哪")
_DIGITS = re.compile(r"\d+")
_UNIT_NOTE = re.compile(r"[（(][^（）()]*[）)]")  # "安排资金（万元）": the column's unit, no words of what it measures
_NUMERIC = ("amount", "rate", "count", "score")
_ITEM_LEVEL = 3  # a heading numbered "1." or "（1）" names an item of a list
_SAID_OF_IT = {"change", "prior"}  # what a question asks of the measure that its column or label must say too


@dataclass(frozen=True)
class Extreme:
    figure: LabelledFigure  # the item's figure, standing first
    name: str  # the item: its row's name, or what its list item is about
    measure: str  # what was compared: the column or the label
    word: str  # the question's word for first ("最高", "最少")


def asks_extreme(text: str) -> str:
    """The word that asks which item stands first ("最低" of "哪一家预算执行率最低"), or ""."""
    if not _WHICH.search(text):
        return ""
    return next((w for w in (*ASKING.extreme_most, *ASKING.extreme_least) if w in text), "")


def extreme_of(question: Question, figures: Sequence[LabelledFigure], names: str) -> Extreme | None:
    """The item of one report's table or list with the most (or least) of what the question asks; names: the
    report's own names, which say which report and measure nothing."""
    word = asks_extreme(question.text)
    if not word or len({f.doc_id for f in figures}) != 1:
        return None
    measured = [t for t in question.terms if _measures(t, word, names)]
    dimension = ASKING.extreme_dimensions.get(word, "")
    groups: dict[tuple[str, str, str], list[LabelledFigure]] = {}
    for f in figures:
        if f.kind in _NUMERIC and f.value is not None and not f.total and (name := _item_name(f)) \
                and not any(w in name for w in FORMS.total_words) and not name.startswith(ASKING.extreme_not_items):
            groups.setdefault((f.origin, _list_of(f), _measure(f)), []).append(f)
    # what is compared is said by the question's words (the longer, the surer) in a column or label of the kind
    # asked; else, asked "最长的是哪条", by the quantity its unit measures
    ranked: list[tuple[tuple[int, int, int], list[LabelledFigure], str]] = []
    for (_, _, measure), members in groups.items():
        if len({_item_name(f) for f in members}) < 2 or len({f.unit for f in members}) != 1:
            continue
        # (by the wording found: "自评得分" says the 自评得分 column more surely than a 得分 one)
        said = sum(max((len(m) for form in t.forms if (m := matchable(form)) and m in measure), default=0) for t in measured)
        if any(classes(qualifiers_in(t.word)) & _SAID_OF_IT and not found(t, measure) for t in measured):
            continue  # "哪个村集体经济收入增长最多" of a column of this year's incomes: no growth compared
        if said or dimension and UNITS.dimension(members[0].unit) == dimension:
            # (of those equal, a table's: the 13 projects' rows, not a sentence's two sums)
            ranked.append(((int(members[0].kind == question.kinds[0]), said, int(members[0].origin == "form")),
                           members, measure))
    if not ranked:
        return None
    best = max(said for said, _, _ in ranked)
    top = [(members, measure) for said, members, measure in ranked if said == best]
    picks = {(_item_name(first), first.value): (first, measure) for members, measure in top
             if (first := _first(members, word)) is not None}
    if len(picks) != 1:
        return None  # two tables or lists answer as well, and name other items; or the first is tied
    figure, measure = next(iter(picks.values()))
    return Extreme(figure, _item_name(figure), measure, word)


def _measures(term: Term, word: str, names: str) -> bool:
    """Whether a question's term may say what is compared: not the report's name, the ask, or a count of items."""
    text = term.word
    return not (_WHICH.search(text) or word in text or text.startswith("最") or _DIGITS.fullmatch(text)
                or found(term, names))


def _measure(f: LabelledFigure) -> str:
    """What a figure of a table or list measures: its column, without its unit; a list item's label."""
    return matchable(_UNIT_NOTE.sub("", f.column) if f.origin == "form" else f.label)


def _item_name(f: LabelledFigure) -> str:
    """The item a figure is of: its row's name in a table; in prose, the numbered heading it stands under
    ("1.弦山街道学区"), else what its sentence is about ("1.大地水库（瓢里镇），…总库容312万立方米")."""
    if f.origin == "form":
        return f.label.strip() if f.column else ""
    if f.origin != "prose":
        return ""
    heading = f.section.split(" > ")[-1]
    level = marker_level(heading)
    return heading[marker_end(heading) :].strip() if level is not None and level >= _ITEM_LEVEL else f.subject.strip()


def _list_of(f: LabelledFigure) -> str:
    """Where a figure's table or list stands: its section, above the numbered heading that names its item."""
    path = f.section.split(" > ")
    level = marker_level(path[-1])
    return " > ".join(path[:-1]) if f.origin == "prose" and level is not None and level >= _ITEM_LEVEL else f.section


def _first(members: list[LabelledFigure], word: str) -> LabelledFigure | None:
    """The member with the most (or least), None when two share it."""
    least = word in ASKING.extreme_least
    ordered = sorted(members, key=lambda f: f.value or 0.0, reverse=not least)
    if len(ordered) > 1 and ordered[0].value == ordered[1].value:
        return None
    return ordered[0]
