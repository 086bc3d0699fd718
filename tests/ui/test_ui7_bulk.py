"""Bulk work on the selected rows: refunds within the month's limit, copy as text, CSV export."""

from __future__ import annotations

import asyncio
import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from window_rig import WindowRig, run_bulk, select_rows

from gigadesk.services.refunds import RefundOutcome, RefundResult
from gigadesk.store.query import QuickFilter
from gigadesk.ui.history import columns as hc
from gigadesk.ui.refunds.bulk import plan_bulk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def refund_posts(rig: WindowRig) -> list[str]:
    return [r.path for r in rig.sandbox.requests if r.method == "POST" and "/refund" in r.path]


def test_bulk_refund_sends_only_what_the_limit_allows_one_after_another(rig: WindowRig) -> None:
    window = rig.synced_window()
    window.apply_filter(QuickFilter.REFUNDABLE)
    assert window.model is not None and window.model.rowCount() >= 3
    window.select_row(0)
    used = window.refunds_used
    limit = window.workspace.monthly_limit
    assert limit is not None
    rig.sandbox.refund_limit = used + 2  # two refunds left this month
    window.workspace.refunds.monthly_limit = used + 2  # type: ignore[union-attr]
    select_rows(window, 0, 2)
    chosen = [window.model.item(row) for row in range(3)]
    # The soonest expiring go first: they use the month's last refunds.
    by_expiry = sorted((i for i in chosen if i is not None), key=lambda i: i.validity_end())
    uids = [item.uid for item in by_expiry]
    before = rig.sandbox.refunds_in_current_month()

    async def scenario() -> list[RefundResult] | None:
        flow = window.views.bulk.flow
        seen: list[str] = []
        flow.dialog_opened.connect(lambda d: seen.append(d.summary_label.text()))
        found = await run_bulk(rig, window, accept=True)
        text = seen[0]
        assert "allows 2 more refunds" in text
        assert "1 refundable package is over the limit" in text
        return found

    results = rig.loop.run_until_complete(scenario())
    assert results is not None and [r.uid for r in results] == uids
    outcomes = [r.outcome for r in results]
    assert outcomes == [
        RefundOutcome.REFUNDED,
        RefundOutcome.REFUNDED,
        RefundOutcome.REFUSED_LOCALLY,
    ]
    assert "limit" in results[2].message
    assert rig.sandbox.refunds_in_current_month() == before + 2
    posts = refund_posts(rig)
    assert len(posts) == 2 and uids[0] in posts[0] and uids[1] in posts[1]
    # One after another: the first refund was read back before the second was sent.
    trail = [
        (r.method, r.path) for r in rig.sandbox.requests if uids[0] in r.path or uids[1] in r.path
    ]
    first_read = trail.index(next(t for t in trail if t[0] == "GET" and uids[0] in t[1]))
    second_post = trail.index(next(t for t in trail if t[0] == "POST" and uids[1] in t[1]))
    assert first_read < second_post
    for uid in uids[:2]:
        assert rig.sandbox.item_json(uid)["status"] == "REFUNDED"
    shown = window.views.bulk.flow.result_dialog
    assert shown is not None and shown.list.topLevelItemCount() == 3
    assert "2 of 3 packages were refunded" in shown.summary_label.text()
    shown.close_button.click()


def test_cancelling_the_bulk_confirmation_sends_nothing(rig: WindowRig) -> None:
    window = rig.synced_window()
    window.apply_filter(QuickFilter.REFUNDABLE)
    select_rows(window, 0, 1)
    result = rig.loop.run_until_complete(run_bulk(rig, window, accept=False))
    assert result is None
    assert refund_posts(rig) == []
    assert "nothing was sent" in window.status.currentMessage()


def test_plan_keeps_order_drops_duplicates_and_blocks_with_reasons(rig: WindowRig) -> None:
    window = rig.synced_window()
    assert window.model is not None
    window.apply_filter(QuickFilter.REFUNDED)
    refunded = window.model.item(0)
    window.apply_filter(QuickFilter.REFUNDABLE)
    fresh = [window.model.item(row) for row in range(3)]
    assert refunded is not None and all(fresh)
    items = [fresh[0], refunded, fresh[1], fresh[0], fresh[2]]
    plan = plan_bulk([i for i in items if i is not None], 4, 5, window.model.now)
    assert plan.remaining == 1
    soonest = sorted((i for i in fresh if i is not None), key=lambda i: i.validity_end())
    assert [i.uid for i in plan.to_send] == [soonest[0].uid]
    assert [i.uid for i in plan.over_limit] == [i.uid for i in soonest[1:]]
    assert [i.uid for i, _ in plan.blocked] == [refunded.uid]
    assert "already refunded" in plan.blocked[0][1]
    unknown = plan_bulk([i for i in fresh if i is not None], 9, None, window.model.now)
    assert unknown.remaining is None and len(unknown.to_send) == 3


def test_ctrl_c_copies_the_selected_rows_as_tab_separated_text(rig: WindowRig) -> None:
    window = rig.synced_window()
    assert window.model is not None
    window.table.horizontalHeader().setSectionHidden(hc.COL_CUSTOMER, True)
    select_rows(window, 1, 3)
    window.table.setFocus()
    rig.qtbot.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    lines = text.rstrip("\n").split("\n")
    assert len(lines) == 4
    header = lines[0].split("\t")
    assert "Customer / ICCID" not in header and "Purchase ID" in header
    for line, row in zip(lines[1:], range(1, 4), strict=True):
        item = window.model.item(row)
        assert item is not None
        cells = line.split("\t")
        assert len(cells) == len(header)
        assert cells[header.index("Purchase ID")] == item.uid
        assert cells[header.index("Package")] == item.name


def test_export_selection_writes_the_selected_rows(rig: WindowRig, tmp_path: Path) -> None:
    window = rig.synced_window()
    assert window.model is not None
    select_rows(window, 5, 9)
    path = tmp_path / "selected.csv"
    count = rig.loop.run_until_complete(window.views.selection.export_selection(path))
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    expected = [window.model.item(row) for row in range(5, 10)]
    assert count == 5 and [r["uid"] for r in rows] == [i.uid for i in expected if i]


def test_selection_commands_follow_the_selection(rig: WindowRig) -> None:
    window = rig.synced_window()
    copy_rows, refund_selected = window.views.selection.copy_action, window.views.bulk.action
    window.table.clearSelection()
    assert not copy_rows.isEnabled() and not refund_selected.isEnabled()
    select_rows(window, 0, 1)
    assert copy_rows.isEnabled() and refund_selected.isEnabled()


def test_the_reseller_chooses_which_packages_use_the_last_refunds(rig: WindowRig) -> None:
    window = rig.synced_window()
    window.apply_filter(QuickFilter.REFUNDABLE)
    assert window.model is not None and window.model.rowCount() >= 3
    used = window.refunds_used
    rig.sandbox.refund_limit = used + 2  # two refunds left this month
    window.workspace.refunds.monthly_limit = used + 2  # type: ignore[union-attr]
    select_rows(window, 0, 2)

    async def scenario() -> list[str]:
        flow = window.views.bulk.flow
        opened, done = asyncio.Event(), asyncio.Event()
        flow.dialog_opened.connect(lambda _d: opened.set())
        flow.finished.connect(lambda _r: done.set())
        window.views.bulk.action.trigger()
        await asyncio.wait_for(opened.wait(), 5)
        dialog = flow.dialog
        assert dialog is not None
        rows = [row for row, _item in dialog.choices]
        ticked = [row.checkState(0) == Qt.CheckState.Checked for row in rows]
        assert ticked == [True, True, False]  # the two that expire first
        rows[2].setCheckState(0, Qt.CheckState.Checked)  # a third: over the limit
        assert rows[2].checkState(0) == Qt.CheckState.Unchecked
        assert "untick another package first" in dialog.limit_hint.text()
        rows[0].setCheckState(0, Qt.CheckState.Unchecked)
        rows[2].setCheckState(0, Qt.CheckState.Checked)
        wanted = [item.uid for item in dialog.chosen()]
        assert dialog.refund_button.text() == "Refund 2"
        rig.qtbot.mouseClick(dialog.refund_button, Qt.MouseButton.LeftButton)
        await asyncio.wait_for(done.wait(), 30)
        return wanted

    wanted = rig.loop.run_until_complete(scenario())
    posts = refund_posts(rig)
    assert len(posts) == 2 and all(any(uid in post for post in posts) for uid in wanted)
    for uid in wanted:
        assert rig.sandbox.item_json(uid)["status"] == "REFUNDED"
