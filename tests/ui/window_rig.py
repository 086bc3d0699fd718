"""The window test rig: windows over a real cache and the loopback sandbox, closed after."""

from __future__ import annotations

import asyncio
import gc
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QWidget  # PySide6 before qasync, always
from pytestqt.qtbot import QtBot
from ui_helpers import RecordingHooks, until

from gigadesk.api.client import GigastoreClient
from gigadesk.sandbox.server import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SandboxServer
from gigadesk.services.refunds import RefundResult, RefundService
from gigadesk.services.sync import SyncService
from gigadesk.services.workspace import AccountWorkspace
from gigadesk.store.cache import Cache
from gigadesk.ui.runtime import async_slots
from gigadesk.ui.shell.app_window import AppWindow
from gigadesk.ui.shell.connection import Connection


def close_window(window: QWidget | None) -> None:
    """Close and delete `window` now, on the GUI thread.

    Left to the garbage collector, a window could be freed on a sandbox or worker thread,
    where Qt cannot stop its timers (and says so).
    """
    if window is None:
        return
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()


class WindowRig:
    """Builds the window against the sandbox, like the app does, and closes it all after."""

    def __init__(
        self, qtbot: QtBot, loop: asyncio.AbstractEventLoop, tmp_path: Path, sandbox: SandboxServer
    ) -> None:
        self.qtbot, self.loop, self.sandbox = qtbot, loop, sandbox
        self.cache_path = tmp_path / "cache.sqlite3"
        self.hooks = RecordingHooks()
        self.clients: list[GigastoreClient] = []
        self.caches: list[Cache] = []
        self.windows: list[AppWindow] = []

    def workspace(
        self,
        *,
        state: Connection = Connection.CONNECTING,
        limit: int | None = 5,
        account: str | None = DEMO_CLIENT_ID,
    ) -> AccountWorkspace:
        cache = Cache.open(self.cache_path)
        self.caches.append(cache)
        if account is None or state is Connection.OFFLINE_MODE:
            return AccountWorkspace(cache, self.cache_path, account, None, None, limit, state)
        client = GigastoreClient(
            self.sandbox.base_url or "http://127.0.0.1:9",
            DEMO_CLIENT_ID,
            DEMO_CLIENT_SECRET,
            timeout=5,
            max_attempts=2,
            backoff_base=0.01,
            backoff_cap=0.05,
        )
        self.clients.append(client)
        refunds = RefundService(client, cache, limit)
        sync = SyncService(client, self.cache_path)
        return AccountWorkspace(
            cache,
            self.cache_path,
            account,
            sync,
            refunds,
            limit,
            state,
            refresh_minutes=0,
            clock=refunds.clock.now,
        )

    def window(
        self, workspace: AccountWorkspace | None = None, *, finished: bool = True
    ) -> AppWindow:
        window = AppWindow(workspace or self.workspace(), self.hooks)
        self.windows.append(window)
        window.show()
        if finished:
            window.finish_startup()  # as the controller does after the first paint
        return window

    def synced_window(self, **options: Any) -> AppWindow:
        """A window whose first sync has run to the end (and whose row count is exact)."""
        window = self.window(self.workspace(**options))
        window.start_sync()
        self.loop.run_until_complete(window.sync_flow.wait())
        return self.settle(window)

    def rejected_window(self) -> AppWindow:
        """A window whose sync ran with a secret Gigastore rejects (the sandbox's tokens
        expired, so the client must authenticate again, with the wrong secret)."""
        made = self.workspace()
        self.sandbox.expire_tokens()
        window = self.window(made)
        client = self.clients[-1]
        client._client_secret = "wrong"
        client._hidden = {"wrong"}
        window.start_sync()
        self.loop.run_until_complete(window.sync_flow.wait())
        return window

    def settle(self, window: AppWindow) -> AppWindow:
        """Let the background count of the rows shown arrive."""
        self.loop.run_until_complete(
            until(lambda: window.model is not None and window.model.count_exact)
        )
        return window

    def close(self) -> None:
        self.loop.run_until_complete(async_slots.cancel_all())
        for window in self.windows:
            close_window(window)
        self.windows.clear()
        for client in self.clients:
            self.loop.run_until_complete(client.aclose())
        for cache in self.caches:
            cache.close()


def select_rows(window: AppWindow, first: int, last: int) -> None:
    """Add rows `first` to `last` to the selection (as a shift-click does)."""
    assert window.model is not None
    selection = QItemSelection(window.model.index(first, 0), window.model.index(last, 0))
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    window.table.selectionModel().select(selection, flags)


async def run_bulk(rig: WindowRig, window: AppWindow, accept: bool) -> list[RefundResult] | None:
    """Refund the selected rows in bulk: confirm (or cancel) and wait for the outcome."""
    flow = window.views.bulk.flow
    opened, done = asyncio.Event(), asyncio.Event()
    results: list[list[RefundResult] | None] = []
    flow.dialog_opened.connect(lambda _d: opened.set())
    flow.finished.connect(lambda found: (results.append(found), done.set()))
    window.views.bulk.action.trigger()
    await asyncio.wait_for(opened.wait(), 5)
    dialog = flow.dialog
    assert dialog is not None
    button = dialog.refund_button if accept else dialog.cancel_button
    rig.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    await asyncio.wait_for(done.wait(), 30)
    return results[0]
