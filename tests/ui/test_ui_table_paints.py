"""What the history table repaints when its rows change: everything, except rows added below."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from gigadesk.domain.items import ActivatedItem
from gigadesk.store.cache import Cache
from gigadesk.store.query import HistoryQuery, QuickFilter
from gigadesk.ui.history.model import HistoryModel
from gigadesk.ui.history.view import HistoryTable


class PaintCounter(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


@pytest.fixture
def table(cache: Cache, qtbot: QtBot) -> Iterator[HistoryTable]:
    """The table over the 450 cached items, shown, its rows counted and painted."""
    shown = HistoryTable()
    qtbot.addWidget(shown)
    model = HistoryModel(cache, page_size=100, max_pages=3, parent=shown)
    shown.setModel(model)
    shown.resize(900, 400)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: model.count_exact)
    yield shown
    model.close()


def counter_on(table: HistoryTable) -> PaintCounter:
    counter = PaintCounter()
    table.viewport().installEventFilter(counter)
    return counter


def history_model(table: HistoryTable) -> HistoryModel:
    model = table.model()
    assert isinstance(model, HistoryModel)
    return model


def add_older(cache: Cache, template: ActivatedItem, count: int) -> list[str]:
    """Items sold before all others, as a first sync's older months are: shown last."""
    oldest = cache.earliest_sale()
    assert oldest is not None
    uids = [f"older-{number}" for number in range(count)]
    for number, uid in enumerate(uids):
        sold = oldest - timedelta(days=number + 1)
        cache.upsert_item(dataclasses.replace(template, uid=uid, sales_date=sold))
    return uids


def refresh_as_a_sync_does(table: HistoryTable, qtbot: QtBot) -> None:
    model = history_model(table)
    model.refresh(repaint_with_count=True)
    qtbot.waitUntil(lambda: model.count_exact)
    qtbot.wait(50)  # the layout Qt delays, and any paint it asks for


def test_rows_added_below_the_rows_shown_repaint_nothing(
    table: HistoryTable, cache: Cache, qtbot: QtBot, items_450: list[ActivatedItem]
) -> None:
    counter = counter_on(table)
    scroll_bar = table.verticalScrollBar()
    before = scroll_bar.maximum()
    uids = add_older(cache, items_450[0], 30)
    refresh_as_a_sync_does(table, qtbot)
    assert history_model(table).rowCount() == 480
    assert counter.paints == 0, "the rows shown did not change"
    assert scroll_bar.maximum() > before, "the scroll bar reaches the new rows"
    table.scrollToBottom()
    qtbot.waitUntil(lambda: counter.paints > 0)
    last = history_model(table).item(479)
    assert last is not None and last.uid == uids[-1]


def test_rows_added_to_a_table_not_yet_full_are_painted(
    cache: Cache, qtbot: QtBot, items_450: list[ActivatedItem]
) -> None:
    tall = HistoryTable()
    qtbot.addWidget(tall)
    model = HistoryModel(cache, page_size=100, parent=tall)
    model.set_query(HistoryQuery(quick_filter=QuickFilter.REFUNDED))  # a few rows only
    try:
        tall.setModel(model)
        tall.resize(900, 1400)
        tall.show()
        qtbot.waitExposed(tall)
        qtbot.waitUntil(lambda: model.count_exact)
        shown = model.rowCount()
        assert 0 < shown < tall.viewport().height() // tall.rowHeight(0)
        counter = counter_on(tall)
        refunded = next(item for item in items_450 if item.refunded_at is not None)
        add_older(cache, refunded, 2)
        refresh_as_a_sync_does(tall, qtbot)
        assert model.rowCount() == shown + 2
        assert counter.paints > 0, "the new rows are in view"
    finally:
        model.close()


def test_any_other_change_of_the_rows_repaints_them(table: HistoryTable, qtbot: QtBot) -> None:
    model = history_model(table)
    counter = counter_on(table)
    model.set_query(HistoryQuery(quick_filter=QuickFilter.REFUNDED))  # fewer rows, others
    qtbot.waitUntil(lambda: model.count_exact and counter.paints > 0)
    painted = counter.paints
    model.set_query(HistoryQuery(descending=False))  # oldest first: more rows, all others
    qtbot.waitUntil(lambda: model.count_exact and counter.paints > painted)
