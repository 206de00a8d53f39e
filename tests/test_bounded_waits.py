"""Bounded waits: a model that keeps failing is skipped for a while (and the answer says so), the
web chat shows the extractive answer while a model writes, and Services answers from several
threads at once while ingest changes the index."""

from __future__ import annotations

import shutil
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from app.core.settings import Settings
from app.llm.client import chat_model
from app.llm.writer import Breaker, Writer
from tests.chat_server import ChatServer, Reply
from tests.conftest import CORPUS, HashEmbeddings
from tests.test_llm import EXTRACTIVE, PASSAGES, QUESTION, llm_settings


@pytest.fixture(scope="module")
def server():
    chat = ChatServer()
    yield chat
    chat.close()


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_breaker_opens_after_failures_in_a_row_and_lets_one_question_try_after_the_cool_down():
    clock = Clock()
    breaker = Breaker(failures=2, cooldown_s=30, clock=clock)
    breaker.failed()
    assert breaker.skip() == 0  # one failure: ask again
    breaker.failed()
    assert breaker.skip() == 30
    clock.now += 30
    assert breaker.skip() == 0  # the cool-down is over: this question tries the model
    assert breaker.skip() >= 1  # and the others wait for its outcome
    breaker.failed()
    assert breaker.skip() == 30  # it failed again: another cool-down
    clock.now += 30
    assert breaker.skip() == 0
    breaker.succeeded()
    assert breaker.skip() == 0 and breaker.skip() == 0


def test_a_dead_model_is_skipped_after_three_failures_and_the_answer_says_so(server):
    server.will_reply(Reply("", status=503))
    writer = Writer(chat_model(llm_settings(server.url, 2.0)), 2.0, Breaker(failures=3, cooldown_s=60))
    notices = [writer.answer(EXTRACTIVE, PASSAGES).notice for _ in range(3)]
    assert all("HTTP 503" in n for n in notices) and len(server.requests) == 3
    started = time.perf_counter()
    skipped = writer.answer(EXTRACTIVE, PASSAGES)
    assert time.perf_counter() - started < 0.1 and len(server.requests) == 3  # not asked again
    assert skipped.answer == EXTRACTIVE.answer and skipped.generator == "extractive"
    assert "连续3次未能作答，暂停使用" in skipped.notice and "秒后再试" in skipped.notice


def test_a_hanging_model_costs_each_answer_the_deadline_at_most(server):
    server.will_reply(Reply("惠东县满意率95.35%[1]。", delay=30))
    writer = Writer(chat_model(llm_settings(server.url, 1.0)), 1.0, Breaker(failures=3, cooldown_s=60))
    started = time.perf_counter()
    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(lambda _: (writer.answer(EXTRACTIVE, PASSAGES), time.perf_counter()), range(6)))
    waits = [round(at - started, 2) for _, at in answers]
    assert max(waits) < 2.0, waits  # deadline 1 s (+ 1 s)
    assert all(a.answer == EXTRACTIVE.answer and "未能作答" in a.notice for a, _ in answers)


# -- the web chat ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def project(tmp_path_factory):
    from ingest.index import ingest

    root = tmp_path_factory.mktemp("waits")
    corpus = root / "corpus"
    corpus.mkdir()
    for name in ("huidong-2023.txt", "meijiang-2023.txt"):
        shutil.copy(CORPUS / name, corpus)
    settings = Settings(data_dir=root / "data", project_root=root, corpus_dir=corpus, retrieval_mode="bm25")
    assert ingest([corpus], settings, HashEmbeddings(), progress=False).ok
    return settings


def test_the_chat_shows_the_extractive_answer_while_the_model_writes(project, server):
    from app.services import Services
    from app.web.ui import ChatCallbacks

    server.will_reply(Reply("惠东县满意率95.35%[1]。", delay=30))
    settings = project.model_copy(update={"llm_base_url": server.url, "llm_model": "qwen-test",
                                          "llm_timeout_s": 2.0})
    services = Services(settings, embeddings=HashEmbeddings())
    try:
        started = time.perf_counter()
        shown: list[tuple[float, str]] = []
        for out in ChatCallbacks(services).respond(QUESTION, [], [], "", "", "bm25", 8):
            if isinstance(out[0], list) and out[0]:
                shown.append((time.perf_counter() - started, out[0][-1]["content"]))
        waiting = next((at, html) for at, html in shown if "govqa-waiting" in html)
        assert waiting[0] < 1.0 and "95.35%" in waiting[1] and "语言模型正在撰写" in waiting[1]
        final_at, final = shown[-1]
        assert 2.0 <= final_at < 3.0 and "95.35%" in final and "超过2秒" in final
    finally:
        services.close()


# -- several threads, while ingest changes the index -------------------------------------------------

def test_services_answers_from_many_threads_while_ingest_commits(project, tmp_path):
    """Eight threads ask while reports are added: no error, and each answer is the one a single
    thread gets (the two reports asked about do not change)."""
    from app.services import Services
    from ingest.index import ingest

    settings = project.model_copy(update={"data_dir": tmp_path / "data"})
    shutil.copytree(project.data_dir, settings.data_dir)
    services = Services(settings, embeddings=HashEmbeddings())
    questions = [QUESTION, "梅江区12345热线满意率是多少？", "惠东县政务服务数据管理局的部门职责是什么？"]
    try:
        expected = {q: services.ask(q).answer for q in questions}
        more = tmp_path / "more"
        more.mkdir()
        text = (CORPUS / "wuchuan-2023.txt").read_text("utf-8")
        for i in range(6):
            (more / f"wuchuan-copy{i}.txt").write_text(f"{text}\n附注{i}：本报告第{i}份副本。", "utf-8")
        stop = threading.Event()

        def add_reports() -> None:
            for path in sorted(more.iterdir()):
                ingest([path], settings, HashEmbeddings(), progress=False)
            stop.set()

        def ask_until_done(k: int) -> list[tuple[str, str]]:
            seen = []
            while not stop.is_set() or len(seen) < 3:
                q = questions[(k + len(seen)) % len(questions)]
                seen.append((q, services.ask(q).answer))
            return seen

        writer = threading.Thread(target=add_reports)
        writer.start()
        with ThreadPoolExecutor(8) as pool:
            results = [r for rows in pool.map(ask_until_done, range(8)) for r in rows]
        writer.join()
        assert services.index.generation > 0 and len(services.index.catalog.entries) == 8
        assert all(answer == expected[q] for q, answer in results)
    finally:
        services.close()
