"""The five reports as Word files (python-docx) and as PDFs (LibreOffice headless) answer
corpus/questions.jsonl as the text files do, with verbatim quotes and, for a PDF, the page.

Their cleaned text is the text files' cleaned text, so their chunks and what is embedded are the
same: the evaluation uses the fast fake embedder (the bundled one gives the same figures; see the
README) in all three retrieval modes.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.settings import Settings
from app.eval.harness import run_eval
from app.services import Services
from ingest.clean import clean
from ingest.index import ingest
from ingest.load import source_text
from tests.conftest import CORPUS, REPORTS, ROOT, HashEmbeddings, raw_text
from tests.documents import docx_to_pdf, write_docx

pytestmark = pytest.mark.integration
FORMATS = ("txt", "docx", "pdf")


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> Path:
    """root/{txt,docx,pdf}/<report>.<format>"""
    root = tmp_path_factory.mktemp("documents")
    for fmt in FORMATS:
        (root / fmt).mkdir()
    docx = []
    for stem, name in REPORTS.items():
        shutil.copy(CORPUS / name, root / "txt" / name)
        docx.append(write_docx(raw_text(name), root / "docx" / f"{stem}.docx"))
    docx_to_pdf(docx, root / "pdf")
    return root


@pytest.fixture(scope="module")
def indexes(documents) -> dict[str, Services]:
    out = {}
    for fmt in FORMATS:
        settings = Settings(data_dir=documents / f"index-{fmt}", project_root=documents, corpus_dir=documents / fmt)
        result = ingest([documents / fmt], settings, HashEmbeddings(), progress=False)
        assert result.ok and len(result.added) == 5, result.failed
        out[fmt] = Services(settings, HashEmbeddings())
    yield out
    for services in out.values():
        services.close()


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_cleaned_text_of_a_document_is_the_text_files(documents, fmt):
    for stem, name in REPORTS.items():
        assert clean(source_text(documents / fmt / f"{stem}.{fmt}")).text == clean(raw_text(name)).text, stem


def test_the_table_broken_across_pdf_pages_is_one_table_again(documents):
    raw = source_text(documents / "pdf" / "jiangmen-2021.pdf")
    assert raw.count("序号\t成果标题\t成果内容简介") == 4 and "\f" in raw  # as printed: split, header repeated
    text = clean(raw).text
    assert text.count("序号\t成果标题\t成果内容简介") == 1
    assert "一网融合,灾害全域感知，一图集成" in text


def test_word_and_pdf_answer_the_question_set_as_text_does(indexes, documents):
    questions = ROOT / "corpus" / "questions.jsonl"
    reports = {fmt: run_eval(services, questions, ["all"], documents / f"eval-{fmt}")
               for fmt, services in indexes.items()}
    for mode in ("hybrid", "bm25", "dense"):
        base = reports["txt"]["results"][mode]
        for fmt in ("docx", "pdf"):
            got = reports[fmt]["results"][mode]
            assert got["overall"]["accuracy"] >= base["overall"]["accuracy"], (fmt, mode)
            assert got["overall"]["verbatim_rate"] == 1.0 and got["overall"]["errors"] == 0, (fmt, mode)
            assert [r["answer"] for r in got["rows"]] == [r["answer"] for r in base["rows"]], (fmt, mode)


def _pdf_page_of(path: Path, needle: str) -> int:
    """The page a passage is printed on, read with another PDF library than ingest's."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(pdf)):
            if needle in re.sub(r"\s", "", pdf[i].get_textpage().get_text_range()):
                return i + 1
    finally:
        pdf.close()
    raise AssertionError(f"{needle} is on no page")


@pytest.mark.parametrize(
    ("question", "figure"),
    [("惠东县12345热线满意率是多少？", "95.35%"), ("江门市政数局2021年全年总支出完成多少？", "23155.62万元"),
     ("湛江市政务服务和数据管理局2024年支出数是多少？", "54941612.82元")],
)
def test_pdf_citations_give_the_page_and_offsets_into_the_text_govqa_prints(indexes, documents, question, figure):
    answer = indexes["pdf"].ask(question)
    assert answer.found and figure in answer.answer
    c = answer.citations[0]
    assert c.source.endswith(".pdf") and c.page == _pdf_page_of(documents / c.source, figure)
    printed = subprocess.run([sys.executable, "-m", "app.cli", "text", str(documents / c.source)],
                             capture_output=True, text=True, encoding="utf-8", cwd=ROOT, check=True).stdout
    assert re.sub(r"\s", "", printed[c.start : c.end]) == re.sub(r"\s", "", c.quote)
    assert printed[: c.start].count("\f") + 1 == c.page
    for fmt in ("txt", "docx"):
        other = indexes[fmt].ask(question).citations[0]
        assert other.page is None and other.quote == c.quote
