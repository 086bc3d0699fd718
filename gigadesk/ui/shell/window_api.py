"""What the window's late parts (views and bulk work, the part builders) use of the main
window: AppWindow is one, and they never import it (no import cycle, not even for types)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenuBar, QStackedWidget, QTabWidget

    from gigadesk.services.workspace import AccountWorkspace
    from gigadesk.ui.dashboard.view import Dashboard
    from gigadesk.ui.history.model import HistoryModel
    from gigadesk.ui.history.view import HistoryTable, HistoryView
    from gigadesk.ui.refunds.flow import RefundFlow
    from gigadesk.ui.shell.actions import Actions
    from gigadesk.ui.shell.status_bar import StatusBar
    from gigadesk.ui.shell.sync_flow import SyncFlow


class MainWindow(Protocol):
    """The main window as its late parts see it."""

    workspace: AccountWorkspace
    commands: Actions
    history: HistoryView
    model: HistoryModel | None
    refund_flow: RefundFlow
    search_edit: QLineEdit
    stack: QStackedWidget
    status: StatusBar
    table: HistoryTable
    tabs: QTabWidget

    @property
    def dashboard(self) -> Dashboard:
        """The Dashboard tab's content."""
        ...

    @property
    def sync_flow(self) -> SyncFlow:
        """Background syncs and the connection state."""
        ...

    @property
    def refunds_used(self) -> int:
        """Refunds made this month, as last counted."""
        ...

    def as_widget(self) -> QMainWindow:
        """The window itself, as the parent of dialogs, actions and menus."""
        ...

    def menuBar(self) -> QMenuBar:
        """The window's menu bar."""
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
