"""A question that asks two figures at once, read as two questions: "基本支出和项目支出分别是多少" asks the 基本支出
and the 项目支出; "基本支出多少，项目支出多少" asks one figure in each clause (a clause after "、" is not split off:
"满分多少、自评得了多少分" asks two sums of one row, answered together).
Each part keeps what the question says of whose figure and when ("三台县信访局2023年"), and what both share after
them ("…的决算数各是多少"). Pure functions of the question's text; the chain answers each part and puts the two
answers together (app.answering.chain)."""

from __future__ import annotations

import re

from app.core.organisations import names_in
from app.vocab.asking import ASKING
from app.vocab.lexicon import COMPARE_CUES, LEXICON
from app.vocab.load import alternatives

_ASK = r"(?:多少|几)"
# "A和B分别是多少", "A与B各有多少": the second item, then what says each is asked
_EACH = re.compile(rf"(?P<conj>{alternatives(ASKING.parts_joined)})(?P<b>[\u4e00-\u9fff“”（）]{{2,12}}?)"
                   rf"(?P<shared>的[\u4e00-\u9fff]{{1,8}}?)?(?:{alternatives(ASKING.parts_each)})"
                   rf"(?:是|为|有|达到|达|花了|支出了)?(?={_ASK})")
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年度?")
# (not "、": "满分多少、自评得了多少分" asks two sums of one row, answered together; "？" ends a first question asked
# before a second: "…实际支出多少？执行率多少？")
_CLAUSES = re.compile(r"[，,；;？?]")
# a second clause that asks how the first's figure changed ("…参保率是多少，比上年提高了多少"), or the same figure of
# another year ("…是多少？2022年呢？", "…得分多少？上一年是多少？")
_CHANGE_OPENS = re.compile(r"(?:比|较)(?:上年|去年|上一年|(?:19|20)\d{2}年)|同比")
_OTHER_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2}年度?|上年|去年|上一年)(?:呢|(?:是|为|有)?多少)$")
_ASK_TAIL = re.compile(rf"(?:是|为|有|达到|达)?{_ASK}[\u4e00-\u9fff]{{0,2}}$")  # "是多少", "有多少家", "多少人"
_ITEM = re.compile(r"[\u4e00-\u9fff“”（）]+")  # an item's name: words only, no figure nor year


def two_asks(text: str) -> tuple[str, str] | None:
    """The two questions a question asks at once, or None when it asks one (or compares places or years, or
    asks a target with what was achieved, which are answered together)."""
    body = text.strip().rstrip("？?。. ")
    if any(w in body for w in (*COMPARE_CUES, *LEXICON.target.with_result)):
        return None
    if (changed := _changed_after(body)) or "比" in body:
        return changed  # (compared with something else: answered as one)
    return _each(body) or _another_year(body) or _clauses(body)


def _whose_end(text: str) -> int:
    """Where what says whose figure and when ends: after the last organisation's name or year the text opens
    with ("三台县信访局2023年"), or after its last punctuation."""
    ends = [i + len(name) for i, name in names_in(text)]
    ends += [m.end() for m in _YEAR.finditer(text)]
    ends += [m.end() for m in _CLAUSES.finditer(text)]
    return max(ends, default=0)


def _each(body: str) -> tuple[str, str] | None:
    """"…A和B(的…)分别是多少": the question of A, and the same of B."""
    m = _EACH.search(body)
    if m is None:
        return None
    start = _whose_end(body[: m.start()])
    a, b = body[start : m.start()], m.group("b")
    if len(a) < 2 or not _ITEM.fullmatch(a) or not _ITEM.fullmatch(b) or _names_any(a) or _names_any(b):
        return None  # (places or organisations side by side, "吴川和湛江分别…", are compared, not asked in turn)
    rest = body[m.end("b") :]
    # (B may say less than A, the part they share before it: "城乡居民医保基金收入和支出" → 城乡居民医保基金支出)
    kept = a[: len(a) - len(b)] if len(b) < len(a) and a[0] != b[0] else ""
    return _without_each(body[: m.start()] + rest), _without_each(body[:start] + kept + b + rest)


def _names_any(text: str) -> bool:
    return next(names_in(text), None) is not None


def _clauses(body: str) -> tuple[str, str] | None:
    """"…基本支出多少，项目支出多少": each clause asks its own figure; the second is asked of whose the first says."""
    cuts = list(_CLAUSES.finditer(body))
    if len(cuts) != 1:
        return None
    first, second = body[: cuts[0].start()], body[cuts[0].end() :]
    if not _ASK_ENDS.search(first) or not re.search(_ASK, second):
        return None
    if any(w in second for w in ASKING.second_asks) or any(w in body for w in LEXICON.target.asked):
        return None  # "结余多少，怎么处理的": how, not a figure; "目标多少，实际完成多少": answered together
    whose = body[: _whose_end(first)]
    if not whose or _YEAR.search(second) or _names_any(second):
        return None
    # (the project the first clause names is the second's too, unless it names its own: "…高标准农田项目实际支出多少？
    # 执行率多少？")
    item = _ITEM_NAMED.match(first, len(whose))
    return first, whose + (item.group() if item and not _ITEM_NAMED.match(second) else "") + second


_ITEM_NAMED = re.compile(rf"[\u4e00-\u9fff“”（）]*?(?:{alternatives(sorted(LEXICON.subject_words, key=len, reverse=True))})")


def _two_clauses(body: str) -> tuple[str, str] | None:
    cuts = list(_CLAUSES.finditer(body))
    return (body[: cuts[0].start()], body[cuts[0].end() :]) if len(cuts) == 1 else None


def _changed_after(body: str) -> tuple[str, str] | None:
    """"…参保率是多少，比上年提高了多少": the figure, and how it changed, asked of what the first clause measures."""
    clauses = _two_clauses(body)
    if clauses is None or "比" in clauses[0] or not _CHANGE_OPENS.match(clauses[1]) or not _ASK_ENDS.search(clauses[0]):
        return None
    measure = _ASK_TAIL.sub("", clauses[0])
    return (clauses[0], measure + clauses[1]) if len(measure) > len(body[: _whose_end(clauses[0])]) else None


def _another_year(body: str) -> tuple[str, str] | None:
    """"…参保率是多少？2022年呢？", "…得分多少？上一年是多少？": the figure, and the same of the other year (the year
    before the one asked, for 上年)."""
    clauses = _two_clauses(body)
    if clauses is None or not _ASK_ENDS.search(clauses[0]) or (other := _OTHER_YEAR.fullmatch(clauses[1])) is None:
        return None
    asked = list(re.finditer(r"((?:19|20)\d{2})年", clauses[0]))
    if len(asked) != 1:
        return None
    year = other.group("year")
    said = f"{int(asked[0].group(1)) - 1}年" if not year[0].isdigit() else year.removesuffix("度").removesuffix("年") + "年"
    return clauses[0], clauses[0][: asked[0].start()] + said + clauses[0][asked[0].end() :]


_ASK_ENDS = re.compile(rf"{_ASK}[\u4e00-\u9fff]{{0,2}}$")  # a clause that ends asking ("…发了多少钱")


def _without_each(question: str) -> str:
    """The question without the word that asked each of two ("分别是多少" → "是多少")."""
    return re.sub(rf"(?:{alternatives(ASKING.parts_each)})(?=(?:是|为|有|达到|达|花了|支出了)?{_ASK})", "", question, count=1)
