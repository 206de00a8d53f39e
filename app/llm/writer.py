"""Model-written answers, guarded: the model reads the extractive pipeline's evidence as numbered
passages, app.llm.guard checks what it wrote, and whenever its answer cannot be shown (no reply in time,
an error, a failed check) the extractive answer is returned with a notice saying why.

A model that keeps failing is not asked again for a while (`Breaker`): after `failures` failed
answers in a row (no reply in time, a connection or HTTP error, a reply that is not the protocol),
answers are extractive for `cooldown_s` seconds, with a notice saying so; then one question tries
the model again (the others stay extractive meanwhile), and a success closes the breaker.

The model is asked only when the extractive pipeline found an answer: its refusals (a place or year
the reports do not cover, no passage that answers) stand, because the guard checks that figures
come from the passages, not that a passage is about the asked place and year.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from langchain_core.language_models import BaseChatModel

from app.answering.compose import CitationList
from app.answering.evidence import Evidence, Library
from app.core.records import Answer, Citation, GuardReport
from app.llm import guard
from app.llm.client import LLMError, messages, passage_text, reply

log = logging.getLogger(__name__)
MAX_EXTRA = 3  # passages beyond the extractive answer's own citations
_THINK_OPEN, _THINK_CLOSE = "<think>", "</think>"


def passages_for(answer: Answer, per_doc: Mapping[str, list[Evidence]], library: Library,
                 extra: int = MAX_EXTRA) -> list[Citation]:
    """The extractive answer's citations, then the best other candidates of the same reports,
    numbered from 1; passages that address the model ("忽略之前的所有指令…") are left out."""
    chosen = [c for c in answer.citations if not guard.is_instruction(c.quote)]
    docs = {c.doc_id for c in answer.citations}
    pool = sorted((ev for d, evs in per_doc.items() if d in docs for ev in evs
                   if ev.coverage > 0 and not any("year" in p for p in ev.problems)),
                  key=lambda e: (-round(e.coverage, 2), -e.score))
    numbered = CitationList(library)
    added = 0
    for ev in pool:
        if added == extra:
            break
        if guard.is_instruction(ev.text):
            continue
        c = numbered.cite(ev, n=1)
        if any(o.doc_id == c.doc_id and o.start < c.end and c.start < o.end for o in chosen):
            continue  # overlaps a passage already given
        chosen.append(c)
        added += 1
    return [c.model_copy(update={"n": i}) for i, c in enumerate(chosen, 1)]


def visible(text: str) -> str:
    """What a reasoning model's reply says once its <think>…</think> preamble is set aside."""
    stripped = text.lstrip()
    if stripped.startswith(_THINK_OPEN):
        return stripped.split(_THINK_CLOSE, 1)[1].lstrip() if _THINK_CLOSE in stripped else ""
    if stripped and _THINK_OPEN.startswith(stripped):
        return ""  # "<thi…" may still become a preamble
    return text


class Breaker:
    """Failed model answers in a row, and until when the model is skipped. Thread-safe."""

    def __init__(self, failures: int = 3, cooldown_s: float = 60.0, clock: Callable[[], float] = time.monotonic):
        self.failures, self.cooldown_s, self._clock = failures, cooldown_s, clock
        self._lock = threading.Lock()
        self._in_a_row = 0
        self._skip_until = 0.0
        self._probing = False

    def skip(self) -> float:
        """Seconds the model is still skipped for (0: ask it). Once the cool-down is over, the first
        caller is let through to try the model, and the others keep skipping until it has."""
        with self._lock:
            if self._in_a_row < self.failures:
                return 0.0
            left = self._skip_until - self._clock()
            if left > 0 or self._probing:
                return max(left, 1.0)
            self._probing = True
            return 0.0

    def failed(self) -> None:
        with self._lock:
            self._in_a_row += 1
            self._probing = False
            if self._in_a_row >= self.failures:
                self._skip_until = self._clock() + self.cooldown_s
                log.warning("the language model failed %d times in a row: skipped for %g s",
                            self._in_a_row, self.cooldown_s)

    def succeeded(self) -> None:
        with self._lock:
            self._in_a_row, self._probing = 0, False

    def release(self) -> None:
        """A try that ended neither way (its reader went away): let the next question try."""
        with self._lock:
            self._probing = False


_LEAST_WAIT_S = 0.5  # seconds the model is given at least, however long finding the passages took


@dataclass
class Writer:
    """Writes answers with a chat model and guards them; built once from the settings."""

    model: BaseChatModel
    timeout_s: float
    breaker: Breaker = field(default_factory=Breaker)

    def answer(self, extractive: Answer, passages: list[Citation]) -> Answer:
        """The final answer, from one non-streaming request."""
        final = extractive
        for item in self._events(extractive, passages, stream=False):
            if isinstance(item, Answer):
                final = item
        return final

    def stream(self, extractive: Answer, passages: list[Citation]) -> Iterator[str | Answer]:
        """Draft text pieces as the model writes them, then the final Answer (checked by the guard)."""
        return self._events(extractive, passages, stream=True)

    def _events(self, extractive: Answer, passages: list[Citation], stream: bool) -> Iterator[str | Answer]:
        """`passages` are passages_for(extractive, …): numbered, as the model will read them."""
        if not extractive.found:
            yield extractive
            return
        if not passages:
            yield _fallback(extractive, "段落含有疑似指令的文字，未交给语言模型", 0.0)
            return
        skip = self.breaker.skip()
        if skip:
            yield _fallback(extractive, f"语言模型连续{self.breaker.failures}次未能作答，暂停使用"
                            f"（约{math.ceil(skip)}秒后再试）", 0.0)
            return
        started = time.perf_counter()
        text = shown = ""
        # the deadline is the user's wait: what finding the passages took is spent of it already (six questions at once
        # on two cores take a second before the model is asked)
        spent_s = extractive.timings_ms.get("total", 0.0) / 1000
        deadline = time.monotonic() + max(_LEAST_WAIT_S, self.timeout_s - spent_s)
        try:
            for piece in reply(self.model, messages(extractive.question, passages), self.timeout_s, stream, deadline):
                text += piece
                now = visible(text)
                if stream and len(now) > len(shown) and now.startswith(shown):
                    yield now[len(shown):]
                    shown = now
        except LLMError as exc:
            self.breaker.failed()
            yield _fallback(extractive, f"语言模型未能作答（{exc.reason}）", _ms(started))
            return
        except BaseException:  # the caller stopped reading (GeneratorExit) or the question failed
            self.breaker.release()
            raise
        self.breaker.succeeded()
        yield self.finish(extractive, visible(text).strip(), passages, _ms(started))

    def finish(self, extractive: Answer, text: str, passages: list[Citation], llm_ms: float) -> Answer:
        """The model's answer when the guard passes it; otherwise the extractive one, saying why."""
        result = guard.check(text, {c.n: passage_text(c) for c in passages})
        report = GuardReport(passed=result.passed, problems=list(result.problems))
        if not result.passed:
            log.warning("the model's answer failed the guard: %s", "; ".join(result.problems))
            more = "等" if len(result.problems) > 1 else ""
            return _fallback(extractive, f"语言模型的回答未通过核对：{result.problems[0]}{more}", llm_ms, report)
        if result.refusal:
            return _fallback(extractive, "语言模型认为所给段落不能回答", llm_ms, report)
        by_n = {c.n: c for c in passages}
        return Answer(
            question=extractive.question, answer=guard.normalise_markers(text), found=True,
            citations=[by_n[n] for n in sorted(result.cited)], related=extractive.related,
            timings_ms=_timings(extractive, llm_ms), generator="llm", guard=report,
        )


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def _timings(extractive: Answer, llm_ms: float) -> dict[str, float]:
    timings = dict(extractive.timings_ms)
    timings["llm"] = llm_ms
    timings["total"] = round(timings.get("total", 0.0) + llm_ms, 1)
    return timings


def _fallback(extractive: Answer, why: str, llm_ms: float, report: GuardReport | None = None) -> Answer:
    """The extractive answer, unchanged, with a notice that the model's was not used and why."""
    return extractive.model_copy(update={
        "notice": f"{why}；以下为摘录式回答。", "guard": report, "timings_ms": _timings(extractive, llm_ms),
    })
