"""Old Word (.doc) and WPS (.wps) files, read by converting them to .docx with LibreOffice headless
(`soffice --convert-to docx`) and reading that .docx as any other (ingest/formats.py): the text and
its offsets are those of the converted document. Without LibreOffice the file is not read and the
message names the converter to install."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

TIMEOUT_S = 180


class ConvertError(Exception):
    """The file could not be converted; the message says why, in one line."""


def soffice() -> str | None:
    """LibreOffice's command, when installed (looked up on PATH at each call)."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_docx(data: bytes, suffix: str) -> bytes:
    """The .docx LibreOffice makes of a .doc or .wps file's bytes."""
    exe = soffice()
    if exe is None:
        raise ConvertError(f"{suffix} files are read through LibreOffice, which is not installed "
                           "(soffice not found; apt-get install libreoffice-writer)")
    with tempfile.TemporaryDirectory(prefix="govqa-office-") as tmp:
        work = Path(tmp)
        source = work / f"report{suffix.lower()}"
        source.write_bytes(data)
        profile = work / "profile"  # a profile of its own: two conversions at once do not collide
        try:
            done = subprocess.run(
                [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                 "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(work / "out"), str(source)],
                capture_output=True, timeout=TIMEOUT_S, env={**os.environ, "HOME": str(work)},
            )
        except subprocess.TimeoutExpired as exc:
            raise ConvertError(f"LibreOffice took more than {TIMEOUT_S} s to convert the {suffix} file") from exc
        out = work / "out" / "report.docx"
        if done.returncode != 0 or not out.is_file():
            why = " ".join((done.stderr or done.stdout).decode("utf-8", "replace").split())[:160]
            raise ConvertError(f"LibreOffice could not convert the {suffix} file ({why or 'no output'})")
        return out.read_bytes()
