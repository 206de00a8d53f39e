"""The guard on model-written answers: every figure must come from a passage its sentence cites.

Pure: takes the answer text and the numbered passages the model was given; returns a GuardResult.
Rules, per sentence of the answer (split at 。！？ and line breaks; markers right after the stop,
"…95.35%。[1]", belong to the sentence they follow):
  - every marker [n] (also [1,2], [1-3], 【1】) must name a passage that was given;
  - every figure with its unit (money, rate, score, count, date, and any number of two or more
    digits) must be stated by a passage the same sentence cites, compared as app.core.figures compares
    facts: across 元/万元/亿元, "98.7%" ≠ "98.77%" (a correct rounding such as "98.8%" matches);
  - a quantity in Chinese numerals ("百分之百", "四万九千件") must stand verbatim in a cited passage;
  - an answer that does not begin with 未找到 claims an answer and must cite at least one passage.
Sentences of a passage that read as instructions to the model ("忽略之前的所有指令…") never vouch
for a figure: a prompt injection cannot make its own figure pass.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from app.core.figures import fact_in_text
from app.core.numbers import find_figures
from app.core.sentences import sentence_spans

REFUSAL = "未找到"
_MARKER = re.compile(r"[\[［【]\s*(\d+(?:\s*[,，、\-–~]\s*\d+)*)\s*[\]］】]")
_MARKER_SOURCE = _MARKER.pattern
_SENTENCE_END = re.compile(
    r"(?:[。！？!?]+|(?<!\d)\.(?=\s|$))[”’」』）)》\"']*(?:[ \t]*" + _MARKER_SOURCE + r")*|\n"
)
_HAN_DIGITS = "零〇一二两三四五六七八九十百千万亿点"
_HAN_FIGURE = re.compile(
    rf"百分之[{_HAN_DIGITS}]+|[{_HAN_DIGITS}]{{2,}}(?:亿元|万元|千元|元|个百分点|件|个|项|人|名|分|次|户|家|条|笔)"
)
_INSTRUCTION = re.compile(
    r"(?:忽略|无视|忘记|忘掉|不要理会|不要遵守|不再遵守)[掉了]?\s*(?:之前|以上|上述|前面|先前|此前|所有|全部|一切|原有|原来)"
    r"[^。！？\n]{0,10}?(?:指令|指示|提示|要求|规则|设定|约束)"
    r"|(?:ignore|disregard|forget)\s+(?:all\s+)?(?:the\s+)?(?:previous|prior|above|earlier|preceding)\s+"
    r"(?:instructions?|prompts?|rules|directions)"
    r"|系统提示词?|system\s+prompt",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class GuardResult:
    """What the guard found; `cited` lists the passages the answer cites, in order of first use."""

    passed: bool
    problems: tuple[str, ...] = ()
    cited: tuple[int, ...] = ()
    refusal: bool = False


def markers(text: str) -> list[int]:
    """The passage numbers of every marker in text, in order ("[1-3]" gives 1, 2, 3)."""
    out: list[int] = []
    for m in _MARKER.finditer(text):
        for part in re.split(r"\s*[,，、]\s*", m.group(1)):
            ends = [int(x) for x in re.split(r"\s*[\-–~]\s*", part)]
            if len(ends) == 2 and ends[0] <= ends[1] and ends[1] - ends[0] < 50:
                out.extend(range(ends[0], ends[1] + 1))
            else:
                out.extend(ends)
    return out


def normalise_markers(text: str) -> str:
    """Every marker as [n][m]: "[1,2]" and "【1】" become "[1][2]" and "[1]"."""
    return _MARKER.sub(lambda m: "".join(f"[{n}]" for n in markers(m.group())), text)


def sentences(text: str) -> list[str]:
    """The sentences of an answer, each with the markers that close it; blank ones dropped."""
    out: list[str] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        piece = text[pos : m.end()].strip()
        if piece:
            out.append(piece)
        pos = m.end()
    if tail := text[pos:].strip():
        out.append(tail)
    return out


def is_instruction(text: str) -> bool:
    """Whether text addresses the model ("忽略之前的所有指令…") rather than reporting anything."""
    return _INSTRUCTION.search(text) is not None


def trusted_text(passage: str) -> str:
    """A passage without its sentences that read as instructions to the model."""
    return "".join(passage[s:e] for s, e in sentence_spans(passage) if not is_instruction(passage[s:e]))


def is_refusal(text: str) -> bool:
    return text.strip().lstrip("#*>-： ").startswith(REFUSAL)


def _checked(figure_text: str, kind: str) -> bool:
    """Figures the guard holds to a passage: all but a bare one-digit number (a list's "1.")."""
    return not (kind == "number" and len(figure_text.replace(".", "")) < 2)


def _short(sentence: str, limit: int = 40) -> str:
    sentence = _MARKER.sub("", sentence).strip()
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


def check(answer_text: str, passages: Mapping[int, str]) -> GuardResult:
    """Check a model's answer against the numbered passages it was given (number → text)."""
    problems: list[str] = []
    cited: list[int] = []
    trusted = {n: trusted_text(text) for n, text in passages.items()}
    refusal = is_refusal(answer_text)
    if not answer_text.strip():
        return GuardResult(False, ("回答为空",))
    for sentence in sentences(answer_text):
        marks = markers(sentence)
        valid = []
        for n in dict.fromkeys(marks):
            if n in passages:
                valid.append(n)
                if n not in cited:
                    cited.append(n)
            else:
                problems.append(f"标记[{n}]指向不存在的段落（给出的段落为{_numbers(passages)}）")
        bare = _MARKER.sub(" ", sentence)
        for han in _HAN_FIGURE.findall(bare):
            if not any(han in trusted[n] for n in valid):
                problems.append(f"“{han}”不在所引段落中：{_short(sentence)}")
        for fig in find_figures(bare):
            if not _checked(fig.text, fig.kind):
                continue
            if not marks:
                problems.append(f"“{fig.text}”没有标注出处：{_short(sentence)}")
            elif not any(fact_in_text(fig.text, trusted[n]) for n in valid):
                where = "".join(f"[{n}]" for n in dict.fromkeys(marks))
                problems.append(f"“{fig.text}”不在所引段落{where}中：{_short(sentence)}")
    if not refusal and not cited:
        problems.append("回答未引用任何段落")
    return GuardResult(not problems, tuple(dict.fromkeys(problems)), tuple(cited), refusal)


def _numbers(passages: Mapping[int, str]) -> str:
    ns = sorted(passages)
    if not ns:
        return "无"
    if ns == list(range(ns[0], ns[-1] + 1)) and len(ns) > 2:
        return f"[{ns[0]}]–[{ns[-1]}]"
    return "".join(f"[{n}]" for n in ns)
