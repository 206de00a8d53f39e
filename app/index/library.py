"""The stored reports as the answerer reads them: metadata, source path and texts, cached per store
generation (implements app.answering.evidence.Library)."""

from __future__ import annotations

from functools import lru_cache

from app.core.locations import locate
from app.core.records import PAGED_SUFFIXES, CleanText, Location, Region, ReportMeta
from app.index.store import DocStore


class ReportGone(KeyError):
    """A report was replaced or removed by ingest while a question was being answered."""


class StoreLibrary:
    """Report metadata and texts for the answerer, cached per store generation."""

    def __init__(self, store: DocStore):
        self.store = store
        self._generation = -1
        self._metas: dict[str, tuple[ReportMeta, str]] = {}
        self._texts = lru_cache(maxsize=64)(self._load_texts)
        self._layouts = lru_cache(maxsize=64)(self.store.layout)

    def _sync(self) -> None:
        generation = self.store.generation()
        if generation != self._generation:
            self._metas = self.store.metas()
            self._texts.cache_clear()
            self._layouts.cache_clear()
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

    def layout(self, doc_id: str) -> list[Region]:
        self._sync()
        return self._layouts(doc_id)

    def location(self, doc_id: str, start: int, end: int) -> Location | None:
        """The OCR'd page region or the sheet cells of raw[start:end]; None for plain text."""
        regions = self.layout(doc_id)
        if not regions:
            return None
        raw, _ = self.texts(doc_id)
        return locate(regions, raw, start, end)
