"""Ingest speed of a scanned (OCR'd) PDF page and of a text-layer PDF page, for BENCHMARKS.md.

    python -m tests.page_speed [--pages 6] [--embedder e5-small]

The same made-up report (tests/scanned.py) as a scan (page images, no text layer) and as a PDF with
a text layer (its .docx rendered by LibreOffice); each is read (extraction: text layer or OCR) and
ingested into a fresh data dir with the given embedder (the default one unless told), in this
process, one after the other, the embedder and the OCR engine loaded before timing. Prints seconds
per page for both, and characters per page (the text PDF fits more on a page)."""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from app.core.settings import Settings
from ingest.embed import get_embeddings
from ingest.index import ingest
from ingest.load import to_document
from ingest.ocr import engine
from tests import scanned
from tests.documents import docx_to_pdf, write_docx


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=6)
    parser.add_argument("--embedder", default=None)
    args = parser.parse_args()
    pages = scanned.report_pages(args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "scan").mkdir()
        (root / "text").mkdir()
        scan = root / "scan" / "report.pdf"
        scan.write_bytes(scanned.scanned_pdf(pages))
        docx = write_docx("\n".join("\n".join(lines) for lines in pages), root / "report.docx")
        text_pdf = docx_to_pdf([docx], root / "text")[0]
        settings = Settings(data_dir=root / "warm", project_root=root,
                            **({"embeddings": args.embedder} if args.embedder else {}))
        embeddings = get_embeddings(settings.embeddings, settings.threads)
        embeddings.embed_documents(["预热"])
        engine()
        for name, path in (("text layer", text_pdf), ("OCR", scan)):
            data = path.read_bytes()
            started = time.perf_counter()
            doc = to_document(data, ".pdf")
            read = time.perf_counter() - started
            n = doc.text.count("\f") + 1
            settings = Settings(data_dir=root / f"data-{path.parent.name}", project_root=root,
                                **({"embeddings": args.embedder} if args.embedder else {}))
            started = time.perf_counter()
            result = ingest([path], settings, embeddings, progress=False)
            wall = time.perf_counter() - started
            assert result.ok, result.failed
            print(f"{name}: {n} pages, {len(doc.text) / n:.0f} characters/page; read {read / n:.2f} s/page; ingest (read + clean + chunk + embed + "
                  f"write) {wall / n:.2f} s/page; {result.chunks_embedded} chunks; load avg "
                  f"{os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
