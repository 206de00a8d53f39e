"""A sum broken down by who pays ("中央资金完成636.75万元，预算执行率81.97%，省级资金完成288.26万元…"):
which part, if any, a figure gives. The answerer keeps a part's figure from a question about the
sum or another part; ingest names the part in the figure's label."""

from __future__ import annotations

import re

from app.core.numbers import Figure, find_figures
from app.vocab.asking import ASKING
from app.vocab.labels import FUND_CHANNELS, FUND_SOURCES, FUND_WORDS
from app.vocab.lexicon import LEXICON, USER_WORDS
from app.vocab.load import alternatives

_PART_REACH = 30  # characters from a part's name to its last figure ("中央资金完成636.75万元,预算执行率81.97%")
_PART_END = re.compile("[。；;\n]")  # a part's clause ends with its sentence, line or semicolon
_FUND_NAME = 10  # characters of a fund's own name between who pays and its fund word ("中央水利救灾资金")
# who pays, then the fund's name: "中央资金", "省级财政", "中央衔接推进乡村振兴补助资金"
# (not who is paid: "中央补助地方…资金" is 中央's)
_NOT_PAID = "".join(f"(?<!{w})" for w in ("补助", "补贴", "支付", "资金", "配套", "下达"))
_FUND_PART = re.compile(
    f"{_NOT_PAID}({alternatives(FUND_SOURCES)})[\u4e00-\u9fff]{{0,{_FUND_NAME}}}?({alternatives(FUND_WORDS)})")


def fund_part(text: str, fig: Figure) -> tuple[str, str]:
    """(who pays, the part's name: "中央", "中央资金") where text breaks a sum down by who pays and
    fig gives a part's money or rate; ("", "") else. The sum itself, said before the parts or in
    its own sentence, is no part."""
    if fig.kind not in ("amount", "rate"):
        return "", ""  # who pays breaks down money and its rates; a count after a part's name is the project's
    parts = list(_FUND_PART.finditer(text))
    if len({payer(m.group(1)) for m in parts}) < 2:
        return "", ""  # one source named is what the passage is about, not a breakdown
    before = [m for m in parts if m.end(1) <= fig.start]
    if not before:
        return "", ""
    last = before[-1]
    if fig.start - last.end(1) > _PART_REACH or _PART_END.search(text, last.end(1), fig.start):
        return "", ""  # a part's figures follow its name closely, in its sentence and on its line
    between = text[last.end(1) : fig.start]
    if any(f.kind == fig.kind for f in find_figures(between)) and not _left_of_part(text, fig):
        return "", ""  # the part's own is the first of its kind after its name; a later one is another column's
        # (but for what is left of it: "县级配套资金到位412.50万元，尚有247.50万元未到位")
    if fig.kind == "rate" and "率" not in between:
        return "", ""  # a part's rate is said as one ("预算执行率81.97%"); a bare rate is the whole's
    return payer(last.group(1)), last.group()


_UNDONE_VERB = alternatives(sorted(ASKING.undone_verbs, key=len, reverse=True))
_LEFT_SAID = re.compile(f"{alternatives(sorted(ASKING.left_said, key=len, reverse=True))}"
                        f"|(?:{alternatives(sorted(ASKING.not_done, key=len, reverse=True))})(?:{_UNDONE_VERB})?")
_NOT_DONE_VERB = re.compile(f"(?:{alternatives(ASKING.undone_after)})(?:{_UNDONE_VERB})")
_UNDONE_AFTER = re.compile(rf"\s*(?:的|资金|款项?)?\s*((?:{alternatives(ASKING.undone_after)})(?:{_UNDONE_VERB})?)")


def said_undone(before: str, after: str) -> str:
    """What says a figure is what was not done or is left, by the words of its clause before it ("尚有247.50万元",
    "结余", "未支出部分") or right after it ("247.50万元未到位"), as the clause says it ("未到位", "结余"); ""
    when nothing does (asking.toml's left_said, not_done and undone_after)."""
    after_said = _UNDONE_AFTER.match(after)
    if after_said and len(after_said.group(1)) > 1:
        return after_said.group(1)
    if (done_not := _NOT_DONE_VERB.search(after)) and _LEFT_SAID.search(before):
        return done_not.group()  # "尚有4件因涉及历史遗留问题未化解": 未化解, as the clause goes on to say
    said = _LEFT_SAID.findall(before)
    return said[-1] if said else after_said.group(1) if after_said else ""


def _left_of_part(text: str, fig: Figure) -> str:
    """What the figure's own clause says of it being what is left ("未到位" of "尚有247.50万元未到位")."""
    lo = max(text.rfind(p, 0, fig.start) for p in "，。；,;\n") + 1
    ends = [i for p in "，。；,;\n" if (i := text.find(p, fig.end)) >= 0]
    before = text[lo : fig.start]
    if before.rstrip(" ：:为是").endswith(tuple(LEXICON.funds_ends)):
        return ""  # "…，2023年结转结余资金386.52万元": money of its own name listed beside the parts, not what is
        # left of one
    return said_undone(before, text[fig.end : min(ends, default=len(text))])


def payer(said: str) -> str:
    """Who pays, as a part names it: 县本级 is the 县级 part."""
    return said[0] + "级" if said.endswith("本级") and len(said) > 2 else said


def sources_named(text: str) -> set[str]:
    """Who pays, as a text names parts by it ("中央资金预算执行率" → {"中央"})."""
    return {payer(m.group(1)) for m in _FUND_PART.finditer(text)}


def fund_names(text: str) -> list[tuple[str, str]]:
    """(who pays, the fund's whole name: its words up to its sum) of each fund a text names with a
    sum ("中央财政林业改革发展资金（天然林保护管护补助）2,436.00万元" → ("中央", "中央财政林业改革发展资金
    （天然林保护管护补助）"))."""
    out = []
    for m in _FUND_PART.finditer(text):
        sums = [f for f in find_figures(text[m.start() : m.start() + _PART_REACH + 20]) if f.kind == "amount"]
        if sums and not _PART_END.search(text, m.start(), m.start() + sums[0].start):
            out.append((payer(m.group(1)), text[m.start() : m.start() + sums[0].start].strip()))
    return out


# words of the vocabulary that open with a payer's word and name no fund ("地方病")
_NAMED_WITH_PAYERS = tuple(w for w in USER_WORDS if any(w.startswith(s) and len(w) > len(s)
                                                        for s in (*FUND_SOURCES, *FUND_CHANNELS)))


def who_pays(word: str) -> str:
    """Who pays, or the budget money comes through, that a word of a question opens with ("中央资金":
    中央, "彩票公益金": 彩票公益金); "" for none."""
    source = next((w for w in (*FUND_SOURCES, *FUND_CHANNELS) if word.startswith(w)), "")
    if source and any(word.startswith(w) and len(w) > len(source) for w in _NAMED_WITH_PAYERS):
        return ""  # "地方病监测": a thing named with the word, no fund of its payer
    return payer(source)
