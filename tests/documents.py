"""Word and PDF versions of the text reports, made the way departments publish them.

A .docx gets one paragraph per line and a real Word table for each run of tab-separated lines (the
江门 table, split where the text repeats its header, as a table broken across pages is); the PDF is
LibreOffice's rendering of that .docx, with its text layer.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path


def write_docx(text: str, path: Path) -> Path:
    """A .docx holding text: a paragraph per line, a table per run of tab-separated lines."""
    from docx import Document

    doc = Document()
    rows: list[list[str]] = []

    def table() -> None:
        width = max(len(r) for r in rows)
        grid = doc.add_table(rows=len(rows), cols=width)
        grid.style = "Table Grid"
        for row, cells in zip(grid.rows, rows, strict=True):
            for cell, value in zip(row.cells, cells + [""] * (width - len(cells)), strict=True):
                cell.text = value
        rows.clear()

    for line in text.replace("\r\n", "\n").split("\n"):
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            table()
        doc.add_paragraph(line)
    if rows:
        table()
    doc.save(str(path))
    return path


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(paths: list[Path], out_dir: Path, timeout: float = 300) -> list[Path]:
    """PDFs of .docx files, rendered by LibreOffice headless (one process for all of them)."""
    exe = soffice()
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer")
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = out_dir / ".lo-profile"
    env = {**os.environ, "HOME": str(profile)}  # LibreOffice writes its caches under HOME
    subprocess.run(
        [exe, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, paths)],
        check=True, capture_output=True, timeout=timeout, env=env,
    )
    shutil.rmtree(profile, ignore_errors=True)
    pdfs = [out_dir / f"{p.stem}.pdf" for p in paths]
    missing = [p.name for p in pdfs if not p.is_file()]
    if missing:
        raise RuntimeError(f"LibreOffice made no PDF for {', '.join(missing)}")
    return pdfs
