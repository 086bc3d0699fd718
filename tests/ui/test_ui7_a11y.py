"""Accessibility: every focusable control has a name, every command a key, a sensible tab order."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QMenu, QWidget
from ui7_helpers import focusable_widgets, unnamed
from window_rig import WindowRig

from gigadesk.services.refunds import RefundOutcome, RefundResult
from gigadesk.store.query import QuickFilter
from gigadesk.ui.refunds.bulk_dialogs import BulkResultDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_every_focusable_control_of_the_window_has_a_name(rig: WindowRig) -> None:
    window = rig.synced_window()
    reached = focusable_widgets(window)
    # The walk really sees the search box, the view tabs, the filters and the table.
    assert {window.search_edit, window.table, window.tabs.tabBar()} <= set(reached)
    assert set(window.history.filter_buttons.values()) <= set(reached)
    assert unnamed(window) == []
    window.views.switch.show_view("dashboard")
    rig.loop.run_until_complete(window.views.switch.refresh_dashboard())
    dashboard = focusable_widgets(window.dashboard)
    assert window.dashboard.sold_chart in dashboard and window.dashboard.expiring in dashboard
    assert unnamed(window) == []


def test_the_dialogs_name_every_control(rig: WindowRig) -> None:
    window = rig.synced_window()
    window.apply_filter(QuickFilter.REFUNDABLE)
    assert window.model is not None
    selection = QItemSelection(window.model.index(0, 0), window.model.index(1, 0))
    window.table.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    window.select_row(0)
    seen: list[list[str]] = []

    async def look(trigger, flow) -> None:  # type: ignore[no-untyped-def]
        opened = asyncio.Event()
        holder: list[QDialog] = []
        flow.dialog_opened.connect(lambda d: (holder.append(d), opened.set()))
        trigger()
        await asyncio.wait_for(opened.wait(), 5)
        dialog = holder[0]
        assert len(focusable_widgets(dialog)) >= 2
        seen.append(unnamed(dialog))
        dialog.reject()
        await asyncio.sleep(0.05)

    async def scenario() -> None:
        await look(window.views.bulk.action.trigger, window.views.bulk.flow)
        await look(window.commands.refund.trigger, window.refund_flow)

    rig.loop.run_until_complete(scenario())
    item = window.model.item(0)
    assert item is not None
    results = [RefundResult(RefundOutcome.REFUNDED, item.uid, "Refunded.", None, item)]
    dialog = BulkResultDialog(results, window)
    dialog.show()
    seen.append(unnamed(dialog))
    dialog.close()
    assert seen == [[], [], []]


def test_every_menu_command_is_reachable_from_the_keyboard(rig: WindowRig) -> None:
    window = rig.synced_window()
    menus = [m for m in window.menuBar().findChildren(QMenu) if m.objectName().startswith("menu-")]
    assert len(menus) == 5
    for menu in menus:
        assert "&" in menu.title(), menu.title()
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()
    keys = {
        a.shortcut().toString()
        for a in window.findChildren(type(window.commands.refresh))
        if not a.shortcut().isEmpty()
    }
    assert {"Ctrl+1", "Ctrl+2", "Ctrl+Shift+B", "Ctrl+Shift+E", "Ctrl+C"} <= keys


def test_dashboard_tab_order_runs_through_the_charts_then_the_list(rig: WindowRig) -> None:
    window = rig.synced_window()
    window.views.switch.show_view("dashboard")
    dashboard = window.dashboard
    order: list[QWidget] = []
    widget: QWidget = dashboard.sold_chart
    for _ in range(40):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and dashboard.isAncestorOf(widget):
            order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is dashboard.sold_chart:
            break
    expected = [*dashboard.charts, dashboard.expiring]
    assert [w for w in order if w in expected] == expected


def test_charts_tell_their_values_in_text_not_by_colour_alone(rig: WindowRig) -> None:
    window = rig.synced_window()
    window.views.switch.show_view("dashboard")
    insight = rig.loop.run_until_complete(window.views.switch.refresh_dashboard())
    assert insight is not None
    share = window.dashboard.share_chart
    for number, piece in enumerate(share.shares):
        assert piece.name in share.part_text(number) and "%" in share.part_text(number)
    assert share.accessibleDescription().count("%") == len(share.shares)
    for chart in window.dashboard.charts:
        assert chart.accessibleName() and chart.accessibleDescription()
