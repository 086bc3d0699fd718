"""The main window's parts built after its first paint, or when first used: the sync flow, the
views (History/Dashboard, the selection commands, the columns menu), the dashboard, the welcome
view, the account flow and File > Export. Each feature part gets the widgets it drives and
getters; only this mixin, which is the window, wires them to the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

from gigadesk.ui.history.saved_views import to_text, view_state
from gigadesk.ui.runtime.async_slots import async_slot
from gigadesk.ui.shell.actions import add_view_commands
from gigadesk.ui.shell.connection import Connection, refund_blocker
from gigadesk.ui.shell.layout import replace_page, replace_tab

if TYPE_CHECKING:
    from typing import Protocol

    from PySide6.QtCore import QItemSelection
    from PySide6.QtWidgets import QLineEdit, QMainWindow, QStackedWidget, QTabWidget, QWidget

    from gigadesk.services.refunds import RefundResult
    from gigadesk.services.workspace import AccountWorkspace
    from gigadesk.ui.account.flow import AccountFlow
    from gigadesk.ui.account.settings_dialog import SettingsDialog
    from gigadesk.ui.account.welcome import WelcomeView
    from gigadesk.ui.dashboard.switch import ViewSwitch
    from gigadesk.ui.dashboard.view import Dashboard
    from gigadesk.ui.history.model import HistoryModel
    from gigadesk.ui.history.reveal import HistoryReveal
    from gigadesk.ui.history.saved_views import ColumnsMenu
    from gigadesk.ui.history.selection_commands import SelectionCommands
    from gigadesk.ui.history.view import HistoryTable, HistoryView
    from gigadesk.ui.refunds.bulk_command import BulkRefundCommand
    from gigadesk.ui.refunds.flow import RefundFlow
    from gigadesk.ui.runtime.app_hooks import AppHooks
    from gigadesk.ui.shell.actions import Actions
    from gigadesk.ui.shell.status_bar import StatusBar
    from gigadesk.ui.shell.status_display import StatusDisplay
    from gigadesk.ui.shell.sync_flow import SyncFlow

    class AppWindowCalls(Protocol):
        """What LateParts calls on AppWindow, the one class that mixes it in (the attributes it
        reads are declared on LateParts)."""

        @property
        def refunds_used(self) -> int:
            """Refunds made this month, as last counted."""
            ...

        def as_widget(self) -> QMainWindow:
            """The window itself, as the parent of dialogs, actions and menus."""
            ...

        def apply_search(self) -> None:
            """Run the search box's text as the query."""
            ...

        def select_row(self, row: int) -> None:
            """Highlight `row`: its package becomes current."""
            ...

        def keep_current_in_view(self, uids: set[str]) -> None:
            """After refunds of `uids`: the current package stays in view if among them."""
            ...

        def reload(self, *, refund_context: bool = True, after_sync: bool = False) -> None:
            """Re-read the cache after it changed."""
            ...


translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate

# Each part's module (and what it imports: asyncio, the sync service, httpx, the dashboard's
# charts) is imported when the part is first built, never before the window's first paint.


class Views:
    """The parts around the history and the dashboard that the first paint does not need."""

    # A plain class: a NamedTuple costs about half a millisecond to define at start-up.
    __slots__ = ("bulk", "columns_menu", "reveal", "selection", "switch")

    def __init__(
        self,
        switch: ViewSwitch,
        bulk: BulkRefundCommand,
        selection: SelectionCommands,
        reveal: HistoryReveal,
        columns_menu: ColumnsMenu,
    ) -> None:
        self.switch = switch  # History or Dashboard, the dashboard's refreshes, the notices
        self.bulk = bulk  # Sale > Refund Selected
        self.selection = selection  # Edit > Copy Rows, File > Export Selection
        self.reveal = reveal  # a package opened from the dashboard, shown in the history
        self.columns_menu = columns_menu  # View > Columns and the header's menu


class LateParts:
    """AppWindow's late parts (a mixin after QMainWindow): each built on first use."""

    # Provided by AppWindow.
    workspace: AccountWorkspace
    hooks: AppHooks
    stack: QStackedWidget
    welcome_page: QWidget  # the welcome view's placeholder
    tabs: QTabWidget
    dashboard_page: QWidget  # the Dashboard tab's placeholder
    status: StatusBar
    status_display: StatusDisplay
    commands: Actions
    history: HistoryView
    table: HistoryTable
    search_edit: QLineEdit
    model: HistoryModel | None
    refund_flow: RefundFlow

    _sync_flow: SyncFlow | None = None
    _views: Views | None = None
    _dashboard: Dashboard | None = None
    _welcome: WelcomeView | None = None
    _account_flow: AccountFlow | None = None

    @property
    def _window(self) -> AppWindowCalls:
        return cast("AppWindowCalls", self)

    @property
    def sync_flow(self) -> SyncFlow:
        """Background syncs and the connection state (built on first use)."""
        if self._sync_flow is None:
            from gigadesk.ui.shell.sync_flow import SyncFlow

            flow = SyncFlow(self._window.as_widget())
            self._sync_flow = flow
            display = self.status_display
            flow.state_changed.connect(display.state_changed)
            flow.progress.connect(display.progress)
            flow.finished.connect(display.finished)
            flow.finished.connect(lambda _result: self.views.switch.sync_finished())
            flow.failed.connect(display.failed)
            flow.ended.connect(display.ended)
            flow.configure(self.workspace.sync, self.workspace.state)
            flow.set_interval(self.workspace.refresh_minutes)
        return self._sync_flow

    @property
    def views(self) -> Views:
        """History/Dashboard, the selection commands, the columns menu and the notices (built
        on first use)."""
        if self._views is None:
            self._views = self._build_views()
            self.views_configured()
        return self._views

    def _build_views(self) -> Views:
        from gigadesk.ui.dashboard.switch import ViewSwitch
        from gigadesk.ui.history.reveal import HistoryReveal
        from gigadesk.ui.history.saved_views import ColumnsMenu
        from gigadesk.ui.history.selection_commands import SelectionCommands
        from gigadesk.ui.refunds.bulk_command import BulkRefundCommand

        window = self._window
        parent, tabs, table, status = window.as_widget(), self.tabs, self.table, self.status
        switch = ViewSwitch(
            parent,
            tabs,
            self.dashboard,
            table,
            status,
            tabs_shown=lambda: self.stack.currentIndex() == 1,
            workspace=lambda: self.workspace,
            refunds_used=lambda: window.refunds_used,
        )
        bulk = BulkRefundCommand(
            parent,
            table,
            tabs,
            status,
            model=lambda: self.model,
            service=lambda: self.workspace.refunds,
            can_send=self._can_send_refund,
        )
        selection = SelectionCommands(
            parent,
            table,
            tabs,
            status,
            model=lambda: self.model,
            workspace=lambda: self.workspace,
            refunds_used=lambda: window.refunds_used,
        )
        reveal = HistoryReveal(
            tabs,
            self.history,
            self.search_edit,
            model=lambda: self.model,
            apply_search=window.apply_search,
            choose_row=window.select_row,
        )
        columns = ColumnsMenu(table, parent)
        add_view_commands(
            parent,
            self.commands,
            table,
            views=(switch.history_action, switch.dashboard_action),
            export_selection=selection.export_action,
            copy_rows=selection.copy_action,
            refund_selected=bulk.action,
            columns=columns,
        )
        tabs.currentChanged.connect(self._view_tab_changed)  # after the switch's own
        switch.dashboard.open_item.connect(reveal.reveal)
        bulk.flow.finished.connect(self._bulk_finished)
        return Views(switch, bulk, selection, reveal, columns)

    def views_configured(self) -> None:
        """After the window (re)configured (the saved view is restored by the window itself,
        before the first paint): follow the new model's selection and columns."""
        if self._views is None:
            return
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._views.columns_menu.rebuild()
        self.views_data_changed()
        self.update_view_actions()

    def views_data_changed(self) -> None:
        """The cache changed (sync, refund, reload): the dashboard is refreshed when it shows."""
        if self._views is not None:
            self._views.switch.data_changed()

    def update_view_actions(self) -> None:
        """Enable the selection commands when they can act."""
        if self._views is not None:
            self._views.selection.update_actions()
            self._views.bulk.update_action()

    def _view_tab_changed(self, _index: int) -> None:
        self.update_view_actions()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.update_view_actions()

    def _can_send_refund(self) -> bool:
        return not self.refund_flow.busy and refund_blocker(self.connection) is None

    def _bulk_finished(self, results: list[RefundResult] | None) -> None:
        window = self._window
        window.keep_current_in_view({result.uid for result in results or ()})
        window.reload()

    def saved_view_text(self) -> str:
        """The history's view as the user leaves it, as JSON for Settings.history_view."""
        query = self.model.query if self.model is not None else None
        return to_text(view_state(self.table, query, self.tabs))

    @property
    def dashboard(self) -> Dashboard:
        """The Dashboard tab's content (built on first use)."""
        if self._dashboard is None:
            from gigadesk.ui.dashboard.view import Dashboard

            self._dashboard = Dashboard(self.tabs)
            replace_tab(self.tabs, self.dashboard_page, self._dashboard)
        return self._dashboard

    @property
    def welcome(self) -> WelcomeView:
        """The first run's view: connect an account or try the demo (built on first use)."""
        if self._welcome is None:
            from gigadesk.ui.account.welcome import WelcomeView

            self._welcome = WelcomeView(self.hooks.test_connection)
            replace_page(self.stack, self.welcome_page, self._welcome)
        return self._welcome

    @property
    def account_flow(self) -> AccountFlow:
        """Connecting, the demo, the settings dialog and About (built on first use)."""
        if self._account_flow is None:
            from gigadesk.ui.account.flow import AccountFlow

            window = self._window.as_widget()
            self._account_flow = AccountFlow(window, self.welcome, self.status, self.hooks)
        return self._account_flow

    @property
    def connection(self) -> Connection:
        """The connection state (the workspace's until the sync flow exists)."""
        flow = self._sync_flow
        return flow.state if flow is not None else self.workspace.state

    @property
    def settings_dialog(self) -> SettingsDialog | None:
        """The settings dialog while it is open."""
        flow = self._account_flow
        dialog: SettingsDialog | None = flow.settings_dialog if flow is not None else None
        return dialog

    @async_slot
    async def export_shown(self) -> None:
        """File > Export: ask where, then write the rows shown."""
        from gigadesk.ui.history.export_flow import choose_export_path

        title = translate("AppWindow", "Export the rows shown")
        window = self._window.as_widget()
        path = await choose_export_path(window, title, Path.home() / "gigadesk-history.xlsx")
        if path is not None:
            await self.export_to(path)

    async def export_to(self, path: Path) -> int:
        """Write the rows shown to `path` (Excel or CSV by its suffix); the rows written."""
        from gigadesk.ui.history.export_flow import export_rows

        window = self._window
        assert self.model is not None
        return await export_rows(
            window.as_widget(),
            self.status,
            self.workspace,
            self.model,
            path,
            refunds_used=window.refunds_used,
        )
