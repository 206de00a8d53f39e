"""Services built once at start-up, and the question → retrieval → answer chain (LangChain runnables)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings
from langchain_core.runnables import Runnable, RunnableLambda

from app.answer import (
    Evidence,
    best_evidence,
    compose,
    doc_weights,
    passes,
    plain,
    refine_terms,
    term_weights,
)
from app.compare import answer_from_table
from app.indicators import indicator_for
from app.query import Question
from app.records import Answer, CleanText, IndicatorFact, ReportMeta
from app.retrieval import Hit, HybridRetriever, Index
from app.settings import Settings
from app.store import DocStore
from app.vectors import open_collection

log = logging.getLogger(__name__)
PER_REPORT_LIMIT = 50  # a ranking over at most this many reports searches each one on its own


class StoreLibrary:
    """Report metadata and texts for the answerer, cached per store generation."""

    def __init__(self, store: DocStore):
        self.store = store
        self._generation = -1
        self._metas: dict[str, tuple[ReportMeta, str]] = {}
        self._texts = lru_cache(maxsize=64)(self._load_texts)

    def _sync(self) -> None:
        generation = self.store.generation()
        if generation != self._generation:
            self._metas = self.store.metas()
            self._texts.cache_clear()
            self._generation = generation

    def _load_texts(self, doc_id: str) -> tuple[str, CleanText]:
        texts = self.store.texts(doc_id)
        if texts is None:
            raise KeyError(doc_id)
        return texts

    def meta(self, doc_id: str) -> ReportMeta:
        self._sync()
        return self._metas[doc_id][0]

    def source(self, doc_id: str) -> str:
        self._sync()
        return self._metas[doc_id][1]

    def texts(self, doc_id: str) -> tuple[str, CleanText]:
        self._sync()
        return self._texts(doc_id)


class Services:
    """Everything heavy, built lazily and once: store, vectors, embedder, index, chain."""

    def __init__(self, settings: Settings, embeddings: Embeddings | None = None):
        self.settings = settings
        self._embeddings = embeddings
        self._lock = threading.Lock()
        self._index: Index | None = None
        self._store: DocStore | None = None
        self._library: StoreLibrary | None = None
        self._df_cache: dict[tuple[int, str], int] = {}
        self._indicators: tuple[int, list[IndicatorFact]] | None = None

    @property
    def embeddings(self) -> Embeddings:
        if self._embeddings is None:
            from ingest.embed import get_embeddings

            self._embeddings = get_embeddings(self.settings.embeddings, self.settings.threads)
        return self._embeddings

    @property
    def embedder(self) -> str:
        from ingest.embed import embedder_id

        return embedder_id(self.embeddings)

    def ensure_index(self, progress: bool = True) -> None:
        """Ingest the default corpus when the index is empty or was built with another embedder."""
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

        paths = [self.settings.corpus_dir] if self.settings.corpus_dir.exists() else []
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
                self._index = Index(self._store, collection, self.embeddings)
                self._library = StoreLibrary(self._store)
            return self._index

    @property
    def library(self) -> StoreLibrary:
        self.index  # noqa: B018 - builds the library with the index
        assert self._library is not None
        return self._library

    def retriever(self) -> HybridRetriever:
        return HybridRetriever(index=self.index, k=self.settings.top_k, mode=self.settings.retrieval_mode)

    def df(self, form: str) -> int:
        """How many chunks contain a wording (cached per index generation)."""
        key = (self.index._generation, form)
        if key not in self._df_cache:
            if len(self._df_cache) > 50000:
                self._df_cache.clear()
            self._df_cache[key] = sum(1 for c in self.index.chunks if form in plain(c.text))
        return self._df_cache[key]

    def indicators(self) -> list[IndicatorFact]:
        """The indicator table, reloaded when ingest has changed the store."""
        generation = self.index._generation
        if self._indicators is None or self._indicators[0] != generation:
            self._indicators = (generation, self.index.store.indicators())
        return self._indicators[1]

    def df_in(self, doc_id: str) -> Callable[[str], int]:
        """How many of one report's chunks contain a wording."""

        def count(form: str) -> int:
            key = (self.index._generation, f"{doc_id}\x00{form}")
            if key not in self._df_cache:
                self._df_cache[key] = sum(1 for c in self.index.chunks if c.doc_id == doc_id and form in plain(c.text))
            return self._df_cache[key]

        return count

    def chain(self) -> Runnable[dict[str, Any], Answer]:
        return build_chain(self)

    def ask(self, question: str, mode: str | None = None, top_k: int | None = None) -> Answer:
        return self.chain().invoke({"question": question, "mode": mode, "top_k": top_k})

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def _timed(answer: Answer, state: dict[str, Any]) -> Answer:
    t0, t1, t2 = state["t0"], state["t1"], time.perf_counter()
    answer.timings_ms = {"retrieve": round((t1 - t0) * 1000, 1), "answer": round((t2 - t1) * 1000, 1),
                         "total": round((t2 - t0) * 1000, 1)}
    return answer


def build_chain(services: Services) -> Runnable[dict[str, Any], Answer]:
    """question → analysed scope → hits per report → evidence → cited answer."""

    def analyse_step(state: dict[str, Any]) -> dict[str, Any]:
        started = time.perf_counter()
        question = services.index.analyse(str(state["question"]), services.settings.max_question_chars)
        return {**state, "q": question, "t0": started}

    def retrieve_step(state: dict[str, Any]) -> dict[str, Any]:
        question: Question = state["q"]
        if question.compare and len(question.doc_ids) >= 2 and (indicator := indicator_for(question.text)):
            library = services.library
            table = answer_from_table(question, indicator, services.indicators(), library.meta, library.source)
            if table is not None:
                return {**state, "hits": {}, "table": table, "t1": time.perf_counter()}
        mode = state.get("mode") or services.settings.retrieval_mode
        k = state.get("top_k") or services.settings.top_k
        index = services.index
        hits: dict[str, list[Hit]] = {}
        per_report = question.regions or (question.compare and len(question.doc_ids) <= PER_REPORT_LIMIT)
        if per_report and not (question.missing and not question.regions):
            for doc_id in question.doc_ids:
                hits[doc_id] = index.search(question, [doc_id], k, mode)
        elif question.doc_ids and not question.missing:
            for hit in index.search(question, question.doc_ids, 3 * k, mode):
                hits.setdefault(hit.chunk.doc_id, []).append(hit)
        return {**state, "hits": hits, "t1": time.perf_counter()}

    def answer_step(state: dict[str, Any]) -> Answer:
        question: Question = state["q"]
        if "table" in state:
            return _timed(state["table"], state)
        library = services.library
        refine_terms(question, services.df)
        if indicator := indicator_for(question.text):
            for row in services.indicators():
                if row.indicator == indicator.name and row.doc_id in state["hits"]:
                    question.preferred.setdefault(row.doc_id, set()).add(row.value_text)
        weights = term_weights(question.terms, services.df, max(1, len(services.index.chunks)))
        per_doc: dict[str, list[Evidence]] = {
            doc_id: best_evidence(hits, question, doc_weights(question, weights, services.df_in(doc_id), doc_id),
                                  library)
            for doc_id, hits in state["hits"].items()
        }
        if not question.regions and not question.compare:
            found = {d: e for d, e in per_doc.items() if e and passes(e[0], question)}
            if found:
                best = max(e[0].score for e in found.values())
                per_doc = {d: e for d, e in found.items() if e[0].score >= 0.9 * best}
        note = ""
        if not question.text:
            note = "问题为空。"
        elif question.missing and not question.regions:
            note = f"语料中没有{'、'.join(question.missing)}的报告（现有：{'、'.join(services.index.catalog.regions())}）。"
        return _timed(compose(question, per_doc, library, note), state)

    return (
        RunnableLambda(analyse_step) | RunnableLambda(retrieve_step) | RunnableLambda(answer_step)
    ).with_config(run_name="govqa")
