"""A real `chroma run` server: ingest and ask through it, and stay consistent when another process ingests."""

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.settings import Settings
from app.index.store import DocStore
from app.index.vectors import open_collection
from app.services import Services
from ingest.index import ingest
from tests.conftest import CORPUS, HashEmbeddings, ingest_in_another_process

pytestmark = pytest.mark.integration


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def chroma_server(tmp_path):
    port = _free_port()
    binary = Path(sys.executable).parent / "chroma"
    proc = subprocess.Popen([str(binary), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        import chromadb

        deadline = time.monotonic() + 60
        while True:
            try:
                chromadb.HttpClient(host="127.0.0.1", port=port).heartbeat()
                break
            except Exception:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("chroma run did not start") from None
                time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_ingest_and_ask_through_a_chroma_server(tmp_path, chroma_server):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("huidong-2023.txt", "wuchuan-2023.txt"):
        shutil.copy(CORPUS / name, corpus / name)
    settings = Settings(data_dir=tmp_path / "data", chroma_url=chroma_server, project_root=tmp_path)
    embeddings = HashEmbeddings()
    assert ingest([corpus], settings, embeddings, progress=False).ok
    assert not (settings.data_dir / "chroma").exists()  # vectors live on the server

    services = Services(settings, embeddings)
    answer = services.ask("惠东县12345热线满意率是多少？")
    assert answer.found and "95.35%" in answer.answer and answer.citations[0].doc_id == "huidong-2023"

    # another process ingests a third report into the same server and data dir
    shutil.copy(CORPUS / "meijiang-2023.txt", corpus / "meijiang-2023.txt")
    assert ingest_in_another_process(settings, corpus) == ["meijiang-2023"]

    # the running services see it, on the BM25 side and on the server
    answer = services.ask("梅江区12345热线群众满意率是多少？")
    assert answer.found and "98.77%" in answer.answer and answer.citations[0].doc_id == "meijiang-2023"
    assert "meijiang-2023" in {c.doc_id for c in services.index.chunks}
    store = DocStore(settings.store_path)
    try:
        stored = sorted(c.id for c, _ in store.chunks())
    finally:
        store.close()
    served = sorted(open_collection(settings, "hash-test").get(include=[])["ids"])
    assert stored == served
    services.close()
