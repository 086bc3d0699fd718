"""The main window's parts built after its first paint, or when first used: the sync flow, the
views (History/Dashboard, bulk commands), the dashboard, the welcome view, the account flow and
File > Export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

from gigadesk.ui.runtime.async_slots import async_slot
from gigadesk.ui.shell.connection import Connection
from gigadesk.ui.shell.layout import replace_page, replace_tab

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget

    from gigadesk.services.workspace import AccountWorkspace
    from gigadesk.ui.account.flow import AccountFlow
    from gigadesk.ui.account.settings_dialog import SettingsDialog
    from gigadesk.ui.account.welcome import WelcomeView
    from gigadesk.ui.dashboard.view import Dashboard
    from gigadesk.ui.runtime.app_hooks import AppHooks
    from gigadesk.ui.shell.status_bar import StatusBar
    from gigadesk.ui.shell.status_display import StatusDisplay
    from gigadesk.ui.shell.sync_flow import SyncFlow
    from gigadesk.ui.shell.views import WindowViews
    from gigadesk.ui.shell.window_api import MainWindow

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate

# Each part's module (and what it imports: asyncio, the sync service, httpx, the dashboard's
# charts) is imported when the part is first built, never before the window's first paint.


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

    _sync_flow: SyncFlow | None = None
    _views: WindowViews | None = None
    _dashboard: Dashboard | None = None
    _welcome: WelcomeView | None = None
    _account_flow: AccountFlow | None = None

    @property
    def _window(self) -> MainWindow:
        # Only AppWindow mixes this class in; the parts see it through MainWindow.
        return cast("MainWindow", self)

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
            flow.finished.connect(lambda _result: self.views.sync_finished())
            flow.failed.connect(display.failed)
            flow.ended.connect(display.ended)
            flow.configure(self.workspace.sync, self.workspace.state)
            flow.set_interval(self.workspace.refresh_minutes)
        return self._sync_flow

    @property
    def views(self) -> WindowViews:
        """The dashboard's refreshes, bulk commands, columns menu and notices (built on first
        use)."""
        if self._views is None:
            from gigadesk.ui.shell.views import WindowViews

            self._views = WindowViews(self._window)
            self._views.configured()
        return self._views

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
        assert window.model is not None
        return await export_rows(
            window.as_widget(),
            self.status,
            self.workspace,
            window.model,
            path,
            refunds_used=window.refunds_used,
        )
