"""Ingest: files → clean text → metadata → chunks → vectors (Chroma) and rows (SQLite store).

Incremental and idempotent: an unchanged file embeds nothing; a changed file replaces its chunks;
prune drops reports whose file is gone. The SQLite row is written last and is the commit point.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from app.records import Report
from app.settings import Settings
from app.store import DocStore
from app.tokenize import add_words, tokenize
from app.vectors import open_collection
from ingest.chunk import chunk_text
from ingest.clean import clean
from ingest.embed import embedder_id, get_embeddings
from ingest.indicators import extract_indicators
from ingest.load import LoadError, SourceFile, discover, read_report
from ingest.metadata import extract_metadata

log = logging.getLogger(__name__)

# Bump when cleaning, chunking or extraction changes what ingest writes: every report is then
# re-ingested on the next run, so an index never mixes the output of two versions.
INDEX_VERSION = 3


def index_key(embedder: str) -> str:
    """What a report's row records it was indexed with: the embedder and the pipeline version."""
    return f"{embedder}|v{INDEX_VERSION}"


@dataclass
class IngestResult:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    chunks_embedded: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def context_line(report: Report) -> str:
    """The report context indexed with every chunk, so a passage is found by its county's name."""
    m = report.meta
    parts = [m.department, m.region, m.city, f"{m.year}年" if m.year else ""]
    return " ".join(p for p in parts if p)


def index_text(report: Report, section: str, text: str) -> str:
    return f"{context_line(report)}\n{section}\n{text}"


def _manifest(path: Path) -> dict[str, dict[str, Any]]:
    manifest = path.parent / "manifest.json"
    if not manifest.is_file():
        return {}
    try:
        data = json.loads(manifest.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        log.warning("ignoring %s: %s", manifest, exc)
        return {}
    return data if isinstance(data, dict) else {}


def prepare(source: SourceFile, settings: Settings) -> Report:
    """Load, clean, describe and chunk one file (pure but for reading it)."""
    raw, sha = read_report(source.path, settings.max_file_bytes)
    cleaned = clean(raw)
    if not cleaned.text.strip():
        raise LoadError("no text left after cleaning")
    overrides = _manifest(source.path).get(source.path.name, {})
    meta = extract_metadata(cleaned.text, overrides=overrides)
    report = Report(doc_id=source.doc_id, source=source.source, sha256=sha, raw=raw, meta=meta, clean=cleaned)
    report.chunks = chunk_text(cleaned, source.doc_id, settings.chunk_target_chars, settings.chunk_max_chars)
    if not report.chunks:
        raise LoadError("no text to index")
    return report


def ingest(
    paths: list[Path],
    settings: Settings,
    embeddings: Embeddings | None = None,
    prune: bool = False,
    progress: bool = True,
) -> IngestResult:
    """Bring the index in line with the given files."""
    embeddings = embeddings or get_embeddings(settings.embeddings, settings.threads)
    embedder = embedder_id(embeddings)
    store = DocStore(settings.store_path)
    collection = open_collection(settings, embedder)
    result = IngestResult()
    try:
        files, problems = discover(paths, settings.project_root)
        result.failed += problems
        known = store.sources()
        pending: list[Report] = []
        for source in files:
            try:
                _, sha = read_report(source.path, settings.max_file_bytes)
                if store.is_current(source.doc_id, sha, index_key(embedder)):
                    result.unchanged.append(source.doc_id)
                    continue
                pending.append(prepare(source, settings))
            except LoadError as exc:
                result.failed.append((source.source, str(exc)))

        add_words([w for r in pending for w in (r.meta.region, r.meta.department)])
        texts = [index_text(r, c.section, c.text) for r in pending for c in r.chunks]
        vectors = _embed(embeddings, texts, settings.embed_batch_size, progress)
        at = 0
        for report in pending:
            n = len(report.chunks)
            _write(report, vectors[at : at + n], collection, store, embedder)
            at += n
            (result.updated if report.doc_id in known else result.added).append(report.doc_id)
        result.chunks_embedded = len(texts)

        if prune:
            present = {f.doc_id for f in files}
            for doc_id, known_source in known.items():
                path = Path(known_source)
                path = path if path.is_absolute() else settings.project_root / path
                if doc_id not in present and not path.exists():
                    collection.delete(where={"doc_id": doc_id})
                    store.delete_report(doc_id)
                    result.pruned.append(doc_id)
    finally:
        store.close()
    return result


def _embed(embeddings: Embeddings, texts: list[str], batch: int, progress: bool) -> list[list[float]]:
    from tqdm import tqdm

    out: list[list[float]] = []
    with tqdm(total=len(texts), desc="embedding", unit="chunk", disable=not progress or not texts) as bar:
        for i in range(0, len(texts), batch):
            part = texts[i : i + batch]
            out += embeddings.embed_documents(part)
            bar.update(len(part))
    return out


def _write(report: Report, vectors: list[list[float]], collection: Any, store: DocStore, embedder: str) -> None:
    """Vectors first, then the store row that makes them visible."""
    collection.delete(where={"doc_id": report.doc_id})
    if report.chunks:
        collection.upsert(
            ids=[c.id for c in report.chunks],
            embeddings=vectors,
            documents=[c.text for c in report.chunks],
            metadatas=[{"doc_id": report.doc_id, "sha256": report.sha256, "ordinal": c.ordinal,
                        "region": report.meta.region, "year": report.meta.year or 0} for c in report.chunks],
        )
    tokens = [tokenize(index_text(report, c.section, c.text)) for c in report.chunks]
    store.put_report(report, tokens, index_key(embedder), extract_indicators(report))
