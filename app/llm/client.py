"""The language-model client: an OpenAI-compatible chat server (vLLM, Ollama, llama.cpp, a hosted
endpoint) through LangChain's ChatOpenAI, with the prompts of prompts/ and a hard deadline.

Every way a reply can fail (time-out, refused connection, HTTP error, a body that is not the
chat-completions protocol) ends as one LLMError with a short reason for the user, never a hang:
the request runs in a worker thread and the caller stops waiting at the deadline.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Iterator, Sequence
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage
from langchain_core.prompts import ChatPromptTemplate

from app.answering.compose import template
from app.core.records import Citation
from app.core.settings import Settings

log = logging.getLogger(__name__)
_NO_KEY = "not-needed"  # vLLM and Ollama take any key; the OpenAI client insists on one


class LLMError(Exception):
    """The model gave no usable reply; `reason` says why, in a few words for the notice."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def chat_model(settings: Settings) -> BaseChatModel:
    """ChatOpenAI for the configured server: no retries (the deadline is the user's wait), temperature 0."""
    try:
        from langchain_openai import ChatOpenAI
    except ImportError as exc:  # the optional extra is missing: say how to add it
        raise RuntimeError("GOVQA_LLM_BASE_URL is set but langchain-openai is not installed: "
                           "pip install -e '.[llm]'") from exc
    from pydantic import SecretStr

    log.info("answers written by %s at %s", settings.llm_model, settings.llm_base_url)
    return ChatOpenAI(
        base_url=settings.llm_base_url,
        model=str(settings.llm_model),
        api_key=settings.llm_api_key or SecretStr(_NO_KEY),
        timeout=settings.llm_timeout_s,
        max_retries=0,
        temperature=0,
        stream_usage=False,
    )


def passage_text(citation: Citation) -> str:
    """One numbered passage as the model reads it (and as the guard checks it)."""
    return template("llm_passage.txt").format(
        n=citation.n, title=citation.title, section=citation.section, quote=citation.quote
    ).strip()


def prompt() -> ChatPromptTemplate:
    return ChatPromptTemplate.from_messages(
        [("system", template("llm_system.txt").strip()), ("human", template("llm_user.txt").strip())]
    )


def messages(question: str, passages: Sequence[Citation]) -> list[BaseMessage]:
    """The system rules and the question with its numbered passages."""
    return prompt().format_messages(question=question, passages="\n\n".join(passage_text(c) for c in passages))


def _text(content: Any) -> str:
    """A message's text: a string, or the text parts of a list of content blocks."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p if isinstance(p, str) else str(p.get("text", "")) for p in content
                       if isinstance(p, str) or (isinstance(p, dict) and p.get("type") == "text"))
    raise TypeError(f"unexpected message content {type(content).__name__}")


def _reason(exc: BaseException, timeout_s: float) -> str:
    import httpx
    import openai

    if isinstance(exc, openai.APITimeoutError | httpx.TimeoutException):
        return f"超过{timeout_s:g}秒未回复"
    if isinstance(exc, openai.APIConnectionError | httpx.TransportError):
        return "无法连接语言模型服务"
    if isinstance(exc, openai.APIStatusError):
        return f"语言模型服务返回HTTP {exc.status_code}"
    return "语言模型的回复无法解析"


def reply(model: BaseChatModel, prompt_messages: list[BaseMessage], timeout_s: float,
          stream: bool = True, deadline: float | None = None) -> Iterator[str]:
    """The model's reply as text pieces (one piece when not streaming), all of it by the deadline:
    `deadline` (a time.monotonic()) when given, else timeout_s from now. timeout_s is the wait a
    time-out names.

    Raises:
        LLMError: on a time-out, a connection or HTTP error, or a reply that is not the protocol.
    """
    pieces: queue.Queue[tuple[str, Any]] = queue.Queue()
    stop = threading.Event()

    def work() -> None:
        try:
            if stream:
                for chunk in model.stream(prompt_messages):
                    if stop.is_set():
                        return  # leaving the loop closes the response
                    pieces.put(("text", _text(chunk.content)))
            else:
                pieces.put(("text", _text(model.invoke(prompt_messages).content)))
            pieces.put(("end", None))
        except Exception as exc:  # handed to the waiting caller, never raised in this thread
            pieces.put(("error", exc))

    if deadline is None:
        deadline = time.monotonic() + timeout_s
    worker = threading.Thread(target=work, name="govqa-llm", daemon=True)
    worker.start()
    try:
        while True:
            try:
                kind, value = pieces.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise LLMError(f"超过{timeout_s:g}秒未完成") from None
            if kind == "end":
                return
            if kind == "error":
                log.warning("the language model failed: %s: %s", type(value).__name__, value)
                raise LLMError(_reason(value, timeout_s)) from value
            if value:
                yield value
            if time.monotonic() > deadline:
                raise LLMError(f"超过{timeout_s:g}秒未完成")
    finally:
        stop.set()
