"""Hybrid retrieval: Chinese BM25 (jieba + bm25s) and dense vectors (Chroma), fused by reciprocal rank,
scoped to the reports a question names (app.answering.retriever exposes it to LangChain).

The vectors live in Chroma; the query side also holds a copy of them, read once per store
generation, and ranks a question's scope (a few reports: a few hundred vectors) exactly with one
matrix product, well under a millisecond. A filtered Chroma query costs about 17 ms at 18,000
vectors, once per report in scope. Past `hold_vectors` chunks, or when the vectors cannot be read,
Chroma ranks them (approximate, HNSW)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

import numpy as np
from langchain_core.embeddings import Embeddings

from app.core.records import Chunk
from app.core.tokenize import add_words, tokenize
from app.index.catalog import Catalog, CatalogEntry
from app.index.store import DocStore
from app.index.vectors import read_vectors, unit

log = logging.getLogger(__name__)
RRF_K = 60


class _Term(Protocol):
    @property
    def forms(self) -> Sequence[str]: ...


class Query(Protocol):
    """What a search reads of an analysed question (app.answering.question.Question): its text,
    and the wordings of what it asks (BM25 matches those, not the boilerplate every report shares)."""

    @property
    def text(self) -> str: ...
    @property
    def terms(self) -> Sequence[_Term]: ...


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float
    bm25_rank: int | None
    dense_rank: int | None


class Index:
    """The query side's view of one data dir: chunks, BM25 over their tokens, the vector collection.

    Reloads itself when ingest has changed the store (the store's generation moved on).
    """

    def __init__(self, store: DocStore, collection: Any, embeddings: Embeddings,
                 reopen: Callable[[], Any] | None = None, hold_vectors: int = 200_000):
        self.store = store
        self.collection = collection
        self.embeddings = embeddings
        self._reopen = reopen  # a fresh collection, for when the open one has gone stale
        self._lock = threading.RLock()  # searches and the swap to a newly loaded generation
        self._loading = threading.Lock()  # one caller loads a new generation
        self._generation = -1
        self.chunks: list[Chunk] = []
        self._row_of: dict[str, int] = {}
        self._doc_rows: dict[str, np.ndarray] = {}
        self._bm25: Any = None
        self._scores: tuple[int, tuple[str, ...], np.ndarray] | None = None  # the last BM25 scoring
        self._hold_vectors = hold_vectors
        self._vectors: np.ndarray | None = None  # row i: chunk i's unit vector; None: Chroma ranks
        self._has_vector = np.zeros(0, dtype=bool)
        # a question is searched once per report in scope: its vector is embedded once
        self._query_vector = lru_cache(maxsize=64)(self._embed_query)
        self.catalog = Catalog([])
        self.refresh()

    def refresh(self) -> None:
        """Load the store's latest generation when ingest has moved it on.

        One caller loads it (a few hundred ms: BM25, the new vectors), outside the lock that
        searches take, and swaps it in at once; meanwhile the others answer from the generation
        already loaded (a question sees the old version of the library or the new one, never half
        of one). Only a caller with nothing loaded yet waits for it."""
        if self.store.generation() == self._generation:
            return
        if not self._loading.acquire(blocking=self._generation < 0):
            return  # another caller is loading it
        try:
            if self.store.generation() != self._generation:
                self._load()
        finally:
            self._loading.release()

    def _load(self) -> None:
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every index build at DEBUG
        generation, rows, metas = self.store.snapshot()  # chunks and reports of one commit
        chunks = [c for c, _ in rows]
        bm25 = None
        if chunks:
            bm25 = bm25s.BM25()
            bm25.index([t or ["∅"] for _, t in rows], show_progress=False)
        doc_rows: dict[str, list[int]] = {}
        for i, c in enumerate(chunks):
            doc_rows.setdefault(c.doc_id, []).append(i)
        catalog = Catalog([CatalogEntry(d, m, s) for d, (m, s) in metas.items()],
                          text_of=lambda d: "\n".join(chunks[i].text for i in doc_rows.get(d, ())))
        add_words([w for m, _ in metas.values() for w in (m.region, m.department)])
        vectors, has_vector = self._held_vectors(chunks)  # reads the loaded ones: only a loader writes them
        with self._lock:
            self.catalog, self._vectors, self._has_vector = catalog, vectors, has_vector
            self.chunks, self._bm25 = chunks, bm25
            self._row_of = {c.id: i for i, c in enumerate(chunks)}
            self._doc_rows = {d: np.array(r) for d, r in doc_rows.items()}
            self._generation = generation

    def _held_vectors(self, chunks: list[Chunk]) -> tuple[np.ndarray | None, np.ndarray]:
        """The vectors of these chunks, row by row: the last generation's kept, new ones read from
        Chroma. None when there are more than hold_vectors or Chroma cannot be read."""
        has = np.zeros(len(chunks), dtype=bool)
        if not chunks or len(chunks) > self._hold_vectors:
            return None, has
        known: dict[str, np.ndarray] = {}
        if self._vectors is not None:
            known = {c.id: self._vectors[i] for i, c in enumerate(self.chunks) if self._has_vector[i]}
        try:
            known |= self._read_vectors([c.id for c in chunks if c.id not in known])
        except Exception as exc:
            log.warning("cannot read the stored vectors (%s: %s); Chroma ranks them", type(exc).__name__, exc)
            return None, has
        dim = max((v.shape[0] for v in known.values()), default=0)
        matrix = np.zeros((len(chunks), dim), dtype=np.float32)
        for i, chunk in enumerate(chunks):
            vector = known.get(chunk.id)
            if vector is not None and vector.shape[0] == dim:
                matrix[i], has[i] = vector, True
        return (matrix if has.any() else None), has

    def _read_vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        """Read from the open collection; what it lacks, once more from a fresh one (an embedded
        Chroma does not see what another process, such as `govqa ingest`, has since written)."""
        try:
            found = read_vectors(self.collection, ids) if ids else {}
        except Exception:
            if self._reopen is None:
                raise
            found = {}
        lacking = [i for i in ids if i not in found]
        if lacking and self._reopen is not None:
            self.collection = self._reopen()
            found |= read_vectors(self.collection, lacking)
        return found

    @property
    def generation(self) -> int:
        """The store generation the loaded chunks come from (it moves on when ingest commits)."""
        return self._generation

    def snapshot(self) -> tuple[int, list[Chunk]]:
        """The loaded chunks and the generation they come from, read together."""
        with self._lock:
            return self._generation, self.chunks

    def forget_questions(self) -> None:
        """Drop what is cached per question text (its vector, its BM25 scores)."""
        self._query_vector.cache_clear()
        self._scores = None

    def _embed_query(self, text: str) -> np.ndarray:
        return unit(self.embeddings.embed_query(text))

    def _rows(self, doc_ids: list[str]) -> np.ndarray:
        parts = [self._doc_rows[d] for d in doc_ids if d in self._doc_rows]
        return np.concatenate(parts) if parts else np.array([], dtype=int)

    def doc_rows(self, doc_id: str) -> np.ndarray:
        """The rows of self.chunks that are one report's."""
        return self._doc_rows.get(doc_id, np.array([], dtype=int))

    def chunk_at(self, doc_id: str, raw_offset: int) -> Chunk | None:
        """The chunk of a report that holds a raw offset."""
        for row in self._doc_rows.get(doc_id, []):
            chunk = self.chunks[int(row)]
            if chunk.start <= raw_offset < chunk.end:
                return chunk
        return None

    def bm25(self, tokens: list[str], doc_ids: list[str], k: int) -> list[int]:
        rows = self._rows(doc_ids)
        if self._bm25 is None or not len(rows) or not tokens:
            return []
        key = tuple(tokens)
        if self._scores is None or self._scores[:2] != (self._generation, key):
            self._scores = (self._generation, key, self._bm25.get_scores(tokens))  # once per question
        scores = self._scores[2][rows]
        order = np.argsort(-scores, kind="stable")[:k]
        return [int(rows[i]) for i in order if scores[i] > 0]

    def dense(self, text: str, doc_ids: list[str], k: int) -> list[int]:
        if not self.chunks or not doc_ids:
            return []
        vector = self._query_vector(text)
        if self._vectors is None:
            return self._dense_by_chroma(vector.tolist(), doc_ids, k)
        if len(doc_ids) == len(self._doc_rows):
            rows, scores = np.arange(len(self.chunks)), self._vectors @ vector
        else:
            rows = self._rows(doc_ids)
            scores = self._vectors[rows] @ vector
        held = self._has_vector[rows]
        rows, scores = rows[held], scores[held]
        if len(rows) > k:
            top = np.argpartition(-scores, k - 1)[:k]
            rows, scores = rows[top], scores[top]
        return [int(rows[i]) for i in np.argsort(-scores, kind="stable")]

    def _dense_by_chroma(self, vector: list[float], doc_ids: list[str], k: int) -> list[int]:
        where = None if len(doc_ids) == len(self._doc_rows) else (
            {"doc_id": doc_ids[0]} if len(doc_ids) == 1 else {"doc_id": {"$in": doc_ids}})
        try:
            result = self.collection.query(query_embeddings=[vector], n_results=k, where=where, include=[])
        except Exception as exc:  # a failed vector search falls back to BM25, never fails a question
            result = self._query_again(exc, vector, k, where)
        rows = [self._row_of.get(cid) for cid in result["ids"][0]]
        return [r for r in rows if r is not None]  # vectors not committed to the store are ignored

    def _query_again(self, exc: Exception, vector: list[float], k: int, where: Any) -> Any:
        """After a failed vector search: once more on a freshly opened collection (an embedded
        Chroma goes stale when another process, such as `govqa ingest`, writes the same folder);
        no dense hits when that fails too."""
        log.warning("vector search failed (%s: %s); reopening the vector store", type(exc).__name__, exc)
        try:
            if self._reopen is None:
                raise exc
            self.collection = self._reopen()
            return self.collection.query(query_embeddings=[vector], n_results=k, where=where, include=[])
        except Exception as again:
            log.warning("vector search unavailable (%s); answering from BM25 alone", again)
            return {"ids": [[]]}

    def search(self, question: Query, doc_ids: list[str], k: int, mode: str = "hybrid") -> list[Hit]:
        """Top k chunks of the given reports for the question."""
        with self._lock:
            # BM25 on what is asked (terms and the report wordings they accept), not on the
            # boilerplate every report shares; the raw question only when nothing else is left
            tokens = [t for term in question.terms for f in term.forms for t in tokenize(f)]
            tokens = tokens or tokenize(question.text)
            bm25 = self.bm25(tokens, doc_ids, 2 * k) if mode in ("hybrid", "bm25") else []
            dense = self.dense(question.text, doc_ids, 2 * k) if mode in ("hybrid", "dense") else []
            fused: dict[int, float] = {}
            for ranking in (bm25, dense):
                for rank, row in enumerate(ranking):
                    fused[row] = fused.get(row, 0.0) + 1.0 / (RRF_K + rank + 1)
            best = sorted(fused, key=lambda r: -fused[r])[:k]
            return [
                Hit(self.chunks[r], fused[r], bm25.index(r) if r in bm25 else None,
                    dense.index(r) if r in dense else None)
                for r in best
            ]

