"""The Chroma collection: embedded under the data dir, or a `chroma run` server by URL."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlparse

from app.settings import Settings


def collection_name(embedder: str) -> str:
    """A Chroma-valid name per embedder, so switching GOVQA_EMBEDDINGS never mixes vector spaces."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", embedder).strip("-._") or "default"
    return f"govqa-{slug}"[:60].rstrip("-._")


def open_client(settings: Settings) -> Any:
    import chromadb

    chroma_settings = chromadb.Settings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "127.0.0.1", port=url.port or 8000, ssl=url.scheme == "https",
            settings=chroma_settings,
        )
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)


def open_collection(settings: Settings, embedder: str, client: Any = None) -> Any:
    client = client or open_client(settings)
    return client.get_or_create_collection(
        collection_name(embedder), embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
    )
