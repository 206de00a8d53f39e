"""The library as `govqa reports` lists it: each report's file, title, department, region (with its
province and city), year, kind, chunk count, and which fields were read from the text and which
are missing."""

from __future__ import annotations

from typing import Any

from app.core.escape import tsv_field
from app.core.records import ReportMeta
from app.index.store import DocStore

FIELDS = ("title", "department", "region", "year", "kind")


def report_row(doc_id: str, meta: ReportMeta, source: str, chunks: int) -> dict[str, Any]:
    """One report's line of the listing, as a JSON-ready dict."""
    read = meta.read
    values = {"title": meta.title if meta.title_read else "", "department": meta.department,
              "region": meta.region, "year": meta.year, "kind": meta.kind}
    return {
        "doc_id": doc_id, "file": source, "title": meta.title, "title_read": meta.title_read,
        "department": meta.department, "supervisor": meta.supervisor, "implementer": meta.implementer,
        "region": meta.region, "county": meta.county, "city": meta.city, "province": meta.province,
        "year": meta.year, "kind": meta.kind, "chunks": chunks,
        "read": {f: read[f] for f in FIELDS if f in read and values[f]},
        "missing": [f for f in FIELDS if not values[f]],
    }


def library_rows(store: DocStore) -> list[dict[str, Any]]:
    """Every stored report's row, in doc_id order: `govqa reports` prints them, the web chat's
    报告库 tab shows them."""
    counts = store.chunk_counts()
    return [report_row(doc_id, meta, source, counts.get(doc_id, 0)) for doc_id, (meta, source) in store.metas().items()]


def format_row(row: dict[str, Any]) -> str:
    """The row as one tab-separated line: missing fields as "—", where each field was read from."""
    place = "/".join(p for p in (row["province"], row["city"], row["county"], row["region"]) if p)
    place = "/".join(dict.fromkeys(place.split("/"))) if place else "—"
    title = row["title"] if row["title_read"] else f"（未读到标题：{row['title']}）"
    read = ",".join(f"{k}:{v}" for k, v in row["read"].items())
    missing = ",".join(row["missing"])
    return "\t".join(tsv_field(f) for f in [row["file"], title, row["department"] or "—", place,
                                              str(row["year"] or "—"), row["kind"] or "—", f"{row['chunks']} chunks",
                                              f"read {read or '—'}", f"missing {missing or '—'}"])
