"""The main window against the loopback sandbox: load, search, filter, select, details, export."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from ui_helpers import until
from window_rig import WindowRig

from gigadesk.domain.eligibility import Verdict
from gigadesk.domain.items import ActivatedItem, Status
from gigadesk.services.export import CSV_COLUMNS
from gigadesk.services.sync import SyncProgress
from gigadesk.store.query import HistoryQuery, QuickFilter, SortKey
from gigadesk.ui.history import columns as hc
from gigadesk.ui.history import rows as hr
from gigadesk.ui.shell.app_window import AppWindow
from gigadesk.ui.shell.connection import Connection

# The offscreen platform (tests only) cannot pass a top-level window's size hints on; it says
# so each time a window's minimum size changes. Every other Qt warning still fails a test.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def shown(window: AppWindow, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[object]:
    model = window.model
    assert model is not None
    return [model.data(model.index(row, column), role) for row in range(model.rowCount())]


def month_counts(window: AppWindow) -> set[int]:
    """The month's refund counts the rows' verdicts were judged with."""
    verdicts = shown(window, hc.COL_REFUNDABLE, hr.VERDICT_ROLE)
    return {v.refunds_this_month for v in verdicts if isinstance(v, Verdict)}


def item_rows(window: AppWindow) -> list[ActivatedItem]:
    return [item for item in shown(window, 0, hr.ITEM_ROLE) if isinstance(item, ActivatedItem)]


def test_window_opens_from_the_cache_then_fills_by_sync(rig: WindowRig) -> None:
    window = rig.window()
    assert window.model is not None and window.model.rowCount() == 0  # empty cache, shown at once
    assert window.windowTitle() == "demo-reseller — GigaDesk"
    window.start_sync()
    rig.loop.run_until_complete(window.sync_flow.wait())
    rig.settle(window)
    assert window.sync_flow.last_error is None
    assert window.model.rowCount() == 300
    assert window.history.count_label.text() == "300 items"
    assert window.status.state_label.text() == "Online"
    assert window.status.as_of_label.text().startswith("History as of")
    assert not window.banner.isVisible()
    assert not window.status.progress.isVisible()
    sold = shown(window, hc.COL_SOLD, hr.SORT_ROLE)
    assert sold == sorted(sold, reverse=True)  # type: ignore[type-var]


def test_a_second_window_shows_the_cache_without_network(rig: WindowRig) -> None:
    first = rig.synced_window()
    first.close()
    rig.sandbox.stop()
    window = rig.settle(rig.window())
    assert window.model is not None and window.model.rowCount() == 300


def test_search_is_debounced_and_filters_rows(rig: WindowRig) -> None:
    window = rig.synced_window()
    target = item_rows(window)[37]

    async def scenario() -> None:
        window.search_edit.setFocus()
        rig.qtbot.keyClicks(window.search_edit, target.uid[:13])
        assert window.model is not None and window.model.rowCount() == 300  # not yet: debounce
        await until(lambda: window.model is not None and window.model.rowCount() < 300)

    rig.loop.run_until_complete(scenario())
    uids = shown(window, hc.COL_PURCHASE_ID)
    assert target.uid in uids
    assert all(str(uid).startswith(target.uid[:13]) for uid in uids)
    assert window.history.count_label.text() == f"{len(uids)} of 300 items"


def test_find_shortcut_focuses_the_search_box(rig: WindowRig) -> None:
    window = rig.synced_window()
    window.table.setFocus()
    window.commands.find.trigger()
    assert window.search_edit.hasFocus()


def test_quick_filter_buttons_narrow_the_rows(rig: WindowRig) -> None:
    window = rig.synced_window()
    rig.qtbot.mouseClick(
        window.history.filter_buttons[QuickFilter.REFUNDED], Qt.MouseButton.LeftButton
    )
    states = shown(window, hc.COL_EXPIRES)
    assert states and all(str(state).startswith("refunded ") for state in states)
    rig.qtbot.mouseClick(
        window.history.filter_buttons[QuickFilter.FROM_STOCK], Qt.MouseButton.LeftButton
    )
    assert set(shown(window, hc.COL_STATUS)) == {"from stock"}
    rig.qtbot.mouseClick(window.history.filter_buttons[QuickFilter.ALL], Qt.MouseButton.LeftButton)
    assert window.history.count_label.text() == "counting… of 300 items"
    rig.settle(window)
    assert window.model is not None and window.model.rowCount() == 300
    assert window.history.count_label.text() == "300 items"


def test_sorting_by_clicking_a_header(rig: WindowRig) -> None:
    window = rig.synced_window()
    header = window.table.horizontalHeader()
    header.setSortIndicator(hc.COL_VOLUME, Qt.SortOrder.AscendingOrder)
    volumes = shown(window, hc.COL_VOLUME, hr.SORT_ROLE)
    assert volumes == sorted(volumes)  # type: ignore[type-var]


def test_selecting_a_row_shows_its_details(rig: WindowRig) -> None:
    window = rig.synced_window()
    items = item_rows(window)
    row, item = next((n, i) for n, i in enumerate(items) if i.status is Status.PURCHASED)
    window.select_row(row)
    pane = window.pane
    assert pane.item is not None and pane.item.uid == item.uid
    assert pane.title_label.text() == item.name
    assert pane.uid_label.text() == item.uid
    assert pane.badge.text() == "With credits"
    assert [line.check.title for line in pane.check_lines] == [
        "Bought with credits",
        "Still valid",
        "Unused",
        "Monthly refund limit",
    ]
    assert pane.timeline.events[0].title == "Sold"
    assert pane.timeline.events[-1].title in ("Expires", "Expired")
    assert "used" in pane.usage_label.text()
    assert pane.fields["Customer"].text() == (item.customer_email or "—")
    assert pane.ticket_button.isHidden()
    pane.copy_uid_button.click()
    assert QGuiApplication.clipboard().text() == item.uid


def test_items_from_stock_offer_support_ticket_text(rig: WindowRig) -> None:
    window = rig.synced_window()
    window.apply_filter(QuickFilter.FROM_STOCK)
    window.select_row(0)
    item = window.pane.item
    assert item is not None and item.status is Status.ACTIVATED
    assert not window.pane.ticket_button.isHidden()
    assert not window.commands.refund.isEnabled()
    assert "inventory stock" in window.commands.refund.toolTip()
    window.pane.ticket_button.click()
    text = QGuiApplication.clipboard().text()
    assert f"Purchase ID: {item.uid}" in text


def test_refund_action_says_why_it_is_disabled(rig: WindowRig) -> None:
    window = rig.synced_window()
    refund = window.commands.refund
    assert not refund.isEnabled() and "Select a sale" in refund.toolTip()
    window.apply_filter(QuickFilter.REFUNDABLE)
    window.select_row(0)
    assert refund.isEnabled()
    assert refund.toolTip().startswith("Refund ")
    window.apply_filter(QuickFilter.EXPIRED)
    window.select_row(0)
    assert not refund.isEnabled()
    assert "Expired on" in refund.toolTip() or "already refunded" in refund.toolTip()


def test_export_writes_the_rows_shown(rig: WindowRig, tmp_path: Path) -> None:
    window = rig.synced_window()
    window.apply_filter(QuickFilter.REFUNDED)
    assert window.model is not None
    expected = window.model.rowCount()
    target = tmp_path / "refunded.csv"
    count = rig.loop.run_until_complete(window.export_to(target))
    with target.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert count == expected == len(rows) - 1
    assert tuple(rows[0]) == CSV_COLUMNS
    status = rows[0].index("status")
    assert {row[status] for row in rows[1:]} == {"REFUNDED"}


def test_first_run_shows_the_welcome_view(rig: WindowRig) -> None:
    window = rig.window(rig.workspace(account=None))
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "GigaDesk"

    form = window.welcome.form
    # Filled from the settings the hooks give (the account known, --base-url), secret asked.
    assert form.client_id_edit.text() == "demo-reseller" and not form.secret_edit.text()
    assert form.base_url_edit.text() == "http://127.0.0.1"

    async def scenario() -> None:
        form.client_id_edit.clear()
        rig.qtbot.mouseClick(window.welcome.connect_button, Qt.MouseButton.LeftButton)
        assert "Client ID" in window.welcome.form.result_label.text()  # validated, not sent
        form.client_id_edit.setText("reseller-1")
        form.secret_edit.setText("s3cret")
        rig.qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
        await until(lambda: form.result_label.text() == "Connected.")
        rig.qtbot.mouseClick(window.welcome.connect_button, Qt.MouseButton.LeftButton)
        rig.qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
        await until(lambda: "demo" in rig.hooks.calls)

    rig.loop.run_until_complete(scenario())
    assert rig.hooks.calls == [
        "test reseller-1",
        "connect reseller-1 http://127.0.0.1",
        "demo",
    ]


def test_closing_saves_geometry_and_asks_to_quit(rig: WindowRig) -> None:
    window = rig.window()
    window.close()
    assert rig.hooks.quit_requested
    assert rig.hooks.saved_state is not None and all(rig.hooks.saved_state)


def test_search_filter_and_order_survive_a_reconfigure(rig: WindowRig) -> None:
    window = rig.synced_window()
    window.search_edit.setText("europe")
    window.apply_search()
    window.history.select_filter(QuickFilter.ACTIVE)
    window.table.horizontalHeader().setSortIndicator(hc.COL_PRICE, Qt.SortOrder.AscendingOrder)
    assert window.model is not None
    before = window.model.query
    assert before == HistoryQuery(
        search="europe", quick_filter=QuickFilter.ACTIVE, sort=SortKey.PRICE, descending=False
    )
    window.configure(rig.workspace())
    assert window.model.query == before
    assert window.table.horizontalHeader().sortIndicatorSection() == hc.COL_PRICE


def test_rows_written_during_a_sync_appear_and_the_selection_stays(rig: WindowRig) -> None:
    window = rig.synced_window()
    model = window.model
    assert model is not None
    rows_before, used_before = model.rowCount(), window.refunds_used
    row, selected = next(
        (n, i) for n, i in enumerate(item_rows(window)) if i.status is Status.PURCHASED
    )
    window.select_row(row)
    # What a sync writes meanwhile: a new item, refunded this month.
    written = dataclasses.replace(
        selected,
        uid=selected.uid + "-new",
        status=Status.REFUNDED,
        refunded_at=window.workspace.clock(),
    )
    window.workspace.cache.upsert_item(written)
    window.status_display.progress(SyncProgress(1, 3, 1))
    window.status_display.refresh_during_sync()
    rig.settle(window)
    assert model.rowCount() == rows_before + 1
    assert written.uid in {item.uid for item in item_rows(window)}
    assert window.pane.item is not None and window.pane.item.uid == selected.uid
    current = model.item(window.table.currentIndex().row())
    assert current is not None and current.uid == selected.uid
    # The month's refunds are counted again once the sync ends, not while it writes.
    assert window.refunds_used == used_before
    window.status_display.ended()
    assert window.refunds_used == used_before + 1


def synced_with_a_refund_now(rig: WindowRig, limit: int | None) -> int:
    """Sync the rig's cache, add an item refunded just now, close that window; the month's
    refunds then."""
    first = rig.synced_window(limit=limit)
    refunded = dataclasses.replace(
        item_rows(first)[0],
        uid="refunded-now",
        status=Status.REFUNDED,
        refunded_at=first.workspace.clock(),
    )
    first.workspace.cache.upsert_item(refunded)
    used = first.refunds_used + 1
    first.close()
    return used


def test_without_a_limit_the_month_is_counted_after_the_first_paint(rig: WindowRig) -> None:
    used = synced_with_a_refund_now(rig, limit=None)
    made = rig.workspace(limit=None, state=Connection.OFFLINE_MODE)
    window = rig.window(made, finished=False)  # as shown for its first paint
    assert window.model is not None
    # Without a limit the count changes nothing painted: the first paint did not wait for it.
    assert month_counts(window) == {0}
    window.select_row(1)  # the pane's verdict is judged with the month's refunds
    assert window.pane.month_label.text() == f"{used} refunds this month · limit unknown"
    assert month_counts(window) == {used}
    assert window.refunds_used == used


def test_with_a_limit_the_first_paint_is_judged_with_the_month(rig: WindowRig) -> None:
    synced_with_a_refund_now(rig, limit=1)
    window = rig.window(rig.workspace(limit=1, state=Connection.OFFLINE_MODE), finished=False)
    assert window.model is not None and window.model.effective_query().limit_reached
    assert set(shown(window, hc.COL_REFUNDABLE)) == {"No"}
