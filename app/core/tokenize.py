"""Chinese tokenisation for BM25 (jieba, search mode) with the domain's terms kept whole."""

from __future__ import annotations

import logging
import re
import threading
from functools import lru_cache

from app.vocab.labels import FUND_CHANNELS, FUND_SOURCES
from app.vocab.lexicon import LEXICON, NOT_WORDS, USER_WORDS

_STOP = set("的 了 和 与 及 或 是 在 为 对 等 中 将 把 被 由 从 以 于 其 并 也 都 而 之 这 那 个 上 下 有 我 我局 本 年".split())
_KEEP = re.compile(r"[0-9A-Za-z\u4e00-\u9fff]")
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _tokenizer():  # type: ignore[no-untyped-def]
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    for word in (*USER_WORDS, *LEXICON.share_names, *FUND_SOURCES, *FUND_CHANNELS):  # "资金中旗县财政资金": 旗县 pays, there is no 中旗
        tok.add_word(word, freq=200000)
    for word in NOT_WORDS:
        tok.del_word(word)
    return tok


def add_words(words: list[str]) -> None:
    """Keep further terms (e.g. region names of the indexed reports) whole."""
    tok = _tokenizer()
    with _lock:
        for word in words:
            if word:
                tok.add_word(word, freq=200000)


def tokenize(text: str) -> list[str]:
    """Search-mode tokens: whole words plus their sub-words, lowercased, without punctuation."""
    tok = _tokenizer()
    with _lock:
        words = _measures_ended(tok.lcut_for_search(text), tok.FREQ)
    out = []
    for k, word in enumerate(words):
        word = word.strip().lower()
        if word and word not in _STOP and _KEEP.search(word):
            out.append(word)
        if word in LEXICON.bound_suffixes and k and len(before := words[k - 1]) >= 2 and _HAN.fullmatch(before):
            out.append(before + word)  # "网格员", which the dictionary cuts as 网格 and 员: the word too
    return out


_HAN = re.compile(r"[\u4e00-\u9fff]+")


def words(text: str) -> list[str]:
    """Precise-mode words (no sub-words), for reading a question's phrases; a year's 年 ends its word ("2022年区镇卫生院":
    区镇 and 卫生院, not 年区 and 镇)."""
    tok = _tokenizer()
    with _lock:
        cut = [w for part in _YEAR_END.split(text) if part for w in tok.lcut(part) if w.strip()]
    return _measures_ended(cut, tok.FREQ)


def _measures_ended(cut: list[str], known: dict[str, int]) -> list[str]:
    """Words as cut, a word guessed (unknown to the dictionary) of two characters taken apart where it opens with a
    measure's ending, which goes to the word before ("及时率得了几分": 及时率 and 得, not 及时 and 率得), or where its
    second character is a verb, said before 了 or 过 ("机耕路修了多长": 路 and 修, not 路修; "第二批钱下了多少": 钱 and 下)."""
    out: list[str] = []
    for k, w in enumerate(cut):
        after = cut[k + 1] if k + 1 < len(cut) else ""
        guessed = out and len(w) == 2 and not known.get(w) and _HAN.fullmatch(out[-1]) and _HAN.fullmatch(w)
        if guessed and w[0] in LEXICON.measure_chars:
            out[-1], w = out[-1] + w[0], w[1:]
        elif guessed and after.startswith(_ASPECT):
            out.append(w[0])
            w = w[1:]
        out.append(w)
    return out


_ASPECT = ("了", "过")  # what a verb is said before: the character before them is a verb, no noun's end


_YEAR_END = re.compile(r"(?<=(?:19|20)\d{2}年)(?![度初末底中内终])")  # where a year's 年 ends (not 年度, 年初, 年底…)


def dictionary_words(text: str) -> list[str]:
    """Words as the dictionary knows them, none guessed (no HMM): how much of a text is real words."""
    tok = _tokenizer()
    with _lock:
        return tok.lcut(text, HMM=False)  # type: ignore[no-any-return]


_RARE = 300  # a character the dictionary has seen less often than this is a name's ("巉", "氹", "岙")
_NAME_RUN = 4  # characters of such a name at most


def unknown_names(text: str) -> list[str]:
    """Names the dictionary does not know, which it cuts into single characters: runs of one-character
    words holding a rare character ("巉口" of "巉口水库总库容多大")."""
    tok = _tokenizer()
    with _lock:
        cut = tok.lcut(text)
    out, run = [], []
    for w in [*cut, ""]:
        if len(w) == 1 and "\u4e00" <= w <= "\u9fff" and w not in _STOP:
            run.append(w)
            continue
        if 1 < len(run) <= _NAME_RUN and any(tok.FREQ.get(c, 0) < _RARE for c in run):
            out.append("".join(run))
        run = []
    return out


def is_word(text: str) -> bool:
    """Whether text is a word of the dictionary (jieba's, with the domain's terms)."""
    return bool(_tokenizer().FREQ.get(text))


def splits_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] cuts a dictionary word in two on either side: 建水 in "新建水塔" (新建,
    水塔) is no place. Read from the words of a short window around it."""
    lo, hi = max(0, start - 6), min(len(text), end + 6)
    bounds, pos = {lo}, lo
    for word in dictionary_words(text[lo:hi]):
        pos += len(word)
        bounds.add(pos)
    return start not in bounds or end not in bounds
