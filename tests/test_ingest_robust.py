"""Ingest over folders as they are: junk, duplicates, renamed and updated reports, interrupted runs.

A real Chroma in tmp_path and the fast fake embedder; the SIGKILL runs are in tests/test_crash.py.
"""

import fcntl
import os
import pathlib
import shutil
import threading

import pytest

from app.cli import main
from app.core.settings import Settings
from app.index.store import DocStore
from app.index.vectors import open_collection
from ingest.index import ingest
from tests.conftest import CORPUS, HashEmbeddings
from tests.documents import write_docx


@pytest.fixture
def workspace(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("huidong-2023.txt", "meijiang-2023.txt"):
        shutil.copy(CORPUS / name, corpus / name)
    settings = Settings(data_dir=tmp_path / "data", project_root=tmp_path, corpus_dir=corpus, max_file_bytes=100_000)
    return settings, corpus


def _state(settings):
    """(store chunk ids by report, vector ids) — what a clean run must reproduce."""
    store = DocStore(settings.store_path)
    try:
        by_doc: dict[str, list[str]] = {}
        for c, _ in store.chunks():
            by_doc.setdefault(c.doc_id, []).append(c.id)
    finally:
        store.close()
    vectors = sorted(open_collection(settings, "hash-test").get(include=[])["ids"])
    return by_doc, vectors


def _assert_consistent(settings):
    by_doc, vectors = _state(settings)
    assert sorted(i for ids in by_doc.values() for i in ids) == vectors
    return by_doc


# -- files that go wrong -------------------------------------------------------------------------


@pytest.fixture
def junk(workspace, monkeypatch):
    """Beside the two good reports, one file for each way a file goes wrong."""
    settings, corpus = workspace
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (corpus / "empty.md").write_bytes(b"")
    (corpus / "undecodable.txt").write_bytes(bytes(range(0x80, 0x100)) * 8)
    (corpus / "big.txt").write_text("惠东县。" * 40_000, "utf-8")
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<>> garbage")
    (corpus / "broken.docx").write_bytes(b"PK\x03\x04" + os.urandom(200))
    (corpus / "vanishing.txt").write_text("梅州市梅江区政务服务数据管理局\n\n本年支出合计874.43万元。", "utf-8")
    unreadable = corpus / "unreadable.txt"
    unreadable.write_text("吴川市政务服务数据管理局\n\n项目支出7073.75万元。", "utf-8")
    unreadable.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make this one file refuse, as it would for a user
        real_open = pathlib.Path.open

        def refuse(self, *args, **kwargs):
            if self.name == "unreadable.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(pathlib.Path, "open", refuse)
    import ingest.index as index

    real_read = index.read_bytes

    def read(path, max_bytes):
        if path.name == "vanishing.txt":
            path.unlink()  # listed, then gone before it is read (half-copied, moved away)
        return real_read(path, max_bytes)

    monkeypatch.setattr(index, "read_bytes", read)
    yield settings, corpus
    unreadable.chmod(0o644)


EXPECTED = {
    "corpus/binary.txt": "binary file",
    "corpus/empty.md": "empty file",
    "corpus/undecodable.txt": "not readable text",
    "corpus/big.txt": "file too large",
    "corpus/broken.pdf": "not a readable PDF file",
    "corpus/broken.docx": "not a readable Word .docx file",
    "corpus/vanishing.txt": "file vanished",
    "corpus/unreadable.txt": "permission denied",
}


def test_each_bad_file_is_named_with_its_reason_and_the_rest_lands(junk, fake_embeddings):
    settings, corpus = junk
    result = ingest([corpus], settings, fake_embeddings, progress=False)
    assert sorted(result.added) == ["huidong-2023", "meijiang-2023"]
    reasons = dict(result.failed)
    assert sorted(reasons) == sorted(EXPECTED)
    for path, reason in EXPECTED.items():
        assert reason in reasons[path], (path, reasons[path])
    assert not result.ok
    assert set(_assert_consistent(settings)) == {"huidong-2023", "meijiang-2023"}


def test_the_command_prints_one_line_per_bad_file_and_exits_1(junk, capsys, monkeypatch):
    settings, corpus = junk
    monkeypatch.chdir(settings.project_root)
    monkeypatch.setenv("GOVQA_MAX_FILE_BYTES", str(settings.max_file_bytes))
    monkeypatch.setattr("ingest.index.get_embeddings", lambda *a, **k: HashEmbeddings())
    code = main(["--data-dir", str(settings.data_dir), "ingest", "--quiet", str(corpus)])
    out, err = capsys.readouterr()
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == len(EXPECTED) and all(line.startswith("skipped ") for line in lines)
    for path, reason in EXPECTED.items():
        assert any(path.split("/")[1] in line and reason in line for line in lines), path
    assert "2 added" in out and "8 failed" in out and "Traceback" not in err


def test_an_unexpected_error_on_one_file_skips_only_that_file(workspace, fake_embeddings, monkeypatch):
    settings, corpus = workspace
    import ingest.index as index

    real = index.extract_metadata

    def flaky(text, overrides=None, **kw):
        if "惠东" in text[:200]:
            raise ValueError("odd table of contents")
        return real(text, overrides=overrides, **kw)

    monkeypatch.setattr(index, "extract_metadata", flaky)
    result = ingest([corpus], settings, fake_embeddings, progress=False)
    assert result.added == ["meijiang-2023"]
    assert result.failed == [("corpus/huidong-2023.txt", "could not be ingested (ValueError: odd table of contents)")]


def test_hidden_folders_and_office_lock_files_are_not_reports(workspace, fake_embeddings):
    settings, corpus = workspace
    (corpus / ".git").mkdir()
    (corpus / ".git" / "notes.txt").write_text("不是报告", "utf-8")
    (corpus / "~$huidong.docx").write_bytes(b"\x00lock")
    result = ingest([corpus], settings, fake_embeddings, progress=False)
    assert result.ok and sorted(result.added) == ["huidong-2023", "meijiang-2023"]


# -- duplicates and new versions -----------------------------------------------------------------


def test_the_same_report_under_two_names_is_indexed_once(workspace, fake_embeddings):
    settings, corpus = workspace
    shutil.copy(corpus / "huidong-2023.txt", corpus / "惠东县2023年自评报告.txt")
    result = ingest([corpus], settings, fake_embeddings, progress=False)
    assert sorted(result.added) == ["huidong-2023", "meijiang-2023"] and result.ok
    assert result.duplicates == [("corpus/惠东县2023年自评报告.txt", "corpus/huidong-2023.txt")]
    assert set(_assert_consistent(settings)) == {"huidong-2023", "meijiang-2023"}

    # a copy that turns up later is a duplicate of the stored report
    other = settings.project_root / "downloads"
    other.mkdir()
    shutil.copy(corpus / "meijiang-2023.txt", other / "附件1.txt")
    again = ingest([corpus, other], settings, fake_embeddings, progress=False)
    assert ("downloads/附件1.txt", "corpus/meijiang-2023.txt") in again.duplicates
    assert again.added == [] and set(_assert_consistent(settings)) == {"huidong-2023", "meijiang-2023"}


def test_duplicates_are_reported_and_do_not_fail_the_command(workspace, capsys, monkeypatch):
    settings, corpus = workspace
    monkeypatch.chdir(settings.project_root)
    monkeypatch.setattr("ingest.index.get_embeddings", lambda *a, **k: HashEmbeddings())
    shutil.copy(corpus / "huidong-2023.txt", corpus / "惠东-副本.txt")
    assert main(["--data-dir", str(settings.data_dir), "ingest", "--quiet", str(corpus)]) == 0
    out, err = capsys.readouterr()
    assert err.strip() == "duplicate corpus/惠东-副本.txt: the same report as corpus/huidong-2023.txt, which is indexed"
    assert "1 duplicates" in out


def test_a_renamed_report_takes_the_place_of_the_old_name(workspace, fake_embeddings):
    settings, corpus = workspace
    ingest([corpus], settings, fake_embeddings, progress=False)
    (corpus / "huidong-2023.txt").rename(corpus / "huidong-2023-final.txt")
    result = ingest([corpus], settings, fake_embeddings, progress=False)  # no --prune needed
    assert result.added == ["huidong-2023-final"] and result.duplicates == []
    assert set(_assert_consistent(settings)) == {"huidong-2023-final", "meijiang-2023"}


def test_a_copy_of_an_old_version_is_not_a_duplicate_of_the_new_one(workspace, fake_embeddings):
    settings, corpus = workspace
    ingest([corpus], settings, fake_embeddings, progress=False)
    path = corpus / "huidong-2023.txt"
    shutil.copy(path, corpus / "huidong-2023-draft.txt")
    path.write_text(path.read_text("utf-8").replace("95.35%", "96.00%"), "utf-8")
    result = ingest([corpus], settings, fake_embeddings, progress=False)
    assert result.updated == ["huidong-2023"] and result.added == ["huidong-2023-draft"] and not result.duplicates


def test_a_new_version_replaces_the_old_without_a_gap(workspace, fake_embeddings, monkeypatch):
    """At the commit (the store row) the new vectors are already there and the old ones still are:
    a question sees one version or the other, each with all its vectors."""
    settings, corpus = workspace
    ingest([corpus], settings, fake_embeddings, progress=False)
    old = _state(settings)[0]["huidong-2023"]
    path = corpus / "huidong-2023.txt"
    path.write_text(path.read_text("utf-8").replace("95.35%", "96.00%"), "utf-8")
    seen: list[set[str]] = []
    real_put = DocStore.put_report

    def put_report(self, report, *args, **kwargs):
        seen.append(set(open_collection(settings, "hash-test").get(include=[])["ids"]))
        new = [c.id for c in report.chunks]
        real_put(self, report, *args, **kwargs)
        assert set(new) <= seen[-1] and set(old) <= seen[-1]

    monkeypatch.setattr(DocStore, "put_report", put_report)
    result = ingest([corpus], settings, fake_embeddings, progress=False)
    assert result.updated == ["huidong-2023"] and len(seen) == 1
    new = _assert_consistent(settings)["huidong-2023"]
    assert set(new) != set(old)


# -- interrupted runs ----------------------------------------------------------------------------


def test_a_rerun_repairs_vectors_an_interrupted_run_left_behind(workspace, fake_embeddings):
    settings, corpus = workspace
    ingest([corpus], settings, fake_embeddings, progress=False)
    clean = _state(settings)
    collection = open_collection(settings, "hash-test")
    # a kill after the vectors of a new version, before its store row: vectors of no stored chunk
    collection.upsert(ids=["huidong-2023:0099:deadbeef00"], embeddings=[[0.1] * 64],
                      metadatas=[{"doc_id": "huidong-2023"}], documents=["半个新版本"])
    # and vectors lost while their rows were committed
    lost = clean[0]["meijiang-2023"][:3]
    collection.delete(ids=lost)
    result = ingest([corpus], settings, fake_embeddings, progress=False)
    assert result.updated == ["meijiang-2023"] and result.unchanged == ["huidong-2023"]
    assert _state(settings) == clean


def test_one_ingest_at_a_time(workspace, fake_embeddings):
    settings, corpus = workspace
    settings.data_dir.mkdir(parents=True)
    with open(settings.data_dir / "ingest.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = threading.Event()
        worker = threading.Thread(target=lambda: (ingest([corpus], settings, fake_embeddings, progress=False),
                                                  done.set()))
        worker.start()
        assert not done.wait(1.0)  # waits for the other ingest
        fcntl.flock(lock, fcntl.LOCK_UN)
    worker.join(60)
    assert done.is_set() and set(_assert_consistent(settings)) == {"huidong-2023", "meijiang-2023"}


def test_word_and_pdf_files_are_ingested_beside_text(workspace, fake_embeddings):
    settings, corpus = workspace
    text = (corpus / "meijiang-2023.txt").read_text("utf-8")
    (corpus / "meijiang-2023.txt").unlink()
    write_docx(text, corpus / "meijiang-2023.docx")
    result = ingest([corpus], settings, fake_embeddings, progress=False)
    assert result.ok and sorted(result.added) == ["huidong-2023", "meijiang-2023"]
    store = DocStore(settings.store_path)
    try:
        assert store.sources()["meijiang-2023"] == "corpus/meijiang-2023.docx"
    finally:
        store.close()
