"""The HTTP side of the sandbox: one handler per request, with the fault knobs applied."""

from __future__ import annotations

import contextlib
import json
import socket
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from gigadesk.sandbox.faults import (
    DEFER,
    DROP,
    FAIL,
    MALFORMED,
    STALL,
    Fault,
    Faults,
    RequestRecord,
)
from gigadesk.sandbox.service import GigastoreService, Response, message_response

_INVALID_JSON = b'{"uid": "c0a8", "salesDate": 2026-09-14T08:31:02Z, [oops'


@dataclass(slots=True)
class Backend:
    """What every request handler shares: the service, the knobs and the request log."""

    service: GigastoreService
    faults: Faults
    requests: list[RequestRecord]
    stopping: threading.Event
    # The first answer to each Idempotency-Key of a POST (see Faults.honour_idempotency).
    answers: dict[str, Response] = field(default_factory=dict)


class SandboxHTTPServer(ThreadingHTTPServer):
    """A threading HTTP server that can cut every open connection when it stops."""

    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], backend: Backend) -> None:
        self.backend = backend
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, SandboxHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up is normal here (faults, time-outs); anything else is a bug."""
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handle_error(request, client_address)

    def close_connections(self) -> None:
        """Shut every open keep-alive connection, waking the threads that wait on them."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):  # already closed by the peer
                connection.shutdown(socket.SHUT_RDWR)


class SandboxHandler(BaseHTTPRequestHandler):
    """Serves one connection: keep-alive HTTP/1.1, exact Content-Length, faults on demand."""

    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; without TCP_NODELAY, Nagle's algorithm and the
    # client's delayed ACK hold the body back for ~40 ms on every answer.
    disable_nagle_algorithm = True
    server_version = "GigastoreSandbox/1.0"
    sys_version = ""
    server: SandboxHTTPServer

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def date_time_string(self, timestamp: float | None = None) -> str:
        """The Date header, shifted by the clock-offset knob (the rules keep the real clock)."""
        if timestamp is None:
            timestamp = time.time() + self.server.backend.faults.clock_offset
        return super().date_time_string(timestamp)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the sandbox logs nothing (and so never a credential)."""

    def _serve(self) -> None:
        backend = self.server.backend
        split = urlsplit(self.path)
        path = split.path or "/"
        pairs = parse_qs(split.query, keep_blank_values=True)
        query = {name: values[-1] for name, values in pairs.items()}
        if not self._discard_body():
            return
        fault = backend.faults.take(self.command, path)
        self._pause(backend.faults.latency)

        key = self.headers.get("Idempotency-Key")

        def record(status: int, label: str | None) -> None:
            backend.requests.append(RequestRecord(self.command, path, query, status, label, key))

        response: Response | None = None
        if fault is not None and fault.kind == DEFER:
            record(0, DEFER)
            self._defer(fault.seconds, path, query)
            self._drop()
            return
        if fault is not None and fault.kind == FAIL:
            response = _failure(fault)
        elif fault is not None and _before_processing(fault):
            if fault.kind == DROP:
                record(0, DROP)
                self._drop()
                return
            self._pause(fault.seconds)
        label = _label(fault)
        if response is None:
            remember = key if backend.faults.honour_idempotency and self.command == "POST" else None
            first = None if remember is None else backend.answers.get(remember)
            if first is not None:
                response, label = first, "replayed"  # not carried out again
            else:
                response = self._answer(path, query)
                if remember is not None:
                    backend.answers[remember] = response
        if fault is not None and fault.kind == DROP:
            record(0, label)
            self._drop(response if fault.mid_body else None)
            return
        if fault is not None and fault.kind == MALFORMED:
            response = _garble(response, fault.truncated)
        record(response.status, label)
        if fault is not None and fault.kind == STALL and fault.apply:
            self._pause(fault.seconds)
        self._send(response)

    def _defer(self, seconds: float, path: str, query: dict[str, str]) -> None:
        """Carry the request out `seconds` from now, on a thread of its own."""
        method, authorization = self.command, self.headers.get("Authorization")
        backend = self.server.backend

        key = self.headers.get("Idempotency-Key")

        def later() -> None:
            if not backend.stopping.wait(seconds):
                response = self._answer(path, query, method, authorization)
                if key is not None and backend.faults.honour_idempotency:
                    backend.answers.setdefault(key, response)

        threading.Thread(target=later, name="sandbox-deferred", daemon=True).start()

    def _answer(
        self,
        path: str,
        query: dict[str, str],
        method: str | None = None,
        authorization: str | None = None,
    ) -> Response:
        method = method or self.command
        if authorization is None:
            authorization = self.headers.get("Authorization")
        try:
            return self.server.backend.service.handle(method, path, query, authorization)
        except Exception:
            # A bug in the sandbox: answer like a server would, and show the traceback.
            traceback.print_exc()
            return message_response(HTTPStatus.INTERNAL_SERVER_ERROR, "Internal sandbox error.")

    def _discard_body(self) -> bool:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            # Nothing here takes a body; answer and close rather than parse chunks.
            self.close_connection = True
            return True
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self.close_connection = True
            self._send(message_response(HTTPStatus.BAD_REQUEST, "Bad Content-Length."))
            return False
        if length > 0:
            self.rfile.read(length)
        return True

    def _pause(self, seconds: float) -> None:
        if seconds > 0:
            # Waiting on the stop event lets stop() end a stall at once.
            self.server.backend.stopping.wait(seconds)

    def _send(self, response: Response) -> None:
        try:
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(response.body)
            self.wfile.flush()
        except OSError:
            self.close_connection = True  # the client went away

    def _drop(self, response: Response | None = None) -> None:
        """Close the connection with no answer, or after the headers and half the body."""
        self.close_connection = True
        if response is None:
            return
        try:
            if not response.body:
                # No body to cut in half (a refund's empty 200): cut the headers instead.
                self.wfile.write(f"HTTP/1.1 {response.status} OK\r\nContent-".encode())
                self.wfile.flush()
                return
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            self.wfile.write(response.body[: len(response.body) // 2])
            self.wfile.flush()
        except OSError:
            pass  # the client went away first: dropped all the same


def _before_processing(fault: Fault) -> bool:
    # apply=False: the connection drops, or the stall happens, before the request is carried
    # out. A mid-body drop always carries it out: it has an answer to cut in half.
    return fault.kind in (DROP, STALL) and not fault.apply and not fault.mid_body


def _label(fault: Fault | None) -> str | None:
    if fault is None:
        return None
    if fault.kind == MALFORMED and fault.truncated:
        return "truncated"
    return fault.kind


def _failure(fault: Fault) -> Response:
    if fault.body is not None:
        response = Response(fault.status, fault.body.encode(), fault.content_type)
    else:
        try:
            phrase = HTTPStatus(fault.status).phrase
        except ValueError:
            phrase = "Error"
        payload = {"message": f"{phrase} (sandbox fault)", "status": fault.status}
        response = Response(fault.status, json.dumps(payload).encode(), fault.content_type)
    if fault.retry_after is not None:
        # Whole seconds as RFC 9110 has them; fractions (non-standard) keep tests fast.
        seconds = fault.retry_after
        whole = seconds == int(seconds)
        response.headers["Retry-After"] = str(int(seconds)) if whole else str(seconds)
    return response


def _garble(response: Response, truncated: bool) -> Response:
    body = response.body[: max(1, len(response.body) // 2)] if truncated else _INVALID_JSON
    return Response(response.status, body, response.content_type, dict(response.headers))
