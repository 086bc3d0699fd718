"""The sales-history table model: reads the cache a page at a time, never the whole history."""

from __future__ import annotations

import dataclasses
import logging
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QWidget

from gigadesk.domain.eligibility import Verdict, assess
from gigadesk.domain.items import ActivatedItem
from gigadesk.services.workspace import Failure, failure_of
from gigadesk.store.cache import Cache, CacheError
from gigadesk.store.query import HistoryQuery
from gigadesk.ui.history import rows
from gigadesk.ui.history.columns import COL_REFUNDABLE, HEADERS, SORT_KEYS
from gigadesk.ui.history.row_counter import RowCounter
from gigadesk.ui.history.rows import (
    ALIGNMENT,
    DECORATION,
    DISPLAY,
    HANDLED_ROLES,
    Row,
    alignment,
    cell,
)

log = logging.getLogger(__name__)
AnyIndex = QModelIndex | QPersistentModelIndex

COUNT_DELAY_MS = 30


class HistoryModel(QAbstractTableModel):
    """Rows of the cache that match a HistoryQuery, loaded lazily in pages kept in a small LRU."""

    # shown, total (-1 until first counted), exact (False while counting)
    counts_changed = Signal(int, int, bool)
    read_failed = Signal(object)  # services.workspace.Failure
    # Around every reset and every insertion or removal of rows: while rows move, the view's
    # current row says nothing about the current package (see ui.current).
    rows_moving = Signal()
    rows_moved = Signal(bool)  # True after a reset

    def __init__(
        self,
        cache: Cache,
        *,
        clock: Callable[[], datetime] | None = None,
        refunds_used: int = 0,
        monthly_limit: int | None = None,
        page_size: int = 100,
        max_pages: int = 16,
        background_counts: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """`refunds_used` and `monthly_limit`: the month's refund context (see
        set_refund_context), given here so that the first page is read once."""
        super().__init__(parent)
        self._cache = cache
        self._counter: RowCounter | None = None
        if background_counts:
            self._counter = RowCounter(cache.path, self)
            self._counter.counted.connect(self._counted)
            self._counter.failed.connect(self._count_failed)
        self._generation = 0
        self.count_exact = True
        self._clock = clock or (lambda: datetime.now(UTC))
        self._page_size = page_size
        self._max_pages = max_pages
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._recent = -1  # the page read last (already at the LRU's young end)
        self._query = HistoryQuery()
        self._now = self._clock()
        self._refunds_used = refunds_used
        self._limit = monthly_limit
        self._failed = False
        self._repaint_pending = False  # see refresh(repaint_with_count=True)
        self._previous: OrderedDict[int, list[Row]] = OrderedDict()  # the pages before it
        self._count = 0
        # With a background counter, every item is counted there too (a million take SQLite
        # some 20 ms): the first page is shown before the total is known.
        self._total: int | None = None if self._counter is not None else self._read_total()
        self._count = self._start_count()

    # --- what the model shows -------------------------------------------------------------

    @property
    def query(self) -> HistoryQuery:
        """The search, filter and order in use."""
        return self._query

    @property
    def now(self) -> datetime:
        """The instant the rows are judged at (set at each refresh)."""
        return self._now

    @property
    def refunds_used(self) -> int:
        """This month's refunds, as the verdicts are judged with."""
        return self._refunds_used

    @property
    def monthly_limit(self) -> int | None:
        """The month's refund limit the verdicts are judged with (None: unknown)."""
        return self._limit

    @property
    def loaded_rows(self) -> int:
        """How many rows are held in memory now (a few pages, whatever the history's size)."""
        return sum(len(page) for page in self._pages.values())

    @property
    def total(self) -> int:
        """Every cached item, whatever the query (0 until first counted; see total_known)."""
        return self._total or 0

    @property
    def total_known(self) -> bool:
        """False until the background counter has counted every item once."""
        return self._total is not None

    @property
    def shown_total(self) -> int:
        """The total as counts_changed carries it: -1 until first counted."""
        return -1 if self._total is None else self._total

    def effective_query(self) -> HistoryQuery:
        """The query sent to the cache: the user's plus the instant and the month's limit."""
        reached = self._limit is not None and self._refunds_used >= self._limit
        return dataclasses.replace(self._query, now=self._now, limit_reached=reached)

    def set_query(self, query: HistoryQuery) -> None:
        """Show another search, filter or order (a model reset)."""
        if query == self._query:
            return
        self._query = query
        self._reset()

    def keep_in_view(self, uid: str | None) -> None:
        """Keep `uid` among the rows whatever the quick filter says, until the search or the
        filter changes (a package just refunded stays in view, marked refunded). Takes effect
        at the next refresh."""
        self._query = dataclasses.replace(self._query, keep=uid)

    def set_refund_context(self, refunds_used: int, monthly_limit: int | None) -> None:
        """The month's refunds and limit, which the Refundable column depends on."""
        if (refunds_used, monthly_limit) == (self._refunds_used, self._limit):
            return
        reached = self.effective_query().limit_reached
        self._refunds_used, self._limit = refunds_used, monthly_limit
        if self.effective_query().limit_reached != reached:
            self.refresh()  # the rows "Refundable now" matches are others
            return
        # The same rows: only their verdicts change, and a row looks different only where one
        # becomes refundable or stops being (not at a sync's end, when the count of the
        # month's refunds arrives: a repaint of the whole table would stall the window).
        for changed in rows.rejudge(self._pages, self._page_size):
            self._repaint_rows(changed, changed)

    def refresh(self, *, repaint_with_count: bool = False) -> None:
        """Re-read after the cache changed; rows are added or removed at the end, so the
        selection and the scroll position stay.

        repaint_with_count: what a sync wants, which refreshes every few seconds while the
        CPU is busy. The rows are repainted only when the new count arrives (with the rows it
        adds), so that a refresh costs one repaint, not two; and only the rows that changed:
        the pages the view read last are read again and compared, and one whose rows all
        show the same as before keeps them (a first sync adds older months below the rows
        shown)."""
        self._now = self._clock()
        self._failed = False
        self._repaint_pending = repaint_with_count and self._counter is not None
        self._previous = self._pages if self._repaint_pending else OrderedDict()
        self._pages = OrderedDict()
        self._recent = -1
        self._generation += 1
        if self._count and not self._repaint_pending:
            self._repaint_rows(0, self._count - 1)
        if self._counter is not None:
            self.count_exact = False
            self._request_count(with_total=True)
            self.counts_changed.emit(self._count, self.shown_total, False)
            return
        self._total = self._read_total()
        self._resize(self._read_count())

    def close(self) -> None:
        """Stop the background counting (the model is being replaced or the app quits)."""
        if self._counter is not None:
            self._counter.close()
            self._counter = None

    def _reset(self) -> None:
        self.rows_moving.emit()
        self.beginResetModel()
        self._now = self._clock()
        self._failed = False
        self._repaint_pending = False  # a reset repaints everything
        self._pages.clear()
        self._previous.clear()
        self._recent = -1
        self._generation += 1
        self._count = self._start_count()
        self.endResetModel()
        self.counts_changed.emit(self._count, self.shown_total, self.count_exact)
        self.rows_moved.emit(True)

    def _start_count(self) -> int:
        """The row count to show now: exact, or the first page's while the rest is counted."""
        if self._counter is None:
            self.count_exact = True
            return self._read_count()
        first = self._load_page(0)
        if len(first) < self._page_size and self._total is not None:
            self.count_exact = True
            return len(first)  # the whole result is one page: nothing left to count
        self.count_exact = False
        self._request_count(with_total=self._total is None)
        return len(first)

    def _request_count(self, *, with_total: bool) -> None:
        with_total = with_total or self._total is None  # a dropped request may have asked it
        # Asked a moment later, so that the first paint of the new rows does not share the
        # CPU with the count (on a two-core machine it would wait for it).
        generation, query = self._generation, self.effective_query()

        def request() -> None:
            if self._counter is not None and generation == self._generation:
                self._counter.request(generation, query, with_total=with_total)

        QTimer.singleShot(COUNT_DELAY_MS, self, request)

    def _counted(self, generation: int, count: int, total: int | None) -> None:
        if generation != self._generation:
            return  # an answer to a query no longer shown
        if total is not None:
            self._total = total
        self._resize(count)
        self._repaint_if_pending()

    def _repaint_if_pending(self) -> None:
        # Emitted with the rows inserted or removed, in the same turn of the event loop:
        # the view merges both into one repaint.
        previous, self._previous = self._previous, OrderedDict()
        if self._repaint_pending:
            self._repaint_pending = False
            if self._count:
                self._repaint_changed(previous)

    def _repaint_changed(self, previous: OrderedDict[int, list[Row]]) -> None:
        """Repaint the rows of the pages loaded before a refresh, except those of the pages
        the view read last that read the same again (see refresh)."""
        read = lambda number: self._pages.get(number) or self._load_page(number)  # noqa: E731
        same = set() if self._failed else rows.same_pages(previous, read, self._now)
        for number, old in previous.items():
            if number in same:
                self._pages[number] = old  # the same items: keep their texts
                continue
            first = number * self._page_size
            self._repaint_rows(first, min(self._count, first + self._page_size) - 1)

    def _repaint_rows(self, first: int, last: int) -> None:
        if first <= last:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(HEADERS) - 1))

    def _count_failed(self, generation: int, failure: Failure) -> None:
        if generation == self._generation:
            self._repaint_if_pending()
            self._report(failure)
            self.count_exact = True
            self.counts_changed.emit(self._count, self.shown_total, True)

    def _resize(self, count: int) -> None:
        """Grow or shrink to `count` rows at the end."""
        moving = count != self._count
        if moving:
            self.rows_moving.emit()
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()
        self.count_exact = True
        self.counts_changed.emit(self._count, self.shown_total, True)
        if moving:
            self.rows_moved.emit(False)

    def _read_count(self) -> int:
        return self._read(lambda: self._cache.count(self.effective_query()))

    def _read_total(self) -> int:
        return self._read(self._cache.total_count)

    def _read(self, count: Callable[[], int]) -> int:
        try:
            return count()
        except CacheError as exc:
            self._report(failure_of(exc))
            return 0

    def _report(self, failure: Failure) -> None:
        log.error("reading the cache failed: %s", failure.message)
        self._failed = True
        self.read_failed.emit(failure)

    # --- rows ---------------------------------------------------------------------------------

    def row(self, row: int) -> Row | None:
        """The item and verdict at `row`, loading its page when needed."""
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._load_page(number)
        elif number != self._recent:
            self._pages.move_to_end(number)
        self._recent = number
        return page[offset] if offset < len(page) else None

    def item(self, row: int) -> ActivatedItem | None:
        """The item at `row`, or None."""
        found = self.row(row)
        return found.item if found else None

    def _load_page(self, number: int) -> list[Row]:
        if self._failed:
            return []
        try:
            items = self._cache.page(
                self.effective_query(), number * self._page_size, self._page_size
            )
        except CacheError as exc:
            self._report(failure_of(exc))
            return []
        page = [Row(item, self.verdict) for item in items]
        self._pages[number] = page
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return page

    def verdict(self, item: ActivatedItem) -> Verdict:
        """The refund verdict for `item` with the model's instant and month's refunds."""
        return assess(item, self._now, self._refunds_used, self._limit)

    def find_row(self, uid: str, near: int = 0, radius: int = 2) -> int | None:
        """The row showing `uid`, searched in the pages around `near` (not the whole history)."""
        return rows.find_row(self.row, self._count, self._page_size, uid, near, radius)

    # --- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        return rows.header_cell(section, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(
            dataclasses.replace(self._query, sort=SORT_KEYS[column], descending=descending)
        )

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        # A view asks for about eight roles per cell and repaint: answer the cheap ones first.
        if role not in HANDLED_ROLES or not index.isValid():
            return None
        column = index.column()
        if role == ALIGNMENT:
            return alignment(column)
        if role == DECORATION and column != COL_REFUNDABLE:
            return None
        found = self.row(index.row())
        if found is None or column >= len(HEADERS):
            return None
        return cell(found, column, role, self._now)
