"""SandboxServer: a local Gigastore on 127.0.0.1 for the demo mode and the tests."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from gigadesk.sandbox import demo_data
from gigadesk.sandbox.demo_state import DemoState
from gigadesk.sandbox.dialect import SANDBOX, Dialect
from gigadesk.sandbox.faults import Faults, RequestRecord
from gigadesk.sandbox.handler import Backend, SandboxHTTPServer
from gigadesk.sandbox.instants import now_utc
from gigadesk.sandbox.itemstore import ItemStore
from gigadesk.sandbox.service import GigastoreService
from gigadesk.sandbox.tokens import TokenBook

__all__ = [
    "DEMO_CLIENT_ID",
    "DEMO_CLIENT_SECRET",
    "Dialect",
    "Faults",
    "RequestRecord",
    "SandboxServer",
]

DEMO_CLIENT_ID: str = "demo-reseller"
DEMO_CLIENT_SECRET: str = "demo-secret"


class SandboxServer:
    """A Gigastore speaking the contract over real HTTP, served from a daemon thread.

    Refund rules run on the server's real clock. Stopping cuts every open connection, so a
    client sees the server vanish; start() again serves on the same port.
    """

    def __init__(
        self,
        items: list[dict[str, Any]] | None = None,
        *,
        item_count: int = 2000,
        seed: int = 7,
        now: datetime | None = None,
        refund_limit: int | None = demo_data.DEFAULT_REFUND_LIMIT,
        max_window_days: int | None = None,
        dialect: Dialect = SANDBOX,
        token_ttl: int = 86400,
        client_id: str = DEMO_CLIENT_ID,
        client_secret: str = DEMO_CLIENT_SECRET,
        host: str = "127.0.0.1",
        port: int = 0,
        state_file: Path | None = None,
    ) -> None:
        # The demo keeps its state in its own data folder: generated at the first start's
        # instant (sale times stay put) with every refund made since replayed on top.
        state = DemoState(state_file) if state_file is not None and items is None else None
        if items is None:
            moment = now or now_utc()
            if state is not None:
                moment = state.start(moment)
            rows = demo_data.iter_encoded(
                item_count, now=moment, seed=seed, refund_limit=refund_limit
            )
            self._store = ItemStore.from_encoded(rows)
            if state is not None:
                for uid, when in state.refund_times():
                    self._store.refund(uid, when, None)
                self._store.on_refund = state.record_refund
        else:
            self._store = ItemStore.from_items(items)
        self._tokens = TokenBook(token_ttl)
        self._service = GigastoreService(
            self._store,
            self._tokens,
            (client_id, client_secret),
            refund_limit=refund_limit,
            max_window_days=max_window_days,
            dialect=dialect,
        )
        self.faults = Faults()
        self.requests: list[RequestRecord] = []
        self.base_url = ""
        self._host = host
        self._port = port
        self._lock = threading.Lock()
        self._httpd: SandboxHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    @property
    def refund_limit(self) -> int | None:
        """Refunds allowed per UTC calendar month; None means unlimited."""
        return self._service.refund_limit

    @refund_limit.setter
    def refund_limit(self, value: int | None) -> None:
        self._service.refund_limit = value

    @property
    def max_window_days(self) -> int | None:
        """The longest from/to window served; longer ones get a 400. None: no limit."""
        return self._service.max_window_days

    @max_window_days.setter
    def max_window_days(self, value: int | None) -> None:
        self._service.max_window_days = value

    @property
    def dialect(self) -> Dialect:
        """How the open points of the contract are read (settable at run time)."""
        return self._service.dialect

    @dialect.setter
    def dialect(self, value: Dialect) -> None:
        self._service.dialect = value

    @property
    def token_ttl(self) -> int:
        """Lifetime in seconds of the tokens issued from now on."""
        return self._tokens.ttl

    @token_ttl.setter
    def token_ttl(self, value: int) -> None:
        self._tokens.ttl = value

    @property
    def clock_offset(self) -> float:
        """Seconds the Date header runs ahead of the real clock (negative: behind)."""
        return self.faults.clock_offset

    @clock_offset.setter
    def clock_offset(self, value: float) -> None:
        self.faults.clock_offset = value

    def start(self) -> str:
        """Start serving (no-op when already serving) and return the base URL."""
        with self._lock:
            if self._httpd is not None:
                return self.base_url
            self._stopping = threading.Event()
            backend = Backend(self._service, self.faults, self.requests, self._stopping)
            httpd = SandboxHTTPServer((self._host, self._port), backend)
            host, port = httpd.server_address[:2]
            self._port = int(port)  # a restart serves on the same port
            self.base_url = f"http://{host!s}:{self._port}"
            thread = threading.Thread(
                target=httpd.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"gigastore-sandbox-{self._port}",
                daemon=True,
            )
            thread.start()
            self._httpd, self._thread = httpd, thread
            return self.base_url

    def stop(self) -> None:
        """Stop serving and cut open connections; prompt and idempotent."""
        with self._lock:
            httpd, thread = self._httpd, self._thread
            self._httpd = self._thread = None
        if httpd is None:
            return
        self._stopping.set()
        httpd.shutdown()
        httpd.close_connections()
        httpd.server_close()
        if thread is not None:
            thread.join(timeout=5)

    @property
    def running(self) -> bool:
        """True while the server accepts connections."""
        return self._httpd is not None

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def item_json(self, uid: str) -> dict[str, Any]:
        """The server's current state of one item (a copy); KeyError when unknown."""
        item = self._store.get(uid)
        if item is None:
            raise KeyError(uid)
        return item

    def items_json(self) -> list[dict[str, Any]]:
        """Copies of every item, oldest sale first."""
        return self._store.all()

    def put_item(self, item: dict[str, Any]) -> None:
        """Add an item, or replace the one with the same uid (ValueError without uid/salesDate)."""
        self._store.put(item)

    def expire_tokens(self) -> None:
        """Revoke every issued token: the next call with one of them gets a 401."""
        self._tokens.expire_all()

    def refunds_in_current_month(self) -> int:
        """Refunds whose refundedAt falls in the current UTC calendar month (server clock)."""
        return self._store.refunds_in_month(now_utc())
