"""Reports as departments publish them: scanned PDFs (OCR), PDFs with a junk text layer, Excel
self-evaluation forms (.xlsx, .xls), saved web pages, old Word files through LibreOffice. Every file
is made here (tests/scanned.py, tests/forms.py), with text written for the tests.

The fast tests need no OCR model and no LibreOffice; the `integration` ones run RapidOCR on rendered
pages and LibreOffice headless (seconds to a few minutes) and print what they measure in the run's
closing note."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.answering.chain import finish
from app.core.locations import fingerprint, locate
from app.core.records import Answer, Citation, Region
from app.core.settings import Settings
from app.services import Services
from ingest.index import ingest
from ingest.load import LoadError, source_text, to_document
from ingest.ocr import normalise, usable
from tests import forms, scanned
from tests.conftest import CORPUS, NOTES, ROOT, HashEmbeddings
from tests.documents import write_docx

needs_soffice = pytest.mark.skipif(forms.soffice() is None, reason="LibreOffice (soffice) is not installed")
needs_font = pytest.mark.skipif(scanned.font_path() is None, reason="no CJK font (fonts-noto-cjk)")


def _flat(text: str) -> str:
    return re.sub(r"\s", "", text)


def _services(root: Path, folder: Path) -> tuple[Services, object]:
    settings = Settings(data_dir=root / f"data-{folder.name}", project_root=root, corpus_dir=folder)
    result = ingest([folder], settings, HashEmbeddings(), progress=False)
    return Services(settings, HashEmbeddings()), result


# -- deciding which PDF pages to OCR -----------------------------------------------------------


def test_a_page_is_read_by_ocr_when_its_text_layer_is_missing_short_or_junk():
    real = "博罗县农业农村局2023年度高标准农田建设项目支出绩效自评报告，全年执行数为874.36万元。"
    assert usable(real)
    assert not usable("")
    assert not usable("— 3 —")  # a page number alone: the page is an image
    assert not usable("".join(chr(0xE000 + k) for k in range(60)))  # private-use glyph codes
    assert not usable("(cid:17)(cid:52)" * 20)  # glyphs without a Unicode mapping
    assert not usable(real + "\ufffd" * 20)  # a tenth or more junk
    assert usable(real + "\ue001")  # a stray symbol glyph does not condemn a page


def test_ocr_separators_are_put_back_one_character_for_one():
    assert normalise("全年执行数为3，238.12万元，执行率96．13%") == "全年执行数为3,238.12万元，执行率96.13%"
    assert normalise("第1，2，3项") == "第1，2，3项"  # a list, not thousands
    assert len(normalise("1，234，567．8")) == len("1，234，567．8")


# -- locations on citations ----------------------------------------------------------------------


def test_a_quote_over_cells_gives_the_sheet_and_the_cell_range():
    raw = "年初预算数：860.00万元；全年预算数：912.50万元；全年执行数：874.36万元。"
    cells = [Region(raw.index(v), raw.index(v) + len(v), "cell", sheet="自评表", row=6, col=c)
             for v, c in (("860.00万元", 3), ("912.50万元", 4), ("874.36万元", 5))]
    location = locate(cells, raw, 0, len(raw))
    assert location is not None and location.label == "自评表!C6:E6" and location.cells == "C6:E6"
    start = raw.index("全年执行数")
    assert locate(cells, raw, start, len(raw)).label == "自评表!E6"
    assert locate([Region(0, 3, "cell", sheet="Sheet 1", row=2, col=28)], raw, 0, 3).label == "'Sheet 1'!AB2"


def test_a_quote_read_by_ocr_gives_its_page_box_confidence_and_unsure_figures():
    raw = "全年执行数为874.36万元，\n执行率为95.82%。"
    second = raw.index("执行率")
    unsure_digit = raw.index("95.82") + 1  # the "5" read at a low confidence
    regions = [Region(0, second - 1, "ocr", page=3, box=(72.0, 100.0, 400.0, 112.0), confidence=0.99),
               Region(second, len(raw), "ocr", page=3, box=(72.0, 118.0, 220.0, 130.0), confidence=0.93,
                      unsure=(unsure_digit,))]
    location = locate(regions, raw, 0, len(raw))
    assert location.kind == "ocr" and location.page == 3 and location.box == [72.0, 100.0, 400.0, 130.0]
    assert location.confidence == 0.93 and location.unsure == ["95.82"]
    assert location.label.startswith("第3页 OCR 区域(72,100)-(400,130)，识别置信度0.93") and "95.82" in location.label
    assert locate(regions, raw, 0, second - 1).unsure == []
    assert locate([], raw, 0, 5) is None


def test_an_answer_with_a_figure_ocr_was_unsure_of_says_so():
    location = locate([Region(0, 12, "ocr", page=2, box=(1.0, 2.0, 3.0, 4.0), confidence=0.9, unsure=(8,))],
                      "执行率为95.82%。", 0, 10)
    citation = Citation(n=1, doc_id="d", title="t", department="", region="", year=2023, section="",
                        quote="执行率为95.82%。", source="scan.pdf", start=0, end=10)
    library = SimpleNamespace(page=lambda d, s: 2, location=lambda d, s, e: location)
    sources = SimpleNamespace(library=library, settings=Settings())
    answer = finish(sources, Answer(question="执行率是多少？", answer="执行率：95.82%。", found=True,
                                    citations=[citation]), "执行率是多少？")
    assert answer.citations[0].location.unsure == ["95.82"]
    assert "“95.82”是从扫描页（第2页）识别出的" in answer.answer and "请以原件为准" in answer.answer


def test_the_same_report_in_two_formats_has_one_fingerprint():
    text = (CORPUS / "huidong-2023.txt").read_text("utf-8")
    assert fingerprint(text) == fingerprint(text.replace("\n", "\n\n").replace("。", "．"))
    assert fingerprint(text) != fingerprint(text.replace("95.35%", "96.35%"))


# -- spreadsheets (openpyxl only) ----------------------------------------------------------------


def test_a_form_is_read_row_by_row_with_its_merged_header_labels(tmp_path):
    path = forms.write_form(tmp_path / "自评表.xlsx")  # as openpyxl saves it: formulas not yet computed
    doc = to_document(path.read_bytes(), ".xlsx")
    lines = doc.text.splitlines()
    assert lines[0] == "工作表：自评表"
    money = next(line for line in lines if "年度资金总额" in line)
    # "项目资金（万元）" is merged over two columns of the header: it labels the row, and its unit the money
    assert money.startswith("项目资金（万元）：年度资金总额；年初预算数：860.00万元；全年预算数：912.50万元；"
                            "全年执行数：874.36万元；分值：10分")
    canal = next(line for line in lines if "配套灌溉渠道长度" in line)
    # 一级/二级指标 merged down the rows: each row carries them
    assert "一级指标：产出指标；二级指标：数量指标；三级指标：配套灌溉渠道长度；年度指标值：≥40公里；实际完成值：42.5公里" in canal
    start = doc.text.index("实际完成值：42.5公里") + len("实际完成值：")
    assert locate(doc.regions, doc.text, start, start + 6).label == "自评表!F13"
    assert "执行率" not in money  # a formula Excel never computed has no value to read: left out


# -- web pages -----------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>博罗县财政局2023年度部门整体支出绩效自评报告_博罗县人民政府</title>
<meta name="PubDate" content="2024-04-12 09:30"></head><body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | <a href="/zwfw/">政务服务</a></div>
<header><h1>博罗县人民政府门户网站</h1><nav><ul><li><a href="/a">通知公告</a></li><li><a href="/b">政策文件</a></li>
<li><a href="/c">财政预决算</a></li><li><a href="/d">绩效评价</a></li></ul></nav></header>
<div class="article"><h2>博罗县财政局2023年度部门整体支出绩效自评报告</h2>
<div class="info">发布时间：2024-04-12 来源：博罗县财政局 字号：【大 中 小】 【打印】 【关闭】</div>
<p>一、部门基本情况</p><p>博罗县财政局内设股室12个，年末在职人员86人。</p>
<p>二、部门整体支出情况</p><p>全年预算数为1,234.56万元，全年执行数为1,200.00万元，预算执行率为97.20%。</p>
<p>三、绩效目标完成情况</p><p>全年共完成财政投资评审项目186个，审减金额3,456.78万元，审减率为8.6%。</p>
<p>附件：<a href="http://www.example.gov.cn/files/zipingbiao.xlsx">自评表.xlsx</a></p></div>
<footer><p>主办单位：博罗县人民政府办公室 网站标识码：1234567890</p><p>ICP备案号：粤ICP备12345678号</p></footer>
</body></html>"""


def test_a_web_page_gives_its_article_body_and_its_date_and_fetches_nothing(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("a saved web page must not fetch anything")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    doc = to_document(PAGE.encode("utf-8"), ".html")
    assert "全年执行数为1,200.00万元" in doc.text and "审减金额3,456.78万元" in doc.text
    for furniture in ("首页", "政务公开", "通知公告", "网站标识码", "ICP备案号", "字号", "打印", "来源"):
        assert furniture not in doc.text, furniture
    assert doc.published == "2024-04-12"
    gbk = PAGE.replace('charset="utf-8"', 'charset="gb2312"').encode("gb18030")  # as many gov sites save
    assert to_document(gbk, ".htm").text == doc.text

    folder = tmp_path / "web"
    folder.mkdir()
    (folder / "report.htm").write_text(PAGE.replace("2023年度", ""), "utf-8")  # a title without the year
    services, result = _services(tmp_path, folder)
    try:
        assert result.added == ["report"]
        meta = services.library.meta("report")
        assert meta.filing_date == "2024-04-12" and meta.year == 2023  # published in 2024: about 2023
        answer = services.ask("博罗县财政局审减金额是多少？")
        assert answer.found and "3,456.78万元" in answer.answer and answer.citations[0].location is None
    finally:
        services.close()


# -- every file accounted for --------------------------------------------------------------------


def test_every_file_in_a_folder_is_read_or_named_with_its_reason(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(CORPUS / "huidong-2023.txt", folder)
    write_docx((CORPUS / "huidong-2023.txt").read_text("utf-8"), folder / "惠东-word版.docx")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 600)
    (folder / "attachments.zip").write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    (folder / "manifest.json").write_text("{}", "utf-8")  # govqa's own file: not a report
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))  # LibreOffice hidden
    from app.cli import main

    code = main(["--data-dir", str(tmp_path / "data"), "ingest", "--quiet", str(folder)])
    out, err = capsys.readouterr()
    assert code == 1  # a file that could not be read
    lines = err.strip().splitlines()
    assert len(lines) == 3, lines
    assert any(line.startswith("skipped ") and "old.doc" in line and "LibreOffice" in line
               and "soffice not found" in line for line in lines)
    assert any(line.startswith("not read ") and "attachments.zip" in line and "unsupported file type '.zip'" in line
               for line in lines)
    # the .docx holds the .txt's report: one report, the other named as its duplicate
    assert any(line.startswith("duplicate ") and "惠东-word版.docx" in line and "huidong-2023.txt" in line
               for line in lines)
    assert "1 added" in out and "1 failed" in out and "1 duplicates" in out and "1 not read" in out


def test_a_doc_without_libreoffice_says_which_converter_is_missing(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    for suffix in (".doc", ".wps"):
        with pytest.raises(LoadError, match=rf"{suffix} files are read through LibreOffice, which is not installed"):
            to_document(b"\xd0\xcf\x11\xe0" + b"\x00" * 100, suffix)


# -- integration: OCR and LibreOffice -------------------------------------------------------------


@pytest.fixture(scope="module")
def scanned_report(tmp_path_factory):
    """A six-page scan (no text layer) ingested; the expected lines of each page; seconds per page."""
    root = tmp_path_factory.mktemp("scanned")
    folder = root / "scans"
    folder.mkdir()
    pages = scanned.report_pages(6)
    (folder / "博罗县农田项目自评报告-扫描件.pdf").write_bytes(scanned.scanned_pdf(pages))
    started = time.perf_counter()
    services, result = _services(root, folder)
    seconds = time.perf_counter() - started
    assert result.ok and len(result.added) == 1, result.failed
    path = folder / "博罗县农田项目自评报告-扫描件.pdf"
    printed = subprocess.run([sys.executable, "-m", "app.cli", "text", str(path)], capture_output=True,
                             text=True, encoding="utf-8", cwd=ROOT, check=True).stdout  # OCR'd again
    yield services, pages, printed, seconds
    services.close()


@pytest.mark.integration
@needs_font
def test_ocr_reads_the_figures_of_a_scanned_report_exactly(scanned_report):
    services, pages, printed, seconds = scanned_report
    read = printed.split("\f")
    assert len(read) == 6
    exact, total = scanned.figure_accuracy(pages, read)
    NOTES.append(f"OCR figure accuracy: {exact}/{total} figures read exactly ({exact / total:.1%}) on 6 scanned "
                 f"pages; ingest {seconds / 6:.1f} s per OCR'd page")
    assert total >= 100 and exact / total >= 0.95


@pytest.mark.integration
@needs_font
@pytest.mark.parametrize(("town", "asked", "pattern"), [
    ("白沙镇", "全年预算数", r"全年预算数为([\d,.]+万元)"),
    ("黄岭镇", "全年预算数", r"全年预算数为([\d,.]+万元)"),
    ("大河镇", "预算执行率", r"预算执行率为([\d.]+%)"),
])
def test_a_scanned_report_answers_with_the_page_and_the_ocr_region(scanned_report, town, asked, pattern):
    services, pages, printed, _ = scanned_report
    flat_pages = ["".join(lines) for lines in pages]
    text = "".join(flat_pages)
    sentence = re.search(rf"{town}全年预算数[^。]*。", text).group()
    figure = re.search(pattern, sentence).group(1)
    page = next(k + 1 for k, text in enumerate(flat_pages) if f"{town}全年预算数" in text)
    answer = services.ask(f"{town}{asked}是多少？")
    assert answer.found and figure in answer.answer, answer.answer
    c = answer.citations[0]
    assert c.page == page and c.location is not None and c.location.kind == "ocr" and c.location.page == page
    x0, top, x1, bottom = c.location.box
    assert 60 < x0 < x1 < 560 and 50 < top < bottom < 800 and c.location.confidence > 0.8
    assert _flat(printed[c.start : c.end]) == _flat(c.quote) and printed[: c.start].count("\f") + 1 == page
    assert answer.model_dump()["citations"][0]["location"]["label"].startswith(f"第{page}页 OCR 区域(")


@pytest.mark.integration
@needs_font
def test_a_pdf_whose_text_layer_is_junk_is_read_by_ocr():
    pages = scanned.report_pages(2)
    import pdfplumber

    data = scanned.junk_text_pdf(pages)
    with pdfplumber.open(__import__("io").BytesIO(data)) as pdf:  # the text layer is there, and junk
        assert not usable(pdf.pages[0].extract_text()) and len(pdf.pages[0].extract_text()) > 50
    started = time.perf_counter()
    doc = to_document(data, ".pdf")
    NOTES.append(f"junk-text-layer PDF: 2 pages OCR'd in {time.perf_counter() - started:.1f} s")
    assert doc.ocr_pages == 2 and not re.search("[\ue000-\uf8ff]", doc.text)
    assert "高标准农田建设项目支出绩效自评报告" in doc.text and doc.regions and doc.regions[0].page == 1
    exact, total = scanned.figure_accuracy(pages, doc.text.split("\f"))
    assert exact / total >= 0.95


def _in_range(cells: str, row: int, col: int) -> bool:
    """Whether an A1 range ("B6:H6") holds the cell (row, col)."""
    from openpyxl.utils import range_boundaries

    min_col, min_row, max_col, max_row = range_boundaries(cells)
    return min_row <= row <= max_row and min_col <= col <= max_col


@pytest.mark.integration
@needs_soffice
def test_xlsx_and_xls_forms_answer_from_the_right_cells(tmp_path):
    (tmp_path / "src").mkdir()
    made = forms.write_form(tmp_path / "src" / "form.xlsx")
    folder = tmp_path / "forms"
    xlsx = forms.convert(made, "xlsx", folder / "xlsx")  # saved by LibreOffice: formulas computed and stored
    xls = forms.convert(made, "xls", folder / "xls")
    for path in (xlsx, xls):
        services, result = _services(tmp_path, path.parent)
        try:
            assert result.ok and len(result.added) == 1, result.failed
            cases = [("年度资金总额的全年执行数是多少？", "874.36万元", (6, 5)),
                     ("年度资金总额的预算执行率是多少？", "95.82%", (6, 7)),
                     ("受益农户数的实际完成值是多少？", "3268户", (15, 6))]
            for question, figure, (row, col) in cases:
                answer = services.ask(question)
                assert answer.found and figure in answer.answer, (path.suffix, question, answer.answer)
                location = answer.citations[0].location
                assert location is not None and location.kind == "cells" and location.sheet == forms.SHEET
                assert _in_range(location.cells, row, col), (question, location)
        finally:
            services.close()


@pytest.mark.integration
@needs_soffice
def test_a_doc_made_by_libreoffice_answers_as_its_docx_does(tmp_path):
    text = (CORPUS / "huidong-2023.txt").read_text("utf-8")
    (tmp_path / "docx").mkdir()
    docx = write_docx(text, tmp_path / "docx" / "huidong-2023.docx")
    doc = forms.convert(docx, "doc", tmp_path / "doc")
    assert doc.read_bytes().startswith(b"\xd0\xcf\x11\xe0")  # an OLE2 binary Word file
    assert "群众满意率达95.35%" in source_text(doc)  # `govqa text` prints the converted text
    docx_services, _ = _services(tmp_path, tmp_path / "docx")
    doc_services, result = _services(tmp_path, tmp_path / "doc")
    try:
        assert result.ok and result.added == ["huidong-2023"]
        for question in ("惠东县12345热线满意率是多少？", "惠东县政务服务数据管理局全年预算执行率是多少？",
                         "惠东县政务服务数据管理局的自评得分是多少？"):
            want, got = docx_services.ask(question), doc_services.ask(question)
            assert got.found == want.found and got.answer == want.answer, question
            assert [c.quote for c in got.citations] == [c.quote for c in want.citations]
    finally:
        docx_services.close()
        doc_services.close()


def test_ocr_lines_become_rows_with_their_regions_and_unsure_digits(monkeypatch):
    """The layout of OCR'd lines, with a fake engine: a label and its value side by side are one
    tab-separated row; a digit read below 0.9 is unsure; a line without per-character confidences
    lends each character its own."""
    import pypdfium2 as pdfium

    from ingest import formats
    from ingest.ocr import OcrLine

    lines = [OcrLine("项目名称", (72.0, 100.0, 130.0, 112.0), 0.99, (0.99,) * 4),
             OcrLine("农田建设", (300.0, 101.0, 360.0, 113.0), 0.99, ()),
             OcrLine("全年执行数为874.36万元。", (72.0, 130.0, 250.0, 142.0), 0.97,
                     (0.99,) * 8 + (0.62,) + (0.99,) * 6),
             OcrLine("满意度为95.4%", (72.0, 150.0, 180.0, 162.0), 0.85, ())]
    monkeypatch.setattr(formats, "read_page", lambda pdf, k: lines)
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    out = __import__("io").BytesIO()
    pdf.save(out)
    doc = formats.pdf_document(out.getvalue())
    assert doc.text.splitlines()[0] == "项目名称\t农田建设" and doc.ocr_pages == 1
    for region, line in zip(doc.regions, lines, strict=True):
        assert doc.text[region.start : region.end] == line.text and region.page == 1
    assert [doc.text[k] for k in doc.regions[2].unsure] == ["4"]  # "874.36": its 4 read at 0.62
    assert "".join(doc.text[k] for k in doc.regions[3].unsure) == "95.4"  # the line at 0.85: each digit
    assert locate(doc.regions, doc.text, doc.regions[2].start, doc.regions[3].end).unsure == ["874.36", "95.4"]
