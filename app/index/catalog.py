"""What the index covers: each report's region, department and year, and how questions name them."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.gazetteer import Gazetteer, Mention, Place, default_gazetteer
from app.core.records import ReportMeta


@dataclass(frozen=True)
class CatalogEntry:
    doc_id: str
    meta: ReportMeta
    source: str


class Catalog:
    """Reports by region, and the gazetteer extended with every report's region."""

    def __init__(self, entries: list[CatalogEntry], gazetteer: Gazetteer | None = None):
        self.entries = {e.doc_id: e for e in entries}
        gazetteer = gazetteer or default_gazetteer()
        for e in entries:
            if e.meta.region and gazetteer.get(e.meta.region) is None:
                kind = "county" if e.meta.city else "city"
                gazetteer = gazetteer.add(Place(e.meta.region, kind, e.meta.city))
        self.gazetteer = gazetteer

    def docs_for_region(self, region: str) -> list[str]:
        return [d for d, e in self.entries.items() if e.meta.region == region]

    def regions(self) -> list[str]:
        return sorted({e.meta.region for e in self.entries.values() if e.meta.region})

    def years(self) -> list[int]:
        return sorted({e.meta.year for e in self.entries.values() if e.meta.year})

    def places_in(self, text: str) -> list[Mention]:
        """Places a question names, without provinces and without a city written just before its
        own county ("湛江吴川市", "梅州市梅江区" name one unit: the county)."""
        mentions = [m for m in self.gazetteer.find(text) if m.place.kind != "province"]
        kept: list[Mention] = []
        for i, m in enumerate(mentions):
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if nxt and nxt.start == m.end and nxt.place.parent == m.place.name:
                continue
            if any(k.place.name == m.place.name for k in kept):
                continue
            kept.append(m)
        return kept
