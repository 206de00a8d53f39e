"""The plain-string searches that stand in for patterns compiled per question word find what the patterns
found (app.core.literal; the Chinese-character shapes of app.answering.scope; the verb before a count's ask)."""

import random
import re

import pytest

from app.answering.question import verb_asked
from app.answering.scope import _shaped, _with_a_gap
from app.core import literal

_ALPHABET = "社会保险障卡法律援助在校学生，1a。"


def _texts(seed: int, n: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 30))) for _ in range(n)]


@pytest.mark.parametrize("word", ["社会", "保", "会社会", "援助在", "", "1a"])
def test_spans_are_the_escaped_patterns_matches(word: str) -> None:
    for text in [*_texts(1), "社会社会社会", "aaaa"]:
        assert list(literal.spans(text, word)) == [m.span() for m in re.finditer(re.escape(word), text)]
        assert literal.starts(text, word) == [m.start() for m in re.finditer(re.escape(word), text)]


def test_shapes_find_what_the_character_class_patterns_found() -> None:
    rng = random.Random(2)
    for text in _texts(3):
        word = "".join(rng.choice("社保险法援在校生学") for _ in range(rng.randint(2, 4)))
        heads = "".join(f"{re.escape(c)}[\u4e00-\u9fff]" for c in word[:-1])
        shape: list[str | None] = [x for c in word[:-1] for x in (c, None)]
        assert list(_shaped(text, [*shape, word[-1], None])) == \
            [m.group() for m in re.finditer(heads + f"{re.escape(word[-1])}[\u4e00-\u9fff]", text)]
        assert list(_shaped(text, [*shape, word[-1]])) == [m.group() for m in re.finditer(heads + re.escape(word[-1]), text)]
        for k in range(1, len(word)):
            gapped = f"{re.escape(word[:k])}[\u4e00-\u9fff]{{1,2}}{re.escape(word[k:])}"
            assert list(_with_a_gap(text, word[:k], word[k:], (2, 1))) == [m.group() for m in re.finditer(gapped, text)]


def test_shapes_on_report_wording() -> None:
    assert list(_shaped("参加社会保险和社会保障卡", ["社", None, "保", None])) == ["社会保险", "社会保障"]
    assert list(_with_a_gap("在校学生3200人", "在校", "生", (2, 1))) == ["在校学生"]
    assert next(_with_a_gap("衔接推进乡村振兴补助资金", "衔接", "资金", range(12, 2, -1)), None) == "衔接推进乡村振兴补助资金"


class _Asked:
    def __init__(self, text: str, *words: str) -> None:
        self.text = text
        self.terms = [type("T", (), {"word": w})() for w in words]


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("全年破了多少刑事案件", ("刑事案件",), ("刑事案件", "破")),
    ("做了多少人员培训", ("人员培训",), ("人员培训", "做")),  # the unit character opens the word
    ("一共有多少人", ("人",), None),  # 有 is no verb of what was done
    ("发了几个补贴", ("补贴",), ("补贴", "发")),
])
def test_the_verb_before_a_counts_ask(text: str, words: tuple[str, ...], expected: tuple[str, str] | None) -> None:
    assert verb_asked(_Asked(text, *words)) == expected  # type: ignore[arg-type]
