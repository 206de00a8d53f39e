"""Split Chinese text into sentences and clauses, as offset spans (never copies).

A "sentence" longer than MAX_SENTENCE characters (a run without a full stop: a list joined by
commas, a table flattened into a line, junk) is not read as one: it is cut into pieces of whole
clauses of up to LONG_PIECE characters (a clause longer than that is cut by length), so every
later stage — figure search, evidence scoring, quotes — does bounded work per sentence and a
quote from such a run is the clause that holds the figure, not the whole run."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』）)】》]*|\n")
_CLAUSE_END = re.compile(r"[，,；;：:、]")

Span = tuple[int, int]

MAX_SENTENCE = 1000  # characters; real report sentences stay well below it
LONG_PIECE = 200  # characters: the pieces an over-long sentence is cut into


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
    if any(e - s > MAX_SENTENCE for s, e in spans):
        return [piece for s, e in spans for piece in (_pieces(text, s, e) if e - s > MAX_SENTENCE else [(s, e)])]
    return spans


def _pieces(text: str, start: int, end: int) -> list[Span]:
    """An over-long sentence as runs of whole clauses of up to LONG_PIECE characters each."""
    pieces: list[Span] = []
    lo = hi = start
    for s, e in clause_spans(text, start, end):
        while e - s > LONG_PIECE:  # one clause too long on its own: cut by length
            if hi > lo:
                pieces.append((lo, hi))
            pieces.append((s, s + LONG_PIECE))
            s = lo = hi = s + LONG_PIECE
        if hi > lo and e - lo > LONG_PIECE:
            pieces.append((lo, hi))
            lo = s
        elif hi == lo:
            lo = s
        hi = e
    if hi > lo:
        pieces.append((lo, hi))
    out: list[Span] = []
    for s, e in pieces:
        _add(text, s, e, out)
    return out


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
