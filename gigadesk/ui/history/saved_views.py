"""The history's saved view: search, quick filter, sort and the columns shown, kept as JSON text."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from gigadesk.store.query import HistoryQuery, QuickFilter, SortKey
from gigadesk.ui.history.columns import SORT_KEYS

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QTabWidget

    from gigadesk.ui.history.model import HistoryModel
    from gigadesk.ui.history.view import HistoryView

log = logging.getLogger(__name__)

VIEW_HISTORY, VIEW_DASHBOARD = "history", "dashboard"
HISTORY_TAB, DASHBOARD_TAB = 0, 1  # the window's tabs


@dataclass(frozen=True, slots=True)
class ViewState:
    """What the user set up in the history, to be restored at the next start."""

    search: str = ""
    quick_filter: QuickFilter = QuickFilter.ALL
    sort: SortKey = SortKey.SOLD
    descending: bool = True
    order: tuple[int, ...] = ()  # logical columns in the order shown; () keeps the default
    hidden: tuple[int, ...] = ()
    view: str = VIEW_HISTORY

    def query(self, base: HistoryQuery) -> HistoryQuery:
        """`base` with this view's search, filter and sort."""
        return HistoryQuery(
            search=self.search,
            quick_filter=self.quick_filter,
            status=base.status,
            sort=self.sort,
            descending=self.descending,
        )


def to_text(state: ViewState) -> str:
    """The state as compact JSON (what Settings.history_view holds)."""
    return json.dumps(
        {
            "search": state.search,
            "filter": state.quick_filter.value,
            "sort": state.sort.value,
            "descending": state.descending,
            "order": list(state.order),
            "hidden": list(state.hidden),
            "view": state.view,
        },
        sort_keys=True,
    )


def _columns(value: Any, count: int) -> tuple[int, ...] | None:
    if not isinstance(value, list):
        return None
    if not all(isinstance(n, int) and not isinstance(n, bool) and 0 <= n < count for n in value):
        return None
    return tuple(dict.fromkeys(value))


def from_text(text: str, column_count: int) -> ViewState:
    """The state in `text`; anything missing or not valid falls back to the default (a
    hand-edited setting never stops the window from opening)."""
    if not text.strip():
        return ViewState()
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        log.warning("the saved history view is not valid JSON; the default view is used")
        return ViewState()
    if not isinstance(document, dict):
        return ViewState()
    default = ViewState()
    search = document.get("search")
    try:
        quick = QuickFilter(document.get("filter"))
    except ValueError:
        quick = default.quick_filter
    try:
        sort = SortKey(document.get("sort"))
    except ValueError:
        sort = default.sort
    descending = document.get("descending")
    order = _columns(document.get("order"), column_count)
    if order is not None and sorted(order) != list(range(column_count)):
        order = None  # columns were added or removed since: keep the default order
    hidden = _columns(document.get("hidden"), column_count) or ()
    if len(hidden) >= column_count:
        hidden = ()  # never hide every column
    view = document.get("view")
    return ViewState(
        search=search if isinstance(search, str) else "",
        quick_filter=quick,
        sort=sort,
        descending=descending if isinstance(descending, bool) else default.descending,
        order=order or (),
        hidden=hidden,
        view=view if view in (VIEW_HISTORY, VIEW_DASHBOARD) else VIEW_HISTORY,
    )


def header_state(table: QTableView) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The table's column order (logical, as shown) and its hidden columns."""
    header = table.horizontalHeader()
    order = tuple(header.logicalIndex(visual) for visual in range(header.count()))
    hidden = tuple(c for c in range(header.count()) if header.isSectionHidden(c))
    return order, hidden


def view_state(table: QTableView, query: HistoryQuery | None, tabs: QTabWidget) -> ViewState:
    """The view as the user leaves it: the table's columns and, once there is a history (a
    query), its search, filter and order and the tab shown."""
    order, hidden = header_state(table)
    if query is None:
        return ViewState(order=order, hidden=hidden)
    return ViewState(
        search=query.search,
        quick_filter=query.quick_filter,
        sort=query.sort,
        descending=query.descending,
        order=order,
        hidden=hidden,
        view=VIEW_DASHBOARD if tabs.currentIndex() == DASHBOARD_TAB else VIEW_HISTORY,
    )


def apply_columns(table: QTableView, state: ViewState) -> None:
    """Show and order the columns as `state` says."""
    header = table.horizontalHeader()
    count = header.count()
    if len(state.order) == count:
        for visual, logical in enumerate(state.order):
            current = header.visualIndex(logical)
            if current != visual:
                header.moveSection(current, visual)
    for column in range(count):
        header.setSectionHidden(column, column in state.hidden)


def restore_view(
    state: ViewState,
    history: HistoryView,
    search_edit: QLineEdit,
    model: HistoryModel,
    tabs: QTabWidget | None,
) -> None:
    """Apply a saved view to the table, search box, filters and (when given) the tabs
    (before the first paint: the window opens as the user left it)."""
    apply_columns(history.table, state)
    search_edit.blockSignals(True)
    search_edit.setText(state.search)
    search_edit.blockSignals(False)
    history.filter_buttons[state.quick_filter].setChecked(True)
    model.set_query(state.query(model.query))
    order = Qt.SortOrder.DescendingOrder if state.descending else Qt.SortOrder.AscendingOrder
    header = history.table.horizontalHeader()
    header.blockSignals(True)  # the model is sorted already
    header.setSortIndicator(SORT_KEYS.index(state.sort), order)
    header.blockSignals(False)
    if tabs is not None:
        tabs.setCurrentIndex(DASHBOARD_TAB if state.view == VIEW_DASHBOARD else HISTORY_TAB)


class ColumnsMenu(QMenu):
    """A checkable entry per column (the header's context menu and View > Columns)."""

    def __init__(self, table: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ColumnsMenu", "&Columns"), parent)
        self.table = table
        self.aboutToShow.connect(self.rebuild)
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._at)
        self.rebuild()

    def rebuild(self) -> None:
        """One checkable action per column, ticked when the column is shown."""
        self.clear()
        model: QAbstractItemModel | None = self.table.model()  # None before the first model
        header = self.table.horizontalHeader()
        if model is None:
            return
        shown = header.count() - header.hiddenSectionCount()
        for column in range(header.count()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or column)
            action = QAction(title, self)
            action.setCheckable(True)
            visible = not header.isSectionHidden(column)
            action.setChecked(visible)
            action.setEnabled(not (visible and shown == 1))  # the last column stays
            action.toggled.connect(lambda on, c=column: self.set_visible(c, on))
            self.addAction(action)

    def set_visible(self, column: int, visible: bool) -> None:
        """Show or hide one column (the last visible one cannot be hidden)."""
        header = self.table.horizontalHeader()
        if not visible and header.count() - header.hiddenSectionCount() <= 1:
            return
        header.setSectionHidden(column, not visible)

    def _at(self, point: QPoint) -> None:
        self.rebuild()
        self.popup(self.table.horizontalHeader().mapToGlobal(point))
