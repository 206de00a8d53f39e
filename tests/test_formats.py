"""Text of Word and PDF files: what govqa reads from them (real PDFs: tests/test_documents.py)."""

import io
from pathlib import Path

import pytest

from ingest.formats import ExtractError, _drop_page_numbers, _PdfLayout, docx_text, pdf_text
from ingest.load import LoadError, to_text
from tests.documents import write_docx


def _docx_bytes(build) -> bytes:
    from docx import Document

    doc = Document()
    build(doc)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_docx_paragraphs_and_tables_in_body_order(tmp_path):
    text = "部门名称：惠东县政务服务数据管理局\n\n相关展示成果列表如下：\n序号\t成果标题\n1\t政银通办\n\n（二）其他荣誉奖项。"
    path = write_docx(text, tmp_path / "r.docx")
    assert docx_text(path.read_bytes()) == text


def test_docx_layout_inside_a_paragraph_or_cell_is_not_structure():
    def build(doc):
        p = doc.add_paragraph("部门名称：\t惠东县")
        p.add_run().add_break()
        p.add_run("政务服务数据管理局")
        table = doc.add_table(rows=3, cols=3)
        table.cell(0, 0).text, table.cell(0, 1).text = "序号", "成果标题"
        table.cell(0, 2).text = "成果内容简介"
        table.cell(1, 0).text, table.cell(1, 1).text = "1", "跨境通办"
        cell = table.cell(1, 2)
        cell.text = "第一段，"
        cell.add_paragraph("第二段。")
        merged = table.cell(2, 1).merge(table.cell(2, 2))  # one cell over two columns
        merged.text = "合并单元格"
        table.cell(1, 0).merge(table.cell(2, 0))  # 序号 1 spans two rows: said once

    lines = docx_text(_docx_bytes(build)).split("\n")
    assert lines[0] == "部门名称： 惠东县 政务服务数据管理局"
    assert lines[1:] == ["序号\t成果标题\t成果内容简介", "1\t跨境通办\t第一段， 第二段。", "\t合并单元格\t"]


@pytest.mark.parametrize(
    ("data", "suffix", "reason"),
    [
        (b"PK\x03\x04 not really a zip", ".docx", "not a readable Word .docx file"),
        (b"just some text, not a document", ".docx", "not a readable Word .docx file"),
        (b"%PDF-1.7\n%%EOF broken", ".pdf", "not a readable PDF file"),
        (b"", ".pdf", "empty file"),
        (b"", ".docx", "empty file"),
    ],
)
def test_damaged_documents_say_why(data, suffix, reason):
    with pytest.raises(LoadError, match=reason) as info:
        to_text(data, suffix)
    assert "\n" not in str(info.value)


def test_a_pdf_that_needs_a_password_says_so():
    data = (Path(__file__).parent / "data" / "encrypted.pdf").read_bytes()  # made with pypdf, password "secret"
    with pytest.raises(LoadError, match="encrypted PDF"):
        to_text(data, ".pdf")


def test_a_docx_without_text_is_refused():
    with pytest.raises(LoadError, match="no text"):
        to_text(_docx_bytes(lambda doc: doc.add_paragraph("  ")), ".docx")


def test_a_scanned_pdf_has_no_text_layer():
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    out = io.BytesIO()
    pdf.save(out)
    with pytest.raises(ExtractError, match="without a text layer"):
        pdf_text(out.getvalue())


def _line(x0, x1, top, text, row=False):
    return (x0, x1, top, top + 10.0, row, text)


def test_pdf_lines_run_back_into_paragraphs():
    page = [
        _line(90, 520, 100, "（1）负责对区级政务信息化项目建设实施集约化管理，负责区财政资金建设的政务信"),
        _line(90, 300, 112, "息系统项目立项审批。"),  # wrapped: starts at the margin, under a full line
        _line(90, 300, 124, "（2）负责政务服务标准化。"),  # after a short line: a new line
        _line(110, 520, 160, "二、绩效自评"),  # a gap of a line and more: a blank line
        _line(90, 200, 250, "（一）预算执行"),  # a wide gap: two blank lines, never joined across
        _line(90, 520, 262, "序号\t成果标题", row=True),
    ]
    text = _PdfLayout([page]).text()
    assert text.split("\n") == [
        "（1）负责对区级政务信息化项目建设实施集约化管理，负责区财政资金建设的政务信息系统项目立项审批。",
        "（2）负责政务服务标准化。",
        "",
        "二、绩效自评",
        "",
        "",
        "（一）预算执行",
        "序号\t成果标题",
    ]


def test_pdf_pages_are_separated_by_form_feeds():
    pages = [[_line(90, 520, 100, "第一页写满了一整行的文字，这一段还没有结束，下一页接着写")],
             [_line(90, 300, 100, "第二页。")], [], [_line(90, 300, 100, "第四页。")]]
    text = _PdfLayout(pages).text()
    assert text.count("\f") == 3
    assert text.split("\f")[1].strip() == "第二页。"
    assert text[: text.index("第四页")].count("\f") + 1 == 4  # how a citation finds its page


@pytest.mark.parametrize("number", ["3", "- 3 -", "— 12 —", "第 3 页", "第3页 共12页", "3 / 12", "iv"])
def test_a_lone_page_number_at_the_foot_or_head_of_a_page_is_dropped(number):
    body = _line(90, 520, 100, "正文。")
    assert _drop_page_numbers([body, _line(290, 300, 780, number)]) == [body]
    assert _drop_page_numbers([_line(290, 300, 40, number), body]) == [body]
    kept = _line(90, 200, 120, "2023年")
    assert _drop_page_numbers([body, kept]) == [body, kept]
