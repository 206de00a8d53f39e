"""Shared fixtures: the real corpus, a deterministic fake embedder, a real index built once."""

from __future__ import annotations

import hashlib
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

# tests never reach a real language model: the LLM tests name their own loopback server
for _name in ("GOVQA_LLM_BASE_URL", "GOVQA_LLM_MODEL", "GOVQA_LLM_API_KEY", "GOVQA_LLM_TIMEOUT_S"):
    os.environ.pop(_name, None)
# `main(["ingest", …])` run inside pytest must not lower pytest's own priority for the rest of the
# run; the `govqa ingest` processes the tests start (tests.test_serve_load._env) keep the default
os.environ["GOVQA_INGEST_NICE"] = "0"

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
REPORTS = {
    "wuchuan-2023": "wuchuan-2023.txt",
    "zhanjiang-2024": "zhanjiang-2024.txt",
    "meijiang-2023": "meijiang-2023.txt",
    "huidong-2023": "huidong-2023.txt",
    "jiangmen-2021": "jiangmen-2021.txt",
}


class HashEmbeddings(Embeddings):
    """Deterministic bag-of-characters vectors: fast, no model, similar texts get similar vectors."""

    model_id = "hash-test"
    dim = 64

    def _vec(self, text: str) -> list[float]:
        v = [0.0] * self.dim
        for ch in re.sub(r"\s", "", text):
            v[int(hashlib.md5(ch.encode()).hexdigest(), 16) % self.dim] += 1.0
        norm = math.sqrt(sum(x * x for x in v)) or 1.0
        return [x / norm for x in v]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.calls = getattr(self, "calls", 0) + len(texts)
        return [self._vec(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vec(text)


def ingest_in_another_process(settings, corpus: Path) -> list[str]:
    """Ingest a folder from a second Python process (the fake embedder), as `govqa ingest` run
    beside a serving process would; the doc ids it added."""
    where = settings.model_dump_json(include={"data_dir", "project_root", "chroma_url"})
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.core.settings import Settings\n"
        "from ingest.index import ingest\n"
        "from tests.conftest import HashEmbeddings\n"
        "r = ingest([Path(sys.argv[2])], Settings.model_validate_json(sys.argv[1]), HashEmbeddings(), progress=False)\n"
        "assert r.ok, r\n"
        "print(' '.join(r.added))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, where, str(corpus)], cwd=ROOT, check=True, timeout=300,
                          capture_output=True, text=True)
    return done.stdout.split()


def raw_text(name: str) -> str:
    return (CORPUS / name).read_text("utf-8")


def headline(answer) -> str:
    """The answer's first line: the figure or name it states, before the passage it quotes."""
    return answer.answer.splitlines()[0]


def says(services, question: str, stated: str) -> None:
    """The question is answered, and its first line states `stated`."""
    answer = services.ask(question)
    assert answer.found and stated in headline(answer), answer.answer


def refused(services, question: str) -> None:
    """The question is not answered (found=false)."""
    answer = services.ask(question)
    assert not answer.found, answer.answer


def library_fixture(name: str, reports: dict[str, str]):
    """A module's fixture: services over these invented reports (file name → text), built once for the module."""

    @pytest.fixture(scope="module")
    def services(tmp_path_factory):
        library = library_of(tmp_path_factory.mktemp(name), reports)
        yield library
        library.close()

    return services


def library_of(root: Path, reports: dict[str, str]):
    """Services over a library of these reports (file name → text), indexed with hash embeddings and
    searched by BM25; the caller closes it."""
    from app.core.settings import Settings
    from app.services import Services
    from ingest.index import ingest

    folder = root / "reports"
    folder.mkdir()
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    settings = Settings(data_dir=root / "data", project_root=root, corpus_dir=folder, retrieval_mode="bm25")
    assert ingest([folder], settings, HashEmbeddings(), progress=False).ok
    return Services(settings, embeddings=HashEmbeddings())


@pytest.fixture
def fake_embeddings() -> HashEmbeddings:
    return HashEmbeddings()


@pytest.fixture(scope="session")
def real_services(tmp_path_factory):
    """The corpus ingested once with the bundled e5-small embedder, for integration tests."""
    from app.core.settings import Settings
    from app.services import Services
    from ingest.index import ingest

    settings = Settings(data_dir=tmp_path_factory.mktemp("index"), project_root=ROOT, corpus_dir=CORPUS)
    result = ingest([CORPUS], settings, progress=False)
    assert result.ok and len(result.added) == 5
    services = Services(settings)
    yield services
    services.close()


@pytest.fixture(scope="session")
def hash_services(tmp_path_factory):
    """The corpus ingested once with the fake embedder, BM25 retrieval: fast tests of the chain, the
    indicator table and the web tab. Tests must not add reports to it."""
    from app.core.settings import Settings
    from app.services import Services
    from ingest.index import ingest

    settings = Settings(data_dir=tmp_path_factory.mktemp("hash-index"), project_root=ROOT, corpus_dir=CORPUS,
                        retrieval_mode="bm25")
    assert ingest([CORPUS], settings, HashEmbeddings(), progress=False).ok
    services = Services(settings, embeddings=HashEmbeddings())
    yield services
    services.close()


# Figures a test measures (OCR accuracy, speeds), printed in the run's closing note.
NOTES: list[str] = []


def pytest_terminal_summary(terminalreporter) -> None:
    # tests import this file as tests.conftest, pytest as conftest: two modules, two lists
    other = getattr(sys.modules.get("tests.conftest"), "NOTES", [])
    notes = NOTES + (other if other is not NOTES else [])
    if notes:
        terminalreporter.write_sep("-", "measured")
        for line in notes:
            terminalreporter.write_line(line)
