"""Ingest into a real Chroma in tmp_path, with the fast fake embedder."""

import shutil

import pytest

from app.core.settings import Settings
from app.index.store import DocStore
from app.index.vectors import open_collection
from ingest.index import ingest
from tests.conftest import CORPUS


@pytest.fixture
def workspace(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("huidong-2023.txt", "meijiang-2023.txt"):
        shutil.copy(CORPUS / name, corpus / name)
    settings = Settings(data_dir=tmp_path / "data", project_root=tmp_path, corpus_dir=corpus)
    return settings, corpus


def _state(settings, embedder="hash-test"):
    store = DocStore(settings.store_path)
    try:
        chunk_ids = sorted(c.id for c, _ in store.chunks())
    finally:
        store.close()
    collection = open_collection(settings, embedder)
    vector_ids = sorted(collection.get(include=[])["ids"])
    return chunk_ids, vector_ids


def test_ingest_is_incremental_and_idempotent(workspace, fake_embeddings):
    settings, corpus = workspace
    first = ingest([corpus], settings, fake_embeddings, progress=False)
    assert sorted(first.added) == ["huidong-2023", "meijiang-2023"] and first.ok
    chunks, vectors = _state(settings)
    assert chunks == vectors and len(chunks) == first.chunks_embedded > 20

    calls = fake_embeddings.calls
    again = ingest([corpus], settings, fake_embeddings, progress=False)
    assert again.unchanged == ["huidong-2023", "meijiang-2023"] and again.chunks_embedded == 0
    assert fake_embeddings.calls == calls  # nothing embedded
    assert _state(settings) == (chunks, vectors)


def test_changed_file_replaces_its_chunks(workspace, fake_embeddings):
    settings, corpus = workspace
    ingest([corpus], settings, fake_embeddings, progress=False)
    path = corpus / "huidong-2023.txt"
    path.write_text(path.read_text("utf-8").replace("95.35%", "96.00%"), "utf-8")
    result = ingest([corpus], settings, fake_embeddings, progress=False)
    assert result.updated == ["huidong-2023"] and result.unchanged == ["meijiang-2023"]
    chunks, vectors = _state(settings)
    assert chunks == vectors
    store = DocStore(settings.store_path)
    texts = "".join(c.text for c, _ in store.chunks() if c.doc_id == "huidong-2023")
    store.close()
    assert "96.00%" in texts and "95.35%" not in texts


def test_prune_drops_reports_whose_file_is_gone(workspace, fake_embeddings):
    settings, corpus = workspace
    ingest([corpus], settings, fake_embeddings, progress=False)
    (corpus / "meijiang-2023.txt").unlink()
    kept = ingest([corpus], settings, fake_embeddings, progress=False)
    assert kept.pruned == []  # without --prune nothing is dropped
    result = ingest([corpus], settings, fake_embeddings, prune=True, progress=False)
    assert result.pruned == ["meijiang-2023"]
    chunks, vectors = _state(settings)
    assert chunks == vectors and all(c.startswith("huidong-2023:") for c in chunks)


def test_bad_files_are_skipped_and_the_rest_lands(workspace, fake_embeddings):
    settings, corpus = workspace
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (corpus / "empty.md").write_text("", "utf-8")
    (corpus / "gbk.txt").write_bytes("梅州市梅江区政务服务数据管理局\n\n本年支出合计874.43万元。".encode("gbk"))
    result = ingest([corpus, settings.project_root / "missing"], settings, fake_embeddings, progress=False)
    assert sorted(result.added) == ["gbk", "huidong-2023", "meijiang-2023"]
    reasons = dict(result.failed)
    assert "binary" in reasons["corpus/binary.txt"] and "empty" in reasons["corpus/empty.md"]
    assert "no such file" in reasons[str(settings.project_root / "missing")]
    assert not result.ok


def test_embedders_get_separate_collections(workspace, fake_embeddings):
    from app.index.vectors import collection_name

    assert collection_name("e5-small") != collection_name("hash-test")
    assert collection_name("sentence-transformers:/some/path/all-MiniLM-L6-v2").startswith("govqa-")
