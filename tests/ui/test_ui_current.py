"""One current package: highlight, pane and Refund's target are the same package, or none,
whatever moves the rows (a refund, a sync, a filter or search change, a bulk refund)."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from window_rig import WindowRig, run_bulk, select_rows

from gigadesk.domain.items import ActivatedItem, Status
from gigadesk.services.refunds import RefundOutcome, RefundResult
from gigadesk.store.query import QuickFilter
from gigadesk.ui.current import CurrentPackage
from gigadesk.ui.shell.app_window import AppWindow
from gigadesk.ui.shell.connection import Connection
from gigadesk.ui.shell.current_status import CurrentStatus
from gigadesk.ui.shell.status_bar import StatusBar

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def highlighted(window: AppWindow) -> ActivatedItem | None:
    """The item of the row the table highlights (its current row), if any."""
    index = window.table.currentIndex()
    assert window.model is not None
    return window.model.item(index.row()) if index.isValid() else None


def uids_shown(window: AppWindow) -> set[str]:
    model = window.model
    assert model is not None
    return {item.uid for row in range(model.rowCount()) if (item := model.item(row)) is not None}


def assert_one_package(window: AppWindow) -> str | None:
    """Highlight, pane and the Refund action's target are one package, or there is none (and
    Refund is disabled); returns its Purchase ID."""
    current = window.current
    shown, pane = highlighted(window), window.pane.item
    refund = window.commands.refund
    line = window.current_status.full_text  # the status bar names the same package, or none
    if current.uid is None:
        assert line == "No package selected", line
        assert shown is None, f"highlight on {shown and shown.uid} with no current package"
        assert pane is None, f"pane shows {pane and pane.uid} with no current package"
        assert window.pane.currentIndex() == 0
        assert not refund.isEnabled()
        assert not window.table.selectionModel().hasSelection()
        return None
    assert shown is not None and shown.uid == current.uid, (shown and shown.uid, current.uid)
    assert pane is not None and pane.uid == current.uid
    assert current.item == shown  # the pane shows the row's data as it is now
    assert window.pane.verdict is current.verdict  # the row's verdict, not judged again
    assert current.verdict is not None
    assert current.item is not None and f"{current.item.name} (Purchase ID {current.uid})" in line
    assert refund.statusTip() == refund.toolTip()
    assert refund.isEnabled() == (
        current.verdict.refundable and window.connection is Connection.ONLINE
    )
    if refund.isEnabled():
        assert current.item is not None and current.item.name in refund.toolTip()
    return current.uid


def search_and_filter(window: AppWindow) -> None:
    """'Refundable now' with a search that several refundable packages match."""
    window.apply_filter(QuickFilter.REFUNDABLE)
    model = window.model
    assert model is not None and model.rowCount() >= 3
    first = model.item(0)
    assert first is not None
    window.search_edit.setText(first.name.split()[0])
    window.apply_search()
    assert model.query.search and model.query.quick_filter is QuickFilter.REFUNDABLE
    assert model.rowCount() >= 2, "the search should leave several refundable packages"


async def confirm_refund(rig: WindowRig, window: AppWindow) -> RefundResult | None:
    flow = window.refund_flow
    opened, done = asyncio.Event(), asyncio.Event()
    results: list[RefundResult | None] = []
    flow.dialog_opened.connect(lambda _dialog: opened.set())
    flow.finished.connect(lambda result: (results.append(result), done.set()))
    window.commands.refund.trigger()  # Ctrl+Shift+R, the toolbar, the menu, the pane's button
    await asyncio.wait_for(opened.wait(), 5)
    assert flow.dialog is not None
    assert flow.dialog.item.uid == window.current.uid  # the dialog names the current package
    rig.qtbot.mouseClick(flow.dialog.refund_button, Qt.MouseButton.LeftButton)
    await asyncio.wait_for(done.wait(), 10)
    return results[0]


def sync_again(rig: WindowRig, window: AppWindow) -> None:
    assert window.start_sync()
    rig.loop.run_until_complete(window.sync_flow.wait())
    rig.settle(window)


def test_a_refund_under_a_search_and_refundable_now_keeps_one_package(rig: WindowRig) -> None:
    window = rig.synced_window()
    search_and_filter(window)
    window.select_row(0)
    target = window.current.item
    assert target is not None and assert_one_package(window) == target.uid
    assert window.commands.refund.isEnabled()
    others = uids_shown(window) - {target.uid}

    result = rig.loop.run_until_complete(confirm_refund(rig, window))
    rig.settle(window)
    assert result is not None and result.outcome is RefundOutcome.REFUNDED
    assert result.uid == target.uid
    # The refunded package stays in view, highlighted and marked refunded: the highlight did
    # not jump to another refundable package while the pane still showed the refunded one.
    assert assert_one_package(window) == target.uid
    refunded = window.current.item
    assert refunded is not None and refunded.status is Status.REFUNDED
    assert not window.commands.refund.isEnabled()
    assert "Refunded" in window.pane.result_label.text()
    assert window.current_status.full_text.endswith(" · Refunded")
    assert highlighted(window) not in others

    sync_again(rig, window)
    assert assert_one_package(window) in (target.uid, None)

    # Another filter: the kept row follows the ordinary rules again.
    window.apply_filter(QuickFilter.ALL)
    rig.settle(window)
    assert assert_one_package(window) in (target.uid, None)
    window.apply_filter(QuickFilter.REFUNDABLE)
    rig.settle(window)
    assert_one_package(window)
    assert target.uid not in uids_shown(window)


def test_rows_moving_under_the_highlight_never_change_the_target(rig: WindowRig) -> None:
    window = rig.synced_window()
    window.apply_filter(QuickFilter.REFUNDABLE)
    window.select_row(1)
    chosen = window.current.uid
    assert chosen is not None and assert_one_package(window) == chosen
    # Sorting moves the row; the package stays current wherever it went, or none is.
    window.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    rig.settle(window)
    assert assert_one_package(window) in (chosen, None)
    # A search that hides it: nothing is current, Refund is disabled.
    window.search_edit.setText("zzzz-no-such-package")
    window.apply_search()
    rig.settle(window)
    assert assert_one_package(window) is None
    window.search_edit.setText("")
    window.apply_search()
    rig.settle(window)
    assert_one_package(window)


def test_a_bulk_refund_under_a_search_and_refundable_now_keeps_one_package(
    rig: WindowRig,
) -> None:
    window = rig.synced_window()
    search_and_filter(window)
    window.select_row(0)
    select_rows(window, 0, 1)
    target = window.current.uid
    assert target is not None and assert_one_package(window) == target

    results = rig.loop.run_until_complete(run_bulk(rig, window, accept=True))
    rig.settle(window)
    assert results is not None
    assert {r.outcome for r in results} == {RefundOutcome.REFUNDED}
    assert target in {r.uid for r in results}
    dialog = window.views.bulk.flow.result_dialog
    if dialog is not None:
        dialog.close_button.click()
    assert assert_one_package(window) == target
    current = window.current.item
    assert current is not None and current.status is Status.REFUNDED

    sync_again(rig, window)
    assert assert_one_package(window) in (target, None)
    window.apply_filter(QuickFilter.ALL)
    rig.settle(window)
    assert assert_one_package(window) in (target, None)
    window.apply_filter(QuickFilter.REFUNDABLE)
    rig.settle(window)
    assert_one_package(window)


def test_the_status_bar_names_the_current_package_between_messages(rig: WindowRig) -> None:
    window = rig.synced_window()
    label = window.current_status
    window.apply_filter(QuickFilter.REFUNDABLE)
    window.select_row(0)
    item = window.current.item
    assert item is not None
    assert label.full_text == f"{item.name} (Purchase ID {item.uid}) · Refundable now"
    window.status.clearMessage()  # the sync's own message goes after a while
    assert label.isVisible()
    # A passing message covers the line, which comes back when the message goes.
    window.status.showMessage("Copied 1 rows.")
    assert not label.isVisible()
    window.status.clearMessage()
    assert label.isVisible() and label.full_text.startswith(item.name)
    # The connection is part of where the package stands.
    window.sync_flow.configure(window.workspace.sync, Connection.OFFLINE)
    assert label.full_text.endswith(" · Refundable when online")
    assert not window.commands.refund.isEnabled()
    # Narrow, the line is elided but whole in the tooltip.
    label.resize(80, label.height())
    assert label.text() != label.full_text and "…" in label.text()
    assert label.toolTip().startswith(label.full_text)


def test_a_message_shown_before_the_window_is_not_drawn_over_the_line(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    status = StatusBar(window)
    window.setStatusBar(status)
    label = CurrentStatus(status, CurrentPackage(window), lambda: True)
    status.showMessage("A start-up notice")
    window.show()
    qtbot.waitExposed(window)
    assert not label.isVisible()
    status.clearMessage()
    assert label.isVisible() and label.full_text == "No package selected"
