"""What stands before the web chat's routes: wrong logins slow down, and Gradio's upload route is
closed unless uploads are allowed.

Logins: after `attempts` wrong passwords in a row from one client (its address), or for one user
name, that client or name waits `wait_s` seconds before it may try again, twice as long after each
further wrong one (at most an hour); a right password clears both counts. A login refused for
waiting answers HTTP 429 with Retry-After, without checking the password. Other clients and other
user names are not slowed.

Uploads: Gradio serves POST /gradio_api/upload for any page, with or without a file component on
it; with uploads off, the gate answers it (and /gradio_api/upload_progress) 403 before Gradio
reads a byte of the body into its temp folder.
"""

from __future__ import annotations

import contextvars
import hmac
import math
import re
import threading
import time
from collections.abc import Callable
from typing import Any

MAX_WAIT_S = 3600.0
MAX_KEYS = 10_000  # counts kept; past it, those not waiting are forgotten
_CLIENT: contextvars.ContextVar[str] = contextvars.ContextVar("govqa_client", default="")
_UPLOAD = re.compile(r"/gradio_api/upload(_progress)?$")


class LoginLimiter:
    """Wrong-login counts per client and per user name, and how long each must still wait."""

    def __init__(self, attempts: int, wait_s: float, clock: Callable[[], float] = time.monotonic):
        self.attempts, self.wait_s, self._clock = attempts, wait_s, clock
        self._lock = threading.Lock()
        self._failures: dict[str, tuple[int, float]] = {}  # key → (wrong in a row, may try again at)

    @staticmethod
    def _keys(client: str, user: str) -> tuple[str, str]:
        return f"client\x00{client}", f"user\x00{user}"

    def wait(self, client: str, user: str) -> float:
        """Seconds this client, or this user name, must still wait before a login is checked (0: none)."""
        now = self._clock()
        with self._lock:
            return max(0.0, *(self._failures.get(k, (0, now))[1] - now for k in self._keys(client, user)))

    def failed(self, client: str, user: str) -> None:
        now = self._clock()
        with self._lock:
            if len(self._failures) >= MAX_KEYS:
                self._failures = {k: v for k, v in self._failures.items() if v[1] > now}
            for key in self._keys(client, user):
                count = self._failures.get(key, (0, now))[0] + 1
                over = count - self.attempts
                until = now + min(MAX_WAIT_S, self.wait_s * 2**over) if over >= 0 else now
                self._failures[key] = (count, until)

    def succeeded(self, client: str, user: str) -> None:
        with self._lock:
            for key in self._keys(client, user):
                self._failures.pop(key, None)


class TooManyLogins(Exception):
    """A login refused unchecked: its client or user name must wait `wait_s` more seconds."""

    def __init__(self, wait_s: float):
        super().__init__(f"too many wrong logins: try again in {math.ceil(wait_s)} s")
        self.wait_s = wait_s


def login_checker(users: list[tuple[str, str]], limiter: LoginLimiter) -> Callable[[str, str], bool]:
    """Gradio's `auth` callable: the password compared in constant time, wrong ones counted per
    client (read from the request by the gate) and per user name."""
    passwords = dict(users)

    def check(user: str, password: str) -> bool:
        client = _CLIENT.get()
        wait = limiter.wait(client, user)
        if wait > 0:
            from fastapi import HTTPException

            raise HTTPException(status_code=429, detail=str(TooManyLogins(wait)),
                                headers={"Retry-After": str(math.ceil(wait))})
        known = passwords.get(user)
        ok = known is not None and hmac.compare_digest(password.encode(), known.encode())
        (limiter.succeeded if ok else limiter.failed)(client, user)
        return ok

    return check


class Gate:
    """ASGI middleware: notes each request's client for the login check, and refuses uploads when off."""

    def __init__(self, app: Any, allow_upload: bool):
        self.app = app
        self.allow_upload = allow_upload

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = re.sub("/{2,}", "/", scope.get("path", "")).rstrip("/")
        if not self.allow_upload and _UPLOAD.search(path):
            from starlette.responses import PlainTextResponse

            await PlainTextResponse("uploads are off on this server", status_code=403)(scope, receive, send)
            return
        client = scope.get("client")
        token = _CLIENT.set(str(client[0]) if client else "")
        try:
            await self.app(scope, receive, send)
        finally:
            _CLIENT.reset(token)
