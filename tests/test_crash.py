"""Real processes: `govqa ingest` killed with SIGKILL at random points, and `govqa ask` answering
while `govqa ingest` writes. The fake embedder (tests/fake_govqa.py) keeps them quick."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.core.settings import Settings
from app.index.store import DocStore
from app.index.vectors import open_collection
from app.services import Services
from ingest.index import prepare
from ingest.load import discover
from tests.conftest import CORPUS, REPORTS, ROOT, HashEmbeddings

pytestmark = pytest.mark.integration

# the two reports that change between runs, and how: a new version of each
CHANGES = {"huidong-2023.txt": ("95.35%", "96.00%"), "meijiang-2023.txt": ("98.77%", "97.00%")}
QUESTIONS = ["惠东县12345热线群众满意率是多少？", "梅江区12345热线群众满意率是多少？", "吴川2023年项目支出是多少？",
             "江门市政数局2021年全年总支出完成多少？", "湛江市政务服务和数据管理局2024年支出数是多少？"]


def _govqa(data_dir: Path, *args: str, delay: float = 0.0, env_extra: dict[str, str] | None = None,
           **popen: object) -> subprocess.Popen:
    env = {**os.environ, "GOVQA_TEST_EMBED_DELAY": str(delay), "GOVQA_EMBED_BATCH_SIZE": "4",
           "PYTHONPATH": str(ROOT), **(env_extra or {})}
    return subprocess.Popen([sys.executable, "-m", "tests.fake_govqa", "--data-dir", str(data_dir), *args],
                            cwd=ROOT, env=env, **popen)  # type: ignore[call-overload]


def _version(corpus: Path, v: int) -> None:
    """Write version v (0: as published, 1: revised) of the reports that change."""
    for name, (old, new) in CHANGES.items():
        text = (CORPUS / name).read_text("utf-8")
        (corpus / name).write_text(text.replace(old, new) if v else text, "utf-8")


def _settings(root: Path, data: str) -> Settings:
    return Settings(data_dir=root / data, project_root=root, corpus_dir=root / "corpus", embed_batch_size=4)


def _index_state(settings: Settings) -> tuple[dict[str, list[str]], list[str]]:
    """Chunk ids per stored report, and the ids of the vectors."""
    store = DocStore(settings.store_path)
    try:
        by_doc: dict[str, list[str]] = {}
        for c, _ in store.chunks():
            by_doc.setdefault(c.doc_id, []).append(c.id)
    finally:
        store.close()
    # a fresh client: the one this process cached has not seen the other processes' writes
    vectors = sorted(open_collection(settings, "hash-test", fresh=True).get(include=[])["ids"])
    return by_doc, vectors


def _expected_chunks(root: Path, settings: Settings) -> dict[str, list[set[str]]]:
    """For every report, the chunk ids of each of its versions (what a complete write leaves)."""
    corpus = root / "corpus"
    out: dict[str, list[set[str]]] = {}
    for v in (0, 1):
        _version(corpus, v)
        files, _ = discover([corpus], root)
        for f in files:
            out.setdefault(f.doc_id, []).append({c.id for c in prepare(f, settings).chunks})
    _version(corpus, 0)
    return out


def _corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    for name in REPORTS.values():
        shutil.copy(CORPUS / name, corpus / name)
    return corpus


def test_killing_ingest_at_random_points_then_rerunning_gives_the_clean_index(tmp_path):
    corpus = _corpus(tmp_path)
    clean = _settings(tmp_path, "clean")
    started = time.monotonic()
    assert _govqa(clean.data_dir, "ingest", "--quiet", str(corpus), delay=0.02).wait(300) == 0
    took = time.monotonic() - started
    clean_state = _index_state(clean)
    expected = _expected_chunks(tmp_path, clean)

    crashed = _settings(tmp_path, "crashed")
    rng = random.Random(20240722)
    # where each run is killed: at a random moment, or just inside one of the two moments of a
    # report's write that matter (new vectors in, row not committed; committed, old vectors not
    # out); the last kill leaves a new version's vectors that no later run writes again
    plan = ["commit-start", "random", "commit-done", "random", "commit-start", "commit-done", "none", "commit-start"]
    kills = 0
    for i, where in enumerate(plan):
        _version(corpus, i % 2)  # every run has a new version of two reports to write over the old
        proc = _govqa(crashed.data_dir, "ingest", "--quiet", str(corpus), delay=0.02,
                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                      env_extra={"GOVQA_TEST_COMMIT_DELAY": "0.3"})
        kills += _kill(proc, where, rng.uniform(0.2, 1.0) * took, rng.uniform(0.0, 0.25))
        _assert_never_half_a_report(crashed, expected)
    assert kills >= 5  # most runs were killed part-way

    _version(corpus, 0)
    done = _govqa(crashed.data_dir, "ingest", "--quiet", str(corpus), stdout=subprocess.PIPE, text=True)
    out, _ = done.communicate(timeout=300)
    assert done.returncode == 0, out
    by_doc, vectors = _index_state(crashed)
    assert (by_doc, vectors) == clean_state  # same chunk ids and count, vectors equal store rows
    ids = [i for doc in by_doc.values() for i in doc]
    assert len(ids) == len(set(ids)) == len(vectors)


def _kill(proc: subprocess.Popen, where: str, at: float, after: float) -> int:
    """SIGKILL proc at a moment (seconds after start) or `after` seconds past its first `where`
    announcement; 1 when it was killed, 0 when it had finished first."""
    assert proc.stderr is not None
    seen = threading.Event()

    def watch() -> None:
        for line in proc.stderr:  # type: ignore[union-attr]
            if line.startswith(where):
                seen.set()

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    deadline = time.monotonic() + (at if where == "random" else 300)
    if where == "none":
        proc.wait(300)
    while proc.poll() is None and time.monotonic() < deadline:
        if where != "random" and seen.wait(0.01):
            time.sleep(after)
            break
        time.sleep(0.01 if where == "random" else 0)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait(60)
    watcher.join(10)
    return int(killed)


def _assert_never_half_a_report(settings: Settings, expected: dict[str, list[set[str]]]) -> None:
    """Whatever the moment of the kill: each stored report has every chunk of one of its versions,
    and questions are answered from stored reports only, with verbatim quotes."""
    if not settings.store_path.exists():
        return
    by_doc, _ = _index_state(settings)
    for doc_id, ids in by_doc.items():
        assert set(ids) in expected[doc_id], f"{doc_id} is half ingested"
    services = Services(settings, HashEmbeddings())
    try:
        for question in QUESTIONS:
            answer = services.ask(question)
            for c in answer.citations:
                assert c.doc_id in by_doc
                raw, _ = services.library.texts(c.doc_id)
                assert re.sub(r"\s", "", raw[c.start : c.end]) == re.sub(r"\s", "", c.quote)
    finally:
        services.close()


def test_asking_while_ingest_writes_never_fails(tmp_path):
    corpus = _corpus(tmp_path)
    settings = _settings(tmp_path, "data")
    assert _govqa(settings.data_dir, "ingest", "--quiet", str(corpus)).wait(300) == 0

    ask = _govqa(settings.data_dir, "ask", "--json", "-", stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                 stderr=subprocess.PIPE, text=True, encoding="utf-8")
    assert ask.stdin is not None and ask.stdout is not None and ask.stderr is not None
    rows: list[dict] = []
    reader = threading.Thread(target=lambda: rows.extend(json.loads(line) for line in ask.stdout))  # type: ignore[union-attr]
    reader.start()
    stop = threading.Event()
    asked = 0

    def feed() -> None:
        nonlocal asked
        while not stop.is_set():
            ask.stdin.write(QUESTIONS[asked % len(QUESTIONS)] + "\n")  # type: ignore[union-attr]
            ask.stdin.flush()  # type: ignore[union-attr]
            asked += 1
            time.sleep(0.03)

    feeder = threading.Thread(target=feed)
    feeder.start()
    try:
        for v in (1, 0, 1, 0):  # four ingests, each writing a new version of two reports
            _version(corpus, v)
            assert _govqa(settings.data_dir, "ingest", "--quiet", str(corpus), delay=0.05,
                          stdout=subprocess.DEVNULL).wait(300) == 0
    finally:
        stop.set()
        feeder.join()
        ask.stdin.close()
    assert ask.wait(300) == 0
    reader.join()
    err = ask.stderr.read()
    assert "Traceback" not in err and "govqa: error" not in err, err
    assert len(rows) == asked > 20
    satisfaction = [r["answer"] for r in rows if r["question"].startswith("惠东县") and r["found"]]
    assert satisfaction and all("95.35%" in a or "96.00%" in a for a in satisfaction)
    assert all(r["found"] for r in rows), [r["answer"] for r in rows if not r["found"]][:3]
