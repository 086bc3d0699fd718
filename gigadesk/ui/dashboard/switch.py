"""History or Dashboard: the switch between the tabs, the dashboard's figures refreshed in the
background, and the notices after a sync."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QStatusBar, QTabWidget, QWidget

from gigadesk.store.stats import Insight
from gigadesk.ui.commands import command
from gigadesk.ui.dashboard.notifications import Notifier
from gigadesk.ui.history.saved_views import DASHBOARD_TAB, HISTORY_TAB, VIEW_DASHBOARD, VIEW_HISTORY
from gigadesk.ui.runtime import async_slots

if TYPE_CHECKING:
    from gigadesk.services.workspace import AccountWorkspace
    from gigadesk.ui.dashboard.view import Dashboard

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate


class ViewSwitch(QObject):
    """Shows the history or the dashboard, keeps the dashboard's figures fresh while it shows,
    and says after a sync what needs attention."""

    def __init__(
        self,
        parent: QWidget,
        tabs: QTabWidget,
        dashboard: Dashboard,
        history_table: QWidget,
        status: QStatusBar,
        *,
        tabs_shown: Callable[[], bool],
        workspace: Callable[[], AccountWorkspace],
        refunds_used: Callable[[], int],
    ) -> None:
        """`parent`: the window (the actions' shortcuts, the tray icon); `tabs_shown`: False
        while the welcome view stands instead of the tabs; `workspace` and `refunds_used`: the
        account and the month's refunds as they are now."""
        super().__init__(parent)
        self.tabs = tabs
        self.dashboard = dashboard
        self._history_table = history_table
        self._tabs_shown = tabs_shown
        self._workspace = workspace
        self._refunds_used = refunds_used
        self.history_action = command(
            parent,
            translate("Workspace", "Sales &History"),
            "Ctrl+1",
            translate("Workspace", "Show the sales history (Ctrl+1)"),
        )
        self.dashboard_action = command(
            parent,
            translate("Workspace", "&Dashboard"),
            "Ctrl+2",
            translate("Workspace", "Show sales, credits and refunds at a glance (Ctrl+2)"),
        )
        self.notifier = Notifier(parent, status)
        self._stale = True
        self.notice_task: asyncio.Task[str | None] | None = None
        self.history_action.triggered.connect(lambda: self.show_view(VIEW_HISTORY))
        self.dashboard_action.triggered.connect(lambda: self.show_view(VIEW_DASHBOARD))
        self.notifier.open_requested.connect(lambda: self.show_view(VIEW_DASHBOARD))
        tabs.currentChanged.connect(self._tab_changed)

    def show_view(self, view: str) -> None:
        """Switch to the history or the dashboard, and put the focus there."""
        if not self._tabs_shown():
            return  # the welcome view has neither
        dashboard = view == VIEW_DASHBOARD
        self.tabs.setCurrentIndex(DASHBOARD_TAB if dashboard else HISTORY_TAB)
        target = self.dashboard.sold_chart if dashboard else self._history_table
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _tab_changed(self, index: int) -> None:
        if index == DASHBOARD_TAB and self._stale:
            self.schedule_refresh()

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
        workspace = self._workspace()
        self._stale = False
        return await self.dashboard.refresh(
            workspace.cache_path, workspace.clock(), self._refunds_used(), workspace.monthly_limit
        )

    def sync_finished(self) -> None:
        """A sync succeeded: re-read the figures and notify in the background."""
        self.notice_task = async_slots.start(self.after_sync())

    async def after_sync(self) -> str | None:
        """Refresh the figures and tell what needs attention; the notice shown, if any."""
        insight = await self.refresh_dashboard()
        if insight is None:
            return None
        limit = self._workspace().monthly_limit
        return self.notifier.notify(insight, self._refunds_used(), limit)
