"""A package opened elsewhere (the dashboard's lapsing list) shown in the history."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTabWidget

from gigadesk.store.query import QuickFilter
from gigadesk.ui.history.saved_views import HISTORY_TAB

if TYPE_CHECKING:
    from gigadesk.ui.history.model import HistoryModel
    from gigadesk.ui.history.view import HistoryView


class HistoryReveal:
    """Brings one package into the history: every row, no search, highlighted and in view."""

    def __init__(
        self,
        tabs: QTabWidget,
        history: HistoryView,
        search_edit: QLineEdit,
        *,
        model: Callable[[], HistoryModel | None],
        apply_search: Callable[[], None],
        choose_row: Callable[[int], None],
    ) -> None:
        """`apply_search`: runs the search box's text as the query at once; `choose_row`:
        highlights a row, which makes its package current."""
        self.tabs, self.history, self.search_edit = tabs, history, search_edit
        self._model, self._apply_search, self._choose_row = model, apply_search, choose_row

    def reveal(self, uid: str) -> None:
        """Show `uid` in the history: all rows, no search, selected and in view."""
        self.tabs.setCurrentIndex(HISTORY_TAB)
        model = self._model()
        if model is None:
            return
        self.search_edit.clear()
        self._apply_search()
        self.history.select_filter(QuickFilter.ALL)
        row = model.find_row(uid, 0, radius=3)
        if row is None:
            # Beyond the first pages: searched for by its Purchase ID, it is the one row.
            self.search_edit.setText(uid)
            self._apply_search()
            row = model.find_row(uid, 0, radius=0)
        if row is not None:
            self._choose_row(row)  # highlighted, hence current: the pane shows it
        self.history.table.setFocus(Qt.FocusReason.OtherFocusReason)
