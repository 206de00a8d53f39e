"""The Chroma collection: embedded under the data dir, or a `chroma run` server by URL."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlparse

import numpy as np

from app.core.settings import Settings


def collection_name(embedder: str) -> str:
    """A Chroma-valid name per embedder, so switching GOVQA_EMBEDDINGS never mixes vector spaces."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", embedder).strip("-._") or "default"
    return f"govqa-{slug}"[:60].rstrip("-._")


def open_client(settings: Settings, fresh: bool = False) -> Any:
    """A Chroma client; fresh=True starts a new embedded instance instead of the process's cached
    one, which goes stale (and fails: "Error finding id") when another process writes the same
    folder. Whoever still holds the old one keeps it."""
    import chromadb

    chroma_settings = chromadb.Settings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "127.0.0.1", port=url.port or 8000, ssl=url.scheme == "https",
            settings=chroma_settings,
        )
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    if fresh:
        from chromadb.api.shared_system_client import SharedSystemClient

        # the cache is keyed by the path as given; dropping the entry (not stopping the system)
        # leaves the old instance to its holders and makes the next client start a new one
        SharedSystemClient._identifier_to_system.pop(str(settings.chroma_dir), None)
        SharedSystemClient._identifier_to_refcount.pop(str(settings.chroma_dir), None)
    return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)


def open_collection(settings: Settings, embedder: str, client: Any = None, fresh: bool = False) -> Any:
    client = client or open_client(settings, fresh)
    return client.get_or_create_collection(
        collection_name(embedder), embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
    )


def unit(vector: Any) -> np.ndarray:
    """A vector as float32 of length 1 (the collection's space is cosine); a zero vector stays zero."""
    v = np.asarray(vector, dtype=np.float32)
    return v / (np.linalg.norm(v) or 1.0)


def read_vectors(collection: Any, ids: list[str], batch: int = 1000) -> dict[str, np.ndarray]:
    """The stored vectors of these chunk ids, unit length; ids with no vector in the collection are
    left out."""
    found: dict[str, np.ndarray] = {}
    for i in range(0, len(ids), batch):
        got = collection.get(ids=ids[i : i + batch], include=["embeddings"])
        embeddings = got.get("embeddings")
        if embeddings is None:
            continue
        for chunk_id, vector in zip(got["ids"], embeddings, strict=True):
            found[chunk_id] = unit(vector)
    return found
