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
from gigadesk.domain.items import ActivatedItem, Status
from gigadesk.store.cache import Cache, CacheError
from gigadesk.store.query import HistoryQuery
from gigadesk.ui.history.columns import (
    COL_CUSTOMER,
    COL_EXPIRES,
    COL_PACKAGE,
    COL_PRICE,
    COL_PURCHASE_ID,
    COL_REFUNDABLE,
    COL_REGION,
    COL_SOLD,
    COL_STATUS,
    COL_USED,
    COL_VOLUME,
    HEADERS,
    SORT_KEYS,
    display_text,
    header_text,
    muted_brush,
    refundable_icon,
    sort_value,
    tooltip,
)
from gigadesk.ui.history.row_counter import RowCounter

__all__ = [
    "COL_CUSTOMER",
    "COL_EXPIRES",
    "COL_PACKAGE",
    "COL_PRICE",
    "COL_PURCHASE_ID",
    "COL_REFUNDABLE",
    "COL_REGION",
    "COL_SOLD",
    "COL_STATUS",
    "COL_USED",
    "COL_VOLUME",
    "HEADERS",
    "ITEM_ROLE",
    "SORT_KEYS",
    "SORT_ROLE",
    "USED_FRACTION_ROLE",
    "VERDICT_ROLE",
    "HistoryModel",
    "Row",
]

log = logging.getLogger(__name__)

COUNT_DELAY_MS = 30
_USER = Qt.ItemDataRole.UserRole.value
SORT_ROLE = _USER + 1  # plain Python values (bytes, Decimal, datetime): no 32-bit truncation
ITEM_ROLE = _USER + 2  # the row's ActivatedItem
VERDICT_ROLE = _USER + 3  # the row's refund Verdict
USED_FRACTION_ROLE = _USER + 4  # share of the allowance used, 0.0 to 1.0, for the bar

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ROLE = Qt.ItemDataRole
# Plain ints: reading an enum member is a descriptor call in Python 3.11, and data() compares
# roles some 1,500 times in a first paint.
_DISPLAY = _ROLE.DisplayRole.value
_TOOLTIP = _ROLE.ToolTipRole.value
_DECORATION = _ROLE.DecorationRole.value
_ALIGNMENT = _ROLE.TextAlignmentRole.value
_FOREGROUND = _ROLE.ForegroundRole.value
_REFUNDED = Status.REFUNDED
# The pages a refresh during a sync reads again to spare their repaint: a window shows a few
# dozen rows, on at most two pages; one more in case the detail pane read a page after them.
_PAGES_COMPARED = 3
AnyIndex = QModelIndex | QPersistentModelIndex
_HANDLED_ROLES = frozenset(
    {
        _DISPLAY,
        _TOOLTIP,
        _DECORATION,
        _ALIGNMENT,
        _FOREGROUND,
        SORT_ROLE,
        ITEM_ROLE,
        VERDICT_ROLE,
        USED_FRACTION_ROLE,
    }
)


class Row:
    """One loaded row: the item, and its verdict and texts once a view asks for them."""

    __slots__ = ("_judge", "_verdict", "item", "texts")

    def __init__(self, item: ActivatedItem, judge: Callable[[ActivatedItem], Verdict]) -> None:
        self.item = item
        self._judge = judge
        self._verdict: Verdict | None = None
        self.texts: list[str] | None = None  # the display text of every column

    @property
    def judged(self) -> bool:
        """True once the verdict was asked for."""
        return self._verdict is not None

    @property
    def verdict(self) -> Verdict:
        """The refund verdict at the model's instant (judged on first use: most rows of a
        page are never shown)."""
        if self._verdict is None:
            self._verdict = self._judge(self.item)
        return self._verdict

    def rejudge(self) -> bool:
        """Judge again (the month's refunds changed); True when the table shows the row
        differently now. Only whether it is refundable shows: the reasons are tooltips."""
        if self._verdict is None:
            return False  # never shown: judged when it is
        was = self._verdict.refundable
        self._verdict = self._judge(self.item)
        return self._verdict.refundable != was


class HistoryModel(QAbstractTableModel):
    """Rows of the cache that match a HistoryQuery, loaded lazily in pages kept in a small LRU."""

    # shown, total (-1 until first counted), exact (False while counting)
    counts_changed = Signal(int, int, bool)
    read_failed = Signal(str)

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
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row.rejudge():
                    row.texts = None
                    first = number * self._page_size + offset
                    self._repaint_rows(first, first)

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
            self._repaint_all()
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

    def _unchanged(self, was: Row, now: Row) -> bool:
        """True when a row loaded before shows what `now` would: the same item, and the
        same texts at the model's new instant (the verdict and the Expires column are the
        only ones that depend on it)."""
        if was.item != now.item:
            return False
        if not was.judged:
            return True  # nothing of it computed yet: it is computed afresh when shown
        if was.verdict != now.verdict:
            return False
        return was.texts is None or was.texts[COL_EXPIRES] == display_text(
            now.item, now.verdict, COL_EXPIRES, self._now
        )

    def _repaint_changed(self, previous: OrderedDict[int, list[Row]]) -> None:
        """Repaint the rows of the pages loaded before a refresh, except those of the pages
        the view read last that read the same again (see refresh)."""
        last_read = list(previous)[-_PAGES_COMPARED:]
        for number, old in previous.items():
            if number in last_read and not self._failed:
                new = self._pages.get(number)
                if new is None:
                    new = self._load_page(number)
                if len(new) == len(old) and all(
                    self._unchanged(was, now) for was, now in zip(old, new, strict=True)
                ):
                    self._pages[number] = old  # the same items: keep their texts
                    continue
            first = number * self._page_size
            self._repaint_rows(first, min(self._count, first + self._page_size) - 1)

    def _repaint_all(self) -> None:
        self._repaint_rows(0, self._count - 1)

    def _repaint_rows(self, first: int, last: int) -> None:
        if first <= last:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(HEADERS) - 1))

    def _count_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._repaint_if_pending()
            self._report(message)
            self.count_exact = True
            self.counts_changed.emit(self._count, self.shown_total, True)

    def _resize(self, count: int) -> None:
        """Grow or shrink to `count` rows at the end."""
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

    def _read_count(self) -> int:
        try:
            return self._cache.count(self.effective_query())
        except CacheError as exc:
            self._report(str(exc))
            return 0

    def _read_total(self) -> int:
        try:
            return self._cache.total_count()
        except CacheError as exc:
            self._report(str(exc))
            return 0

    def _report(self, message: str) -> None:
        log.error("reading the cache failed: %s", message)
        self._failed = True
        self.read_failed.emit(message)

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
            self._report(str(exc))
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
        first = max(0, near // self._page_size - radius)
        last = min((self._count - 1) // self._page_size, near // self._page_size + radius)
        for number in range(first, last + 1):
            start = number * self._page_size
            for offset in range(min(self._page_size, self._count - start)):
                found = self.row(start + offset)
                if found is not None and found.item.uid == uid:
                    return start + offset
        return None

    # --- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _ROLE.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == _ROLE.DisplayRole:
            return header_text(section)
        if role == _ROLE.TextAlignmentRole:
            return _RIGHT if section in (COL_VOLUME, COL_PRICE) else _LEFT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(
            dataclasses.replace(self._query, sort=SORT_KEYS[column], descending=descending)
        )

    def data(self, index: AnyIndex, role: int = _ROLE.DisplayRole) -> Any:
        # A view asks for about eight roles per cell and repaint: answer the cheap ones first.
        if role not in _HANDLED_ROLES or not index.isValid():
            return None
        column = index.column()
        if role == _ALIGNMENT:
            return _RIGHT if column in (COL_VOLUME, COL_PRICE) else _LEFT
        if role == _DECORATION and column != COL_REFUNDABLE:
            return None
        found = self.row(index.row())
        if found is None or column >= len(HEADERS):
            return None
        if role == _DISPLAY:
            if found.texts is None:
                verdict = found.verdict
                found.texts = [
                    display_text(found.item, verdict, c, self._now) for c in range(len(HEADERS))
                ]
            return found.texts[column]
        item, verdict = found.item, found.verdict
        if role == ITEM_ROLE:
            return item
        if role == VERDICT_ROLE:
            return verdict
        if role == SORT_ROLE:
            return sort_value(item, verdict, column, self._now)
        if role == USED_FRACTION_ROLE:
            return item.data.used_fraction
        if role == _TOOLTIP:
            return tooltip(item, verdict, column)
        if role == _DECORATION:
            return refundable_icon(verdict)
        if role == _FOREGROUND and item.status is _REFUNDED:
            return muted_brush()
        return None
