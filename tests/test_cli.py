"""The command line: clear one-line errors and exit codes, never a traceback."""

import json
import subprocess
import sys

import pytest

from app.cli import main
from tests.conftest import ROOT


def test_empty_question_is_a_usage_error(capsys, tmp_path):
    assert main(["--data-dir", str(tmp_path), "ask", "   "]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "govqa: error: the question is empty"


def test_empty_stdin_is_a_usage_error(capsys, tmp_path, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("\n  \n"))
    assert main(["--data-dir", str(tmp_path), "ask", "--json", "-"]) == 2
    assert "no questions" in capsys.readouterr().err


def test_missing_path_and_binary_file(capsys, tmp_path, monkeypatch):
    from tests.conftest import HashEmbeddings

    monkeypatch.setattr("ingest.index.get_embeddings", lambda *a, **k: HashEmbeddings())
    good = tmp_path / "good.txt"
    good.write_text("惠东县政务服务数据管理局\n\n今年以来，我县12345热线共转办、督办工单49494件，群众满意率达95.35%。", "utf-8")
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\x00\xff" * 64)
    code = main(["--data-dir", str(tmp_path / "data"), "ingest", "--quiet", str(good), str(binary), str(tmp_path / "nope")])
    captured = capsys.readouterr()
    assert code == 1
    lines = captured.err.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("skipped ") for line in lines)
    assert "binary" in captured.err and "no such file or directory" in captured.err
    assert "1 added" in captured.out and "Traceback" not in captured.err


@pytest.mark.parametrize(("setting", "lowered"), [("", 10), ("3", 3), ("0", 0)])
def test_ingest_lowers_its_cpu_priority(tmp_path, setting, lowered):
    """`govqa ingest` is a batch job: beside `govqa serve` on the same cores, the questions come first."""
    report = tmp_path / "r.txt"
    report.write_text("惠东县政务服务数据管理局\n\n今年以来，群众满意率达95.35%。", "utf-8")
    code = ("import os, sys\n"
            "import ingest.index\n"
            "from app.cli import main\n"
            "from tests.conftest import HashEmbeddings\n"  # it sets GOVQA_INGEST_NICE=0 for pytest: undone
            "os.environ.pop('GOVQA_INGEST_NICE')\n"
            "if sys.argv[3]:\n"
            "    os.environ['GOVQA_INGEST_NICE'] = sys.argv[3]\n"
            "ingest.index.get_embeddings = lambda *a, **k: HashEmbeddings()\n"
            "before = os.nice(0)\n"
            "code = main(['--data-dir', sys.argv[1], 'ingest', '--quiet', sys.argv[2]])\n"
            "print(code, os.nice(0) - before)\n")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "data"), str(report), setting], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.stdout.split()[-2:] == ["0", str(lowered)], done.stderr[-2000:]


@pytest.mark.integration
def test_json_lines_from_stdin(real_services):
    questions = "惠东县12345热线满意率是多少？\n\n广州市政数局2023年的自评得分是多少？\n"
    env = {"GOVQA_DATA_DIR": str(real_services.settings.data_dir), "PATH": "/usr/bin:/bin", "HOME": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli", "ask", "--json", "-"], input=questions, capture_output=True,
        text=True, cwd=ROOT, env=env, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["found"] for r in rows] == [True, False]
    assert set(rows[0]) == {"question", "answer", "found", "citations", "related", "timings_ms",
                            "generator", "guard", "notice"}
    assert (rows[0]["generator"], rows[0]["guard"], rows[0]["notice"]) == ("extractive", None, "")
    assert set(rows[0]["citations"][0]) == {"n", "doc_id", "title", "department", "region", "year", "section",
                                            "quote", "source", "start", "end", "page", "location"}
    assert rows[0]["citations"][0]["page"] is None  # a text file has no pages
    assert set(rows[0]["timings_ms"]) == {"retrieve", "answer", "total"}
