"""A real `govqa serve` under load, over loopback HTTP (the hash embedder, so it starts in seconds):
16 clients × 25 questions while `govqa ingest` adds reports to the same data dir, and six users at
once with a model that never answers. Figures are printed; the run is bounded (well under 2 min).

The clients run on the same cores as the server, so what they cost is printed beside the server's
CPU time per question. gradio_client builds a new httpx client for every request and every result
stream, and each one loads the system CA bundle (about 30 ms of CPU, even for http://): two per
question, some 60 ms, four times what the server spends. The clients here share one TLS context
instead, so they cost what a browser or a keep-alive HTTP client does and the figures are the
server's."""

from __future__ import annotations

import os
import ssl
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.chat_server import ChatServer, Reply
from tests.conftest import CORPUS, ROOT
from tests.serving import server_env, serving_process

pytestmark = pytest.mark.load

CLIENTS, QUESTIONS = 16, 25
REPORTS = 24  # ingested alongside: enough to outlast the questions (the overlap is printed)
QUESTION_SET = ["惠东县12345热线满意率是多少？", "吴川2023年项目支出是多少？", "梅江区和惠东县的12345热线满意率哪个更高？",
                "广州市政数局自评得分是多少？", "湛江市三公经费实际支出多少？", "江门市政数局什么时候挂牌成立？",
                "惠东县政务服务数据管理局的部门职责是什么？"]
DEADLINE_S = 3.0
_TLS = ssl.create_default_context()  # shared by the clients: see the module docstring


HASH = "tests.hash_govqa"  # govqa with the hash embedder: it starts in seconds


def _client(url: str):
    from gradio_client import Client

    return Client(url, verbose=False, ssl_verify=_TLS)  # httpx takes a context where a bool is typed


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of a running process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _ask(client, question: str) -> tuple[float, str, dict]:
    started = time.perf_counter()
    try:
        answer = client.predict(question, api_name="/ask")
        error = "" if isinstance(answer, dict) and {"answer", "found", "citations"} <= set(answer) else "bad reply"
    except Exception as exc:  # every failure is counted, none is hidden
        answer, error = {}, f"{type(exc).__name__}: {exc}"
    return time.perf_counter() - started, error, answer


def test_16_clients_ask_25_questions_each_while_ingest_runs(tmp_path):
    data = tmp_path / "data"
    more = tmp_path / "more"
    more.mkdir()
    text = (CORPUS / "wuchuan-2023.txt").read_text("utf-8")
    for i in range(REPORTS):
        (more / f"wuchuan-copy{i}.txt").write_text(f"{text}\n附注{i}：本报告第{i}份副本。", "utf-8")
    with serving_process(data, HASH) as (url, server):
        ingest = subprocess.Popen([sys.executable, "-m", "tests.hash_govqa", "--data-dir", str(data), "ingest",
                                   "--quiet", *map(str, sorted(more.iterdir()))], cwd=ROOT, env=server_env(),
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        ingest_started = time.perf_counter()
        ingest_ended: list[float] = []

        def watch() -> None:  # its output is a few lines (--quiet): waiting cannot fill the pipe
            ingest.wait()
            ingest_ended.append(time.perf_counter())

        threading.Thread(target=watch, daemon=True).start()

        def client_run(k: int) -> list[tuple[float, str, dict]]:
            client = _client(url)
            return [_ask(client, QUESTION_SET[(k + i) % len(QUESTION_SET)]) for i in range(QUESTIONS)]

        started, server_cpu, own = time.perf_counter(), _cpu_s(server), os.times()
        with ThreadPoolExecutor(CLIENTS) as pool:
            results = [r for rows in pool.map(client_run, range(CLIENTS)) for r in rows]
        wall = time.perf_counter() - started
        server_cpu, clients_cpu = _cpu_s(server) - server_cpu, os.times().user + os.times().system - own.user - own.system
        output = ingest.communicate(timeout=60)[0].decode()
        ingest_s = (ingest_ended or [time.perf_counter()])[0] - ingest_started
        overlap = min(wall, (ingest_ended or [started + wall])[0] - started)
    latencies = sorted(s * 1000 for s, _, _ in results)
    errors = [e for _, e, _ in results if e]
    p50, p95 = latencies[len(latencies) // 2], latencies[int(0.95 * (len(latencies) - 1))]
    print(f"\nload: {len(results)} questions, {len(errors)} errors, wall {wall:.1f} s, "
          f"p50 {p50:.0f} ms, p95 {p95:.0f} ms, max {latencies[-1]:.0f} ms; CPU per question: server "
          f"{1000 * server_cpu / len(results):.1f} ms, clients {1000 * clients_cpu / len(results):.1f} ms; "
          f"ingest of {len(list(more.iterdir()))} reports alongside: {ingest_s:.1f} s, running for {overlap:.1f} s "
          f"of the clients' {wall:.1f} s ({output.strip()[-80:]})")
    assert ingest.returncode == 0, output
    assert len(results) == CLIENTS * QUESTIONS
    assert not errors, errors[:3]


def test_six_users_with_a_dead_model_each_get_an_answer_within_the_deadline(tmp_path):
    chat = ChatServer()
    chat.will_reply(Reply("", delay=600))  # accepts the request, never answers
    try:
        with serving_process(tmp_path / "data", HASH, GOVQA_LLM_BASE_URL=chat.url, GOVQA_LLM_MODEL="dead",
                     GOVQA_LLM_TIMEOUT_S=str(DEADLINE_S)) as (url, _):
            clients = [_client(url) for _ in range(7)]
            started = time.perf_counter()
            with ThreadPoolExecutor(6) as pool:
                results = list(pool.map(lambda c: _ask(c, QUESTION_SET[0]), clients[:6]))
            waits = sorted(round(s, 2) for s, _, _ in results)
            wall = time.perf_counter() - started
            after, error, skipped = _ask(clients[6], QUESTION_SET[0])  # the breaker is open now
    finally:
        chat.close()
    print(f"\ndead model, deadline {DEADLINE_S:g} s: six users answered in {waits} s (all within {wall:.2f} s); "
          f"the seventh, with the model skipped: {after:.2f} s")
    assert not [e for _, e, _ in results if e]
    assert max(waits) <= DEADLINE_S + 1, waits
    assert all("95.35%" in a["answer"] and "未能作答" in a["notice"] for _, _, a in results), [(a.get("generator"), a.get("found"), a.get("answer", "")[:60]) for _, _, a in results]
    assert not error and after < 1.0 and "暂停使用" in skipped["notice"]

