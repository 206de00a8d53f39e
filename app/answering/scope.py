"""What names a report: the words that say which report a question is about, not what it asks.

"张家界市中级人民法院2016年实有人数是多少？" asks 实有人数 of the court's report; the court is named by
the report's department, so a passage of that report need not repeat it ("本年实有人数106人").
Both answering paths account for such terms here: the labelled figures (app.answering.labelled)
and the scored sentences (app.answering.evidence).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from app.answering.question import Term
from app.core import literal, organisations
from app.core.cells import cells_under_headings, under_budget_headings, under_target_headings
from app.core.gazetteer import default_gazetteer, short_name
from app.core.headings import marker_level
from app.core.records import ReportMeta
from app.core.simplified import to_simplified
from app.core.tokenize import is_word
from app.vocab.labels import FORMS, classes, qualifiers_in
from app.vocab.lexicon import LEXICON
from app.vocab.load import alternatives
from app.vocab.units import UNITS

HEAD_CHARS = 400  # the opening of a report, where it says what it is about
# what matching leaves out: quotation marks, whitespace, and the other levels a level's name holds in brackets ("县（区）级",
# "县（市、区）级" say 县级)
_QUOTES = re.compile(r"[“”‘’\"'「」『』\s]|(?<=[县市区州旗])[（(][县市区州旗、]{1,5}[）)](?=级)")


def matchable(text: str) -> str:
    """Text as matched: without quotation marks and whitespace (the evidence, the labelled figures
    and the report's names are all compared so); a cell's or a line's end between two figures stays
    apart ("10\t100%" is no 10100%), as one character."""
    parts, at = [], 0
    for start, end in _cells(text):
        parts += [text[at:start], "|"]
        at = end
    return _QUOTES.sub("", "".join(parts) + text[at:])


def covered(text: str, parts: Iterable[str]) -> list[bool]:
    """For each character of text, whether one of the parts covers it where the part occurs in text."""
    said = [False] * len(text)
    for part in parts:
        for start, end in literal.spans(text, part):
            said[start:end] = [True] * len(part)
    return said


# a cell's or a line's end between two figures, or a space that is not one inside a figure's digit groups ("10 8 1个
# 站点…": three cells of a form copied one per line, no 1081个; "1 234.56万元" is one figure)
_CELL_BETWEEN_FIGURES = re.compile(r"(?<=[\d%‰])(?:[\t\n]+|[ \u3000]+)(?=[\d≥≤<>＞＜]|[-—]{1,2}(?:[\t\n]|$))")


def _cells(text: str) -> list[tuple[int, int]]:
    """The spans of the breaks between two figures in text (see _CELL_BETWEEN_FIGURES): not the spaces between
    a figure's digit groups ("1 420.00 1 536.80": two figures)."""
    spans = [m.span() for m in _CELL_BETWEEN_FIGURES.finditer(text)]
    if any(text[a] in " \u3000" for a, _ in spans):
        grouped = {i for m in _DIGIT_GROUPS.finditer(text) for i in range(m.start(), m.end()) if text[i] in " \u3000"}
        spans = [(a, b) for a, b in spans if not all(i in grouped for i in range(a, b))]
    return spans


_DIGIT_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u3000]\d{3})+(?:\.\d+)?(?!\d)")


def matched_at(text: str, at: int) -> int:
    """The offset in text of the character at offset at of matchable(text) (len(text) past its end)."""
    cells = dict(_cells(text))
    kept = i = 0
    while i < len(text):
        if i not in cells and (dropped := _QUOTES.match(text, i)):
            i = dropped.end()
            continue
        if kept == at:
            return i
        kept += 1
        i = cells.get(i, i + 1)
    return len(text)


_PROJECT_LINE = re.compile(rf"(?:{'|'.join(map(re.escape, FORMS.subject_fields))})\s*[：:]\s*([^\n|\t]{{2,40}})")
_KIND_OF_REPORT = re.compile(r"(?:部门|单位)?(?:整体)?(?:支出)?(?:绩效|績效).*$")


@dataclass(frozen=True)
class Scope:
    """What the answerer knows of one report in scope: the words that name it (title, department,
    place, the form's fields such as 项目名称 and 实施单位) and the opening of its text, which says
    what it is about; both as matched."""

    names: str
    opening: str
    # where its form's cells stand under a heading that says the plan ("预期目标"): clean text spans
    targets: tuple[tuple[int, int], ...] = ()
    # where its text sets out how the money was to be used ("（二）资金构成"): clean text spans
    budgets: tuple[tuple[int, int], ...] = ()
    said: str = ""  # all its text, as matched
    # the kinds of organisation a report that never names its own speaks as ("我中心": 中心)
    speaks_as: tuple[str, ...] = ()
    department: str = ""  # its own organisation's name, as matched
    # the sections its opening lists as the organisation's own ("内设立案庭、…、执行局等11个内设机构"), as matched
    sections: tuple[str, ...] = ()

    @classmethod
    def of(cls, names: str, text: str) -> Scope:
        # as the passages are matched: traditional characters as simplified (五華縣文化館's title)
        head = _without_others(_first_section(text[: 2 * HEAD_CHARS]), matchable(to_simplified(names)))
        return cls(matchable(to_simplified(names)), matchable(to_simplified(head))[:HEAD_CHARS])

    @classmethod
    @lru_cache(maxsize=128)  # once per report, not per question: the same reports are asked again and again
    def of_report(cls, meta: ReportMeta, fields: str, text: str) -> Scope:
        # the title without what says the kind of report ("部门整体支出绩效自评报告"): 支出 there names
        # no report, every report is about its 支出
        title = _KIND_OF_REPORT.sub("", meta.title)
        # a project named on a line of its opening ("项目名称：2022年农村饮水安全巩固提升工程") names it too,
        # as a form's field does, when the title is only "项目绩效自评报告"
        named = " ".join(m.group(1) for m in _PROJECT_LINE.finditer(text[: 2 * HEAD_CHARS]))
        scope = cls.of(" ".join([title, meta.department, meta.region, meta.city, fields, named]), text)
        speaks_as = () if meta.department or meta.implementer else organisations.kinds_spoken_as(text)
        return replace(scope, targets=_plan_cells(text), budgets=_budget_parts(text), said=_as_matched(text), speaks_as=speaks_as,
                       department=matchable(to_simplified(meta.department)), sections=_sections(text[: 2 * HEAD_CHARS]))


@lru_cache(maxsize=64)
def _as_matched(text: str) -> str:
    return matchable(to_simplified(text))


@lru_cache(maxsize=64)
def _budget_parts(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(under_budget_headings(text))


@lru_cache(maxsize=64)
def _plan_cells(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((s, e) for s, e, names in cells_under_headings(text) + under_target_headings(text)
                 if "plan" in classes(names))


def _without_others(text: str, names: str) -> str:
    """Text without the names of the units it lists under the report's own ("另有所属事业单位两个（…晋江市食品
    药品检验检测中心）"): their words say what those are, not what the report is about ("药品抽检合格率" is
    none of a 市场监管局's whose opening lists that centre)."""
    under = tuple(organisations.data()["under_words"])
    for at, name in reversed(list(organisations.names_in(text))):
        clause = _CLAUSE.split(text[max(0, at - _UNDER_REACH) : at])[-1]
        if any(w in clause for w in under) and matchable(to_simplified(name)) not in names:
            text = text[:at] + " " * len(name) + text[at + len(name) :]
    # ("内设办公室、预算股、政府采购监督管理股等12个股室": its own sections, as blank)
    for m in reversed(list(_SECTIONS_LISTED.finditer(text))):
        text = text[: m.start(1)] + " " * len(m.group(1)) + text[m.end(1) :]
    return text


_SECTIONS_LISTED = re.compile(rf"(?:{alternatives(organisations.data()['inner_words'])})([^，,。；;\n]*)")
_LIST_MARKS = re.compile(r"[、和及与]|等.*$")


def _sections(head: str) -> tuple[str, ...]:
    """The organisation's own sections its opening lists ("内设立案庭、刑事审判庭、…、执行局等11个内设机构"), as matched."""
    return tuple(n for m in _SECTIONS_LISTED.finditer(to_simplified(head))
                 for part in _LIST_MARKS.split(m.group(1)) if len(n := matchable(part)) >= 2)


_CLAUSE = re.compile(r"[。；;\n]")
_UNDER_REACH = 40  # characters before a name its clause may say it is under the report's organisation in


def _first_section(text: str) -> str:
    """The text up to its second section of the top level ("二、收支情况"): what a short report says of
    itself before its figures; its later sections are about their own things."""
    lines = text.splitlines(keepends=True)
    levels = [marker_level(line.lstrip()) for line in lines]
    top = min((lv for lv in levels if lv is not None), default=None)
    seen, at = 0, 0
    for line, level in zip(lines, levels, strict=True):
        if top is not None and level == top:
            seen += 1
            if seen == 2:
                return text[:at]
        at += len(line)
    return text


def found(term: Term, text: str) -> bool:
    """Whether text holds one of the term's wordings."""
    return any((p := matchable(form)) and p in text for form in term.forms)


def of_an_unasked_place(head: str, question: str, own: str, sentence: str) -> bool:
    """Whether the part of a sentence before a figure (head, back to its last "；") opens with a town's or village's
    name ("林驮村依托芒果分拣中心…，全年集体经济收入") that neither the question nor the report's own names (own) name, nor
    names a place the question names ("坪坝营镇新场村…" asked of 新场村), in a sentence that goes place by place (another
    of its parts opens with another place: "…；东读村入股…，收入32.1万元；…")."""
    gazetteer = default_gazetteer()
    name = matchable(gazetteer.opening_place(head))
    if not name or name in own or name in matchable(question) or gazetteer.names_a_place_of(head, question):
        return False
    others = {p for part in _PARTS.split(sentence) if (p := matchable(gazetteer.opening_place(part)))} - {name}
    return bool(others)


_PARTS = re.compile(r"[；;。\n]")


def listed_only(text: str, word: str) -> bool:
    """Whether text says the word, and each time beside a "、", one of a list ("位于牛角寨镇、攀枝花乡、新街镇")."""
    said = literal.starts(text, word)
    return bool(said) and all("、" in text[max(0, at - 1) : at + len(word) + 1] for at in said)


def listed_in_opening(term: Term, scope: Scope, label: str = "") -> bool:
    """Whether the report's opening says the term only as one of a list ("改造内容包括外墙保温、屋面防水、…"): a part
    of what the report is about, not the whole of it; unless the list's item says what the label does too
    ("…、0-6岁残疾儿童康复救助、…" of the label 0-6残疾儿童康复救助)."""
    word = matchable(term.word)
    if not word or not listed_only(scope.opening, word) or not all(
            _INCLUDING.search(_CLAUSE_START.split(scope.opening[:at])[-1]) or _parts_with_figures(scope.opening, at)
            for at in literal.starts(scope.opening, word)):
        return False  # (a list that says what the whole is, "开展送戏下乡、彝汉双语惠民演出", is no list of its parts)
    items = [item.replace(word, " ") for item in _LIST_ITEM.split(scope.opening) if word in item]
    return not any(_TWO_CJK.fullmatch(pair := item[i : i + 2]) and pair in label
                   for item in items for i in range(len(item) - 1))


def _parts_with_figures(text: str, at: int) -> bool:
    """Whether the list item at `at` and another of its list each say a figure of their own ("计划完成提档升级改造120
    公里、危桥改造11座、安全生命防护工程85公里"): the parts of what was planned, each measured."""
    start = max(text.rfind(c, 0, at) for c in "，,。；;：:\n") + 1
    ends = [e for c in "，,。；;\n" if (e := text.find(c, at)) >= 0]
    items = text[start : min(ends, default=len(text))].split("、")
    measured = [any(ch.isdigit() for ch in item) for item in items]
    i, edge = 0, start + len(items[0])  # (the item at `at`, and where it ends)
    while at > edge and i < len(items) - 1:
        i += 1
        edge += 1 + len(items[i])
    return len(items) >= 2 and measured[i] and sum(measured) >= 2


_LIST_ITEM = re.compile(r"[、，,。；;：:\n]")
_CLAUSE_START = re.compile(r"[，,。；;\n]")
_INCLUDING = re.compile(r"包括|包含|涵盖|涉及|主要有|分为|内容有")
_TWO_CJK = re.compile(r"[\u4e00-\u9fff]{2}")


def abbreviates(term: Term, names: str) -> bool:
    """A short form of a name the report gives: "林草" of 林业和草原局, "人社" of 人力资源和社会保障局,
    "疾控中心" of 疾病预防控制中心."""
    word = matchable(term.word)
    if len(word) < 2:
        return False
    gap = ".{0,4}" if len(word) <= 3 else ".{0,6}"  # "蔬菜基地" of 蔬菜标准化生产基地
    return re.search(gap.join(map(re.escape, word)), names) is not None


_SPELT_GAP = 3  # characters an abbreviation leaves out between two of its own ("法援": 法律援助)


def abbreviated_by(word: str, texts: Sequence[str]) -> str:
    """The wording of the texts that a short word abbreviates, its characters in order with up to a
    few characters between (but not all together, which would be the word itself): the one most
    texts say, shortest first among equals, its last word as the texts always go on ("法援" → 法律援助);
    "" when none. A word the dictionary knows abbreviates only two-character words its characters
    begin ("社保" → 社会保险): 提到 is no abbreviation of 提高到."""
    if not 2 <= len(word) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in word):
        return ""
    if is_word(word):
        return _spelt_by_initials(word, texts) or _spelt_with_a_word_inside(word, texts)
    pattern = re.compile(f"[\u4e00-\u9fff]{{0,{_SPELT_GAP}}}".join(map(re.escape, word)))
    counts: dict[str, int] = {}
    for text in texts:
        for said in {m.group() for m in pattern.finditer(text)}:
            if said != word:
                counts[said] = counts.get(said, 0) + 1
    if not counts:
        return ""
    said = min(counts, key=lambda w: (-counts[w], len(w)))
    # the last word goes on as the texts always go on ("法律援" is said "法律援助")
    for _ in range(_SPELT_GAP):
        after = {text[end] if end < len(text) else "" for text in texts for _, end in literal.spans(text, said)}
        if len(after) != 1 or not "\u4e00" <= (nxt := after.pop()) <= "\u9fff":
            break
        said += nxt
    return said


def _spelt_with_a_word_inside(word: str, texts: Sequence[str]) -> str:
    """A word of three characters or more said with its last part made a longer word ("在校生" →
    在校学生: 在校 + 学生), the way the texts say it most, or ""."""
    counts: dict[str, int] = {}
    for k in range(2, len(word)):
        if not is_word(word[:k]):
            continue
        for text in texts:
            for said in set(_with_a_gap(text, word[:k], word[k:], (2, 1))):
                if is_word(said[k:]):
                    counts[said] = counts.get(said, 0) + 1
    return max(counts, key=lambda w: (counts[w], w)) if counts else ""


def _spelt_by_initials(word: str, texts: Sequence[str]) -> str:
    """The two-character words, each begun by one of the word's characters, that the texts say most
    ("社保" → 社会保险), the last character perhaps a word of its own ("社保卡" → 社会保障卡), or ""."""
    heads = [x for c in word[:-1] for x in (c, None)]
    counts: dict[str, int] = {}
    shapes = [[*heads, word[-1], None]]
    if len(word) >= 3:  # (not "提到" of 提高到: a word of two abbreviates two words)
        shapes.append([*heads, word[-1]])
    for shape in shapes:
        for text in texts:
            for said in set(_shaped(text, shape)):
                if all(is_word(said[i : i + 2]) for i in range(0, len(said) - 1, 2)):
                    counts[said] = counts.get(said, 0) + 1
        if counts:
            break
    return max(counts, key=lambda w: (counts[w], w)) if counts else ""


# Patterns with a class of Chinese characters cost about 3 ms each to compile, and the words of
# questions make new ones each time: these two find the same runs with plain string search.

def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _shaped(text: str, shape: Sequence[str | None]) -> Iterator[str]:
    """Each run of text, left to right and not overlapping, with shape's character where it gives one and a
    Chinese character where it gives None (the first is given)."""
    first = shape[0]
    assert first is not None
    at = text.find(first)
    while 0 <= at <= len(text) - len(shape):
        if all(_is_han(text[at + i]) if c is None else text[at + i] == c for i, c in enumerate(shape)):
            yield text[at : at + len(shape)]
            at = text.find(first, at + len(shape))
        else:
            at = text.find(first, at + 1)


def _with_a_gap(text: str, head: str, tail: str, gaps: Iterable[int]) -> Iterator[str]:
    """Each run of text, left to right and not overlapping, that is head, Chinese characters, then tail, the
    number of characters between the first of gaps that fits (re's "head[\u4e00-\u9fff]{1,2}tail": gaps 2, 1)."""
    gaps = tuple(gaps)
    at = text.find(head)
    while at >= 0:
        start = at + len(head)
        gap = next((g for g in gaps if all(map(_is_han, text[start : start + g])) and len(text) >= start + g
                    and text.startswith(tail, start + g)), None)
        if gap is None:
            at = text.find(head, at + 1)
        else:
            yield text[at : start + gap + len(tail)]
            at = text.find(head, start + gap + len(tail))


def spelt_in(word: str, text: str) -> str:
    """The words of text a short word is made of the first characters of ("医保" in "基本医疗保险参保":
    医疗保险), or ""."""
    return _spelt_by_initials(word, [text]) if 2 <= len(word) <= 4 else ""


def listed_for_another(items: Sequence[str], index: int, question: str) -> bool:
    """Whether the item at index of a "分别" list is not the one the question asks: it names another of the items
    ("…银坑镇…"), or the items are places and it names none of them (a neighbouring place's figure answers for no
    other: "段屋乡建成了多少亩" of "贡江镇、银坑镇分别建成0.74万亩、0.93万亩")."""
    asked = [i for i, item in enumerate(items) if names_item(question, item)]
    return index not in asked if asked else all(_PLACE_OPENING.match(matchable(item)) for item in items)


def names_item(question: str, item: str) -> bool:
    """Whether a question names a listed item, or the place it is or opens with ("太和县抽检量分列县区前两位"), by its
    name or its short name ("临朐" of 临朐县)."""
    asked = matchable(question)
    for said in filter(None, (matchable(item), (m.group() if (m := _PLACE_OPENING.match(matchable(item))) else ""))):
        short = short_name(said)
        if said in asked or (short != said and len(short) >= 2 and short in asked):
            return True
    return False


_PLACE_OPENING = re.compile(r"[\u4e00-\u9fff]{1,6}?[县市区镇乡旗州盟村]")


def names_report(term: Term, scope: Scope) -> bool:
    """Whether the term names the report: its department, place, title or project; or, for a report
    that never names its own organisation, the kind it speaks as ("该疾控中心" of one that says "我中心")."""
    return found(term, scope.names) or abbreviates(term, scope.names) or _first_and_last(term.word, scope.names) \
        or _of_its_kind(term.word, scope) or _its_whole_place(term.word, scope.names)


def _its_whole_place(word: str, names: str) -> bool:
    """Whether a word says the whole of the report's own place ("全县粮食总产量" of 隆回县's report)."""
    whole = _WHOLE_PLACE.fullmatch(word)
    return whole is not None and re.search(f"[\u4e00-\u9fff]{whole.group(1)}", names) is not None


_WHOLE_PLACE = re.compile(r"全([县市区镇乡旗州盟])")


def _first_and_last(word: str, names: str) -> bool:
    """A long name said by its first word and its last ("衔接资金" of 衔接推进乡村振兴补助资金): two words of the
    dictionary, the one opening a run of the names that the other ends; or a number and a word ("12345热线" of
    "12345政务服务便民热线运行维护项目")."""
    if coded := _CODED_NAME.fullmatch(word):
        first, last = coded.groups()
    elif len(word) == 4 and is_word(word[:2]) and is_word(word[2:]):
        first, last = word[:2], word[2:]
    else:
        return False
    return next(_with_a_gap(names, first, last, range(_NAME_BETWEEN, _SPELT_GAP - 1, -1)), None) is not None


_CODED_NAME = re.compile(r"([0-9A-Za-z]{3,})([\u4e00-\u9fff]{2,})")  # "12345热线": a number, then what it is


_NAME_BETWEEN = 12  # characters of a long name between its first word and its last


def _of_its_kind(word: str, scope: Scope) -> bool:
    return bool(scope.speaks_as) and word.endswith(scope.speaks_as) and len(word) > 2 \
        and organisations.org_at(word, 0) == word


def part_measure(kinds: Sequence[str], unit: str) -> str:
    """What the figure a question asks is measured in, as a part's figure would end: 元 for money, % for a rate, the
    count's unit ("人"), any count's when it names none; "" for any other question."""
    kind = kinds[0] if kinds else ""
    return {"amount": "元", "rate": "%"}.get(kind, (unit or _ANY_COUNT) if kind == "count" else "")


_ANY_COUNT = "*"  # a count asked in no unit of its own ("高三有多少学生"): any figure but money or a rate


def in_opening(term: Term, scope: Scope, measure: str = "") -> bool:
    """Whether the report's opening says the term: what the whole report is about; not where it says it only as the name
    of one part of a breakdown, with that part's own figure ("资金构成。运维服务费245.00万元，电费及链路租赁费96.00万元": 电费
    names its 96.00万元, not the project; "在校学生2564人，其中…高三年级841人": 高三 names its 841人) in what the question
    asks (measure: 元, 人…; "下属事业单位1个" names no part of a count of people)."""
    return found(term, scope.opening) and not (measure and _names_a_part_only(term, scope.opening, measure))


# a figure with its unit ("96.00万元", "841人"), and a clause that names one right after what it measures ("电费及链路租赁费
# 96.00万元", "高三年级841人")
_UNITS = alternatives(sorted({"元", "%", *UNITS.measures, *UNITS.count_words}, key=len, reverse=True))
_FIGURE = rf"\d[\d.,]*(?:万|亿)?(?:{_UNITS})(?![/／每])"
_SUM_AFTER = re.compile(rf"[\u4e00-\u9fff（）()]{{0,6}}?{_FIGURE}")
_WHOLE_SAID = re.compile(alternatives(LEXICON.whole_said))  # "…项目下达资金共计6 218.5万元": the whole, no part
_SENTENCE_END = re.compile("[。；;\n]")


def _names_a_part_only(term: Term, opening: str, measure: str) -> bool:
    """Whether each time the opening says the term, it is in a clause naming a figure right after it, one of two figures
    or more its sentence names (a breakdown: of the money, of the students by grade)."""
    spans = [span for form in term.forms if (p := matchable(form)) for span in literal.spans(opening, p)]
    if not spans or term.forms != (term.word,) or re.search(r"\d", term.word) or qualifiers_in(term.word) \
            or term.word in LEXICON.generic_labels:
        # (a figure the question gives, "计划建24间", "65岁及以上", is no name; nor is a word of which sum, "实际", "支出",
        # nor a concept asked in other words, "年末" of 12月31日)
        return False
    for start, end in spans:
        clause = _SUM_AFTER.match(opening, end)
        sentence_start = max((m.end() for m in _SENTENCE_END.finditer(opening, 0, start)), default=0)
        sentence_end = m.start() if (m := _SENTENCE_END.search(opening, end)) else len(opening)
        if clause is None or clause.end() > sentence_end or _WHOLE_SAID.search(clause.group()) \
                or not (clause.group().endswith(measure) if measure != _ANY_COUNT else not clause.group().endswith(("元", "%"))):
            return False
        # (one of parallel parts: a part like it right after it, or right before it: "运维服务费245.00万元，电费…96.00万元")
        label_start = max((m.end() for m in _CLAUSE_MARK.finditer(opening, sentence_start, start)), default=sentence_start)
        if not (_NEXT_PART.match(opening, clause.end()) or _LAST_PART.search(opening, sentence_start, label_start)):
            return False
    return True


_CLAUSE_MARK = re.compile("[，,、；;：:。]")
_NEXT_PART = re.compile(rf"[，,、；;][\u4e00-\u9fff（）()]{{1,12}}?{_FIGURE}")
_LAST_PART = re.compile(rf"{_FIGURE}[，,、；;]$")
