"""The web chat's gate over real HTTP: wrong logins slow down per client and per user name, weak
passwords are refused at start-up, Gradio's upload route is closed when uploads are off, and the
server's temp folder goes when it ends."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest

from app.core.settings import Settings
from app.web.access import AccessError, check_passwords, weak_password
from app.web.gate import LoginLimiter
from tests.conftest import CORPUS, ROOT

STRONG = "ku9-Tree-42x"


# -- passwords ----------------------------------------------------------------------------------------

def test_weak_passwords_are_named_never_shown():
    assert weak_password("alice", "b", 10) == "shorter than 10 characters"
    assert weak_password("alice", "1212121212", 10) == "fewer than 5 different characters"
    assert weak_password("alice", "Alice-2024!", 10) == "contains the user name"
    assert weak_password("alice", STRONG, 10) is None
    with pytest.raises(AccessError) as info:
        check_passwords([("bob", STRONG), ("alice", "hunter2")], 10)
    assert "entry 2 (alice)" in str(info.value) and "hunter2" not in str(info.value)


def test_serve_refuses_a_weak_password_with_one_line(capsys, tmp_path, monkeypatch):
    from app.cli import main

    monkeypatch.setenv("GOVQA_AUTH", "a:b")
    assert main(["--data-dir", str(tmp_path), "serve", "--host", "0.0.0.0", "--port", "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("govqa: error: GOVQA_AUTH entry 1 (a): the password is too weak")
    assert ":b" not in err


# -- wrong logins -------------------------------------------------------------------------------------

class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_wrong_logins_make_that_client_and_that_user_wait_and_no_one_else():
    clock = Clock()
    limiter = LoginLimiter(attempts=3, wait_s=10, clock=clock)
    for _ in range(2):
        limiter.failed("10.0.0.1", "alice")
    assert limiter.wait("10.0.0.1", "alice") == 0  # two wrong: no wait yet
    limiter.failed("10.0.0.1", "alice")
    assert limiter.wait("10.0.0.1", "alice") == 10
    assert limiter.wait("10.0.0.1", "bob") == 10  # the same client, another name
    assert limiter.wait("10.0.0.2", "alice") == 10  # the same name from elsewhere
    assert limiter.wait("10.0.0.2", "bob") == 0  # everyone else goes on
    clock.now += 10
    assert limiter.wait("10.0.0.1", "alice") == 0
    limiter.failed("10.0.0.1", "alice")  # one more wrong: twice as long
    assert limiter.wait("10.0.0.1", "alice") == 20
    clock.now += 20
    limiter.succeeded("10.0.0.1", "alice")  # a right password clears both counts
    limiter.failed("10.0.0.1", "alice")
    assert limiter.wait("10.0.0.1", "alice") == 0


# -- over HTTP, in-process --------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _request(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method="POST" if data is not None else "GET")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(request, timeout=20) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def _multipart(name: str, content: bytes) -> tuple[bytes, dict[str, str]]:
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
            f"Content-Type: text/plain\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    return body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def _launch(services, settings: Settings, users: list[tuple[str, str]]):
    from app.web.ui import build_ui, launch_options

    saved = services.settings
    services.settings = settings
    try:
        demo = build_ui(services)
    finally:
        services.settings = saved
    demo.queue(default_concurrency_limit=settings.concurrency)
    port = _free_port()
    options = launch_options(settings, "127.0.0.1", port, users)
    demo.launch(**options, prevent_thread_lock=True, quiet=True)
    return demo, f"http://127.0.0.1:{port}"


@pytest.mark.parametrize("allow_upload", [False, True], ids=["upload-off", "upload-on"])
def test_gradio_upload_route_is_closed_when_uploads_are_off(hash_services, tmp_path, monkeypatch, allow_upload):
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "gradio"))
    settings = hash_services.settings.model_copy(update={"allow_upload": allow_upload})
    demo, url = _launch(hash_services, settings, [])
    try:
        body, headers = _multipart("x.txt", "惠东县满意率95.35%。".encode() * 1000)
        if allow_upload:  # the gate is no wall: with uploads on, Gradio takes the file
            status, text = _request(url + "/gradio_api/upload", body, headers)
            assert status == 200 and json.loads(text)[0].endswith("x.txt")
        for path in ("/gradio_api/upload", "/gradio_api/upload/", "//gradio_api//upload") * (not allow_upload):
            status, text = _request(url + path, body, headers)
            assert status == 403, (path, status, text)
            assert "/" not in text  # no server path in the reply
        stored = [p for p in (tmp_path / "gradio").rglob("*") if p.is_file()]
        assert bool(stored) == allow_upload
    finally:
        demo.close()


def test_wrong_logins_over_http_wait_then_the_right_one_passes(hash_services, tmp_path, monkeypatch):
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "gradio"))
    settings = hash_services.settings.model_copy(update={"login_attempts": 3, "login_wait_s": 1.5})
    demo, url = _launch(hash_services, settings, [("alice", STRONG)])
    try:
        def login(password: str) -> int:
            data = urllib.parse.urlencode({"username": "alice", "password": password}).encode()
            return _request(url + "/login", data, {"Content-Type": "application/x-www-form-urlencoded"})[0]

        started = time.monotonic()
        codes = [login("wrong") for _ in range(6)]
        assert codes[:3] == [400, 400, 400] and codes[3:] == [429, 429, 429]  # 300 tries no longer fit in a second
        assert login(STRONG) == 429  # even the right password waits: it is not checked
        time.sleep(max(0.0, 1.6 - (time.monotonic() - started)))
        assert login(STRONG) == 200
        assert login("wrong") == 400  # the count started again
    finally:
        demo.close()


# -- the temp folder of a real `govqa serve` ---------------------------------------------------------

@pytest.mark.load
def test_serve_removes_its_temp_folder_on_sigterm(tmp_path):
    temp = tmp_path / "tmp"
    temp.mkdir()
    data = tmp_path / "data"
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOVQA_")}
    env.update(GOVQA_CORPUS_DIR=str(CORPUS), GRADIO_TEMP_DIR=str(temp), GRADIO_ANALYTICS_ENABLED="False",
               PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "tests.hash_govqa", "--data-dir", str(data), "serve",
                             "--port", str(port)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while _request(f"http://127.0.0.1:{port}/")[0] != 200 if _port_open(port) else True:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < deadline, "govqa serve did not start"
            time.sleep(0.3)
        [run] = list(temp.iterdir())
        assert run.name.startswith("govqa-web-")
        os.killpg(proc.pid, signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
        assert list(temp.iterdir()) == []
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        shutil.rmtree(temp, ignore_errors=True)


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


# -- an upload never replaces a report --------------------------------------------------------------

@pytest.mark.parametrize("data_inside_root", [True, False], ids=["data-in-project", "data-elsewhere"])
def test_an_upload_with_an_indexed_name_is_refused_wherever_the_data_dir_is(tmp_path, data_inside_root):
    """A report indexed from a single file, and an earlier upload: a later upload of the same name
    with other content is refused and both stay as they were; the same bytes again are no change."""
    from app.index.store import DocStore
    from app.web.upload import add_reports
    from ingest.index import ingest
    from tests.conftest import HashEmbeddings

    root = tmp_path / "project"
    root.mkdir()
    settings = Settings(data_dir=(root if data_inside_root else tmp_path) / "data", project_root=root)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(CORPUS / "huidong-2023.txt", elsewhere)
    assert ingest([elsewhere / "huidong-2023.txt"], settings, HashEmbeddings(), progress=False).ok
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    first = incoming / "meijiang.txt"
    shutil.copy(CORPUS / "meijiang-2023.txt", first)
    assert [o.ok for o in add_reports([first], settings, HashEmbeddings())] == [True]

    def store_state() -> dict[str, str]:
        store = DocStore(settings.store_path)
        try:
            return {sha: doc_id for sha, docs in store.by_sha256().items() for doc_id, _ in docs}
        finally:
            store.close()

    before = store_state()
    for name in ("huidong-2023.txt", "meijiang.txt"):
        other = incoming / "again" / name
        other.parent.mkdir(exist_ok=True)
        shutil.copy(CORPUS / "wuchuan-2023.txt", other)
        [outcome] = add_reports([other], settings, HashEmbeddings())
        assert not outcome.ok and "同名" in outcome.message, outcome
        assert str(tmp_path) not in outcome.message
    assert store_state() == before
    assert (settings.uploads_dir / "meijiang.txt").read_bytes() == first.read_bytes()
    assert not (settings.uploads_dir / "huidong-2023.txt").exists()
    [same] = add_reports([first], settings, HashEmbeddings())
    assert same.ok and "内容相同" in same.message and store_state() == before
