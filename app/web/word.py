"""The conversation as a Word document (.docx, python-docx), for officials who work in Word and on
paper: each question as a heading, the answer with its citation marks raised ([1]), and under it
the references, footnote style: 《title》section：“quote” — department, year; file, characters
start–end (and the PDF page or the cells or OCR region where the quote stands).

Word's own footnotes need parts python-docx does not write; references under each answer print
the same and stay next to what they support. Text goes in as text (python-docx escapes it); control
characters Word's XML cannot hold are dropped.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import datetime

from docx import Document
from docx.shared import Pt, RGBColor

from app.core.records import Citation
from app.web.conversation import Turn

_REF = re.compile(r"(\[\d{1,3}\])")
_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_GREY = RGBColor(0x44, 0x44, 0x44)


def _clean(text: str) -> str:
    return _XML_BAD.sub("", text)


def reference(c: Citation) -> str:
    """One citation as a reference line (the footnote's text)."""
    year = f"{c.year}年度" if c.year else "年度不详"
    where = f"{c.source} 字符 {c.start}–{c.end}"
    if c.page:
        where += f"，第{c.page}页"
    if c.location:
        where += f"；{c.location.label}"
    return f"《{c.title}》{c.section}：“{c.quote}”——{c.department}，{year}；{where}"


def _with_marks(paragraph, text: str) -> None:  # type: ignore[no-untyped-def]
    """Text with its [n] citation marks raised."""
    for piece in _REF.split(_clean(text)):
        if piece:
            run = paragraph.add_run(piece)
            run.font.superscript = bool(_REF.fullmatch(piece))


def _references(doc, title: str, citations: Sequence[Citation], numbered: bool) -> None:  # type: ignore[no-untyped-def]
    heading = doc.add_paragraph()
    heading.add_run(title).bold = True
    for c in citations:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Pt(18)
        mark = p.add_run(f"[{c.n}] " if numbered else "· ")
        mark.bold = numbered
        run = p.add_run(_clean(reference(c)))
        run.font.size = Pt(10)
        run.font.color.rgb = _GREY


def to_docx(turns: Sequence[Turn], now: datetime) -> bytes:
    """The conversation (or one turn of it) as .docx bytes."""
    doc = Document()
    doc.core_properties.title = "govqa 问答记录"
    doc.add_heading(f"govqa 问答记录（{now:%Y-%m-%d %H:%M}）", level=1)
    for i, turn in enumerate(turns, start=1):
        doc.add_heading(_clean(f"{i}. {' '.join(turn.question.split())}"), level=2)
        if turn.asked != turn.question:
            doc.add_paragraph(_clean(f"（按上下文理解为：{turn.asked}）"))
        for line in turn.answer.answer.splitlines():
            if line.strip():
                _with_marks(doc.add_paragraph(), line)
        if turn.answer.notice:
            doc.add_paragraph(_clean(turn.answer.notice))
        if turn.answer.citations:
            _references(doc, "引用", turn.answer.citations, numbered=True)
        if turn.answer.related:
            _references(doc, "可能相关的段落（不是答案）", turn.answer.related, numbered=False)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
