"""The main window: toolbar and search, history table beside the detail pane, status bar."""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QMainWindow

from gigadesk.domain.items import Status
from gigadesk.services.refunds import RefundOutcome, RefundResult
from gigadesk.services.workspace import AccountWorkspace
from gigadesk.store.query import HistoryQuery, QuickFilter
from gigadesk.ui import icons
from gigadesk.ui.current import CurrentPackage
from gigadesk.ui.detail.follow import Moment, PaneFollower
from gigadesk.ui.history.columns import HEADERS, SORT_KEYS
from gigadesk.ui.history.model import HistoryModel
from gigadesk.ui.history.saved_views import from_text, restore_view
from gigadesk.ui.refunds.flow import RefundFlow, outcome_text, refund_action_state
from gigadesk.ui.runtime import async_slots
from gigadesk.ui.runtime.app_hooks import AppHooks
from gigadesk.ui.runtime.async_slots import async_slot
from gigadesk.ui.runtime.dialogs import show_message
from gigadesk.ui.shell.actions import build_menus, build_toolbar, make_actions
from gigadesk.ui.shell.connection import Connection, is_online
from gigadesk.ui.shell.current_status import CurrentStatus
from gigadesk.ui.shell.highlight import HighlightKeeper
from gigadesk.ui.shell.layout import build_central, chain_focus, make_search_edit, window_title
from gigadesk.ui.shell.parts import LateParts
from gigadesk.ui.shell.status_bar import StatusBar
from gigadesk.ui.shell.status_display import StatusDisplay

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent  # an event type: importing it builds QEvent's enums


# The sync flow (asyncio, the sync service, httpx), the views (dashboard, bulk work,
# notices), the welcome view, the settings dialog and the export are imported and built after
# the first paint (or when first needed): see finish_startup and parts.LateParts.

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate

SEARCH_DEBOUNCE_MS = 150
DEFAULT_SIZE = (1280, 800)


class AppWindow(QMainWindow, LateParts):
    """Shows the cache at once; syncs, refunds and exports through the workspace's services."""

    def __init__(self, workspace: AccountWorkspace, hooks: AppHooks) -> None:
        super().__init__()
        self.workspace = workspace
        self.hooks = hooks
        self.setWindowIcon(icons.app_icon())
        self.resize(*DEFAULT_SIZE)
        self.commands = make_actions(self)
        build_menus(self, self.commands)
        self.search_edit = make_search_edit(self)
        self.toolbar = build_toolbar(self, self.commands, self.search_edit)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        central = build_central(self, self.commands)
        self.setCentralWidget(central.stack)
        chain_focus(self.search_edit, central.history, central.pane)  # one window's chain now
        self.stack, self.welcome_page, self.banner = central.stack, central.welcome, central.banner
        self.status_display = StatusDisplay(
            self.status,
            self.banner,
            lambda: self.workspace,
            self.reload,
            self._show_current,
            self.update_actions,
            self.refresh,
            self.commands.settings.trigger,
            lambda uid: async_slots.start(self.refund_flow.settle(uid)),
        )
        self.splitter, self.history, self.pane = central.splitter, central.history, central.pane
        self.tabs, self.dashboard_page = central.tabs, central.dashboard_page
        self.table = self.history.table
        # The one current package: the highlight sets it, the pane and Refund follow it.
        self.current = CurrentPackage(self)
        self.highlight = HighlightKeeper(self.table, self.current, self._count_refunds_when_due)
        self.pane_follower = PaneFollower(self.pane, self.current, self._moment)
        self.current_status = CurrentStatus(self.status, self.current, self._online)
        self._view_restored = False
        self.refund_flow = RefundFlow(self)
        self.model: HistoryModel | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._closing = False
        self._refunds_used = 0
        self._refund_count_due = False  # the month's refunds are counted after the first paint
        self.last_error: str | None = None
        self._connect_signals()
        async_slots.set_error_handler(self.show_error)
        self.configure(workspace, first=True)

    # --- built after the first paint ------------------------------------------------------

    def as_widget(self) -> QMainWindow:
        """The window itself (see parts.AppWindowCalls)."""
        return self

    def finish_startup(self) -> None:
        """Build what the first paint did not need (the sync flow, the views' commands
        and notices) and count the month's refunds when the first paint did not wait for them;
        each is also done on first use, so calling this is optional."""
        self._count_refunds_when_due()
        _ = self.sync_flow, self.views, self.account_flow

    def _connect_signals(self) -> None:
        a = self.commands
        a.refresh.triggered.connect(self.refresh)
        a.cancel_sync.triggered.connect(self._cancel_sync)
        a.refund.triggered.connect(self._refund_current)
        a.copy_uid.triggered.connect(self.pane.copy_uid)
        a.copy_ticket.triggered.connect(self.pane.copy_ticket)
        a.export.triggered.connect(self.export_shown)
        a.settings.triggered.connect(lambda: self.account_flow.open_settings())
        a.find.triggered.connect(self._focus_search)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(lambda: self.account_flow.about())
        a.check_connection.triggered.connect(lambda: self.account_flow.check_connection())
        a.reset_demo.triggered.connect(lambda: self.account_flow.reset_demo())
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(self.apply_search)
        self.history.filter_changed.connect(self.apply_filter)
        self.history.clear_search_requested.connect(self._clear_search)
        self.status.cancel_requested.connect(self._cancel_sync)
        self.banner.action_clicked.connect(self.status_display.banner_action)
        self.current.changed.connect(self._show_current)
        r = self.refund_flow
        r.busy_changed.connect(lambda _busy: self.update_actions())
        r.message.connect(lambda text: self.status.showMessage(text, 8000))
        r.finished.connect(self._refund_finished)

    # --- configuration --------------------------------------------------------------------

    def configure(self, workspace: AccountWorkspace, *, first: bool = False) -> None:
        """Show `workspace`'s cache and act through its services (also after a switch).

        `first`: the window's first configuration, before its first paint. Without a monthly
        limit, the month's refund count changes no row or text shown (only tooltips and the
        pane), so counting it then waits until after the paint (finish_startup)."""
        self._cancel_sync()
        self.workspace = workspace
        account = workspace.account
        self.setWindowTitle(window_title(account, workspace.demo))
        old = self.model
        self.pane_follower.windows = workspace.cache.synced_windows()
        self._refund_count_due = first and workspace.monthly_limit is None
        if not self._refund_count_due:
            self._refunds_used = self.workspace.refunds_this_month()
        self.model = HistoryModel(
            workspace.cache,
            clock=workspace.clock,
            refunds_used=self._refunds_used,
            monthly_limit=workspace.monthly_limit,
            parent=self,
        )
        if old is not None:
            self.model.set_query(old.query)  # the search, filter and order stay as they were
        self.model.counts_changed.connect(self.history.set_counts)
        self.model.read_failed.connect(self.status_display.read_failed)
        self.table.setModel(self.model)
        query = self.model.query
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(SORT_KEYS.index(query.sort), order)
        self.table.setSortingEnabled(True)
        self.table.apply_column_widths()
        self.highlight.attach(self.model)  # connected after the view's own: it has the last word
        if old is not None:
            old.close()
            old.deleteLater()
        self.refund_flow.service = workspace.refunds
        if self._sync_flow is not None:  # else it starts from the workspace when built
            self._sync_flow.configure(workspace.sync, workspace.state)
            self._sync_flow.set_interval(workspace.refresh_minutes)
        welcome = account is None
        self.commands.reset_demo.setVisible(workspace.demo)  # only the demo can start over
        self.current_status.set_available(account is not None)
        self.stack.setCurrentIndex(0 if welcome else 1)
        for widget in (self.search_edit, self.commands.export, self.commands.find):
            widget.setEnabled(not welcome)  # nothing to search or export before an account
        if welcome:
            hooks = self.hooks
            account_values = hooks.settings_values().account
            self.welcome.prefill(account_values, hooks.secret_note, hooks.keychain_missing())
        self.history.set_counts(
            self.model.rowCount(), self.model.shown_total, self.model.count_exact
        )
        self.status_display.state_changed(workspace.state, None)
        for notice in workspace.notices:
            self.status_display.notice(notice)
        self.status_display.show_unsettled()
        if not self._view_restored:
            self._view_restored = True  # the search, filter, order and columns left last time
            state, tabs = from_text(workspace.history_view, len(HEADERS)), self.tabs
            tabs_shown = self.stack.currentIndex() == 1
            restore_view(
                state, self.history, self.search_edit, self.model, tabs if tabs_shown else None
            )
        self._show_current()
        self.views_configured()

    def services_attached(self) -> None:
        """The workspace's sync and refund services arrived (made after the first paint)."""
        self.refund_flow.service = self.workspace.refunds
        if self._sync_flow is not None:  # else it starts from the workspace when built
            self._sync_flow.configure(self.workspace.sync, self.workspace.state)
        self.update_actions()

    @property
    def refunds_used(self) -> int:
        """Refunds made this month, as the window last counted them."""
        self._count_refunds_when_due()
        return self._refunds_used

    def restore_state(self, geometry: bytes | None, splitter: bytes | None) -> None:
        """Put the window and splitter back where the user left them."""
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        if splitter:
            self.splitter.restoreState(QByteArray(splitter))

    def start_sync(self) -> bool:
        """Start a background sync (when online and configured)."""
        return self.sync_flow.start()

    # --- browsing ---------------------------------------------------------------------------

    def apply_search(self) -> None:
        """Run the search box's text as the query (called after the debounce delay)."""
        self._search_timer.stop()
        if self.model is not None:
            search = self.search_edit.text().strip()
            self._change_query(dataclasses.replace(self.model.query, search=search))

    def apply_filter(self, quick: QuickFilter) -> None:
        """Show one quick filter's rows."""
        if self.model is not None:
            self._change_query(dataclasses.replace(self.model.query, quick_filter=quick))

    def _change_query(self, query: HistoryQuery) -> None:
        assert self.model is not None
        # A package kept in view after its refund leaves when the search or filter changes;
        # the current package stays current if the new rows show it (see HighlightKeeper).
        self.model.set_query(dataclasses.replace(query, keep=None))

    def select_row(self, row: int) -> None:
        """Make `row` highlighted, hence current (the pane and Refund follow)."""
        self.highlight.choose(row)

    def _show_current(self) -> None:
        """The pane, Refund and the status bar follow the current package: the only way any
        of them changes."""
        self.pane_follower.show()
        self.current_status.refresh()
        self.update_actions()

    def _moment(self) -> Moment:
        now = self.model.now if self.model is not None else self.workspace.clock()
        # The month's refunds are counted already when a package became current.
        return Moment(now, self._refunds_used, self.workspace.monthly_limit, self._online())

    def _online(self) -> bool:
        return is_online(self.connection)

    def reload(self, *, refund_context: bool = True, after_sync: bool = False) -> None:
        """Re-read the cache after it changed, keeping the selected item selected
        (after_sync: a sync wrote it; the rows that changed are repainted when the new rows
        are counted, see HistoryModel.refresh)."""
        if self.model is None:
            return
        self.pane_follower.windows = self.workspace.cache.synced_windows()
        if refund_context:
            self._apply_refund_context()
        self.model.refresh(repaint_with_count=after_sync)
        self.views_data_changed()
        self.highlight.follow()  # the same package, as it is now, or none
        self.status.set_as_of(self.workspace.cache.last_synced_at(), self.workspace.clock())

    def _apply_refund_context(self) -> None:
        assert self.model is not None
        self._refund_count_due = False
        self._refunds_used = self.workspace.refunds_this_month()
        self.model.set_refund_context(self._refunds_used, self.workspace.monthly_limit)

    def _count_refunds_when_due(self) -> None:
        if self._refund_count_due and self.model is not None:
            self._apply_refund_context()

    # --- actions -------------------------------------------------------------------------------

    def update_actions(self) -> None:
        """Enable Refund only when it can succeed, and say why not in its tooltip."""
        item, a, connection = self.current.item, self.commands, self.connection
        enabled, tip = refund_action_state(
            item,
            self.current.verdict,
            busy=self.refund_flow.busy,
            connection=connection,
            has_service=self.workspace.refunds is not None,
        )
        a.refund.setEnabled(enabled)
        a.refund.setToolTip(tip)
        a.refund.setStatusTip(tip)  # hovering Refund names its target at the bottom too
        a.copy_uid.setEnabled(item is not None)
        a.copy_ticket.setEnabled(item is not None and item.status is Status.ACTIVATED)
        syncing = self._sync_flow is not None and self._sync_flow.running
        a.cancel_sync.setEnabled(syncing)
        offline_mode = connection is Connection.OFFLINE_MODE
        a.refresh.setEnabled(not syncing and self.workspace.sync is not None and not offline_mode)
        self.update_view_actions()

    def refresh(self) -> None:
        """F5: sync now."""
        if not self.sync_flow.start():
            self.reload()

    def _cancel_sync(self) -> None:
        if self._sync_flow is not None:
            self._sync_flow.cancel()

    def _clear_search(self) -> None:
        self.search_edit.clear()
        self.apply_search()

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    @async_slot
    async def _refund_current(self) -> None:
        item, verdict = self.current.item, self.current.verdict
        if item is not None and verdict is not None and self.commands.refund.isEnabled():
            await self.refund_flow.run(item, verdict)

    def keep_current_in_view(self, uids: set[str]) -> None:
        """After refunds of `uids`: the current package, if among them, stays in view (marked
        refunded) until the search or filter changes, so the reseller sees what happened."""
        if self.model is not None and self.current.uid in uids:
            self.model.keep_in_view(self.current.uid)

    def _refund_finished(self, result: RefundResult | None) -> None:
        self.status_display.show_unsettled()
        self.status.set_clock_notice(self.workspace.clock_notice())
        if result is not None:
            self.keep_current_in_view({result.uid})
        self.reload()
        if result is not None and result.uid == self.current.uid:
            self.pane.show_result(outcome_text(result), result.outcome is RefundOutcome.REFUNDED)
        self.update_actions()

    def show_error(self, error: BaseException) -> None:
        """A failure nobody else handled: say it plainly (details are in the log)."""
        text = getattr(error, "message", None) or str(error) or type(error).__name__
        self.last_error = str(text)
        title = translate("AppWindow", "Something went wrong")
        from PySide6.QtWidgets import QMessageBox  # built when first needed, not at start-up

        show_message(self, title, str(text), icon=QMessageBox.Icon.Warning)

    # --- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:
            self.hooks.save_window_state(
                bytes(self.saveGeometry().data()), bytes(self.splitter.saveState().data())
            )
            self._closing = True
            if self.model is not None:
                self.model.close()
            self.hooks.request_quit()
        event.accept()
