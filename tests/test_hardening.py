"""Hostile inputs (issue 16): each test names the finding it guards against."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.core.settings import Settings
from app.index.store import DocStore
from ingest.index import ingest
from ingest.load import LoadError, discover, read_bytes
from tests.conftest import CORPUS, HashEmbeddings

REPORT = CORPUS / "huidong-2023.txt"


@pytest.fixture
def folder(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(REPORT, reports / "huidong-2023.txt")
    return reports


# -- 1. symbolic links and absolute paths --------------------------------------------------------


def test_a_symlink_to_a_system_file_is_not_ingested_and_is_named(tmp_path, folder):
    secret = tmp_path / "outside" / "shadow"
    secret.parent.mkdir()
    secret.write_text("root:*:20228:0:99999:7:::\n" * 20, "utf-8")
    (folder / "x.txt").symlink_to(secret)
    (folder / "sub").symlink_to(secret.parent, target_is_directory=True)
    settings = Settings(data_dir=tmp_path / "data", project_root=tmp_path / "elsewhere")
    result = ingest([folder], settings, HashEmbeddings(), progress=False)
    assert result.added == ["huidong-2023"]
    reasons = dict(result.failed)
    assert "symbolic link" in reasons[str(folder / "x.txt")]
    assert "symbolic link" in reasons[str(folder / "sub")]
    store = DocStore(settings.store_path)
    try:
        assert "root:*" not in "".join(c.text for c, _ in store.chunks())
    finally:
        store.close()


def test_a_symlink_named_on_the_command_line_or_swapped_in_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密内容。", "utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(secret)
    files, problems = discover([link], tmp_path)
    assert files == [] and "symbolic link" in problems[0][1]
    with pytest.raises(LoadError, match="symbolic link"):
        read_bytes(link, 1000)  # found as a file, then replaced by a link: still refused
    assert read_bytes(link, 1000, follow_symlinks=True) == secret.read_bytes()


def test_with_follow_symlinks_only_links_inside_the_folder_are_followed(tmp_path, folder):
    (folder / "copy.txt").symlink_to(folder / "huidong-2023.txt")
    outside = tmp_path / "o.txt"
    outside.write_text("外部文件。", "utf-8")
    (folder / "out.txt").symlink_to(outside)
    files, problems = discover([folder], tmp_path, follow_symlinks=True)
    assert [f.path.name for f in files] == ["huidong-2023.txt"]  # the inside link is the same file
    assert [(Path(p).name, "outside" in r) for p, r in problems] == [("out.txt", True)]


def test_sources_outside_the_project_root_are_not_absolute_paths(tmp_path, folder):
    files, _ = discover([folder, folder / "huidong-2023.txt"], tmp_path / "root")
    assert [f.source for f in files] == ["reports/huidong-2023.txt"]
    files, _ = discover([folder / "huidong-2023.txt"], tmp_path / "root")
    assert [f.source for f in files] == ["huidong-2023.txt"]
    files, _ = discover([folder], tmp_path)
    assert [f.source for f in files] == ["reports/huidong-2023.txt"]


def test_a_file_name_that_is_not_utf8_is_reported_readably(tmp_path, folder):
    bad = os.fsdecode(bytes(folder) + b"/\xff\xfe-report.txt")
    shutil.copy(REPORT, bad)
    settings = Settings(data_dir=tmp_path / "data", project_root=tmp_path)
    result = ingest([folder], settings, HashEmbeddings(), progress=False)
    assert result.added == ["huidong-2023"]
    [(name, reason)] = result.failed
    assert name.endswith("/\\xff\\xfe-report.txt") and "UTF-8" in reason
    name.encode("utf-8")  # printable


# -- 7. honest ingest ------------------------------------------------------------------------------


def _changing_while_read(monkeypatch, times: int) -> list[int]:
    """Make the file change (grow by a line, so its size and mtime move) during the first `times` reads."""
    import ingest.load as load

    real = load._read_at_most
    calls: list[int] = []

    def read(f, max_bytes):
        data = real(f, max_bytes)
        calls.append(1)
        if len(calls) <= times:
            with open(f.name, "ab") as w:
                w.write("补充内容。\n".encode())
        return data

    monkeypatch.setattr(load, "_read_at_most", read)
    return calls


def test_a_file_that_changes_while_read_is_read_again(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text("惠东县政务服务数据管理局。\n", "utf-8")
    calls = _changing_while_read(monkeypatch, times=1)
    data = read_bytes(path, 10_000)
    assert data == path.read_bytes() and len(calls) == 2  # the complete file, read a second time


def test_a_file_that_keeps_changing_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text("惠东县政务服务数据管理局。\n", "utf-8")
    _changing_while_read(monkeypatch, times=99)
    with pytest.raises(LoadError, match="kept changing"):
        read_bytes(path, 10_000)


# -- 2. bounded work per sentence ----------------------------------------------------------------


def _long_sentence_report(n: int) -> str:
    """A report whose first paragraph is one comma-joined "sentence" of about n characters, with
    one asked-for figure buried in its middle."""
    clauses = [f"第{i}片区完成道路硬化工程投资{100 + i}.5万元，惠及群众{300 + i}户" for i in range(n // 34)]
    clauses.insert(len(clauses) // 2, "农村公路养护资金执行率达98.6%")
    return ("博罗县交通运输局2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n" + "，".join(clauses)
            + "。\n\n二、绩效目标\n\n全年道路养护里程达到320公里。\n")


def test_an_overlong_sentence_is_cut_into_clause_pieces_that_keep_their_offsets():
    from app.core.sentences import LONG_PIECE, MAX_SENTENCE, sentence_spans

    text = _long_sentence_report(20_000) + "乙" * 3000 + "。"
    spans = sentence_spans(text)
    assert max(e - s for s, e in spans) <= LONG_PIECE
    assert "".join(text[s:e] for s, e in spans) == "".join(text.split())  # every character once, in order
    assert any("农村公路养护资金执行率达98.6%，" in text[s:e] for s, e in spans)  # cut between clauses
    normal = "全年完成项目支出7073.75万元，预算执行率为99.5%。" * 3
    assert sentence_spans(normal) == [(0, 30), (30, 60), (60, 90)] and MAX_SENTENCE > 30


def test_chunks_have_a_maximum_size_however_long_a_line_is():
    from app.core.sentences import MAX_SENTENCE
    from ingest.chunk import chunk_text
    from ingest.clean import clean

    cleaned = clean(_long_sentence_report(50_000) + "无标点" * 20_000 + "\n")
    chunks = chunk_text(cleaned, "d", 360, 720)
    assert max(len(c.text) for c in chunks) <= 360 + MAX_SENTENCE
    assert "".join(c.text for c in chunks).replace("\n", "") == cleaned.text.replace("\n", "")


def test_a_question_about_a_report_with_a_50000_character_sentence_is_answered_quickly(tmp_path):
    import time

    from app.core.sentences import LONG_PIECE
    from app.services import Services

    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "boluo-2023.txt").write_text(_long_sentence_report(50_000), "utf-8")
    settings = Settings(data_dir=tmp_path / "data", project_root=tmp_path, corpus_dir=folder, retrieval_mode="bm25")
    assert ingest([folder], settings, HashEmbeddings(), progress=False).ok
    services = Services(settings, embeddings=HashEmbeddings())
    try:
        services.ask("博罗县道路养护里程是多少？")  # warm up: the first question loads the index
        started = time.perf_counter()
        answer = services.ask("博罗县农村公路养护资金执行率是多少？")
        elapsed = time.perf_counter() - started
    finally:
        services.close()
    print(f"\n50,000-character sentence: answered in {elapsed:.2f} s")
    assert "98.6%" in answer.answer
    [citation] = answer.citations
    assert "98.6%" in citation.quote and len(citation.quote) <= LONG_PIECE


# -- 3. resource limits on reading files --------------------------------------------------------

_MEASURE = """
import resource, sys, time
from pathlib import Path
from ingest.limits import Limits, Reader
from ingest.load import LoadError
data = Path(sys.argv[1]).read_bytes()
started = time.perf_counter()
try:
    with Reader(Limits()) as reader:
        reader.text(data, Path(sys.argv[1]).suffix)
    print("read")
except LoadError as exc:
    print("refused:", exc)
elapsed = time.perf_counter() - started
# this process's own peak from VmHWM (ru_maxrss of RUSAGE_SELF carries over the peak of the process
# that forked it, pytest's, across exec); the worker's from RUSAGE_CHILDREN
own = int(next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:")))
peak = max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(f"{elapsed:.2f} s, peak {peak / 1024:.0f} MB")
"""


@pytest.mark.parametrize("bomb", ["docx_bomb", "docx_paragraphs", "pdf_flate_bomb", "pdf_pages_bomb"])
def test_a_document_bomb_under_2mb_is_refused_quickly_in_little_memory(tmp_path, bomb):
    import subprocess
    import sys

    from tests import bombs
    from tests.conftest import ROOT

    data = bombs.docx_bomb(1_000_000) if bomb == "docx_paragraphs" else getattr(bombs, bomb)()
    assert len(data) < 2_000_000
    path = tmp_path / f"{bomb}.{'docx' if 'docx' in bomb else 'pdf'}"
    path.write_bytes(data)
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    print(f"\n{bomb} ({len(data):,} bytes): {done.stdout.strip()}")
    refused, figures = done.stdout.strip().splitlines()
    assert refused.startswith("refused:") and ("GOVQA_MAX" in refused), refused
    seconds, peak = float(figures.split()[0]), float(figures.split()[3])
    assert seconds < 10 and peak < 500


def test_a_reader_that_runs_out_of_time_or_memory_refuses_the_file_and_reads_the_next(tmp_path):
    from ingest.limits import Limits, Reader
    from tests import bombs
    from tests.documents import write_docx

    good = write_docx("惠东县政务服务数据管理局2023年度部门整体支出绩效自评报告\n项目支出7073.75万元。",
                      tmp_path / "good.docx").read_bytes()
    with Reader(Limits(timeout_s=0.001)) as reader, pytest.raises(LoadError, match="took longer than"):
        reader.text(good, ".docx")
    bomb = bombs.pdf_flate_bomb(400_000_000)
    with Reader(Limits(memory_mb=200, max_stream_bytes=10**12)) as reader:
        with pytest.raises(LoadError, match="memory"):
            reader.text(bomb, ".pdf")
        assert "7073.75" in reader.text(good, ".docx")  # a fresh worker reads the next file


def test_text_that_is_not_prose_is_refused_before_it_is_embedded(tmp_path):
    import random

    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "column.txt").write_text("\n".join("报告表格数据统计"[i % 8] for i in range(20_000)), "utf-8")
    rng = random.Random(16)
    (folder / "noise.txt").write_text("".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(5000)), "utf-8")
    (folder / "symbols.md").write_text("#@!$%^&*()[]{}<>|~" * 200, "utf-8")
    shutil.copy(REPORT, folder)
    embeddings = HashEmbeddings()
    result = ingest([folder], Settings(data_dir=tmp_path / "data", project_root=tmp_path), embeddings, progress=False)
    assert result.added == ["huidong-2023"]
    reasons = dict(result.failed)
    assert sorted(reasons) == ["r/column.txt", "r/noise.txt", "r/symbols.md"]
    assert all(r.startswith("not prose") for r in reasons.values()), reasons
    assert result.chunks_embedded == embeddings.calls  # only the report's chunks were embedded


def test_a_file_with_too_much_text_is_refused(tmp_path):
    from ingest.limits import Limits, Reader

    with Reader(Limits(max_chars=10_000)) as reader, pytest.raises(LoadError, match="GOVQA_MAX_TEXT_CHARS"):
        reader.text(REPORT.read_bytes() * 3, ".txt")


# -- 6. output hygiene -----------------------------------------------------------------------------


def test_control_characters_are_escaped_in_terminal_output_and_tsv():
    from app.core.escape import terminal, tsv_field

    hostile = "惠东\x1b[2J\x1b]0;pwned\x07报告\u202e.txt"
    assert terminal(hostile) == "惠东\\x1b[2J\\x1b]0;pwned\\x07报告\\u202e.txt"
    assert tsv_field("满意率\t99%\n下一行") == "满意率\\t99%\\n下一行"
    assert terminal("第一行\n\t第二行") == "第一行\n\t第二行"  # layout stays


def test_the_facts_command_keeps_one_row_per_line_and_no_escape_reaches_the_terminal(tmp_path, capsys, monkeypatch):
    from app.answering.table import TableRow
    from app.cli import main

    row = TableRow(indicator="满意率", label="满意率", region="惠东\x1b[31m县", year=2023, value_text="99%", value=99.0,
                   unit="%", doc_id="d", title="t", department="x", source="evil\tname\n.txt", section="s",
                   quote="群众满意率\x1b[0m达99%。", start=1, end=2)
    monkeypatch.setattr("app.answering.table.table_rows", lambda *a, **k: [row])
    monkeypatch.setattr("app.services.Services.ensure_index", lambda self, progress=True: None)
    monkeypatch.setattr("app.services.Services.indicators", lambda self: [])
    assert main(["--data-dir", str(tmp_path / "data"), "facts"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and out.count("\n") == 1 and out.count("\t") == 4, out


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised():
    from app.core.escape import csv_cell

    assert csv_cell("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0"
    assert [csv_cell(v) for v in ("+1+1", "@SUM(A1)", "-2+3", "\t=1")] == ["'+1+1", "'@SUM(A1)", "'-2+3", "'\t=1"]
    assert [csv_cell(v) for v in ("-5.2%", "+3", "1,234.5", "满意率", 42)] == ["-5.2%", "+3", "1,234.5", "满意率", 42]


def test_exported_markdown_escapes_html_and_drops_javascript_links():
    from datetime import datetime

    from app.core.records import Answer
    from app.web.conversation import Turn, to_markdown

    answer = Answer(question="q", answer='见<script>alert(1)</script>与[点此](javascript:alert(1))和[官网](https://gd.gov.cn)',
                    found=True)
    md = to_markdown([Turn("<img src=x onerror=alert(1)>", "q", answer, datetime(2024, 1, 1))], datetime(2024, 1, 1))
    assert "<script>" not in md and "<img" not in md and "&lt;script>" in md
    assert "javascript:" not in md and "点此" in md and "[官网](https://gd.gov.cn)" in md


def test_jsonl_lines_escape_every_line_separator(tmp_path):
    import json

    from app.web.conversation import append_jsonl

    path = tmp_path / "feedback.jsonl"
    append_jsonl(path, {"comment": "第一\u2028第二\u2029第三\x85第四"})
    append_jsonl(path, {"comment": "好"})
    text = path.read_text("utf-8")
    assert len(text.splitlines()) == 2
    assert json.loads(text.splitlines()[0])["comment"] == "第一\u2028第二\u2029第三\x85第四"


@pytest.mark.parametrize("value", ["-5", "0", "two"])
def test_top_k_must_be_a_whole_number_of_one_or_more(value, capsys):
    from app.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["ask", "--top-k", value, "惠东县满意率是多少？"])
    assert exit_.value.code == 2 and "--top-k" in capsys.readouterr().err


def _one_page_pdf(text: bytes) -> bytes:
    from tests.bombs import _FONT, _pdf, _stream

    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                 b"/Resources << /Font << /F1 5 0 R >> >> >>",
                 _stream(b"BT /F1 12 Tf 72 720 Td (%s) Tj ET" % text), _FONT])


def test_a_pdf_with_a_broken_cross_reference_table_is_reported_as_broken_not_scanned():
    import re

    from ingest.limits import Limits, Reader

    good = _one_page_pdf(b"Report text")
    broken = re.sub(rb"(\d{10}) 00000 n", lambda m: b"%010d 00000 n" % (int(m.group(1)) + 7), good)
    with Reader(Limits()) as reader:
        assert reader.text(good, ".pdf") == "Report text"
        with pytest.raises(LoadError, match="damaged PDF: its cross-reference table is broken"):
            reader.text(broken, ".pdf")
        with pytest.raises(LoadError, match="without a text layer, and OCR found no text"):
            reader.text(_one_page_pdf(b""), ".pdf")  # a real page without text is read by OCR, not "damaged"


def test_a_docx_paragraph_that_cannot_be_read_is_named(tmp_path):
    import io
    import zipfile

    from docx import Document

    from ingest.limits import Limits, Reader

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<!DOCTYPE w:document [<!ENTITY ext SYSTEM "file:///etc/hostname">]>'
           f'<w:document {w}><w:body><w:p><w:r><w:t>一、项目支出100万元。</w:t></w:r></w:p>'
           '<w:p><w:r><w:t>二、满意率&ext;达99%。</w:t></w:r></w:p></w:body></w:document>')
    plain, out = io.BytesIO(), io.BytesIO()
    Document().save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, xml.encode() if item.filename == "word/document.xml" else src.read(item))
    with Reader(Limits()) as reader, pytest.raises(LoadError, match=r"paragraph 2 \(“二、满意率…”\).*&ext;"):
        reader.text(out.getvalue(), ".docx")
