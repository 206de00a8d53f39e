"""Resource limits on reading report files, so that one hostile or broken file cannot take the
process (or the web server) down.

- Before a Word or Excel file is opened, its zip directory is checked: the declared size of every
  member and of all of them together, and the number of members (zipfile never inflates a member
  past its declared size, so the check holds however the file lies); the document part is then
  stream-read to count its paragraphs and cells before python-docx builds them.
- Before a PDF is read, its page count is checked and every compressed stream is inflated
  incrementally up to the decoded-size limit (a flate bomb stops there, having used little memory).
- Documents are read in a worker process with a memory cap (RLIMIT_AS) and a time limit: a file
  that needs more is refused with that reason, and the worker is started again for the next file.
- The text read from any file is refused past a number of characters, and refused when it is not
  prose (`prose_problem`), before anything is embedded.

Every limit is a GOVQA_* setting (app/core/settings.py); each refusal is a `LoadError` whose
message names the limit and its setting.
"""

from __future__ import annotations

import io
import logging
import os
import re
import subprocess
import sys
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from app.core.settings import Settings
from app.core.tokenize import dictionary_words
from ingest.document import Extracted
from ingest.load import LoadError, to_document

log = logging.getLogger(__name__)

PLAIN_SUFFIXES = (".txt", ".md")  # decoded in process: their cost is bounded by the file size
_ZIP_SUFFIXES = (".docx", ".xlsx")
_DOC_PART = re.compile(r"^(?:word/document\.xml|xl/worksheets/sheet\d+\.xml|xl/sharedStrings\.xml)$")
_ELEMENT = re.compile(rb"<(?:w:p|w:tc|c|si)[ >/]")  # paragraphs and cells (Word), cells and strings (Excel)
_MAX_ZIP_MEMBERS = 2000


@dataclass(frozen=True)
class Limits:
    max_chars: int = 2_000_000
    max_inflated_bytes: int = 100_000_000
    max_elements: int = 200_000
    max_pdf_pages: int = 2000
    max_stream_bytes: int = 50_000_000
    memory_mb: int = 3072  # address space: the OCR engine (onnxruntime, OpenCV) needs over 1 GB of it
    timeout_s: float = 120.0
    page_timeout_s: float = 30.0  # more time per PDF page: a scanned page is read by OCR (10-20 s)

    @classmethod
    def of(cls, settings: Settings) -> Limits:
        return cls(
            max_chars=settings.max_text_chars, max_inflated_bytes=settings.max_inflated_bytes,
            max_elements=settings.max_document_elements, max_pdf_pages=settings.max_pdf_pages,
            max_stream_bytes=settings.max_pdf_stream_bytes, memory_mb=settings.read_memory_mb,
            timeout_s=settings.read_timeout_s, page_timeout_s=settings.read_page_timeout_s,
        )


# -- checks before a document is parsed -----------------------------------------------------------


def check_zip(data: bytes, limits: Limits) -> None:
    """Refuse a Word/Excel file whose members would inflate past the limits (a damaged zip is left
    to the reader, which says it is damaged)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = zf.infolist()
            if len(members) > _MAX_ZIP_MEMBERS:
                raise LoadError(f"too many parts in the file ({len(members)}; the limit is {_MAX_ZIP_MEMBERS})")
            total = sum(m.file_size for m in members)
            if total > limits.max_inflated_bytes:
                raise LoadError(
                    f"the file would inflate to {total:,} bytes (decompression bomb?); the limit is "
                    f"{limits.max_inflated_bytes:,} (GOVQA_MAX_INFLATED_BYTES)"
                )
            if "word/document.xml" in zf.namelist():
                with zf.open("word/document.xml") as part:
                    head = part.read(1 << 16)
                if b"<!ENTITY" in head:
                    _refuse_entities(zf.read("word/document.xml"))
            elements = 0
            for member in members:
                if not _DOC_PART.match(member.filename):
                    continue
                with zf.open(member) as part:
                    tail = b""
                    while block := part.read(1 << 20):
                        elements += len(_ELEMENT.findall(tail + block))
                        tail = block[-8:]
                        if elements > limits.max_elements:
                            raise LoadError(
                                f"too many paragraphs and cells (over {limits.max_elements:,}; "
                                "GOVQA_MAX_DOCUMENT_ELEMENTS)"
                            )
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError):
        return  # a damaged file: the reader says what is wrong with it


def _refuse_entities(xml: bytes) -> None:
    """Name the first paragraph that uses an entity the file declares itself (Word never writes one;
    an external entity is how a file tries to pull in another): its text after the entity would be
    lost without a word, so the file is refused, naming the paragraph."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as exc:
        raise LoadError(f"not a readable Word .docx file (document.xml: {exc})") from exc
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for n, p in enumerate(root.iter(f"{w}p"), 1):
        entity = next((e for e in p.iter() if isinstance(e, etree._Entity)), None)
        if entity is not None:
            before = "".join(t.text or "" for t in p.iter(f"{w}t"))[:30]
            raise LoadError(f"paragraph {n} (“{before}…”) uses an entity the file declares ({entity.text}), "
                            "which is not read: its text would be lost")


def check_pdf(data: bytes, limits: Limits) -> tuple[bool, int]:
    """Refuse a PDF with too many pages or a compressed stream that inflates past the limit; returns
    whether its cross-reference table is broken (it is read by scanning for objects) and its page
    count. A PDF whose structure cannot be parsed at all is left to the reader, which says it is
    broken."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import PDFStream

    broken = False
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)), fallback=False)
    except Exception:
        broken = True
        try:
            document = PDFDocument(PDFParser(io.BytesIO(data)))
        except Exception:  # damaged or encrypted: pdf_text says which
            return True, 0
    pages = 0
    try:
        for pages, _ in enumerate(PDFPage.create_pages(document), 1):
            if pages > limits.max_pdf_pages:
                raise LoadError(f"too many pages (over {limits.max_pdf_pages:,}; GOVQA_MAX_PDF_PAGES)")
    except LoadError:
        raise
    except Exception:
        broken = True
    broken = broken or pages == 0
    seen: set[int] = set()
    for xref in document.xrefs:
        for objid in xref.get_objids():
            if objid in seen:
                continue
            seen.add(objid)
            try:
                obj = document.getobj(objid)
            except Exception:  # listed in the cross-reference table, not where it says
                broken = True
                continue
            if isinstance(obj, PDFStream) and _inflates_past(obj, limits.max_stream_bytes):
                raise LoadError(
                    f"a compressed stream inflates past {limits.max_stream_bytes:,} bytes (decompression bomb?); "
                    "GOVQA_MAX_PDF_STREAM_BYTES"
                )
    return broken, pages


def _inflates_past(stream: Any, limit: int) -> bool:
    """Whether a Flate stream inflates past limit bytes, found out without holding more than
    limit bytes of its output at a time."""
    names = [getattr(f, "name", f) for f, _ in stream.get_filters()]
    if not names or names[0] not in ("FlateDecode", "Fl"):
        return False
    inflater = zlib.decompressobj()
    data = stream.rawdata or b""
    size, step = 0, 1 << 16
    try:
        for i in range(0, len(data), step):
            size += len(inflater.decompress(data[i : i + step], limit + 1))
            while inflater.unconsumed_tail and size <= limit:
                size += len(inflater.decompress(inflater.unconsumed_tail, limit + 1))
            if size > limit:
                return True
    except zlib.error:
        return False  # a damaged stream: the reader skips it
    return False


# -- what was read ---------------------------------------------------------------------------------

_HAN = re.compile(r"[\u4e00-\u9fff]")
_WORDLIKE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def check_text(text: str, limits: Limits) -> None:
    """Refuse text past the character limit, or text that is not prose."""
    if len(text) > limits.max_chars:
        raise LoadError(f"too much text ({len(text):,} characters; the limit is {limits.max_chars:,}, GOVQA_MAX_TEXT_CHARS)")
    if problem := prose_problem(text):
        raise LoadError(f"not prose: {problem}")


def prose_problem(text: str) -> str | None:
    """Why a text is not the prose of a report, or None. Judged on up to 50,000 characters spread
    over the text: most characters must be letters or digits, lines must carry more than a few
    characters, and most Chinese characters must stand in dictionary words (random characters, a
    file decoded in the wrong encoding or a column of single characters are not read)."""
    sample = text if len(text) <= 50_000 else "\n".join(text[i : i + 10_000] for i in range(0, len(text), len(text) // 5))[:50_000]
    visible = [ch for ch in sample if not ch.isspace()]
    if len(visible) < 200:
        return None  # too little to judge; what is there is indexed
    wordlike = sum(1 for ch in visible if _WORDLIKE.match(ch))
    if wordlike < 0.5 * len(visible):
        return f"only {wordlike / len(visible):.0%} of its characters are letters or digits"
    lines = [line for line in sample.split("\n") if line.strip()]
    mean = len(visible) / max(1, len(lines))
    if mean < 4:
        return f"its lines hold {mean:.1f} characters on average (one character per line?)"
    if len(_HAN.findall(sample)) >= 200:
        covered = _in_words(sample[:20_000])
        if covered < 0.12:  # report prose: 0.6-0.9; Traditional characters with pinyin: 0.2; random: 0.0
            return f"only {covered:.0%} of its Chinese characters form known words (random or mis-decoded text?)"
    return None


def _in_words(text: str) -> float:
    """Share of the Chinese characters that stand in a dictionary word of two or more of them."""
    counts = [len(_HAN.findall(w)) for w in dictionary_words(text)]
    return sum(n for n in counts if n > 1) / max(1, sum(counts))


# -- reading in a worker ---------------------------------------------------------------------------


def _extract(data: bytes, suffix: str, limits: Limits, tell: Callable[[int], None]) -> Extracted:
    """Checks, then the document: what the worker runs. tell(pages): a PDF's page count, before its
    pages are read (each may be OCR'd), so the reader waits longer for it."""
    if suffix in _ZIP_SUFFIXES:
        check_zip(data, limits)
    elif suffix == ".pdf":
        broken, pages = check_pdf(data, limits)
        tell(pages)
        if broken:
            try:
                return to_document(data, suffix)
            except LoadError as exc:
                if "without a text layer" in str(exc):  # not scanned: damaged
                    raise LoadError("damaged PDF: its cross-reference table is broken and no text could be read") from exc
                raise
    return to_document(data, suffix)


def serve(memory_mb: int) -> None:
    """The worker (`python -c`, started by Reader): read files sent on stdin, one at a time, under
    a memory cap; answers go to stdout, anything a library prints goes to stderr."""
    import resource

    cap = memory_mb << 20
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    jobs = Connection(os.dup(0), writable=False)
    answers = Connection(os.dup(1), readable=False)
    os.dup2(2, 1)
    while True:
        try:
            data, suffix, limits = jobs.recv()
        except EOFError:
            return
        try:
            answers.send(("ok", _extract(data, suffix, limits, lambda pages: answers.send(("pages", pages)))))
        except Exception as exc:  # a bug or an odd file: named, not fatal
            answers.send(("refused", _reason(exc, memory_mb)))


def _reason(exc: BaseException, memory_mb: int) -> str:
    """Why a file was refused; running out of memory is named even when a reader wrapped it."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, MemoryError):
            return f"reading it needs more than {memory_mb} MB of memory (GOVQA_READ_MEMORY_MB)"
        cause = cause.__cause__ or cause.__context__
    if isinstance(exc, LoadError):
        return str(exc)
    return f"could not be read ({type(exc).__name__}: {str(exc)[:160]})"


class Reader:
    """Reads report files into text within the limits; documents in a worker process that is
    started on first use, reused, and started again after a file that killed it or took too long."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self._process: subprocess.Popen[bytes] | None = None
        self._jobs: Connection | None = None
        self._answers: Connection | None = None

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def document(self, data: bytes, suffix: str) -> Extracted:
        """The document govqa reads from a file's bytes (its text, OCR'd lines or sheet cells with
        their place, a web page's date), within the limits."""
        suffix = suffix.lower()
        doc = to_document(data, suffix) if suffix in PLAIN_SUFFIXES else self._in_worker(data, suffix)
        check_text(doc.text, self.limits)
        return doc

    def text(self, data: bytes, suffix: str) -> str:
        return self.document(data, suffix).text

    def _in_worker(self, data: bytes, suffix: str) -> Extracted:
        if self._process is None:
            self._start()
        assert self._jobs is not None and self._answers is not None
        wait = self.limits.timeout_s
        try:
            self._jobs.send((data, suffix, self.limits))
            while True:
                started = time.monotonic()
                if not self._answers.poll(wait):
                    self.close()
                    raise LoadError(f"reading it took longer than {self.limits.timeout_s:g} s and "
                                    f"{self.limits.page_timeout_s:g} s a page (GOVQA_READ_TIMEOUT_S, "
                                    "GOVQA_READ_PAGE_TIMEOUT_S)")
                status, value = self._answers.recv()
                if status != "pages":
                    break
                wait = wait - (time.monotonic() - started) + value * self.limits.page_timeout_s
        except (EOFError, OSError) as exc:
            self.close()
            raise LoadError(
                f"reading it stopped the reader (over {self.limits.memory_mb} MB of memory? GOVQA_READ_MEMORY_MB)"
            ) from exc
        if status != "ok":
            raise LoadError(value)
        assert isinstance(value, Extracted)
        return value

    def _start(self) -> None:
        # a fresh interpreter (not a fork: no threads or locks inherited from a server, and no
        # re-import of the caller's main script), importing this package from where it was found
        root = str(Path(__file__).resolve().parent.parent)
        code = f"import sys; sys.path.insert(0, {root!r}); from ingest.limits import serve; serve({self.limits.memory_mb})"
        self._process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert self._process.stdin is not None and self._process.stdout is not None
        self._jobs = Connection(os.dup(self._process.stdin.fileno()), readable=False)
        self._answers = Connection(os.dup(self._process.stdout.fileno()), writable=False)
        self._process.stdin.close()
        self._process.stdout.close()

    def close(self) -> None:
        for conn in (self._jobs, self._answers):
            if conn is not None:
                conn.close()
        self._jobs = self._answers = None
        if self._process is not None:
            self._process.kill()
            self._process.wait(5)
            self._process = None
