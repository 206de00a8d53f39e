"""A real chat-completions server on a loopback port, with scripted replies, for the LLM path's tests.

It speaks the OpenAI protocol as vLLM and Ollama do: POST /v1/chat/completions answers with one JSON
object, or, for "stream": true, with server-sent events ending in "data: [DONE]". Each request takes
the next scripted Reply (the last one is kept for any further requests) and is recorded.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted reply. `content` may be a function of the request body (to cite by passage)."""

    content: str | Callable[[dict[str, Any]], str] = ""
    status: int = 200
    delay: float = 0.0  # seconds before anything is sent
    chunk_delay: float = 0.0  # seconds between streamed pieces
    body: str | None = None  # sent as is instead of a well-formed reply (for malformed JSON)


def passage_number(request: dict[str, Any], words: str) -> int:
    """The number of the first passage the prompt gives that contains words (0 when none does)."""
    parts = re.split(r"(?m)^\[(\d+)\]", request["messages"][-1]["content"])  # text, n, passage, n, …
    return next((int(n) for n, body in zip(parts[1::2], parts[2::2], strict=True) if words in body), 0)


class ChatServer:
    """Serves scripted replies on 127.0.0.1 until closed; `url` is the base URL clients take."""

    def __init__(self) -> None:
        self.script: list[Reply] = [Reply("")]
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.closing = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                request = json.loads(self.rfile.read(length) or b"{}")
                server.requests.append(request)
                server.headers.append({k.lower(): v for k, v in self.headers.items()})
                reply = server.script.pop(0) if len(server.script) > 1 else server.script[0]
                if reply.delay and server.closing.wait(reply.delay):
                    return
                if self.path.rstrip("/") != "/v1/chat/completions":
                    return self._send(404, json.dumps({"error": {"message": "not found"}}))
                if reply.status != 200:
                    return self._send(reply.status, json.dumps({"error": {"message": "scripted failure"}}))
                content = reply.content(request) if callable(reply.content) else reply.content
                if request.get("stream"):
                    self._stream(reply, content, request)
                else:
                    self._send(200, reply.body if reply.body is not None else json.dumps(_completion(content, request)))

            def _send(self, status: int, body: str) -> None:
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, reply: Reply, content: str, request: dict[str, Any]) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.end_headers()
                if reply.body is not None:
                    self.wfile.write(reply.body.encode())
                    return
                pieces = [content[i : i + 4] for i in range(0, len(content), 4)]
                for i, piece in enumerate(pieces):
                    delta = {"role": "assistant", "content": piece} if i == 0 else {"content": piece}
                    self._event(_chunk(delta, None, request))
                    if reply.chunk_delay and server.closing.wait(reply.chunk_delay):
                        return
                self._event(_chunk({}, "stop", request))
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()

            def _event(self, payload: dict[str, Any]) -> None:
                self.wfile.write(f"data: {json.dumps(payload, ensure_ascii=False)}\n\n".encode())
                self.wfile.flush()

        self._httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="chat-server", daemon=True)
        self._thread.start()

    def will_reply(self, *replies: Reply) -> None:
        """Script the next replies (the last one repeats) and forget earlier requests."""
        self.script = list(replies)
        self.requests.clear()
        self.headers.clear()

    def close(self) -> None:
        self.closing.set()
        self._httpd.shutdown()
        self._httpd.server_close()


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that stopped waiting (the time-out cases) closes the socket: nothing to report."""


def _completion(content: str, request: dict[str, Any]) -> dict[str, Any]:
    return {"id": "chatcmpl-test", "object": "chat.completion", "created": 0, "model": request.get("model", ""),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}


def _chunk(delta: dict[str, Any], finish: str | None, request: dict[str, Any]) -> dict[str, Any]:
    return {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 0,
            "model": request.get("model", ""), "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
