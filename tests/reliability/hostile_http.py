"""A small hostile Gigastore on 127.0.0.1 for what the sandbox cannot play: bodies trickled a
byte at a time, endless chunked bodies, and crafted bytes (numbers no parser can hold)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

ITEMS = "/gigastore/activations/activated-items"
TOKEN = b'{"accessToken": "hostile-token", "expiresIn": 3600}'

Answer = Callable[["_Handler"], None]


def body(
    data: bytes,
    status: int = 200,
    content_type: str = "application/json",
    headers: tuple[tuple[str, str], ...] = (),
) -> Answer:
    """An answer with exactly these bytes (and any extra headers)."""

    def send(handler: _Handler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        for name, value in headers:
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.write(data)

    return send


def trickle(interval: float, data: bytes = b"[" + b" " * 10_000 + b"]") -> Answer:
    """A 200 whose body comes one byte every `interval` seconds (stops when the client goes)."""

    def send(handler: _Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        for index in range(len(data)):
            if handler.server.stopping.wait(interval):
                return
            handler.write(data[index : index + 1])

    return send


def endless(limit: int, chunk: int = 64 * 1024) -> Answer:
    """A chunked 200 that sends `chunk` bytes at a time until the client goes (or `limit`,
    so that a client without a cap fails the test instead of eating the machine)."""

    def send(handler: _Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        piece = b"[" + b" " * (chunk - 1)
        sent = 0
        while sent < limit and not handler.server.stopping.is_set():
            handler.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n", counted=len(piece))
            sent += len(piece)
            piece = b" " * chunk
        handler.write(b"0\r\n\r\n", counted=0)

    return send


def claims(size: int) -> Answer:
    """A 200 whose Content-Length claims `size` bytes; a few are sent, then it hangs up."""

    def send(handler: _Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(size))
        handler.end_headers()
        handler.write(b"[   ")

    return send


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, owner: HostileServer) -> None:
        self.owner = owner
        self.stopping = threading.Event()
        super().__init__(("127.0.0.1", 0), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up mid-answer is what these tests provoke."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""

    def write(self, data: bytes, counted: int | None = None) -> None:
        self.wfile.write(data)
        self.wfile.flush()
        self.server.owner.count(len(data) if counted is None else counted)

    def do_POST(self) -> None:
        self._serve()

    def do_GET(self) -> None:
        self._serve()

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        owner = self.server.owner
        path = self.path.split("?", 1)[0]
        owner.requests.append(f"{self.command} {path}")
        if path == "/reseller/authenticate":
            answer = body(owner.token)
        elif path.startswith(ITEMS + "/"):
            answer = owner.item_answer
        elif path == ITEMS:
            answer = owner.next_window()
        else:
            answer = body(b'{"message": "not here"}', status=404)
        with contextlib.suppress(OSError):  # the client hung up: that is the point
            answer(self)


class HostileServer:
    """Plays a misbehaving Gigastore: a token, then window answers from a script (the last
    one repeats), counting every body byte it sent."""

    def __init__(self, *windows: Answer, token: bytes = TOKEN) -> None:
        self.token = token
        self.windows = list(windows) or [body(b"[]")]
        self.item_answer: Answer = body(b'{"message": "no such item"}', status=404)
        self.requests: list[str] = []
        self.sent = 0
        self._lock = threading.Lock()
        self._server = _Server(self)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def count(self, size: int) -> None:
        with self._lock:
            self.sent += size

    def next_window(self) -> Answer:
        with self._lock:
            return self.windows.pop(0) if len(self.windows) > 1 else self.windows[0]

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._server.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)
