"""The window's views and bulk work: History/Dashboard switch, selection commands, saved view,
notices after a sync. Kept apart from app_window so that each concern stays small."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from gigadesk.store.query import QuickFilter
from gigadesk.store.stats import Insight
from gigadesk.ui.dashboard.notifications import Notifier
from gigadesk.ui.history.export_flow import choose_export_path, show_export_failure
from gigadesk.ui.history.saved_views import (
    DASHBOARD_TAB,
    HISTORY_TAB,
    VIEW_DASHBOARD,
    VIEW_HISTORY,
    ColumnsMenu,
    ViewState,
    header_state,
    restore_view,
    to_text,
)
from gigadesk.ui.history.selection import (
    export_items,
    rows_as_text,
    selected_items,
    selected_rows,
    selection_size,
)
from gigadesk.ui.i18n import arg
from gigadesk.ui.refunds.bulk import MAX_BULK, BulkRefundFlow
from gigadesk.ui.runtime import async_slots
from gigadesk.ui.runtime.async_slots import async_slot
from gigadesk.ui.runtime.dialogs import show_message
from gigadesk.ui.shell.connection import refund_blocker

if TYPE_CHECKING:
    from gigadesk.services.refunds import RefundResult
    from gigadesk.ui.shell.window_api import MainWindow

log = logging.getLogger(__name__)

translate = QCoreApplication.translate
MAX_COPY = 10_000  # rows copied as text at most (the clipboard is not an export)


@dataclass(frozen=True)
class WorkspaceActions:
    """The commands this module adds to the window's menus."""

    show_history: QAction
    show_dashboard: QAction
    refund_selected: QAction
    export_selection: QAction
    copy_rows: QAction


def _action(
    window: MainWindow, text: str, keys: str | QKeySequence.StandardKey, tip: str
) -> QAction:
    made = QAction(text, window.as_widget())
    made.setShortcut(QKeySequence(keys))
    made.setToolTip(tip)
    made.setStatusTip(tip)
    return made


def make_workspace_actions(window: MainWindow) -> WorkspaceActions:
    """Create the actions with the platform's usual keys and put them in the menus."""
    actions = WorkspaceActions(
        show_history=_action(
            window,
            translate("Workspace", "Sales &History"),
            "Ctrl+1",
            translate("Workspace", "Show the sales history (Ctrl+1)"),
        ),
        show_dashboard=_action(
            window,
            translate("Workspace", "&Dashboard"),
            "Ctrl+2",
            translate("Workspace", "Show sales, credits and refunds at a glance (Ctrl+2)"),
        ),
        refund_selected=_action(
            window,
            translate("Workspace", "Refund Se&lected…"),
            "Ctrl+Shift+B",
            translate("Workspace", "Refund every refundable selected package (Ctrl+Shift+B)"),
        ),
        export_selection=_action(
            window,
            translate("Workspace", "Export Se&lection…"),
            "Ctrl+Shift+E",
            translate("Workspace", "Save the selected rows to a CSV file (Ctrl+Shift+E)"),
        ),
        copy_rows=_action(
            window,
            translate("Workspace", "&Copy Rows"),
            QKeySequence.StandardKey.Copy,
            translate("Workspace", "Copy the selected rows as tab-separated text"),
        ),
    )
    # Ctrl+C copies rows only while the table has the focus: elsewhere it copies text.
    actions.copy_rows.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    menus = {menu.objectName(): menu for menu in window.menuBar().findChildren(QMenu)}
    if "menu-file" in menus:
        menus["menu-file"].insertAction(window.commands.settings, actions.export_selection)
    if "menu-edit" in menus:
        menus["menu-edit"].addAction(actions.copy_rows)
    if "menu-view" in menus:
        view = menus["menu-view"]
        first = view.actions()[0]  # Refresh: the views come before it
        view.insertAction(first, actions.show_history)
        view.insertAction(first, actions.show_dashboard)
        view.insertSeparator(first)
    if "menu-sale" in menus:
        menus["menu-sale"].insertAction(window.commands.copy_ticket, actions.refund_selected)
    table = window.table
    for action in (actions.copy_rows, actions.refund_selected, actions.export_selection):
        table.addAction(action)
    return actions


class WindowViews(QObject):
    """Owns the dashboard's refreshes, the bulk commands, the saved view and the notices."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.as_widget())
        self.window = window
        self.tabs = window.tabs
        self.dashboard = window.dashboard
        self.actions = make_workspace_actions(window)
        self.bulk = BulkRefundFlow(window.as_widget())
        self.notifier = Notifier(window.as_widget(), window.status)
        self.columns_menu = ColumnsMenu(window.table, window.as_widget())
        menus = {menu.objectName(): menu for menu in window.menuBar().findChildren(QMenu)}
        if "menu-view" in menus:
            menus["menu-view"].addSeparator()
            menus["menu-view"].addMenu(self.columns_menu)
        self._stale = True
        self.notice_task: asyncio.Task[str | None] | None = None
        a = self.actions
        a.show_history.triggered.connect(lambda: self.show_view(VIEW_HISTORY))
        a.show_dashboard.triggered.connect(lambda: self.show_view(VIEW_DASHBOARD))
        a.refund_selected.triggered.connect(self._refund_selected)
        a.export_selection.triggered.connect(self._export_selection)
        a.copy_rows.triggered.connect(self.copy_rows)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.dashboard.open_item.connect(self.open_item)
        self.notifier.open_requested.connect(lambda: self.show_view(VIEW_DASHBOARD))
        self.bulk.busy_changed.connect(lambda _busy: self.update_actions())
        self.bulk.message.connect(lambda text: window.status.showMessage(text, 8000))
        self.bulk.finished.connect(self._bulk_finished)

    # --- views ------------------------------------------------------------------------------

    def show_view(self, view: str) -> None:
        """Switch to the history or the dashboard, and put the focus there."""
        if self.window.stack.currentIndex() != 1:
            return  # the welcome view has neither
        dashboard = view == VIEW_DASHBOARD
        self.tabs.setCurrentIndex(DASHBOARD_TAB if dashboard else HISTORY_TAB)
        target = self.dashboard.sold_chart if dashboard else self.window.table
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _tab_changed(self, index: int) -> None:
        if index == DASHBOARD_TAB and self._stale:
            self.schedule_refresh()
        self.update_actions()

    def data_changed(self) -> None:
        """The cache changed (sync, refund, reload): refresh the dashboard when it shows."""
        self._stale = True
        if self.tabs.currentIndex() == DASHBOARD_TAB:
            self.schedule_refresh()

    def schedule_refresh(self) -> None:
        """Refresh the dashboard in the background (needs the running event loop)."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop yet (window built before the loop runs): done when shown
        async_slots.start(self.refresh_dashboard())

    async def refresh_dashboard(self) -> Insight | None:
        """Read the dashboard's figures now and show them."""
        window = self.window
        self._stale = False
        return await self.dashboard.refresh(
            window.workspace.cache_path,
            window.workspace.clock(),
            window.refunds_used,
            window.workspace.monthly_limit,
        )

    def sync_finished(self) -> None:
        """A sync succeeded: re-read the figures and notify in the background."""
        self.notice_task = async_slots.start(self.after_sync())

    async def after_sync(self) -> str | None:
        """Refresh the figures and tell what needs attention; the notice shown, if any."""
        insight = await self.refresh_dashboard()
        if insight is None:
            return None
        window = self.window
        return self.notifier.notify(insight, window.refunds_used, window.workspace.monthly_limit)

    def open_item(self, uid: str) -> None:
        """Show `uid` in the history: all rows, no search, selected and in view."""
        window = self.window
        self.tabs.setCurrentIndex(HISTORY_TAB)
        if window.model is None:
            return
        window.search_edit.clear()
        window.apply_search()
        window.history.select_filter(QuickFilter.ALL)
        row = window.model.find_row(uid, 0, radius=3)
        if row is None:
            # Beyond the first pages: searched for by its Purchase ID, it is the one row.
            window.search_edit.setText(uid)
            window.apply_search()
            row = window.model.find_row(uid, 0, radius=0)
        if row is not None:
            window.select_row(row)  # highlighted, hence current: the pane shows it
        window.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _bulk_finished(self, results: list[RefundResult] | None) -> None:
        window = self.window
        window.keep_current_in_view({result.uid for result in results or ()})
        window.reload()

    # --- selection commands -----------------------------------------------------------------

    def update_actions(self) -> None:
        """Enable the selection commands when they can act."""
        window = self.window
        history = self.tabs.currentIndex() == HISTORY_TAB and window.model is not None
        count = selection_size(window.table) if history else 0
        a = self.actions
        a.copy_rows.setEnabled(count > 0)
        a.export_selection.setEnabled(count > 0)
        online = refund_blocker(window.sync_flow.state) is None
        can_refund = (
            count > 0
            and not self.bulk.busy
            and not window.refund_flow.busy
            and window.workspace.refunds is not None
            and online
        )
        a.refund_selected.setEnabled(can_refund)
        tip = a.refund_selected.statusTip()
        if count > MAX_BULK:
            tip = arg(
                translate("Workspace", "Select at most %1 rows to refund them together."), MAX_BULK
            )
        a.refund_selected.setToolTip(tip)

    def selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        """Slot for the table's selectionChanged."""
        self.update_actions()

    def copy_rows(self) -> str:
        """Put the selected rows on the clipboard as tab-separated text; the text."""
        window = self.window
        if window.model is None:
            return ""
        rows = selected_rows(window.table, MAX_COPY)
        if not rows:
            return ""
        text = rows_as_text(window.table, window.model, rows)
        QGuiApplication.clipboard().setText(text)
        window.status.showMessage(arg(translate("Workspace", "Copied %1 rows."), len(rows)), 5000)
        return text

    @async_slot
    async def _refund_selected(self) -> None:
        await self.refund_selected()

    async def refund_selected(self) -> None:
        """Refund the refundable selected packages after one confirmation."""
        window = self.window
        if window.model is None or not self.actions.refund_selected.isEnabled():
            return
        if selection_size(window.table) > MAX_BULK:
            show_message(
                window.as_widget(),
                translate("Workspace", "Too many rows selected"),
                arg(
                    translate("Workspace", "Select at most %1 rows to refund them together."),
                    MAX_BULK,
                ),
                icon=QMessageBox.Icon.Information,
            )
            return
        self.bulk.service = window.workspace.refunds
        await self.bulk.run(selected_items(window.table, window.model, MAX_BULK))

    @async_slot
    async def _export_selection(self) -> None:
        title = translate("Workspace", "Export the selected rows")
        path = await choose_export_path(
            self.window.as_widget(), title, Path.home() / "gigadesk-selection.xlsx"
        )
        if path is not None:
            await self.export_selection(path)

    async def export_selection(self, path: Path) -> int:
        """Write the selected rows to `path` (Excel or CSV by its suffix); the rows written."""
        window = self.window
        if window.model is None:
            return 0
        items = selected_items(window.table, window.model)
        try:
            count = await asyncio.to_thread(
                export_items,
                items,
                path,
                now=window.model.now,
                refunds_used=window.refunds_used,
                monthly_limit=window.workspace.monthly_limit,
            )
        except OSError as exc:
            show_export_failure(window.as_widget(), path, exc)
            return 0
        window.status.showMessage(
            arg(translate("Workspace", "Exported %1 selected rows to %2"), count, path), 8000
        )
        return count

    # --- saved view -------------------------------------------------------------------------

    def configured(self) -> None:
        """After the window (re)configured (the saved view is restored by the window itself,
        before the first paint): rewire the selection."""
        window = self.window
        window.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.bulk.service = window.workspace.refunds
        self.columns_menu.rebuild()
        self.data_changed()
        self.update_actions()

    def restore(self, state: ViewState) -> None:
        """Apply a saved view to the table, the search box, the filters and the tabs."""
        window = self.window
        assert window.model is not None
        tabs = window.tabs if window.stack.currentIndex() == 1 else None
        restore_view(state, window.history, window.search_edit, window.model, tabs)

    def state(self) -> ViewState:
        """The view as the user left it."""
        window = self.window
        order, hidden = header_state(window.table)
        query = window.model.query if window.model is not None else None
        if query is None:
            return ViewState(order=order, hidden=hidden)
        return ViewState(
            search=query.search,
            quick_filter=query.quick_filter,
            sort=query.sort,
            descending=query.descending,
            order=order,
            hidden=hidden,
            view=VIEW_DASHBOARD if self.tabs.currentIndex() == DASHBOARD_TAB else VIEW_HISTORY,
        )

    def state_text(self) -> str:
        """The view as JSON for Settings.history_view."""
        return to_text(self.state())
