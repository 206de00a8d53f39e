"""Services: everything heavy, built lazily and once at start-up (store, vectors, embedder, index,
the model that writes answers), and the wiring of the answering chain to them.

This is the one place on the query side that builds the index on first use (it calls ingest) and
the language model (app.llm); the CLI, the web chat and the evaluation harness all go through it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, overload

from langchain_core.embeddings import Embeddings
from langchain_core.runnables import Runnable

from app.answering.chain import Ask, build_chain, build_evidence, finish
from app.answering.evidence import forget_sentences
from app.answering.question import Question
from app.answering.retriever import HybridRetriever, analyse_in
from app.answering.scope import abbreviated_by, matchable
from app.core.records import Answer, IndicatorFact, LabelledFigure
from app.core.settings import Settings
from app.index.library import StoreLibrary
from app.index.retrieval import Index
from app.index.store import DocStore
from app.index.vectors import open_collection

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from app.llm.writer import Writer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Extractive:
    """In a stream with a model: the extractive answer, ready before the model has written anything."""

    answer: Answer


class Services:
    """Everything heavy, built lazily and once: store, vectors, embedder, index, chain.

    Safe to call from several threads at once (the web chat answers questions concurrently): what is
    built once is built under a lock; the caches are keyed by the index generation and each read
    takes one snapshot of it; the embedders serialise their own calls.
    """

    def __init__(self, settings: Settings, embeddings: Embeddings | None = None,
                 chat_model: BaseChatModel | None = None):
        self.settings = settings
        self._embeddings = embeddings
        self._chat_model = chat_model  # built from GOVQA_LLM_* when not given
        self._writer: Writer | None = None
        self._llm_warned = False
        self._lock = threading.Lock()
        self._build_lock = threading.Lock()  # the embedder and the writer
        self._index: Index | None = None
        self._store: DocStore | None = None
        self._library: StoreLibrary | None = None
        self._counts: dict[tuple[int, str], int] = {}
        self._spelt: dict[tuple[int, str], str] = {}
        # the chunks' texts as matched, and each report's rows among them, per generation
        self._matchable: tuple[int, list[str], dict[str, list[int]]] = (-1, [], {})
        self._indicators: tuple[int, list[IndicatorFact]] | None = None
        self._labelled: tuple[int, dict[str, list[LabelledFigure]]] = (-1, {})  # per generation, by report

    @property
    def embeddings(self) -> Embeddings:
        with self._build_lock:
            if self._embeddings is None:
                from ingest.embed import get_embeddings

                self._embeddings = get_embeddings(self.settings.embeddings, self.settings.threads)
            return self._embeddings

    @property
    def embedder(self) -> str:
        from ingest.embed import embedder_id

        return embedder_id(self.embeddings)

    def ensure_index(self, progress: bool = True) -> None:
        """Ingest the default corpus when the index is empty; re-ingest the library's own files when
        it was built with another embedder or ingest (never adding the default corpus to them)."""
        from ingest.index import index_key

        store = DocStore(self.settings.store_path)
        try:
            sources = store.sources()
            key = index_key(self.embedder)
            stale = [d for d in sources if not store.is_current(d, store.sha256(d), key)]
        finally:
            store.close()
        if sources and not stale:
            return
        from ingest.index import ingest

        paths = [self.settings.corpus_dir] if not sources and self.settings.corpus_dir.exists() else []
        paths += [Path(s) if Path(s).is_absolute() else self.settings.project_root / s for s in sources.values()]
        paths = [p for p in dict.fromkeys(paths) if p.exists()]
        if not paths:
            return
        log.warning("building the index from %s", ", ".join(map(str, paths)))
        ingest(paths, self.settings, self.embeddings, progress=progress)

    @property
    def index(self) -> Index:
        with self._lock:
            if self._index is None:
                self._store = DocStore(self.settings.store_path)
                collection = open_collection(self.settings, self.embedder)
                self._index = Index(self._store, collection, self.embeddings,
                                    reopen=lambda: open_collection(self.settings, self.embedder, fresh=True),
                                    hold_vectors=self.settings.hold_vectors)
                self._library = StoreLibrary(self._store)
            return self._index

    @property
    def library(self) -> StoreLibrary:
        self.index  # noqa: B018 - builds the library with the index
        assert self._library is not None
        return self._library

    def retriever(self) -> HybridRetriever:
        return HybridRetriever(index=self.index, k=self.settings.top_k, mode=self.settings.retrieval_mode)

    def analyse(self, text: str) -> Question:
        """A question's scope and terms, against the index as it is now."""
        return analyse_in(self.index, text, self.settings.max_question_chars)

    def chunks_containing(self, form: str) -> int:
        """How many chunks contain a wording (cached per index generation)."""
        generation, texts, _ = self._matchable_texts()
        key = (generation, form)
        count = self._counts.get(key)
        if count is None:
            if len(self._counts) > 50000:
                self._counts.clear()
            count = self._counts[key] = sum(1 for text in texts if form in text)
        return count

    def spelt_out(self, word: str) -> str:
        """The wording of the library that a short word abbreviates ("法援" → 法律援助; see
        app.answering.scope.abbreviated_by), or ""; cached per index generation."""
        generation, texts, _ = self._matchable_texts()
        key = (generation, f"\x01{word}")
        cached = self._spelt.get(key)
        if cached is None:
            if len(self._spelt) > 50000:
                self._spelt.clear()
            cached = self._spelt[key] = abbreviated_by(word, texts)
        return cached

    def chunks_containing_in(self, doc_id: str) -> Callable[[str], int]:
        """How many of one report's chunks contain a wording."""

        def count(form: str) -> int:
            generation, texts, rows = self._matchable_texts()
            key = (generation, f"{doc_id}\x00{form}")
            found = self._counts.get(key)
            if found is None:
                found = self._counts[key] = sum(1 for row in rows.get(doc_id, ()) if form in texts[row])
            return found

        return count

    def _matchable_texts(self) -> tuple[int, list[str], dict[str, list[int]]]:
        """matchable() of every chunk's text and each report's rows, of one generation, computed
        once per generation (read together: another thread may load a newer one meanwhile)."""
        cached = self._matchable
        generation, chunks = self.index.snapshot()
        if cached[0] != generation:
            rows: dict[str, list[int]] = {}
            for i, c in enumerate(chunks):
                rows.setdefault(c.doc_id, []).append(i)
            cached = self._matchable = (generation, [matchable(c.text) for c in chunks], rows)
        return cached

    def indicators(self) -> list[IndicatorFact]:
        """The indicator table, reloaded when ingest has changed the store."""
        generation = self.index.generation
        if self._indicators is None or self._indicators[0] != generation:
            self._indicators = (generation, self.index.store.indicators())
        return self._indicators[1]

    def reports(self) -> list[dict[str, Any]]:
        """The library as `govqa reports` lists it (app.index.reports.library_rows), as the index is now."""
        from app.index.reports import library_rows

        self.index.refresh()
        return library_rows(self.index.store)

    def labelled(self, doc_ids: list[str]) -> list[LabelledFigure]:
        """The labelled figures (forms and prose) of some reports, by report as the store orders
        them; each report's read from the store once per index generation (reading them cost
        about 1 ms a question)."""
        generation = self.index.generation
        cached = self._labelled
        if cached[0] != generation:
            cached = self._labelled = (generation, {})
        figures = cached[1]
        missing = [d for d in dict.fromkeys(doc_ids) if d not in figures]
        if missing:
            found: dict[str, list[LabelledFigure]] = {d: [] for d in missing}
            for figure in self.index.store.labelled(missing):
                found[figure.doc_id].append(figure)
            figures.update(found)
        return [f for d in sorted(set(doc_ids)) for f in figures[d]]

    def forget_questions(self) -> None:
        """Drop what is cached per question and per scored sentence, so that a question asked
        again is answered as a new one would be; models, index and word counts stay warm."""
        self.index.forget_questions()
        forget_sentences()

    def chain(self) -> Runnable[Ask, Answer]:
        """Ask → Answer, with the model that writes answers when the settings name one."""
        writer = self.writer
        if writer is None:
            return build_chain(self)
        from app.llm.writer import passages_for

        return build_chain(self, writer.answer, passages_for)

    def ask(self, question: str, mode: str | None = None, top_k: int | None = None) -> Answer:
        return self.chain().invoke(Ask(question, mode, top_k))

    @overload
    def stream(self, question: str, mode: str | None = None, top_k: int | None = None,
               extractive_first: Literal[False] = False) -> Iterator[str | Answer]: ...
    @overload
    def stream(self, question: str, mode: str | None = None, top_k: int | None = None, *,
               extractive_first: Literal[True]) -> Iterator[str | Answer | Extractive]: ...
    def stream(self, question: str, mode: str | None = None, top_k: int | None = None,
               extractive_first: bool = False) -> Iterator[str | Answer | Extractive]:
        """The answer as it is written: the model's draft as text pieces (when GOVQA_LLM_* name one),
        then the final Answer, checked by the guard, which replaces the draft; without a model, the
        Answer alone. With extractive_first, a model's draft is preceded by the extractive answer
        (as Extractive), to show while the model writes."""
        writer = self.writer
        if writer is None:
            found = build_evidence(self).invoke(Ask(question, mode, top_k))
            yield finish(self, found.answer, found.question)
            return
        from app.llm.writer import passages_for

        found = build_evidence(self, passages_for).invoke(Ask(question, mode, top_k))
        if extractive_first and found.answer.found:
            yield Extractive(finish(self, found.answer, found.question))
        for item in writer.stream(found.answer, found.passages):
            yield finish(self, item, found.question) if isinstance(item, Answer) else item

    @property
    def writer(self) -> Writer | None:
        """The model that writes answers, built once; None when the settings name none (extractive)."""
        with self._build_lock:
            if self._writer is None and (self._chat_model is not None or self.settings.llm_enabled):
                from app.llm.client import chat_model
                from app.llm.writer import Breaker, Writer

                self._writer = Writer(self._chat_model or chat_model(self.settings), self.settings.llm_timeout_s,
                                      Breaker(self.settings.llm_failures, self.settings.llm_cooldown_s))
            elif self._writer is None and self.settings.llm_base_url and not self._llm_warned:
                self._llm_warned = True
                log.warning("GOVQA_LLM_BASE_URL is set but GOVQA_LLM_MODEL is not: answers stay extractive")
            return self._writer

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
