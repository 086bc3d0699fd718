"""Connection states in the window: offline banner, offline mode, rejected credentials, cancel."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from ui_helpers import until
from window_rig import WindowRig

from gigadesk.store.query import QuickFilter
from gigadesk.ui.shell.connection import Connection

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_server_gone_shows_the_offline_banner_and_keeps_the_history(rig: WindowRig) -> None:
    rig.synced_window().close()
    rig.sandbox.stop()
    window = rig.synced_window()
    assert window.sync_flow.state is Connection.OFFLINE
    assert window.model is not None and window.model.rowCount() == 300  # from the cache
    assert window.banner.isVisible() and window.banner.kind == "offline"
    assert "cannot be reached" in window.banner.label.text()
    assert "from the last sync" in window.banner.label.text()
    assert window.status.state_label.text() == "Offline"
    window.apply_filter(QuickFilter.REFUNDABLE)
    window.select_row(0)
    assert not window.commands.refund.isEnabled()
    assert "needs a connection" not in window.commands.refund.toolTip()  # it says why:
    assert "Refunds need a connection to Gigastore" in window.commands.refund.toolTip()
    assert window.pane.refundable_badge.text() == "Refundable when online"

    rig.sandbox.start()  # back on the same port: Retry brings the app online again

    async def scenario() -> None:
        rig.qtbot.mouseClick(window.banner.button, Qt.MouseButton.LeftButton)
        await until(lambda: window.sync_flow.runs == 2 and not window.sync_flow.running)

    rig.loop.run_until_complete(scenario())
    assert window.sync_flow.state is Connection.ONLINE
    assert not window.banner.isVisible()
    assert window.commands.refund.isEnabled()


def test_a_storm_of_server_errors_counts_as_offline(rig: WindowRig) -> None:
    rig.sandbox.faults.fail_next(50, 503)
    window = rig.synced_window()
    assert window.sync_flow.state is Connection.OFFLINE
    assert window.banner.kind == "offline"


def test_offline_mode_never_touches_the_network(rig: WindowRig) -> None:
    rig.synced_window().close()
    seen = len(rig.sandbox.requests)
    window = rig.settle(rig.window(rig.workspace(state=Connection.OFFLINE_MODE)))
    assert not window.start_sync()
    window.refresh()
    assert len(rig.sandbox.requests) == seen
    assert window.model is not None and window.model.rowCount() == 300
    assert window.banner.isVisible()
    assert window.banner.label.text().startswith("Offline mode: no network is used.")
    assert not window.commands.refresh.isEnabled()
    window.apply_filter(QuickFilter.REFUNDABLE)
    window.select_row(0)
    assert "offline mode" in window.commands.refund.toolTip()


def test_rejected_credentials_point_to_settings(rig: WindowRig) -> None:
    window = rig.rejected_window()
    assert window.sync_flow.state is Connection.REJECTED
    assert window.banner.kind == "rejected"
    assert window.banner.button.text() == "Settings…"
    assert window.status.state_label.text() == "Credentials rejected"


def test_cancel_stops_a_sync_and_keeps_what_was_read(rig: WindowRig) -> None:
    rig.sandbox.faults.latency = 0.15
    window = rig.window()

    async def scenario() -> None:
        window.start_sync()
        await until(lambda: window.status.cancel_button.isVisible())
        assert window.commands.cancel_sync.isEnabled()
        rig.qtbot.mouseClick(window.status.cancel_button, Qt.MouseButton.LeftButton)
        await window.sync_flow.wait()
        await asyncio.sleep(0)

    rig.loop.run_until_complete(scenario())
    assert not window.sync_flow.running
    assert not window.status.progress.isVisible()
    assert "cancelled" in window.status.currentMessage()
    assert window.commands.refresh.isEnabled()
