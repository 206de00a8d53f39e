"""Did you mean: a name typed with one wrong character that sounds the same ("慧东县" for 惠东县).

A pinyin input method offers every character of a syllable, so the usual slip in a place name is
one character replaced by another of the same reading, whatever its tone. A stretch of text is a
slip for a name when it has the name's length, differs from it in exactly one character, and that
character has a reading (pinyin without tone, any of its readings) in common with the name's. A
two-character stretch that is an ordinary word of the dictionary (jieba's), or is cut out of two
such words, is left alone, so short forms do not turn common words into places. Readings come from pypinyin, loaded on first use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


@lru_cache(maxsize=4096)
def readings(ch: str) -> frozenset[str]:
    """The toneless pinyin readings of one Han character (empty for anything else)."""
    if not _is_han(ch):
        return frozenset()
    from pypinyin import Style, pinyin

    return frozenset(pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")[0])


def sound_alike(a: str, b: str) -> bool:
    """Two different Han characters with a reading in common (慧/惠: hui)."""
    return a != b and bool(readings(a) & readings(b))


@dataclass(frozen=True)
class Slip:
    """A stretch of the text that looks like a name typed with one wrong, same-sounding character."""

    typed: str
    name: str
    start: int
    end: int


def slips(text: str, names: Iterable[str], taken: Iterable[tuple[int, int]] = (),
          is_word: Callable[[str], bool] = lambda w: False) -> list[Slip]:
    """Stretches of text (outside the taken spans) one same-sounding character away from a name and
    no name themselves, in order of appearance, one per stretch; is_word(stretch) leaves ordinary
    two-character words alone."""
    spans = list(taken)
    found: list[Slip] = []
    names = set(names)
    for name in sorted(names, key=len, reverse=True):
        size = len(name)
        if size < 2:
            continue
        for i in range(len(text) - size + 1):
            window = text[i : i + size]
            diff = [k for k in range(size) if window[k] != name[k]]
            if len(diff) != 1 or not sound_alike(window[diff[0]], name[diff[0]]) or window in names:
                continue  # "青禾" is no slip for 青河 when 青禾县 is loaded too
            if any(s < i + size and i < e for s, e in spans):
                continue
            if size == 2 and (is_word(window) or _straddles(text, i, is_word)):
                continue
            found.append(Slip(window, name, i, i + size))
            spans.append((i, i + size))
    return sorted(found, key=lambda s: s.start)


def _straddles(text: str, i: int, is_word: Callable[[str], bool]) -> bool:
    """True when the two characters at i are each half of an ordinary word with their neighbour
    ("完成多少": 成多 is no slip for 称多, it is the end of 完成 and the start of 多少)."""
    return (i > 0 and is_word(text[i - 1 : i + 1])) or (i + 3 <= len(text) and is_word(text[i + 1 : i + 3]))
