"""Find figures with their units in Chinese text and normalise them (元 for money, % for rates).

Figures are read as published: full-width digits, traditional characters (萬元), digit groups set
apart by spaces ("1 234.5万元", read as one figure only when a unit follows: "45 45 10" is three)
and a unit cut by a line break ("1781.86万\n元")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.simplified import to_simplified
from app.vocab.labels import COMPARISON_BASES, MINUS_SIGNS, PLUS_SIGNS
from app.vocab.units import UNITS

_FULLWIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")  # "，" stays: it separates items

_THOUSANDS = re.compile(r"(?<=\d)，(?=\d{3}(?!\d))")
_SPACE = "[ \u00a0\u2002\u2003\u2009\u202f\u3000]"
_MONEY = {"亿元": 1e8, "万元": 1e4, "千元": 1e3, "元": 1.0}
_DATA_MEASURES = UNITS.data_measures  # bandwidth and storage: "提速至500兆"
_COUNT_UNITS = "".join(UNITS.count_words) + "万亿倍"
# "5.7公里", "735人次", "1.2万亩" (a measure or a count word after 万/亿), longest first
_MEASURES = sorted(UNITS.measures, key=len, reverse=True)
# digit groups set apart by spaces before a unit: "1 234.5 万元", "4 415批次" (a bare "3 862.47" may be
# two cells of a row, and stays two figures)
_SPACED_THOUSANDS = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:{_SPACE}\d{{3}})+(?:\.\d+)?"
                               rf"(?={_SPACE}*(?:[万亿千元萬億{''.join(UNITS.count_words)}]|{'|'.join(map(re.escape, _MEASURES))}))")
_TEN_THOUSANDS = "|".join([*_MEASURES, "[" + "".join(UNITS.count_words) + "]"])
# measures in characters, and in symbols ("km", "m²", "Mbps"), which no letter may follow, longest first
_CJK_MEASURES = [m for m in [*_MEASURES, *_DATA_MEASURES] if re.match(r"[\u4e00-\u9fff]", m)]
_SYMBOL_MEASURES = sorted((m for m in [*_MEASURES, *_DATA_MEASURES] if not re.match(r"[\u4e00-\u9fff]", m)), key=len,
                          reverse=True)
# a year, month and day in Chinese numerals ("二〇二四", "十二", "三十一"), as reports are signed
NUMERAL_YEAR = r"(?:二[〇零]|一九)[〇零一二三四五六七八九]{2}"
NUMERAL_MONTH = r"(?:十[一二]?|[一二三四五六七八九])"
NUMERAL_DAY = r"(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_DATE = re.compile(
    # never from the middle of a number ("000至0月" is not the range "00至0月"), but after a list's number ("2.2023年…")
    r"(?:(?<![\d.])|(?<=^\d[.．])|(?<=^\d\d[.．])|(?<=\n\d[.．])|(?<=\n\d\d[.．]))(?:"
    # (a part of the month too: "2023年12月中旬", "6月底"; not 初步)
    r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日|上旬|中旬|下旬|底|末|初(?!步))?)?"
    r"(?:\s*[-—~至到]\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?"  # "2022年3月-2022年11月"
    r"|(?:19|20)\d{2}\s*[.．]\s*\d{1,2}\s*[.．]\s*\d{1,2}"
    r"|(?:19|20)\d{2}[-/]\d{1,2}[-/](?:\d{2}|\d(?!\d))"  # "2018-06-25", "2018/6/5", a time may follow
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[-—至到]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)?"
    r"|\d{1,2}\s*[-—至到]\s*\d{1,2}\s*月"
    # a date in Chinese numerals, as a report is signed ("二〇二四年四月十日")
    rf"|{NUMERAL_YEAR}年(?:{NUMERAL_MONTH}月(?:{NUMERAL_DAY}日)?)?"
    r")"
)
_PER = {"10万": 1e5, "十万": 1e5, "1万": 1e4, "万": 1e4, "1000": 1e3, "千": 1e3}  # the base of a rate said "/10万"
_FIGURE = re.compile(
    r"(?<![\d.A-Za-z])(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)\s*"  # not the 2.5 of PM2.5
    r"(?P<unit>亿\s?元|万\s?元|千元|元|%|‰|/\s?(?:10万|十万|1万|万|1000|千)人?(?!元)|个百分点|[万亿](?:" + _TEN_THOUSANDS + r")|分(?![册局节钟支类别配析布管工散])|"
    + "|".join(_CJK_MEASURES) + "|(?:" + "|".join(_SYMBOL_MEASURES) + r")(?![A-Za-z]))?"  # ("5min" is no 5m)
    r"(?P<count>[" + _COUNT_UNITS + r"](?!(?<=部)[分门署长位委队]|(?<=根)据))?"  # not "9部分", "3根据"
)


# a small count in words ("涉及三个嘎查", "新建两座水塔"): 二 to 九十九 before a count word; never after
# 第 (an ordinal) nor before 期/届 ("二期" is a phase); 一 alone is mostly an article ("一个中心")
_NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_NOT_AFTER = r"(?<![第统唯之初同单逐每零〇一二两三四五六七八九十百千万亿])"  # no numeral's middle, no ordinal
# a number in characters with its places ("一百二十六", "四百六十三", "一万四千", "一百零五"), or a small one ("二十三", "两")
_NUMERAL = (r"(?:[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*[十百千万亿][一二三四五六七八九]?"
            r"|[二两三四五六七八九]十[一二三四五六七八九]?|十[一二三四五六七八九]?|[两二三四五六七八九])")
_WORD_COUNT = re.compile(
    _NOT_AFTER + rf"(?P<num>{_NUMERAL})(?P<about>[余多])?"
    r"(?P<count>" + "|".join(map(re.escape, sorted({*UNITS.measures, *(w for w in UNITS.count_words if w not in "期届")},
                                                    key=len, reverse=True)))
    + r")(?!(?<=部)[分门署长位委队]|(?<=根)据)"
)
# "九十四分": points in characters (never "十分", very)
_WORD_SCORE = re.compile(_NOT_AFTER + rf"(?P<num>{_NUMERAL})分(?!之)")
# "百分之九十五", "百分之九十八点六": a rate in characters
_WORD_RATE = re.compile(rf"百分之(?P<num>{_NUMERAL}|[零〇一二三四五六七八九十])(?:点(?P<decimals>[零〇一二三四五六七八九]+))?")


def numeral_digits(numeral: str) -> str:
    """A number in characters as digits: 二十三 → 23, 十五 → 15, 两 → 2, 一百四十三 → 143, and 一四三
    (read digit by digit, as regiments are named) → 143."""
    if not set(numeral) & {*_PLACES, *_SECTIONS}:
        return "".join(str(_NUMERALS[c]) for c in numeral)
    total = section = digit = 0
    for c in numeral:
        if c in _PLACES:
            section += (digit or 1) * _PLACES[c]
            digit = 0
        elif c in _SECTIONS:  # "一万四千": the ten-thousands, then the rest
            total += (section + digit) * _SECTIONS[c]
            section = digit = 0
        else:
            digit = _NUMERALS[c]
    return str(total + section + digit)


_PLACES = {"十": 10, "百": 100, "千": 1000}
_SECTIONS = {"万": 10_000, "亿": 100_000_000}


@dataclass(frozen=True)
class Figure:
    text: str  # as written, e.g. "7073.75万元"
    value: float  # normalised: 元 for money, percent for rates, plain count otherwise
    unit: str  # 元 / % / 分 / the count unit / "" for a bare number / "date"
    kind: str  # amount / rate / score / count / date / number
    start: int
    end: int
    decimals: int = 0  # decimals as written, which set the precision of a comparison


_RANGE_DASH = r"\s*(?:—{1,2}|–|-|－|~|～|至|到)\s*"  # what parts a range's ends ("180万元—220万元", "65%～70%")
_RANGE_SEP = re.compile(_RANGE_DASH)


def range_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the range a figure at text[start:end] bounds ("180万元—220万元", "65%～70%"), with the
    figure of the same kind at its other end; the figure's own span when it bounds none."""
    figures = [f for f in find_figures(text) if f.kind not in ("date", "number")]
    at = next((i for i, f in enumerate(figures) if f.start <= start < f.end or start <= f.start < end), None)
    if at is None:
        return start, end
    own = figures[at]
    around = figures[max(at - 1, 0) : at + 2]  # the figure before it, it, the figure after it
    for a, b in zip(around, around[1:], strict=False):
        if a.kind == b.kind and a.unit == b.unit and _RANGE_SEP.fullmatch(text[a.end : b.start]):
            return a.start, b.end
    if bare := _BARE_LOW_END.search(text, 0, own.start):  # "120-150人次": the unit said once, at the top
        return bare.start(), own.end
    return start, end


_BARE_LOW_END = re.compile(rf"(?<![\d.])\d+(?:\.\d+)?{_RANGE_DASH}$")


def spaced_thousands(text: str) -> set[int]:
    """Positions of the spaces inside figures written with spaces between digit groups."""
    return {i for m in _SPACED_THOUSANDS.finditer(text) for i in range(m.start(), m.end()) if text[i].isspace()}


# a figure written with thousands separators, as a figure's decimals or unit show ("1,425.80",
# "3,260吨"): its commas part no cells ("100,100" are two)
_SPACED_FIGURES_ROW = re.compile(r"[^\s,]+(?:[ \t]+[-−+]?\d{1,3}(?:,\d{3})*(?:\.\d+)?[%‰]?)+")
_COMMA_THOUSANDS = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+|(?=[\u4e00-\u9fff%]))")


def csv_commas(text: str) -> list[int]:
    """Where a line saved as comma-separated values (a form exported from a spreadsheet: "主管部门,
    五台县…,,,实施单位,…") parts its cells: its ASCII commas outside double quotes and outside
    figures with thousands separators."""
    if _SPACED_FIGURES_ROW.fullmatch(text.strip()):
        return []  # "家电以旧换新补贴 450,000 450,000 100%": a row set apart by spaces, its commas the thousands'
    quoted = False
    inside = {at for m in _COMMA_THOUSANDS.finditer(text) for at in range(m.start(), m.end())}
    out = []
    for at, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted and at not in inside:
            out.append(at)
    return out


def normalise_digits(text: str) -> str:
    """The text as figures are read from it, position for position: half-width digits, simplified
    characters (萬元 → 万元), and "," for a thousands separator — a full-width comma only before
    exactly three digits ("５４，９４１，６１２．８２元"), not in a list ("1，2，3"), and a space
    between digit groups ("1 234.5万元")."""
    text = _THOUSANDS.sub(",", to_simplified(text).translate(_FULLWIDTH))
    spaces = spaced_thousands(text)
    return "".join("," if i in spaces else ch for i, ch in enumerate(text)) if spaces else text


def find_figures(text: str) -> list[Figure]:
    """All figures in text, in order; dates are one figure of kind "date"."""
    text = normalise_digits(text)
    out: list[Figure] = []
    taken = [False] * len(text)
    for m in _DATE.finditer(text):
        out.append(Figure(m.group(), 0.0, "date", "date", m.start(), m.end()))
        for i in range(m.start(), m.end()):
            taken[i] = True
    for m in _FIGURE.finditer(text):
        if any(taken[m.start() : m.end()]):
            continue  # (nor a list's number run into the date after it: "2.2023年2月7日")
        num = m.group("num").replace(",", "")
        unit = re.sub(r"\s", "", m.group("unit") or "")
        count = m.group("count") or ""
        gap = text[m.end("num") : m.start("unit") if unit else m.start("count") if count else m.end("num")]
        if "\t" in gap or ("\n" in gap and len(unit) < 2):
            # the next cell ("2,531.66\t项目支出"), or a line that opens with a word ("10\n分值"); a unit
            # broken off its figure is a whole one ("1781.86\n万元")
            unit = count = ""
        value = float(num)
        decimals = len(num.split(".")[1]) if "." in num else 0
        end = m.end()
        if unit in _MONEY:
            kind, value, norm_unit = "amount", value * _MONEY[unit], "元"
            end = m.end("unit")
        elif unit in ("%", "个百分点"):
            kind, norm_unit = "rate", "%"
            end = m.end("unit")
        elif unit == "‰":  # "婴儿死亡率3.12‰": per thousand, a rate as a percentage
            kind, norm_unit, value = "rate", "%", value / 10
            end = m.end("unit")
        elif unit.startswith("/"):  # "报告发病率187.3/10万", "孕产妇死亡率12.5/10万": per so many, as a percentage
            kind, norm_unit, value = "rate", "%", value * 100 / _PER[unit[1:].rstrip("人")]
            end = m.end("unit")
        elif unit == "分":
            kind, norm_unit = "score", "分"
            end = m.end("unit")
        elif unit.startswith("万") or unit.startswith("亿"):
            kind, norm_unit = "count", unit[1:]
            value *= 1e4 if unit.startswith("万") else 1e8
            end = m.end("unit")
        elif unit in _MEASURES or unit in _DATA_MEASURES:
            kind, norm_unit = "count", unit
            end = m.end("unit")
        elif count:
            if count in "万亿":
                # "超400万江门市民": a count in ten-thousands with its noun after
                kind, norm_unit = "count", ""
                value *= 1e4 if count == "万" else 1e8
            else:
                kind, norm_unit = "count", count
        else:
            kind, norm_unit = "number", ""
            end = m.end("num")
        start = m.start()
        if kind != "number" and (signed := _SIGNED_CHANGE.search(text, 0, start)):
            # "同比-7.2%", "较上年+3.1个百分点": the sign is the change's
            start, value = signed.start("sign"), -value if signed.group("sign") in MINUS_SIGNS else value
        out.append(Figure(text[start:end].strip(), value, norm_unit, kind, start, end, decimals))
    for m in _WORD_RATE.finditer(text):
        whole = numeral_digits(m.group("num"))
        value = float(f"{whole}.{numeral_digits(m.group('decimals'))}" if m.group("decimals") else whole)
        out.append(Figure(m.group(), value, "%", "rate", m.start(), m.end()))
        for i in range(m.start(), m.end()):
            taken[i] = True
    for m in _WORD_COUNT.finditer(text):
        if not taken[m.start()]:
            count = m.group("count")
            value = float(numeral_digits(m.group("num")))
            out.append(Figure(m.group(), value, count, "count", m.start(), m.end()))
    for m in _WORD_SCORE.finditer(text):
        if not taken[m.start()] and len(m.group("num")) >= 2:
            out.append(Figure(m.group(), float(numeral_digits(m.group("num"))), "分", "score", m.start(), m.end()))
    out.sort(key=lambda f: f.start)
    return out


# a change said against its base with a sign ("同比-7.2%"): the sign is the figure's
_SIGNED_CHANGE = re.compile(rf"(?:{'|'.join(map(re.escape, COMPARISON_BASES))})\s*(?P<sign>[{MINUS_SIGNS}{PLUS_SIGNS}])\s*$")

# "效益指标30分中得28分": after the points a part could get, the points it got
OUT_OF = re.compile(r"\s*中?\s*(?:得|获得?)(?!到)")  # and "产出指标50分得47.5分"
# "…台账不规范扣2分": before the points a part lost
TAKEN_OFF = re.compile(r"扣(?:除|减|了)?\s*$")

BOUND_SIGNS = "≥≤＞＜><"  # how a bound is signed before its figure ("≥60人")
BOUND_WORDS = ("不低于", "不少于", "不高于", "不超过", "不大于", "不小于")  # a bound said in words ("不少于2 000件")
_UNREACHED = "未达到|未能达到|没有达到|没达到|未达|达不到"
_BOUND_BEFORE = re.compile(rf"(?:[{BOUND_SIGNS}]|{'|'.join(BOUND_WORDS)}|{_UNREACHED})\s*$")
_UNREACHED_BEFORE = re.compile(rf"(?:{_UNREACHED})\s*$")
_SIGN_BEFORE = re.compile(rf"[{BOUND_SIGNS}]\s*$")
_BOUND_AFTER = re.compile(r"\s*(?:以上|及以上|以内|以下)")


def without_sign(text: str) -> str:
    """The text before a figure without the sign of a bound that ends it ("满意度目标值≥" → "满意度目标值")."""
    return _SIGN_BEFORE.sub("", text)


def is_bound(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] is a bound, what was to be reached, not what was:
    "≥60人", "不少于40次", "防雹保护农田40万亩以上"; and one not reached ("执行率未达到100%")."""
    return bool(_BOUND_BEFORE.search(text[max(0, start - 4) : start]) or _BOUND_AFTER.match(text, end))


def said_unreached(text: str, start: int) -> bool:
    """Whether the figure at text[start:] is said as a bound not reached ("执行率未达到100%"): never what was done."""
    return bool(_UNREACHED_BEFORE.search(text[max(0, start - 5) : start]))


_NAME_NUMERALS = "一二两三四五六七八九十"  # a number in words that opens a name ("两项补贴", "四好农村路")


def opens_a_name(text: str, fig: Figure) -> bool:
    """Whether a count in words is a word of the name it opens ("两项补贴发放2,846.30万元", "五小水利"), no figure."""
    return fig.kind == "count" and fig.text[0] in _NAME_NUMERALS and re.match(r"[\u4e00-\u9fff]", text[fig.end : fig.end + 1]) is not None


def in_a_run(sentence: str, figures: list[Figure], fig: Figure) -> bool:
    """Whether a figure stands in a run of three or more figures of its unit with nothing but spaces
    between them ("100%100%81.83%95.99%": a table's column copied as one line; not a form row's
    "≥186公里 186公里", its target and what was done)."""
    def joined(a: Figure, b: Figure) -> bool:
        return a.unit == b.unit and a.kind == b.kind and not sentence[a.end : b.start].strip()

    at = figures.index(fig)
    first = last = at
    while first > 0 and joined(figures[first - 1], figures[first]):
        first -= 1
    while last + 1 < len(figures) and joined(figures[last], figures[last + 1]):
        last += 1
    return last - first >= 2
