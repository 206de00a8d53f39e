"""Find report files and read their text: .txt/.md decoded (UTF-8, UTF-16 with BOM, else GB18030),
.docx and .pdf extracted (ingest/formats.py; PDF pages without usable text by OCR, ingest/ocr.py),
.xlsx/.xls forms (ingest/sheets.py), saved web pages (ingest/html.py), .doc/.wps through LibreOffice
(ingest/office.py). Citation offsets index this text."""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ingest.document import Extracted
from ingest.formats import ExtractError, docx_text, pdf_document
from ingest.html import PageError, html_document
from ingest.office import ConvertError, to_docx
from ingest.sheets import SheetError, sheet_document

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".xlsx", ".xls", ".html", ".htm", ".doc", ".wps")
NOT_REPORTS = ("manifest.json", "manifest.toml")  # govqa's own files in a report folder (metadata overrides)
SYMLINK_REFUSED = "symbolic link: not followed (set GOVQA_FOLLOW_SYMLINKS=true to follow links that stay inside the folder)"
_READ_ATTEMPTS = 3

log = logging.getLogger(__name__)


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
    return to_document(data, suffix).text


def to_document(data: bytes, suffix: str) -> Extracted:
    """The text govqa reads from a file's bytes, by the file's type, with what the reader knows
    beyond it (OCR'd lines and sheet cells with their place, a web page's date)."""
    suffix = suffix.lower()
    if suffix in (".txt", ".md"):
        return Extracted(decode(data))
    if not data:
        raise LoadError("empty file")
    try:
        if suffix == ".pdf":
            doc = pdf_document(data)
        elif suffix in (".xlsx", ".xls"):
            doc = sheet_document(data, suffix)
        elif suffix in (".html", ".htm"):
            doc = html_document(data)
        else:
            doc = Extracted(docx_text(to_docx(data, suffix) if suffix in (".doc", ".wps") else data))
    except (ExtractError, SheetError, PageError, ConvertError) as exc:
        raise LoadError(str(exc)) from exc
    if not doc.text.strip():
        raise LoadError("no text in the document")
    return doc


def read_bytes(path: Path, max_bytes: int, follow_symlinks: bool = False) -> bytes:
    """The bytes of a report file, within the size limit, as they were at one moment: a file whose
    size or modification time changes while it is read is read again, and refused if it keeps
    changing. A symbolic link is refused unless follow_symlinks (also a file swapped for a link
    after it was found: the file read must be the file the name holds, not a link's target)."""
    try:
        for _ in range(_READ_ATTEMPTS):
            if not follow_symlinks and os.path.islink(path):
                raise LoadError(SYMLINK_REFUSED)
            before = path.stat()
            if before.st_size > max_bytes:
                raise LoadError(f"file too large ({before.st_size} bytes; the limit is {max_bytes})")
            with path.open("rb") as f:
                data = _read_at_most(f, max_bytes)
                after = os.fstat(f.fileno())
            if not follow_symlinks and not _same_file(after, os.lstat(path)):
                raise LoadError(SYMLINK_REFUSED)  # swapped for a link while it was opened
            if data is None:
                raise LoadError(f"file too large (it grew past the limit of {max_bytes} bytes while being read)")
            if _same(before, after) and len(data) == after.st_size:
                return data
            log.info("%s changed while it was read; reading it again", path)
    except FileNotFoundError as exc:
        raise LoadError("file vanished before it could be read") from exc
    except PermissionError as exc:
        raise LoadError("permission denied") from exc
    except IsADirectoryError as exc:
        raise LoadError("is a directory") from exc
    except OSError as exc:
        raise LoadError(f"cannot read: {exc.strerror or exc}") from exc
    raise LoadError(f"file kept changing while it was read ({_READ_ATTEMPTS} tries); ingest it again when it is complete")


def _same_file(opened: os.stat_result, named: os.stat_result) -> bool:
    return (opened.st_dev, opened.st_ino) == (named.st_dev, named.st_ino)


def _same(before: os.stat_result, after: os.stat_result) -> bool:
    """The same size and modification time (a file being written changes one or both)."""
    return (before.st_size, getattr(before, "st_mtime_ns", None)) == (after.st_size, after.st_mtime_ns)


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


def readable(path: Path | str) -> str:
    """A path as text that can be printed and stored: bytes that are not UTF-8 as \\x escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def display_path(path: Path, root: Path, base: Path | None = None) -> str:
    """Where a report came from, as citations show it: relative to the project root when inside
    it, else relative to the folder it was found in (named with that folder), else its name;
    never an absolute system path."""
    resolved = path.resolve()
    for top, keep_name in ((root, False), (base, True)):
        if top is None:
            continue
        top = top.resolve()
        try:
            relative = resolved.relative_to(top)
        except ValueError:
            continue
        return (Path(top.name) / relative if keep_name and top.name else relative).as_posix()
    return path.name


def _hidden(relative: Path) -> bool:
    """Inside a hidden folder (.git, .venv, the index), or an Office lock file (~$报告.docx)."""
    return any(part.startswith(".") for part in relative.parts[:-1]) or relative.name.startswith(("~$", "."))


def unsupported(paths: list[Path]) -> list[tuple[str, str]]:
    """(path, reason) for each file in the given folders that govqa does not read, so none is
    passed over in silence (hidden files and folders and govqa's own files aside)."""
    out: list[tuple[str, str]] = []
    for path in paths:
        if path.is_dir():
            out += [(readable(p), _unsupported_reason(p)) for p in sorted(path.rglob("*"))
                    if p.is_file() and p.suffix.lower() not in SUPPORTED_SUFFIXES and p.name not in NOT_REPORTS
                    and not _hidden(p.relative_to(path))]
    return out


def _unsupported_reason(path: Path) -> str:
    return f"unsupported file type '{path.suffix or '(none)'}' (supported: {', '.join(SUPPORTED_SUFFIXES)})"


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def _walk(folder: Path, follow_symlinks: bool) -> Iterator[tuple[Path, str | None]]:
    """(file, None) for each report file under folder, (path, reason) for each one left out that a
    person would expect to be read: a symbolic link (not followed, or leading outside the folder)
    or a name that is not UTF-8."""
    seen: set[Path] = set()
    for top, dirs, names in os.walk(folder, followlinks=follow_symlinks):
        here = Path(top)
        if follow_symlinks:  # a link back up the tree would loop
            real = here.resolve()
            if real in seen:
                dirs[:] = []
                continue
            seen.add(real)
        dirs.sort()
        for name in list(dirs):
            sub = here / name
            if _hidden(sub.relative_to(folder) / "x"):
                dirs.remove(name)
            elif sub.is_symlink() and not (follow_symlinks and _inside(sub, folder)):
                dirs.remove(name)
                yield sub, SYMLINK_REFUSED if not follow_symlinks else _OUTSIDE
        for name in sorted(names):
            path = here / name
            if path.suffix.lower() not in SUPPORTED_SUFFIXES or _hidden(path.relative_to(folder)):
                continue
            if path.is_symlink():
                if not follow_symlinks:
                    yield path, SYMLINK_REFUSED
                    continue
                if not _inside(path, folder):
                    yield path, _OUTSIDE
                    continue
            if path.is_file():
                yield path, _name_problem(path)


_OUTSIDE = "symbolic link to a place outside the folder: not followed"


def _name_problem(path: Path) -> str | None:
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return "file name is not valid UTF-8 (rename the file to ingest it)"
    return None


def discover(paths: list[Path], root: Path, follow_symlinks: bool = False) -> tuple[list[SourceFile], list[tuple[str, str]]]:
    """Report files under paths, and (path, reason) for each path that cannot be used. Symbolic
    links are not followed (with follow_symlinks, only those that stay inside the given folder)."""
    found: list[tuple[Path, Path | None]] = []  # (file, the folder it was found in)
    problems: list[tuple[str, str]] = []
    for path in paths:
        if path.is_symlink() and not follow_symlinks:
            problems.append((readable(path), SYMLINK_REFUSED))
        elif path.is_dir():
            walked = sorted(_walk(path, follow_symlinks))
            problems += [(readable(file), problem) for file, problem in walked if problem]
            found += [(file, path) for file, problem in walked if not problem]
        elif path.is_file():
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                problems.append((readable(path), _unsupported_reason(path)))
            elif problem := _name_problem(path):
                problems.append((readable(path), problem))
            else:
                found.append((path, None))
        else:
            problems.append((readable(path), "no such file or directory"))
    files: list[SourceFile] = []
    seen: dict[str, Path] = {}
    unique: dict[Path, Path | None] = {}
    for path, base in found:
        unique.setdefault(path.resolve(), base)
    for path, base in unique.items():
        doc_id = _doc_id(path)
        if doc_id in seen:
            doc_id = f"{doc_id}-{hashlib.sha1(str(path).encode()).hexdigest()[:6]}"
        seen[doc_id] = path
        files.append(SourceFile(path=path, doc_id=doc_id, source=display_path(path, root, base)))
    return files, problems
