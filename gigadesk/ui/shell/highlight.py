"""Ties the history table's highlight to the one current package, whatever moves the rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtWidgets import QTableView

from gigadesk.ui.current import CurrentPackage
from gigadesk.ui.history.model import HistoryModel

_SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)


class HighlightKeeper(QObject):
    """The reseller's choice of row makes a package current; when rows move (filter, search,
    sort, a refund, a sync, a reload) the highlight goes back to that package, or there is
    no current package at all: the highlight never shows one package while the pane and
    Refund act on another."""

    def __init__(
        self,
        table: QTableView,
        current: CurrentPackage,
        before_read: Callable[[], None],
    ) -> None:
        super().__init__(table)
        self._table = table
        self._current = current
        # Counts the month's refunds when that was left for later: a row's verdict needs them.
        self._before_read = before_read
        self._model: HistoryModel | None = None
        self._wanted: str | None = None  # the package to be current, looked for as rows move
        self._quiet = False  # the highlight moves because rows move, not by the reseller

    def attach(self, model: HistoryModel) -> None:
        """Follow `model` (the table shows it already); there is no current package yet."""
        self._model = model
        model.rows_moving.connect(self._rows_moving)
        model.rows_moved.connect(self._rows_moved)
        model.counts_changed.connect(self._counts_changed)
        self._table.selectionModel().currentRowChanged.connect(self._chosen)
        self._wanted = None
        self._current.clear()

    def choose(self, row: int) -> None:
        """Highlight `row`, as a click does: its package becomes current."""
        model = self._model
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, 0)
        self._table.selectionModel().setCurrentIndex(index, _SELECT_ROW)
        self._table.scrollTo(index)

    @property
    def wanted(self) -> str | None:
        """The Purchase ID being followed (current, or looked for while rows are counted)."""
        return self._wanted

    def _chosen(self, index: QModelIndex | QPersistentModelIndex, _previous: object) -> None:
        if self._quiet or self._model is None:
            return
        self._before_read()
        found = self._model.row(index.row()) if index.isValid() else None
        if found is None:
            self._wanted = None
            self._current.clear()
            return
        self._wanted = found.item.uid
        self._current.set(found.item, found.verdict)

    def _rows_moving(self) -> None:
        self._quiet = True

    def _rows_moved(self, reset: bool) -> None:
        self._quiet = False
        # After a reset only the first page is looked at: it is read to be shown anyway.
        self.follow(radius=0 if reset else 1)

    def _counts_changed(self, _shown: int, _total: int, exact: bool) -> None:
        if exact and not self._quiet:
            self.follow()

    def follow(self, radius: int = 1) -> None:
        """Put the highlight back on the package followed, with its row's data and verdict as
        they are now; or, when no row shows it, no highlight and no current package."""
        model, uid = self._model, self._wanted
        if model is None or uid is None:
            self._clear(keep_looking=False)
            return
        self._before_read()
        index = self._table.currentIndex()
        near = index.row() if index.isValid() else 0
        shown = model.row(near) if index.isValid() else None
        row = near if shown is not None and shown.item.uid == uid else None
        if row is None:
            row = model.find_row(uid, near, radius)
        found = model.row(row) if row is not None else None
        if row is None or found is None:
            # While rows are still counted, the package may be further down: look again then.
            self._clear(keep_looking=not model.count_exact)
            return
        if row != near or not index.isValid():
            self._quiet = True
            try:
                target = model.index(row, 0)
                self._table.selectionModel().setCurrentIndex(target, _SELECT_ROW)
                self._table.scrollTo(target)
            finally:
                self._quiet = False
        self._current.set(found.item, found.verdict)

    def _clear(self, *, keep_looking: bool) -> None:
        if not keep_looking:
            self._wanted = None
        selection = self._table.selectionModel()
        if selection is not None and (
            selection.currentIndex().isValid() or selection.hasSelection()
        ):
            self._quiet = True
            try:
                selection.clearCurrentIndex()
                selection.clearSelection()
            finally:
                self._quiet = False
        self._current.clear()
