"""Recognise the numbering of Chinese report headings: 一、 / （一） / 1. / （1） / ①."""

from __future__ import annotations

import re

from app.vocab.lexicon import ITEM_ENDS, SECTION_WORDS

CN_NUM = "一二三四五六七八九十"
_MARKERS: list[tuple[int, re.Pattern[str]]] = [
    (1, re.compile(rf"^[{CN_NUM}]{{1,3}}\s*[、.．]")),
    (2, re.compile(rf"^[（(]\s*[{CN_NUM}]{{1,3}}\s*[）)]")),
    (3, re.compile(r"^\d{1,2}\s*[、.．](?!\d)")),
    (4, re.compile(r"^[（(]\s*\d{1,2}\s*[）)]")),
    (5, re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")),
]
_SENTENCE_PUNCT = re.compile(r"[，。；,;！？!?]")
_TITLE_END = re.compile(r"[。：:]")
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PROJECT_STATUS = re.compile(r"(?<=项目|工程)(?:的)?(?:实施|执行|完成|绩效|自评|绩效自评)?情况$")
_ITEM_SUM = re.compile(r"\d[\d,.]*\s*(?:万元|亿元|元)$")
_TRAILING_NOTE = re.compile(r"[（(][^（）()]*[）)]\s*[。]?$")


def marker_level(line: str) -> int | None:
    """The numbering level a line starts with, or None."""
    for level, pattern in _MARKERS:
        if pattern.match(line):
            return level
    return None


def list_opening(text: str, at: int) -> str:
    """The line that opens the numbered list whose item starts at `at` ("…项目实际支出1 926.38万元。具体为：",
    "资金具体使用情况如下："): the nearest line above it that is no item, when it ends with a colon; "" when the
    line at `at` is no item or its list has no such opening."""
    if marker_level(text[at : at + _MARKER_REACH].lstrip()) is None:
        return ""
    for line in reversed(text[max(0, at - _LIST_REACH) : at].splitlines()):
        if not line.strip() or marker_level(line.lstrip()) is not None:
            continue
        return line if line.rstrip().endswith(("：", ":")) else ""
    return ""


_MARKER_REACH = 8  # characters of a line its numbering takes at most
_LIST_REACH = 1500  # characters above an item its list's opening line may stand


_RULE = re.compile(r"[|｜\-—=+_\s]+")


def is_rule(line: str) -> bool:
    """True for a table's rule drawn in text ("||||", "---|---|"): it ends a row, and names nothing."""
    return bool(_RULE.fullmatch(line))


def marker_end(line: str) -> int:
    """Where the numbering a line starts with ends (0 when it has none): "（三）“三公”经费" → 3."""
    for _, pattern in _MARKERS:
        if m := pattern.match(line):
            return m.end()
    return 0


def names_a_task(name: str) -> bool:
    """Whether a short numbered heading names a task of its own ("严重精神障碍管理", "免疫规划"): words beyond those
    every report's headings use, no figure (not "资金执行情况", "绩效目标完成情况")."""
    if name.startswith(_MONEY_HEADS):
        return False  # "资金来源", "资金分配": how the money came and went, no task
    rest = name
    for word in SECTION_WORDS:
        rest = rest.replace(word, " ")
    return len(name) <= _TASK_CHARS and not re.search(r"\d", name) and len(_CJK.findall(rest)) >= 2 \
        and max((len(w) for w in rest.split()), default=0) >= 2


_TASK_CHARS = 12
_MONEY_HEADS = ("资金", "经费", "预算", "项目资金", "收入", "支出")


def names_an_item(heading: str) -> bool:
    """Whether a heading names an item of the report ("（三）“三公”经费", "3.茶山村村内道路硬化项目",
    "（一）技能培训23.68万元"): it ends as items do, or with the item's sum, and holds words beyond those
    every report's headings use (not "（二）支出情况")."""
    rest = heading[marker_end(heading) :]
    # "（一）技能培训23.68万元": an item of a breakdown, given with its sum
    priced = _ITEM_SUM.search(rest) if marker_end(heading) else None
    if priced:
        rest = rest[: priced.start()]
    for word in SECTION_WORDS:
        rest = rest.replace(word, " ")
    # "四、森林草原防火项目情况": the project, and how it went
    named = _PROJECT_STATUS.sub("", heading) if not heading.endswith(ITEM_ENDS) else heading
    return (priced is not None or named.endswith(ITEM_ENDS)) and len(_CJK.findall(rest)) >= 2


def has_unclosed_bracket(line: str) -> bool:
    """True when a 《 “ （ opened on the line is not closed on it (the sentence goes on)."""
    for opening, closing in (("《", "》"), ("“", "”"), ("（", "）"), ("(", ")")):
        if line.count(opening) > line.count(closing):
            return True
    return False


_A_VALUE = re.compile(r"[≥≤＞＜><=约]?\s*\d[\d.,，\s]*[%‰％]?\s*[\u4e00-\u9fff]{0,3}")  # "936人次", "≥85%", "3年"


def heading_title(line: str) -> str | None:
    """The heading this line is, or None when it is body text.

    A numbered line is a heading when it is short or when its first sentence is a short title
    ("1.预算编制情况。我局……" → "1.预算编制情况"); an unnumbered line is a heading when it is
    short and has no sentence punctuation ("单位基本情况").
    """
    text = line.strip()
    if not _WORD.search(text) or "\t" in text or has_unclosed_bracket(text) or _A_VALUE.fullmatch(text):
        return None  # a rule of a table drawn in text ("---|---|"), a form's value cell ("≥1000人次") names nothing
    if marker_level(text) is not None:
        # "②预算编制合理性（该三级指标满分1.5分，自评得分为1.5分）" is a heading too
        bare = _TRAILING_NOTE.sub("", text)
        # A full sentence ending in 。 is a list item unless it is as short as a title.
        limit = 14 if bare.endswith("。") else 40
        # (one ending in "；" is an item of a list: "（二）实施预防性养护（灌缝、稀浆封层）48公里；")
        if len(bare) <= limit and not _SENTENCE_PUNCT.search(bare[:-1]) and not bare.endswith(("；", ";")):
            return text.rstrip("。：:")
        title_end = _TITLE_END.search(text)
        if title_end and title_end.start() <= 24 and not _SENTENCE_PUNCT.search(text[: title_end.start()]):
            return text[: title_end.start()]
        return None
    if len(text) <= 20 and not _SENTENCE_PUNCT.search(text) and not re.search(r"[：:]", text):
        return text.rstrip("。")
    return None
