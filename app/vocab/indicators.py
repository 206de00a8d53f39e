"""The indicator vocabulary: the dozen figures every report gives, each under many wordings.

Each indicator lists the wordings that label its figure in the reports (the figure follows the
wording within a few characters: "项目支出7073.75万元", "群众满意率达95.35%") and what must, or
must not, be in the same sentence to keep apart what differs (预算数 vs 决算数; the 12345 hotline's
satisfaction vs a statistics bureau's survey). The indicators and the connecting words live in
app/vocab/data/indicators.toml, read once on import; this module is the matching. No other I/O.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, StrictBool, model_validator

from app.vocab.lexicon import GENERIC_LABELS, LEXICON
from app.vocab.load import Strict, Word, Words, alternatives, char_class, load


class Indicator(Strict):
    name: Word  # canonical Chinese name shown in the table
    kind: Literal["amount", "rate", "count", "score", "grade"]
    labels: Words  # wordings that label the figure
    asked: Words  # how questions name it (besides the labels)
    requires: Words = ()  # one of these must be in the sentence
    excludes: Words = ()  # none of these may be in the sentence
    excluded_before: Words = ()  # none of these may come right before the label
    higher_is_better: StrictBool = True

    @property
    def pattern(self) -> re.Pattern[str]:
        return _label_pattern(self.labels)


class IndicatorFile(Strict):
    connectors: Words  # between a label and its figure ("为", "达", "：")
    indicator: tuple[Indicator, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _names_differ(self) -> IndicatorFile:
        names = [i.name for i in self.indicator]
        if twice := sorted({n for n in names if names.count(n) > 1}):
            raise ValueError(f"indicator names must differ: {'、'.join(twice)} given twice")
        return self


def _label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    longest_first = "|".join(sorted(map(re.escape, labels), key=len, reverse=True))
    return re.compile(rf"(?:{longest_first})")


_FILE = load("indicators.toml", IndicatorFile)
INDICATORS: tuple[Indicator, ...] = _FILE.indicator

_MODIFIER_END = re.compile(rf"[\u4e00-\u9fff](?<![{char_class(LEXICON.not_modifiers)}])")  # 基本|支出, but 总|支出
_CONNECTOR = re.compile(rf"^(?:{alternatives(_FILE.connectors)})*\s*")


def by_name(name: str) -> Indicator | None:
    return next((i for i in INDICATORS if i.name == name), None)


def indicator_for(question: str) -> Indicator | None:
    """The indicator a question asks about, by the longest wording it uses."""
    best: tuple[int, Indicator] | None = None
    asked = question.replace("“", "").replace("”", "")
    for indicator in INDICATORS:
        for word in indicator.asked + indicator.labels:
            word = word.replace("“", "").replace("”", "")
            if word and word in asked and _stands_alone(word, asked):
                if indicator.requires and not any(r in question for r in indicator.requires) and "12345" in indicator.name:
                    continue  # 满意率 without 12345/热线 is not the hotline's
                if best is None or len(word) > best[0]:
                    best = (len(word), indicator)
    return best[1] if best else None


def ends_word(text: str, at: int) -> bool:
    """Whether the money word at `at` ends a longer label: "支出" in "基本支出", not in "，支出为"
    or "实际支出" (a modifier such as 实际 or 总 keeps it the same thing)."""
    return any(text.startswith(w, at) for w in GENERIC_LABELS) and bool(_MODIFIER_END.match(text[at - 1 : at]))


def _stands_alone(word: str, text: str) -> bool:
    """A money word counts only where it is not the end of a longer label ("日常公用支出")."""
    return any(not ends_word(text, m.start()) for m in re.finditer(re.escape(word), text))


def connector_length(text: str) -> int:
    """Length of the connecting words between a label and its figure ("为", "达", "：")."""
    m = _CONNECTOR.match(text)
    return m.end() if m else 0
