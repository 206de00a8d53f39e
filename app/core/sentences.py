"""Split Chinese text into sentences and clauses, as offset spans (never copies)."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』）)】》]*|\n")
_CLAUSE_END = re.compile(r"[，,；;：:、]")

Span = tuple[int, int]


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of text[start:end], as [s, e) spans without surrounding whitespace."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        stop = m.end() if m.group() != "\n" else m.start()
        _add(text, pos, stop, spans)
        pos = m.end()
    _add(text, pos, end, spans)
    return spans


def clause_spans(text: str, start: int, end: int) -> list[Span]:
    """Clauses of one sentence, split at ，；：、 (the punctuation stays with its clause)."""
    spans: list[Span] = []
    pos = start
    for m in _CLAUSE_END.finditer(text, start, end):
        _add(text, pos, m.end(), spans)
        pos = m.end()
    _add(text, pos, end, spans)
    return spans


def _add(text: str, s: int, e: int, spans: list[Span]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))
