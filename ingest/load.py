"""Find report files and read their text: .txt/.md decoded (UTF-8, UTF-16 with BOM, else GB18030),
.docx and .pdf extracted (ingest/formats.py). Citation offsets index this text."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ingest.formats import ExtractError, docx_text, pdf_text

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf")


class LoadError(Exception):
    """A file that cannot be ingested; the message says why, in one line."""


@dataclass(frozen=True)
class SourceFile:
    path: Path
    doc_id: str
    source: str  # relative to the project root when inside it


def decode(data: bytes) -> str:
    """Text of a report file: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030."""
    if not data.strip():
        raise LoadError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise LoadError("not readable text in UTF-16 (it starts with a UTF-16 byte order mark)") from exc
    if b"\x00" in data[:8192]:
        raise LoadError("binary file (contains NUL bytes)")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
        break
    raise LoadError("not readable text in UTF-8 or GB18030/GBK")


def _looks_like_text(text: str) -> bool:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return controls <= max(2, len(sample) // 200)


def to_text(data: bytes, suffix: str) -> str:
    """The text govqa reads from a file's bytes, by the file's type."""
    suffix = suffix.lower()
    if suffix in (".docx", ".pdf"):
        if not data:
            raise LoadError("empty file")
        try:
            text = docx_text(data) if suffix == ".docx" else pdf_text(data)
        except ExtractError as exc:
            raise LoadError(str(exc)) from exc
        if not text.strip():
            raise LoadError("no text in the document")
        return text
    return decode(data)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of a report file, within the size limit."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise LoadError(f"file too large ({size} bytes; the limit is {max_bytes})")
        with path.open("rb") as f:
            data = _read_at_most(f, max_bytes)
    except FileNotFoundError as exc:
        raise LoadError("file vanished before it could be read") from exc
    except PermissionError as exc:
        raise LoadError("permission denied") from exc
    except IsADirectoryError as exc:
        raise LoadError("is a directory") from exc
    except OSError as exc:
        raise LoadError(f"cannot read: {exc.strerror or exc}") from exc
    if data is None:
        raise LoadError(f"file too large (it grew past the limit of {max_bytes} bytes while being read)")
    return data


def _read_at_most(f: BinaryIO, max_bytes: int) -> bytes | None:
    """The rest of f, or None when it holds more than max_bytes."""
    parts: list[bytes] = []
    size = 0
    while part := f.read(1 << 20):
        size += len(part)
        if size > max_bytes:
            return None
        parts.append(part)
    return b"".join(parts)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_report(path: Path, max_bytes: int) -> tuple[str, str]:
    """(text, sha256 of the bytes) of one report file."""
    data = read_bytes(path, max_bytes)
    return to_text(data, path.suffix), sha256(data)


def source_text(path: Path) -> str:
    """The text of a report file that citation offsets index (what `govqa text FILE` prints)."""
    return to_text(read_bytes(path, 1 << 62), path.suffix)


def _doc_id(path: Path) -> str:
    stem = re.sub(r"\s+", "-", path.stem.strip()).lower()
    return stem or hashlib.sha1(str(path).encode()).hexdigest()[:10]


def display_path(path: Path, root: Path) -> str:
    resolved = path.resolve()
    try:
        return resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def _hidden(relative: Path) -> bool:
    """Inside a hidden folder (.git, .venv, the index), or an Office lock file (~$报告.docx)."""
    return any(part.startswith(".") for part in relative.parts[:-1]) or relative.name.startswith(("~$", "."))


def discover(paths: list[Path], root: Path) -> tuple[list[SourceFile], list[tuple[str, str]]]:
    """Report files under paths, and (path, reason) for each path that cannot be used."""
    found: list[Path] = []
    problems: list[tuple[str, str]] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                            and not _hidden(p.relative_to(path)))
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(path)
            else:
                problems.append((str(path), f"unsupported file type '{path.suffix or '(none)'}' (supported: {', '.join(SUPPORTED_SUFFIXES)})"))
        else:
            problems.append((str(path), "no such file or directory"))
    files: list[SourceFile] = []
    seen: dict[str, Path] = {}
    for path in dict.fromkeys(p.resolve() for p in found):
        doc_id = _doc_id(path)
        if doc_id in seen:
            doc_id = f"{doc_id}-{hashlib.sha1(str(path).encode()).hexdigest()[:6]}"
        seen[doc_id] = path
        files.append(SourceFile(path=path, doc_id=doc_id, source=display_path(path, root)))
    return files, problems
