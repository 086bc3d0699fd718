"""Refunds from the window against the loopback sandbox: success, every refusal, one POST only."""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_helpers import until
from window_rig import WindowRig

from gigadesk.domain.items import ActivatedItem, Status
from gigadesk.services.refunds import RefundOutcome, RefundResult
from gigadesk.store.query import QuickFilter
from gigadesk.ui.history import columns as hc
from gigadesk.ui.shell.app_window import AppWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def refund_posts(rig: WindowRig) -> list[str]:
    return [r.path for r in rig.sandbox.requests if r.method == "POST" and "/refund" in r.path]


def select_refundable(window: AppWindow) -> ActivatedItem:
    """Select the first row that is refundable now (by the cached state)."""
    window.apply_filter(QuickFilter.REFUNDABLE)
    window.select_row(0)
    item = window.pane.item
    assert item is not None and window.commands.refund.isEnabled()
    return item


def select_refundable_under_all(window: AppWindow) -> tuple[int, ActivatedItem]:
    """Select the first row refundable now without filtering (a refund keeps it in view)."""
    model = window.model
    assert model is not None
    row = next(
        r
        for r in range(model.rowCount())
        if (found := model.item(r)) is not None and model.verdict(found).refundable
    )
    window.select_row(row)
    item = window.pane.item
    assert item is not None and window.commands.refund.isEnabled()
    return row, item


async def confirm_refund(
    rig: WindowRig, window: AppWindow, trigger: Callable[[], None] | None = None
) -> RefundResult | None:
    """Start a refund, press the dialog's Refund button, wait for the outcome."""
    flow = window.refund_flow
    opened = asyncio.Event()
    done = asyncio.Event()
    results: list[RefundResult | None] = []
    flow.dialog_opened.connect(lambda _dialog: opened.set())
    flow.finished.connect(lambda result: (results.append(result), done.set()))
    (trigger or window.commands.refund.trigger)()
    await asyncio.wait_for(opened.wait(), 5)
    assert flow.dialog is not None
    rig.qtbot.mouseClick(flow.dialog.refund_button, Qt.MouseButton.LeftButton)
    await asyncio.wait_for(done.wait(), 10)
    return results[0]


def test_refund_success_updates_row_pane_and_month(rig: WindowRig) -> None:
    window = rig.synced_window()
    item = select_refundable(window)
    before = rig.sandbox.refunds_in_current_month()
    assert window.pane.month_label.isHidden()  # the limit's check line says it
    used_line = window.pane.check_lines[-1].check.message

    async def scenario() -> RefundResult | None:
        opened = asyncio.Event()
        window.refund_flow.dialog_opened.connect(lambda _d: opened.set())
        task = asyncio.ensure_future(confirm_refund(rig, window))
        await opened.wait()
        dialog = window.refund_flow.dialog
        assert dialog is not None
        text = dialog.body_label.text()
        assert item.uid in text and "in credits go back" in text
        assert str(item.purchase_price) in dialog.refund_button.text()
        assert not window.commands.refund.isEnabled()  # busy while confirming
        return await task

    result = rig.loop.run_until_complete(scenario())
    assert result is not None and result.outcome is RefundOutcome.REFUNDED
    assert rig.sandbox.item_json(item.uid)["status"] == "REFUNDED"
    assert rig.sandbox.refunds_in_current_month() == before + 1
    assert len(refund_posts(rig)) == 1
    pane = window.pane
    assert pane.item is not None and pane.item.uid == item.uid
    assert pane.item.status is Status.REFUNDED
    assert pane.refundable_badge.text() == "Refunded"
    assert "Refunded" in pane.result_label.text()
    assert "Refunded" in window.status.currentMessage()
    assert not window.commands.refund.isEnabled()
    window.apply_filter(QuickFilter.ALL)
    row = window.model.find_row(item.uid, 0, radius=5) if window.model else None
    assert row is not None and window.model is not None
    assert str(window.model.data(window.model.index(row, hc.COL_EXPIRES))).startswith("refunded ")
    # The month's counter moved: another refundable item shows one more refund used.
    select_refundable(window)
    assert window.pane.check_lines[-1].check.message != used_line
    assert f"{before + 1} of 5" in window.pane.check_lines[-1].check.message


def test_a_refunded_row_that_stays_in_view_shows_refunded_in_the_pane(rig: WindowRig) -> None:
    """Under All the refunded row keeps its place, so Qt reports no new current row: the pane
    must still show the item as it is now, and Refund must not offer it again."""
    window = rig.synced_window()
    row, item = select_refundable_under_all(window)
    model = window.model
    assert model is not None

    result = rig.loop.run_until_complete(confirm_refund(rig, window))

    assert result is not None and result.outcome is RefundOutcome.REFUNDED
    assert window.table.currentIndex().row() == row  # the row stayed where it was
    assert str(model.data(model.index(row, hc.COL_EXPIRES))).startswith("refunded ")
    pane = window.pane
    assert pane.item is not None and pane.item.uid == item.uid
    assert pane.item.status is Status.REFUNDED
    assert pane.badge.text() == "With credits"
    assert pane.refundable_badge.text() == "Refunded"
    assert "Refunded" in pane.result_label.text()  # the outcome line stays for the same item
    assert not window.commands.refund.isEnabled()
    assert not pane.refund_button.isEnabled()


def test_cancelling_the_confirmation_sends_nothing(rig: WindowRig) -> None:
    window = rig.synced_window()
    select_refundable(window)

    async def scenario() -> None:
        opened = asyncio.Event()
        done = asyncio.Event()
        window.refund_flow.dialog_opened.connect(lambda _d: opened.set())
        window.refund_flow.finished.connect(lambda _r: done.set())
        window.commands.refund.trigger()
        await opened.wait()
        assert window.refund_flow.dialog is not None
        rig.qtbot.mouseClick(window.refund_flow.dialog.cancel_button, Qt.MouseButton.LeftButton)
        await asyncio.wait_for(done.wait(), 5)

    rig.loop.run_until_complete(scenario())
    assert refund_posts(rig) == []
    assert window.commands.refund.isEnabled()
    assert "nothing was sent" in window.status.currentMessage()


def _used(item: dict[str, Any]) -> None:
    balance = item["balance"]
    balance["availableBalance"] = {"sizeValue": 0, "sizeUnit": balance["size"]["sizeUnit"]}


def test_a_sync_that_finds_the_selected_package_used_updates_the_pane(rig: WindowRig) -> None:
    window = rig.synced_window()
    row, item = select_refundable_under_all(window)
    assert "0 B of" in window.pane.usage_label.text()
    server_item = copy.deepcopy(rig.sandbox.item_json(item.uid))
    _used(server_item)  # the customer used it all since the last sync
    rig.sandbox.put_item(server_item)

    window.refresh()  # F5
    rig.loop.run_until_complete(window.sync_flow.wait())
    rig.settle(window)

    assert window.table.currentIndex().row() == row
    pane = window.pane
    assert pane.item is not None and pane.item.uid == item.uid
    assert pane.item.data.remaining_bytes == 0
    assert "0 B left" in pane.usage_label.text()
    assert pane.refundable_badge.text() == "Not refundable"
    assert not window.commands.refund.isEnabled()
    assert "used" in window.commands.refund.toolTip().lower()


def _expired(item: dict[str, Any]) -> None:
    past = datetime.now(UTC) - timedelta(days=40)
    item["balance"]["activatedAt"] = past.strftime("%Y-%m-%dT%H:%M:%SZ")
    item["balance"]["expiresAt"] = (past + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _from_stock(item: dict[str, Any]) -> None:
    item["status"] = "ACTIVATED"


@pytest.mark.parametrize(
    ("change", "code_words"),
    [
        (_expired, "expired"),
        (_used, "has been used"),
        (_from_stock, "not purchased with credits"),
    ],
    ids=["expired", "used", "from-stock"],
)
def test_server_refusal_shows_the_servers_words(
    rig: WindowRig, change: Callable[[dict[str, Any]], None], code_words: str
) -> None:
    window = rig.synced_window()
    item = select_refundable(window)
    # The customer acted since the last sync: the cache still says refundable, the server not.
    server_item = copy.deepcopy(rig.sandbox.item_json(item.uid))
    change(server_item)
    rig.sandbox.put_item(server_item)

    result = rig.loop.run_until_complete(confirm_refund(rig, window))
    assert result is not None and result.outcome is RefundOutcome.REFUSED_BY_SERVER
    assert len(refund_posts(rig)) == 1
    box = window.refund_flow.last_box
    assert box is not None and box.isVisible()
    assert code_words in box.text().lower()
    assert box.windowTitle() == "Gigastore refused the refund"
    assert code_words in window.pane.result_label.text().lower()
    assert rig.sandbox.item_json(item.uid)["status"] == server_item["status"]


def test_server_refusal_when_the_monthly_limit_is_reached(rig: WindowRig) -> None:
    window = rig.synced_window(limit=None)  # the reseller does not know the limit
    item = select_refundable(window)
    assert "limit unknown" in window.pane.check_lines[-1].check.message
    rig.sandbox.refund_limit = rig.sandbox.refunds_in_current_month()

    result = rig.loop.run_until_complete(confirm_refund(rig, window))
    assert result is not None and result.outcome is RefundOutcome.REFUSED_BY_SERVER
    box = window.refund_flow.last_box
    assert box is not None and "monthly refund limit has been reached" in box.text()
    assert rig.sandbox.item_json(item.uid)["status"] != "REFUNDED"


def test_local_rules_block_the_action_with_a_reason(rig: WindowRig) -> None:
    window = rig.synced_window()
    window.apply_filter(QuickFilter.ALL)
    rows = [window.model.item(n) for n in range(300)] if window.model else []
    used = next(
        n
        for n, i in enumerate(rows)
        if i
        and i.status is Status.PURCHASED
        and not i.data.unused
        and not i.is_expired(datetime.now(UTC))
    )
    window.select_row(used)
    assert not window.commands.refund.isEnabled()
    assert "already used" in window.commands.refund.toolTip()
    assert not window.pane.refund_button.isEnabled()


def test_double_click_sends_one_post(rig: WindowRig) -> None:
    window = rig.synced_window()
    select_refundable(window)
    rig.sandbox.faults.latency = 0.3  # the POST stays in flight while the user clicks again
    button = window.pane.refund_button

    def double_click() -> None:
        rig.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        rig.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    async def scenario() -> RefundResult | None:
        task = asyncio.ensure_future(confirm_refund(rig, window, double_click))
        await until(lambda: len(refund_posts(rig)) == 1 or task.done())
        double_click()  # while the refund runs: the action is disabled
        window.commands.refund.trigger()
        return await task

    result = rig.loop.run_until_complete(scenario())
    assert result is not None and result.outcome is RefundOutcome.REFUNDED
    assert len(refund_posts(rig)) == 1


def test_unknown_outcome_says_so_with_the_read_back(rig: WindowRig) -> None:
    window = rig.synced_window()
    item = select_refundable(window)
    rig.sandbox.faults.drop_next(1, path_contains="/refund", method="POST", apply=False)

    result = rig.loop.run_until_complete(confirm_refund(rig, window))
    assert result is not None and result.outcome is RefundOutcome.UNKNOWN
    box = window.refund_flow.last_box
    assert box is not None and box.windowTitle() == "Refund outcome unknown"
    assert "Read back: status Purchased" in box.text()
    assert box.text().startswith(f"It is not known whether the refund of {item.name}")
    assert box.detailedText() == result.message  # the service's specifics, behind Details
    assert len(refund_posts(rig)) == 1
    assert rig.sandbox.item_json(item.uid)["status"] == "PURCHASED"


def test_an_unknown_outcome_is_shown_at_the_next_start_and_settled_only_when_asked(
    rig: WindowRig,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = rig.synced_window()
    item = select_refundable(window)
    # Carried out much later, its answer lost: reads show it Purchased meanwhile.
    rig.sandbox.faults.defer_next(1, 600.0, path_contains="/refund", method="POST")
    result = rig.loop.run_until_complete(confirm_refund(rig, window))
    assert result is not None and result.outcome is RefundOutcome.UNKNOWN

    again = rig.window()  # the next start
    assert again.banner.kind == "refunds" and not again.banner.isHidden()
    assert item.uid in again.banner.label.text() and "unknown outcome" in again.banner.label.text()

    async def answer(button: QMessageBox.StandardButton) -> RefundResult | None:
        flow = again.refund_flow
        opened = asyncio.Event()
        done = asyncio.Event()
        results: list[RefundResult | None] = []
        flow.dialog_opened.connect(lambda _dialog: opened.set())
        flow.finished.connect(lambda found: (results.append(found), done.set()))
        again.banner.button.click()  # "Check…"
        await asyncio.wait_for(opened.wait(), 10)
        assert flow.question is not None and "Send the refund again?" in flow.question.text()
        flow.question.button(button).click()
        await asyncio.wait_for(done.wait(), 10)
        return results[-1]

    declined = rig.loop.run_until_complete(answer(QMessageBox.StandardButton.No))
    assert declined is not None and declined.outcome is RefundOutcome.UNKNOWN
    assert len(refund_posts(rig)) == 1 and again.banner.kind == "refunds"
    resent = rig.loop.run_until_complete(answer(QMessageBox.StandardButton.Yes))
    assert resent is not None and resent.outcome is RefundOutcome.REFUNDED
    assert len(refund_posts(rig)) == 2
    assert again.banner.kind != "refunds"
