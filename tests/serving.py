"""A real `govqa serve` for the tests that need one (browser tests, load tests): started in its own
process group on a free loopback port, waited for until its page answers, ended with SIGTERM (then
SIGKILL) of the whole group, however the test ended."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import CORPUS, ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_env(**more: str) -> dict[str, str]:
    """The environment without the caller's GOVQA_* settings, the corpus as the default, no proxy
    for loopback, no Gradio analytics; `more` on top."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOVQA_")}
    env.update(GOVQA_CORPUS_DIR=str(CORPUS), GRADIO_ANALYTICS_ENABLED="False", PYTHONPATH=str(ROOT),
               NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost", **more)
    return env


class ServerFailed(RuntimeError):
    """The server exited or did not answer in time; the message ends with its log."""


@contextmanager
def serving(data: Path, module: str = "app.cli", startup_s: float = 90, **env: str) -> Iterator[str]:
    """`python -m <module> --data-dir <data> serve` on a free loopback port until the block ends;
    yields its URL. module is app.cli (the bundled embedder) or tests.hash_govqa (the hash one)."""
    with serving_process(data, module, startup_s, **env) as (url, _):
        yield url


@contextmanager
def serving_process(data: Path, module: str = "app.cli", startup_s: float = 90,
                    **env: str) -> Iterator[tuple[str, int]]:
    """As serving, yielding the server's URL and pid (the load test reads its CPU time)."""
    port = free_port()
    log = data.parent / f"serve-{port}.log"
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, "-m", module, "--data-dir", str(data), "serve", "--port", str(port)],
                                cwd=ROOT, env=server_env(**env), stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + startup_s
        while True:
            if proc.poll() is not None:
                raise ServerFailed(f"govqa serve exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise ServerFailed(f"govqa serve did not start in {startup_s:g} s:\n{log.read_text()[-3000:]}")
            time.sleep(0.5)
        yield url, proc.pid
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=20)
