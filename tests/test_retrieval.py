"""Dense ranking from the vectors the query side holds: the same ranking Chroma gives, the vectors
of reports another process ingests picked up, and Chroma (then BM25) when they cannot be read."""

import shutil

import pytest

from app.answering.retriever import analyse_in
from app.core.settings import Settings
from app.index.retrieval import Index
from app.index.store import DocStore
from app.index.vectors import open_collection
from ingest.index import ingest
from tests.conftest import CORPUS, HashEmbeddings, ingest_in_another_process

QUESTIONS = ["惠东县12345热线满意率是多少？", "吴川市2023年项目支出是多少？", "江门市绩效自评得分", "部门整体支出绩效目标"]


@pytest.fixture
def indexed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("huidong-2023.txt", "wuchuan-2023.txt", "jiangmen-2021.txt"):
        shutil.copy(CORPUS / name, corpus / name)
    settings = Settings(data_dir=tmp_path / "data", project_root=tmp_path)
    assert ingest([corpus], settings, HashEmbeddings(), progress=False).ok
    store = DocStore(settings.store_path)
    yield settings, store, corpus
    store.close()


def _index(settings: Settings, store: DocStore, **kwargs) -> Index:
    collection = open_collection(settings, "hash-test")
    return Index(store, collection, HashEmbeddings(),
                 reopen=lambda: open_collection(settings, "hash-test", fresh=True), **kwargs)


def test_held_vectors_rank_as_chroma_does(indexed):
    settings, store, _ = indexed
    held, chroma = _index(settings, store), _index(settings, store, hold_vectors=0)
    assert held._vectors is not None and held._has_vector.all()
    assert chroma._vectors is None
    every = sorted({c.doc_id for c in held.chunks})
    for question in QUESTIONS:
        for scope in (["huidong-2023"], ["wuchuan-2023", "jiangmen-2021"], every):
            ours, theirs = held.dense(question, scope, 10), chroma.dense(question, scope, 10)
            assert len(ours) == 10
            assert {held.chunks[r].doc_id for r in ours} <= set(scope)
            assert [held.chunks[r].id for r in ours] == [chroma.chunks[r].id for r in theirs], (question, scope)


def test_vectors_another_process_ingests_are_held_after_refresh(indexed):
    settings, store, corpus = indexed
    index = _index(settings, store)
    before = len(index.chunks)
    shutil.copy(CORPUS / "meijiang-2023.txt", corpus / "meijiang-2023.txt")
    assert ingest_in_another_process(settings, corpus) == ["meijiang-2023"]

    index.refresh()
    assert len(index.chunks) > before
    assert index._vectors is not None and index._has_vector.all()
    top = index.dense("梅江区12345热线群众满意率是多少？", ["meijiang-2023"], 5)
    assert len(top) == 5 and all(index.chunks[r].doc_id == "meijiang-2023" for r in top)


class Unreadable:
    """A collection whose vectors cannot be read back, but which still answers queries."""

    def __init__(self, inner):
        self.inner = inner

    def get(self, *args, **kwargs):
        raise RuntimeError("get is down")

    def query(self, *args, **kwargs):
        return self.inner.query(*args, **kwargs)


class Down(Unreadable):
    def query(self, *args, **kwargs):
        raise RuntimeError("query is down")


def test_unreadable_vectors_are_ranked_by_chroma_and_a_dead_store_leaves_bm25(indexed):
    settings, store, _ = indexed
    reference = _index(settings, store)
    collection = open_collection(settings, "hash-test")
    index = Index(store, Unreadable(collection), HashEmbeddings())
    assert index._vectors is None
    question = QUESTIONS[0]
    ranked = index.dense(question, ["huidong-2023"], 8)
    assert [index.chunks[r].id for r in ranked] == [reference.chunks[r].id for r in
                                                    reference.dense(question, ["huidong-2023"], 8)]

    dead = Index(store, Down(collection), HashEmbeddings())
    assert dead.dense(question, ["huidong-2023"], 8) == []
    hits = dead.search(analyse_in(dead, question), ["huidong-2023"], 8)
    assert hits and all(h.chunk.doc_id == "huidong-2023" and h.dense_rank is None for h in hits)


class Counting(HashEmbeddings):
    queries = 0

    def embed_query(self, text):
        self.queries += 1
        return super().embed_query(text)


def test_a_question_is_embedded_once_until_forgotten(indexed):
    settings, store, _ = indexed
    embeddings = Counting()
    index = Index(store, open_collection(settings, "hash-test"), embeddings)
    for scope in (["huidong-2023"], ["wuchuan-2023"], ["jiangmen-2021"]):
        index.dense(QUESTIONS[0], scope, 5)
    assert embeddings.queries == 1  # once per question, not once per report in scope
    index.forget_questions()  # the benchmark's timed pass answers a question as new
    index.dense(QUESTIONS[0], ["huidong-2023"], 5)
    assert embeddings.queries == 2
