"""Does an answer state an expected fact? Figures by value at the answer's precision, the rest verbatim.

Pure and deterministic: the evaluation harness scores answers with it, so no model and no I/O.

Figures (a fact that is exactly one figure, such as "5494.16万元", "98.77%", "120名", "12345"):
  the text must hold a figure of the same kind and unit with the same value at the precision of the
  coarser of the two as written, in their written units. Money compares across 元/千元/万元/亿元
  ("5494.16万元" ≈ "54941612.82元" both ways: one 0.01万元 step is 100元); "7324.60万元" = "7324.6万元";
  "98.7%" ≠ "98.77%" (98.77 is 98.8 at one decimal); "98.8%" = "98.77%". Rounding is half-up (四舍五入).
  Unit rules:
  - count units must be equal (件 ≠ 个); 万/亿 scale them ("1.96万个" = "19600个");
  - "个百分点" and "%" differ (points are not percent), although app.core.numbers files both as "%";
  - a side without a unit (a bare number, or a bare "400万") is compatible with any unit: the unit
    is then not what is being checked, the value is;
  - a bare-number fact ("12345") also matches the same digits written with a unit ("12345万元"),
    so it matches wherever it stands as a whole number — never inside a longer digit run ("123456",
    "2012345"), nor as the whole part of a decimal that rounds differently ("12345.6").
  A negative figure ("-5%") never matches. A coarse figure matches a precise one it rounds from, so "0.5亿元" states 54941612.82元; the
  precision of the answer is what it claims.
Dates ("2019年3月15日") and every other fact: verbatim, ignoring whitespace, traditional vs simplified
characters (預算 = 预算) and quotation marks
(“”‘’「」『』"' and full-width ones), Latin case and full-width/half-width forms (NFKC). A fact
that starts or ends with a digit must not continue a longer number ("6人以上" is not in "16人以上").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from app.core.numbers import Figure, find_figures, normalise_digits
from app.core.simplified import to_simplified
from app.vocab.labels import MINUS_SIGNS, PLUS_SIGNS

_NUMERAL = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_IGNORED = re.compile(r"[\s“”‘’「」『』\"'＂＇〝〞‟„‚`]")
_SCALES = (("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4), ("千元", Decimal(1000)))
_ONE = Decimal(1)


@dataclass(frozen=True)
class _Quantity:
    """A figure as compared here: exact decimal values and the step its last written digit stands for."""

    kind: str  # amount / rate / score / count / number
    unit: str  # 元, %, 个百分点, 分, a count unit, or "" when written without one
    value: Decimal  # normalised: 元 for money, scaled by 万/亿 for counts
    step: Decimal  # one unit of the last written decimal place, in the scale of value
    numeral: Decimal  # the digits as written, unscaled
    numeral_step: Decimal

    @property
    def unitless(self) -> bool:
        return self.kind == "number" or (self.kind == "count" and not self.unit)


_MINUS = tuple(MINUS_SIGNS)
_PLUS = tuple(PLUS_SIGNS)


def _quantity(fig: Figure, text: str) -> _Quantity | None:
    """The exact quantity a figure found in (digit-normalised) text states; None for dates and
    for a figure app.core.numbers cut out of a longer digit run."""
    if fig.kind == "date":
        return None
    signed = fig.text[:1] in _MINUS or fig.text[:1] in _PLUS  # "同比-7.2%": numbers.find_figures kept the sign
    m = _NUMERAL.match(fig.text, int(signed))
    if m is None:
        return None
    after = fig.start + m.end()
    if after < len(text) and text[after].isdigit():
        return None  # "12,3456": numbers.find_figures reads 12,345 and drops the 6
    before = text[max(0, fig.start - 2) : fig.start]
    # "-5%" is -5%, not 5% ("5-10个" is a range, its 10个 stands)
    negative = fig.text[:1] in _MINUS or not signed and before[-1:] in _MINUS and not before[:-1].isdigit()
    numeral = Decimal(m.group().replace(",", "")) * (-1 if negative else 1)
    numeral_step = Decimal(1).scaleb(-fig.decimals)
    rest = fig.text[m.end() :].strip()
    scale = next((factor for prefix, factor in _SCALES if rest.startswith(prefix)), _ONE)
    unit = fig.unit
    if fig.kind == "rate" and rest == "个百分点":
        unit = "个百分点"
    return _Quantity(fig.kind, unit, numeral * scale, numeral_step * scale, numeral, numeral_step)


def _same_at_coarser_step(a: Decimal, a_step: Decimal, b: Decimal, b_step: Decimal) -> bool:
    step = max(a_step, b_step)
    return (a / step).quantize(_ONE, ROUND_HALF_UP) == (b / step).quantize(_ONE, ROUND_HALF_UP)


def _matches(fact: _Quantity, seen: _Quantity) -> bool:
    if not (fact.unitless or seen.unitless) and (fact.kind, fact.unit) != (seen.kind, seen.unit):
        return False
    if _same_at_coarser_step(fact.value, fact.step, seen.value, seen.step):
        return True
    return fact.kind == "number" and _same_at_coarser_step(
        fact.numeral, fact.numeral_step, seen.numeral, seen.numeral_step
    )


@lru_cache(maxsize=4096)
def _as_figure(fact: str) -> _Quantity | None:
    """The fact's quantity when the whole fact is one figure (not a date), else None."""
    text = normalise_digits(fact.strip())
    figures = find_figures(text)
    if len(figures) != 1:
        return None
    fig = figures[0]
    if text[: fig.start] not in ("", *_MINUS, *_PLUS) or fig.end != len(text):
        return None  # (a sign may lead it: "-7.2%")
    return _quantity(fig, text)


def _quantities(text: str) -> list[_Quantity]:
    text = normalise_digits(text)
    return [q for fig in find_figures(text) if (q := _quantity(fig, text)) is not None]


def _folded(text: str) -> str:
    """Text as compared: NFKC, simplified, case-folded."""
    return to_simplified(unicodedata.normalize("NFKC", text)).casefold()


def _plain(text: str) -> str:
    """Text as compared verbatim: folded, without whitespace and quotation marks."""
    return _IGNORED.sub("", _folded(text))


def _inside_number(hay: str, start: int, end: int, needle: str) -> bool:
    """Whether a match at hay[start:end] is part of a longer number ("6人" in "16人", "12" in "12.5")."""
    before = hay[start - 1 : start]
    after = hay[end : end + 2]
    if needle[0].isdigit() and (before.isdigit() or before == "."):
        return True
    return needle[-1].isdigit() and (
        after[:1].isdigit() or (after[:1] == "." and after[1:].isdigit())
    )


def _contains_verbatim(fact: str, text: str) -> bool:
    needle = _plain(fact)
    if not needle:
        return True
    # whitespace goes, but it still ends a number: "2023-09-26 15:52" states 2023-09-26; and a fact
    # written with spaces ("1 347.21", digit groups set apart) is found as written, spaces as one
    spaced = " ".join(_folded(fact).split())
    hays = [(needle, _plain(text)), (needle, "|".join(_plain(part) for part in text.split()))]
    if " " in spaced:
        hays.append((spaced, " ".join(_folded(text).split())))
    for needle, hay in hays:
        at = hay.find(needle)
        while at >= 0:
            if not _inside_number(hay, at, at + len(needle), needle):
                return True
            at = hay.find(needle, at + 1)
    return False


def fact_in_text(fact: str, text: str) -> bool:
    """True when text states fact: a figure by value at the answer's precision, anything else verbatim."""
    quantity = _as_figure(fact)
    if quantity is None:
        return _contains_verbatim(fact, text)
    return any(_matches(quantity, seen) for seen in _quantities(text))


def cell_in_text(fact: str, text: str) -> bool:
    """True when text holds a figure fact's number bare, as a table row does whose unit the table's
    head states ("年度资金总额 | 192.91" for 192.91万元 under "单位：万元"): the digits as written, at
    the precision of the coarser side, and no unit after them."""
    quantity = _as_figure(fact)
    if quantity is None:
        return False
    number = re.match(r"[\d\s.,]*\d", _folded(fact.strip()))  # (not normalised: that joins the groups)
    if number and " " in number.group() and _bare_as_written(number.group(), _folded(text)):
        return True  # "13 611.84" in a row of such cells ("12 486.30 13 902.57 13 611.84"), its spaces as written
    return any(seen.kind == "number" and _same_at_coarser_step(
        quantity.numeral, quantity.numeral_step, seen.numeral, seen.numeral_step) for seen in _quantities(text))


def _bare_as_written(number: str, text: str) -> bool:
    """Whether text holds the number as written, bounded by no digit and followed by no unit."""
    pattern = rf"(?<![\d.]){re.escape(number)}(?![\d]|\.\d|\s*[%‰\u4e00-\u9fff])"
    return re.search(pattern, text) is not None


def missing_facts(facts: Iterable[str], text: str) -> list[str]:
    """The facts text does not state, in their order."""
    return [f for f in facts if not fact_in_text(f, text)]


def all_facts(facts: Iterable[str], text: str) -> bool:
    """True when text states every fact (and trivially for none)."""
    return not missing_facts(facts, text)
