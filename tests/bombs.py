"""Hostile documents under 2 MB that inflate to gigabytes or to very many elements (issue 16)."""

from __future__ import annotations

import io
import zipfile
import zlib


def docx_bomb(paragraphs: int = 3_000_000) -> bytes:
    """A .docx whose document.xml inflates to millions of paragraphs (about 100 MB from ~1 MB)."""
    from docx import Document

    buf = io.BytesIO()
    Document().save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for item in src.infolist():
            if item.filename != "word/document.xml":
                dst.writestr(item, src.read(item))
                continue
            with dst.open("word/document.xml", "w") as part:
                part.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
                row = b"<w:p><w:r><w:t>\xe6\x8a\xa5</w:t></w:r></w:p>" * 1000
                for _ in range(paragraphs // 1000):
                    part.write(row)
                part.write(b"</w:body></w:document>")
    return out.getvalue()


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of the given objects (1 0 obj … n 0 obj) with a correct xref table; object 1 is the catalog."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_flate_bomb(inflated: int = 1_000_000_000) -> bytes:
    """A one-page PDF whose content stream inflates to about `inflated` bytes of text operators
    (~1 MB). Each megabyte is compressed once: after a full flush the compressor starts afresh, so
    every later megabyte compresses to the same bytes."""
    z = zlib.compressobj(9)
    block = b"(a) Tj " * 150_000
    head = z.compress(b"BT /F1 12 Tf 72 720 Td ") + z.flush(zlib.Z_FULL_FLUSH)
    piece = z.compress(block) + z.flush(zlib.Z_FULL_FLUSH)
    content = head + piece * (inflated // len(block)) + z.compress(b"ET") + z.flush()
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(content, b"/Filter /FlateDecode "),
        _FONT,
    ])


def pdf_pages_bomb(pages: int = 20_000) -> bytes:
    """A PDF of very many pages that share one content stream and inherit the rest (~1.8 MB)."""
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    content = b"BT /F1 12 Tf 72 720 Td (page) Tj ET"
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> >>"
        % (kids, pages),
        _stream(content),
        _FONT,
        *[b"<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>"] * pages,
    ])
