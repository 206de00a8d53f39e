"""The document store (SQLite): reports, their clean-to-raw offset maps, chunks and BM25 tokens.

It is the commit point of ingest: a report's chunks answer questions only once its row is here,
so a half-ingested report never shows (vectors without a row are ignored by retrieval).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from array import array
from collections.abc import Sequence
from dataclasses import asdict, fields
from pathlib import Path

from app.core.locations import dump_regions, fingerprint, load_regions
from app.core.records import (
    Chunk,
    CleanText,
    IndicatorFact,
    LabelledFigure,
    Region,
    Report,
    ReportMeta,
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    doc_id TEXT PRIMARY KEY, source TEXT NOT NULL, sha256 TEXT NOT NULL, meta TEXT NOT NULL,
    raw TEXT NOT NULL, clean TEXT NOT NULL, offsets BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
    id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, ordinal INTEGER NOT NULL, section TEXT NOT NULL,
    text TEXT NOT NULL, clean_start INTEGER NOT NULL, clean_end INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, tokens TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id, ordinal);
CREATE TABLE IF NOT EXISTS embedded (
    doc_id TEXT NOT NULL, embedder TEXT NOT NULL, sha256 TEXT NOT NULL, PRIMARY KEY (doc_id, embedder)
);
CREATE TABLE IF NOT EXISTS layouts (
    doc_id TEXT PRIMARY KEY, regions TEXT NOT NULL, fingerprint TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS indicators (
    doc_id TEXT NOT NULL, ordinal INTEGER NOT NULL, indicator TEXT NOT NULL, label TEXT NOT NULL,
    value_text TEXT NOT NULL, unit TEXT NOT NULL, value REAL, year INTEGER, section TEXT NOT NULL,
    quote TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY (doc_id, ordinal)
);
CREATE TABLE IF NOT EXISTS labelled (
    doc_id TEXT NOT NULL, ordinal INTEGER NOT NULL, label TEXT NOT NULL, "column" TEXT NOT NULL,
    value_text TEXT NOT NULL, unit TEXT NOT NULL, value REAL, kind TEXT NOT NULL, qualifiers TEXT NOT NULL,
    subject TEXT NOT NULL, origin TEXT NOT NULL, section TEXT NOT NULL, quote TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, value_start INTEGER NOT NULL, value_end INTEGER NOT NULL,
    total INTEGER NOT NULL, PRIMARY KEY (doc_id, ordinal)
);
"""
_LABELLED_COLUMNS = ('doc_id, label, "column", value_text, unit, value, kind, qualifiers, subject, origin, section, '
                     'quote, start, "end", value_start, value_end, total')


class DocStore:
    """Thread-safe access to the SQLite store under the data dir."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- writes -------------------------------------------------------------------------------
    def put_report(self, report: Report, tokens: list[list[str]], embedder: str,
                   indicators: list[IndicatorFact] | None = None, replaces: Sequence[str] = (),
                   labelled: list[LabelledFigure] | None = None) -> None:
        """Replace a report, its chunks, its indicator rows and its labelled figures in one
        transaction; bump the generation. replaces: reports this one takes the place of (the same
        file renamed), gone in the same commit."""
        assert report.clean is not None
        offsets = array("i", report.clean.offsets).tobytes()
        with self._lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                for old in replaces:
                    self._delete_rows(db, old)
                db.execute("DELETE FROM chunks WHERE doc_id=?", (report.doc_id,))
                db.execute(
                    "INSERT OR REPLACE INTO reports VALUES (?,?,?,?,?,?,?)",
                    (report.doc_id, report.source, report.sha256, json.dumps(asdict(report.meta), ensure_ascii=False),
                     report.raw, report.clean.text, offsets),
                )
                db.executemany(
                    'INSERT INTO chunks VALUES (?,?,?,?,?,?,?,?,?,?)',
                    [(c.id, c.doc_id, c.ordinal, c.section, c.text, c.clean_start, c.clean_end, c.start, c.end,
                      json.dumps(t, ensure_ascii=False)) for c, t in zip(report.chunks, tokens, strict=True)],
                )
                db.execute("INSERT OR REPLACE INTO layouts VALUES (?,?,?)",
                           (report.doc_id, dump_regions(report.layout), fingerprint(report.clean.text)))
                db.execute("INSERT OR REPLACE INTO embedded VALUES (?,?,?)", (report.doc_id, embedder, report.sha256))
                db.execute("DELETE FROM indicators WHERE doc_id=?", (report.doc_id,))
                db.executemany(
                    "INSERT INTO indicators VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    [(f.doc_id, i, f.indicator, f.label, f.value_text, f.unit, f.value, f.year, f.section,
                      f.quote, f.start, f.end) for i, f in enumerate(indicators or [])],
                )
                db.execute("DELETE FROM labelled WHERE doc_id=?", (report.doc_id,))
                db.executemany(
                    "INSERT INTO labelled VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [(f.doc_id, i, f.label, f.column, f.value_text, f.unit, f.value, f.kind,
                      json.dumps(list(f.qualifiers), ensure_ascii=False), f.subject, f.origin, f.section, f.quote,
                      f.start, f.end, f.value_start, f.value_end, int(f.total))
                     for i, f in enumerate(labelled or [])],
                )
                self._bump(db)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def delete_report(self, doc_id: str) -> None:
        with self._lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                self._delete_rows(db, doc_id)
                self._bump(db)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    @staticmethod
    def _delete_rows(db: sqlite3.Connection, doc_id: str) -> None:
        """Every row of one report, in every table."""
        db.execute("DELETE FROM chunks WHERE doc_id=?", (doc_id,))
        db.execute("DELETE FROM reports WHERE doc_id=?", (doc_id,))
        db.execute("DELETE FROM embedded WHERE doc_id=?", (doc_id,))
        db.execute("DELETE FROM indicators WHERE doc_id=?", (doc_id,))
        db.execute("DELETE FROM labelled WHERE doc_id=?", (doc_id,))
        db.execute("DELETE FROM layouts WHERE doc_id=?", (doc_id,))

    def forget_embedding(self, doc_id: str, embedder: str) -> None:
        """Mark a report as not embedded with this embedder, so the next ingest embeds it again."""
        with self._lock:
            self._db.execute("DELETE FROM embedded WHERE doc_id=? AND embedder=?", (doc_id, embedder))

    @staticmethod
    def _bump(db: sqlite3.Connection) -> None:
        db.execute(
            "INSERT INTO state VALUES ('generation', '1') ON CONFLICT(key) "
            "DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    # -- reads --------------------------------------------------------------------------------
    def generation(self) -> int:
        with self._lock:
            row = self._db.execute("SELECT value FROM state WHERE key='generation'").fetchone()
        return int(row[0]) if row else 0

    def is_current(self, doc_id: str, sha256: str, embedder: str) -> bool:
        with self._lock:
            row = self._db.execute(
                "SELECT 1 FROM reports r JOIN embedded e ON e.doc_id=r.doc_id "
                "WHERE r.doc_id=? AND r.sha256=? AND e.embedder=? AND e.sha256=?",
                (doc_id, sha256, embedder, sha256),
            ).fetchone()
        return row is not None

    def sha256(self, doc_id: str) -> str:
        with self._lock:
            row = self._db.execute("SELECT sha256 FROM reports WHERE doc_id=?", (doc_id,)).fetchone()
        return row[0] if row else ""

    def by_sha256(self) -> dict[str, list[tuple[str, str]]]:
        """sha256 of the file → (doc_id, source) of the stored reports read from such a file."""
        found: dict[str, list[tuple[str, str]]] = {}
        with self._lock:
            for doc_id, source, sha in self._db.execute("SELECT doc_id, source, sha256 FROM reports ORDER BY doc_id"):
                found.setdefault(sha, []).append((doc_id, source))
        return found

    def by_fingerprint(self) -> dict[str, list[tuple[str, str, str]]]:
        """Content fingerprint (app.core.locations.fingerprint) → (doc_id, source) of the stored
        reports with that content, whatever their format, and the sha256 of the file each was read
        from (reports stored before fingerprints were kept are fingerprinted from their clean text)."""
        found: dict[str, list[tuple[str, str, str]]] = {}
        with self._lock:
            rows = self._db.execute(
                "SELECT r.doc_id, r.source, r.sha256, l.fingerprint FROM reports r LEFT JOIN layouts l USING (doc_id) "
                "ORDER BY r.doc_id").fetchall()
        for doc_id, source, sha, fp in rows:
            if fp is None:
                texts = self.texts(doc_id)
                fp = fingerprint(texts[1].text) if texts else ""
            found.setdefault(fp, []).append((doc_id, source, sha))
        return found

    def layout(self, doc_id: str) -> list[Region]:
        """The OCR lines and sheet cells of one report, by raw offset (empty for plain text)."""
        with self._lock:
            row = self._db.execute("SELECT regions FROM layouts WHERE doc_id=?", (doc_id,)).fetchone()
        return load_regions(row[0]) if row else []

    def chunk_docs(self) -> dict[str, str]:
        """chunk id → doc_id of every stored chunk."""
        with self._lock:
            return dict(self._db.execute("SELECT id, doc_id FROM chunks").fetchall())

    def embedded_with(self, embedder: str) -> set[str]:
        """The reports whose row records they were embedded with this embedder."""
        with self._lock:
            rows = self._db.execute("SELECT doc_id FROM embedded WHERE embedder=?", (embedder,)).fetchall()
        return {r[0] for r in rows}

    def snapshot(self) -> tuple[int, list[tuple[Chunk, list[str]]], dict[str, tuple[ReportMeta, str]]]:
        """(generation, chunks, metas) read in one transaction, so they agree while ingest writes."""
        with self._lock:
            self._db.execute("BEGIN")
            try:
                return self.generation(), self.chunks(), self.metas()
            finally:
                self._db.execute("COMMIT")

    def sources(self) -> dict[str, str]:
        """doc_id → source path of every stored report."""
        with self._lock:
            return dict(self._db.execute("SELECT doc_id, source FROM reports").fetchall())

    def metas(self) -> dict[str, tuple[ReportMeta, str]]:
        """doc_id → (metadata, source) of every stored report."""
        with self._lock:
            rows = self._db.execute("SELECT doc_id, meta, source FROM reports ORDER BY doc_id").fetchall()
        return {doc_id: (_meta(meta), source) for doc_id, meta, source in rows}

    def meta(self, doc_id: str) -> ReportMeta | None:
        """One stored report's metadata, None when it is not stored."""
        with self._lock:
            row = self._db.execute("SELECT meta FROM reports WHERE doc_id=?", (doc_id,)).fetchone()
        return _meta(row[0]) if row else None

    def texts(self, doc_id: str) -> tuple[str, CleanText] | None:
        """(raw text, clean text with offsets) of one report."""
        with self._lock:
            row = self._db.execute("SELECT raw, clean, offsets FROM reports WHERE doc_id=?", (doc_id,)).fetchone()
        if row is None:
            return None
        offsets = array("i")
        offsets.frombytes(row[2])
        return row[0], CleanText(text=row[1], offsets=offsets.tolist())

    def chunks(self) -> list[tuple[Chunk, list[str]]]:
        """Every chunk with its BM25 tokens, in report order."""
        with self._lock:
            rows = self._db.execute(
                'SELECT id, doc_id, ordinal, section, text, clean_start, clean_end, start, "end", tokens '
                "FROM chunks ORDER BY doc_id, ordinal"
            ).fetchall()
        return [(Chunk(*row[:9]), json.loads(row[9])) for row in rows]

    def indicators(self) -> list[IndicatorFact]:
        """Every indicator row, by report and order of appearance."""
        with self._lock:
            rows = self._db.execute(
                'SELECT doc_id, indicator, label, value_text, unit, value, year, section, quote, start, "end" '
                "FROM indicators ORDER BY doc_id, ordinal"
            ).fetchall()
        return [IndicatorFact(*row) for row in rows]

    def labelled(self, doc_ids: Sequence[str] | None = None) -> list[LabelledFigure]:
        """The labelled figures of some reports (all when None), by report and order of appearance."""
        query = f"SELECT {_LABELLED_COLUMNS} FROM labelled"
        args: tuple[str, ...] = ()
        if doc_ids is not None:
            query += f" WHERE doc_id IN ({','.join('?' * len(doc_ids))})"
            args = tuple(doc_ids)
        with self._lock:
            rows = self._db.execute(query + " ORDER BY doc_id, ordinal", args).fetchall()
        return [LabelledFigure(doc_id=r[0], label=r[1], column=r[2], value_text=r[3], unit=r[4], value=r[5], kind=r[6],
                               qualifiers=tuple(json.loads(r[7])), subject=r[8], origin=r[9], section=r[10],
                               quote=r[11], start=r[12], end=r[13], value_start=r[14], value_end=r[15],
                               total=bool(r[16])) for r in rows]

    def chunk_counts(self) -> dict[str, int]:
        """doc_id → how many chunks the report has."""
        with self._lock:
            rows = self._db.execute("SELECT doc_id, COUNT(*) FROM chunks GROUP BY doc_id").fetchall()
        return dict(rows)

    def chunk_count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0])


_META_FIELDS = {f.name for f in fields(ReportMeta)}


def _meta(text: str) -> ReportMeta:
    """A stored metadata row; keys this version does not know (a newer writer's) are left out."""
    return ReportMeta(**{k: v for k, v in json.loads(text).items() if k in _META_FIELDS})
