"""Services built once at start-up, and the question → retrieval → answer chain (LangChain runnables)."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.embeddings import Embeddings
from langchain_core.runnables import Runnable, RunnableLambda

from app.answer import (
    Evidence,
    best_evidence,
    compose,
    doc_weights,
    forget_sentences,
    passes,
    plain,
    refine_terms,
    term_weights,
)
from app.compare import answer_from_table
from app.indicators import indicator_for
from app.query import Question, normalise_question
from app.records import Answer, Citation, CleanText, IndicatorFact, ReportMeta
from app.retrieval import Hit, HybridRetriever, Index
from app.settings import Settings
from app.store import DocStore
from app.vectors import open_collection
from ingest.load import PAGED_SUFFIXES

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from app.writer import Writer

log = logging.getLogger(__name__)
PER_REPORT_LIMIT = 50  # a ranking over at most this many reports searches each one on its own
ATTEMPTS = 3  # a question is asked again when ingest committed while it was being answered
UPDATING = "未找到：报告库正在更新，请稍后再问。"
TASK = "这是写作或翻译的请求。我只回答报告里写明的事实和数字，并给出原文出处，例如：惠东县12345热线满意率是多少？"
NOT_CHINESE = "未找到：问题里没有汉字。报告是中文的，请用中文提问，例如：惠东县12345热线满意率是多少？"
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f]")


class ReportGone(KeyError):
    """A report was replaced or removed by ingest while a question was being answered."""


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
            raise ReportGone(doc_id)
        return texts

    def _entry(self, doc_id: str) -> tuple[ReportMeta, str]:
        self._sync()
        if doc_id not in self._metas:
            raise ReportGone(doc_id)
        return self._metas[doc_id]

    def meta(self, doc_id: str) -> ReportMeta:
        return self._entry(doc_id)[0]

    def source(self, doc_id: str) -> str:
        return self._entry(doc_id)[1]

    def texts(self, doc_id: str) -> tuple[str, CleanText]:
        self._sync()
        return self._texts(doc_id)

    def page(self, doc_id: str, offset: int) -> int | None:
        """The PDF page a raw offset is on (its text has a form feed between pages); None for
        other files."""
        if not self.source(doc_id).lower().endswith(PAGED_SUFFIXES):
            return None
        raw, _ = self.texts(doc_id)
        return raw.count("\f", 0, offset) + 1


class Services:
    """Everything heavy, built lazily and once: store, vectors, embedder, index, chain."""

    def __init__(self, settings: Settings, embeddings: Embeddings | None = None,
                 chat_model: BaseChatModel | None = None):
        self.settings = settings
        self._embeddings = embeddings
        self._chat_model = chat_model  # built from GOVQA_LLM_* when not given
        self._writer: Writer | None = None
        self._lock = threading.Lock()
        self._index: Index | None = None
        self._store: DocStore | None = None
        self._library: StoreLibrary | None = None
        self._df_cache: dict[tuple[int, str], int] = {}
        self._plain: tuple[int, list[str]] = (-1, [])  # the chunks' texts as matched, per generation
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

    def df(self, form: str) -> int:
        """How many chunks contain a wording (cached per index generation)."""
        key = (self.index._generation, form)
        if key not in self._df_cache:
            if len(self._df_cache) > 50000:
                self._df_cache.clear()
            self._df_cache[key] = sum(1 for text in self._plain_texts() if form in text)
        return self._df_cache[key]

    def _plain_texts(self) -> list[str]:
        """plain() of every chunk's text, row by row, computed once per index generation."""
        index = self.index
        with index._lock:
            if self._plain[0] != index._generation:
                self._plain = (index._generation, [plain(c.text) for c in index.chunks])
            return self._plain[1]

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
                texts = self._plain_texts()
                self._df_cache[key] = sum(1 for row in self.index.doc_rows(doc_id) if form in texts[row])
            return self._df_cache[key]

        return count

    def forget_questions(self) -> None:
        """Drop what is cached per question and per scored sentence, so that a question asked
        again is answered as a new one would be; models, index and word counts stay warm."""
        self.index.forget_questions()
        forget_sentences()

    def chain(self) -> Runnable[dict[str, Any], Answer]:
        return build_chain(self)

    def ask(self, question: str, mode: str | None = None, top_k: int | None = None) -> Answer:
        return self.chain().invoke({"question": question, "mode": mode, "top_k": top_k})

    def stream(self, question: str, mode: str | None = None, top_k: int | None = None) -> Iterator[str | Answer]:
        """The answer as it is written: the model's draft as text pieces (when GOVQA_LLM_* name one),
        then the final Answer, checked by the guard, which replaces the draft; without a model, the
        Answer alone."""
        found = build_evidence(self).invoke({"question": question, "mode": mode, "top_k": top_k})
        if self.writer is None:
            yield _finish(found["answer"], found["question"], self)
            return
        for item in self.writer.stream(found["answer"], found["passages"]):
            yield _finish(item, found["question"], self) if isinstance(item, Answer) else item

    @property
    def writer(self) -> Writer | None:
        """The model that writes answers, built once; None when the settings name none (extractive)."""
        if self._writer is None and (self._chat_model is not None or self.settings.llm_enabled):
            from app.llm import chat_model
            from app.writer import Writer

            self._writer = Writer(self._chat_model or chat_model(self.settings), self.settings.llm_timeout_s)
        elif self._writer is None and self.settings.llm_base_url and not getattr(self, "_llm_warned", False):
            self._llm_warned = True
            log.warning("GOVQA_LLM_BASE_URL is set but GOVQA_LLM_MODEL is not: answers stay extractive")
        return self._writer

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def _add_table_hits(services: Services, question: Question, hits: dict[str, list[Hit]]) -> None:
    """The indicator table guides retrieval: the passage stating a report's figure for the asked
    indicator is always among that report's candidates, however many look-alike sentences
    ("（该三级指标满分4分，自评得分为4分）") outrank it in the search."""
    indicator = indicator_for(question.text)
    if indicator is None:
        return
    for row in services.indicators():
        if row.indicator != indicator.name or row.doc_id not in hits:
            continue
        chunk = services.index.chunk_at(row.doc_id, row.start)
        doc_hits = hits[row.doc_id]
        if chunk is not None and all(h.chunk.id != chunk.id for h in doc_hits):
            floor = min((h.score for h in doc_hits), default=0.0)
            doc_hits.append(Hit(chunk, floor, None, None))


def _timed(answer: Answer, state: dict[str, Any]) -> Answer:
    t0, t1, t2 = state["t0"], state["t1"], time.perf_counter()
    answer.timings_ms = {"retrieve": round((t1 - t0) * 1000, 1), "answer": round((t2 - t1) * 1000, 1),
                         "total": round((t2 - t0) * 1000, 1)}
    return answer


def build_chain(services: Services) -> Runnable[dict[str, Any], Answer]:
    """question → analysed scope → hits per report → evidence → cited answer, then, when a model is
    configured, its answer from the numbered passages, checked by the guard (app.writer)."""
    writer = services.writer

    def write_step(found: dict[str, Any]) -> Answer:
        answer = found["answer"] if writer is None else writer.answer(found["answer"], found["passages"])
        return _finish(answer, found["question"], services)

    return (build_evidence(services) | RunnableLambda(write_step)).with_config(run_name="govqa")


def build_evidence(services: Services) -> Runnable[dict[str, Any], dict[str, Any]]:
    """question → analysed scope → hits per report → evidence → the extractive answer, and the
    passages a model would be given ({"question", "answer", "passages"})."""

    def analyse_step(state: dict[str, Any]) -> dict[str, Any]:
        started = time.perf_counter()
        question = services.index.analyse(str(state["question"]), services.settings.max_question_chars)
        return {**state, "q": question, "t0": started}

    def retrieve_step(state: dict[str, Any]) -> dict[str, Any]:
        question: Question = state["q"]
        if question.task:
            return {**state, "hits": {}, "t1": time.perf_counter()}
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
        _add_table_hits(services, question, hits)
        return {**state, "hits": hits, "t1": time.perf_counter()}

    def answer_step(state: dict[str, Any]) -> dict[str, Any]:
        question: Question = state["q"]
        if "table" in state:
            return {"answer": _timed(state["table"], state), "per_doc": {}}
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
        elif question.task:
            note = TASK
        elif question.missing and not question.regions:
            note = f"语料中没有{'、'.join(question.missing)}的报告（现有：{'、'.join(services.index.catalog.regions())}）。"
        return {"answer": _timed(compose(question, per_doc, library, note), state), "per_doc": per_doc}

    steps = RunnableLambda(analyse_step) | RunnableLambda(retrieve_step) | RunnableLambda(answer_step)
    writer = services.writer

    def consistent_step(state: dict[str, Any]) -> dict[str, Any]:
        """The answer from one state of the index: asked again when ingest committed meanwhile
        (a report's chunks and its text must come from the same version)."""
        # what cannot be printed (a lone surrogate from undecodable input) becomes "?"
        state = {**state, "question": str(state["question"]).encode("utf-8", "replace").decode("utf-8")}
        answer: Answer | None = None
        passages: list[Citation] = []
        if str(state["question"]).strip() and not _HAN.search(str(state["question"])):
            answer = Answer(question=" ".join(str(state["question"]).split())[: services.settings.max_question_chars],
                            answer=NOT_CHINESE, found=False)
            return {"question": str(state["question"]), "answer": answer, "passages": passages}
        for _ in range(ATTEMPTS):
            before = services.index.store.generation()
            try:
                found = steps.invoke(state)
                if writer is not None and found["answer"].found:
                    from app.writer import passages_for

                    passages = passages_for(found["answer"], found["per_doc"], services.library)
                answer = found["answer"]
            except ReportGone:
                continue
            if services.index.store.generation() == before:
                break
        if answer is None:
            answer = Answer(question=str(state["question"]), answer=UPDATING, found=False)
        return {"question": str(state["question"]), "answer": answer, "passages": passages}

    return RunnableLambda(consistent_step).with_config(run_name="govqa-evidence")


def _finish(answer: Answer, asked: str, services: Services) -> Answer:
    """PDF pages on the citations; a note when the question was cut to the length limit."""
    library = services.library
    for c in [*answer.citations, *answer.related]:
        try:
            c.page = library.page(c.doc_id, c.start)
        except ReportGone:
            c.page = None
    limit = services.settings.max_question_chars
    if len(normalise_question(asked, len(asked) + 1)) > limit:
        cut = f"问题超过{limit}个字符，只按前{limit}个字符回答。"
        answer.notice = f"{answer.notice} {cut}".strip()
    return answer
