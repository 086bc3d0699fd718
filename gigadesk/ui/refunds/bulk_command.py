"""Sale > Refund Selected: the history's selected packages refunded in one go."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QStatusBar, QTableView, QTabWidget, QWidget

from gigadesk.ui.commands import command
from gigadesk.ui.history.selection import (
    selected_items,
    selection_size,
    shown_selection_size,
)
from gigadesk.ui.i18n import arg
from gigadesk.ui.refunds.bulk import MAX_BULK, BulkRefundFlow
from gigadesk.ui.runtime.async_slots import async_slot
from gigadesk.ui.runtime.dialogs import show_message

if TYPE_CHECKING:
    from gigadesk.services.refunds import RefundService
    from gigadesk.ui.history.model import HistoryModel

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate


class BulkRefundCommand(QObject):
    """The Refund Selected action: enabled while the history shows selected rows and a refund
    can be sent; runs the bulk refund flow on the selected packages."""

    def __init__(
        self,
        parent: QWidget,
        table: QTableView,
        tabs: QTabWidget,
        status: QStatusBar,
        *,
        model: Callable[[], HistoryModel | None],
        service: Callable[[], RefundService | None],
        can_send: Callable[[], bool],
    ) -> None:
        """`parent`: the window (the action's shortcut, the dialogs); `model` and `service`:
        the rows and the refund service as they are now; `can_send`: whether a refund can be
        sent now (online, no single refund under way)."""
        super().__init__(parent)
        self._parent, self.table, self.tabs = parent, table, tabs
        self._model, self._service, self._can_send = model, service, can_send
        self.action = command(
            parent,
            translate("Workspace", "Refund Se&lected…"),
            "Ctrl+Shift+B",
            translate("Workspace", "Refund every refundable selected package (Ctrl+Shift+B)"),
        )
        self.flow = BulkRefundFlow(parent)
        self.action.triggered.connect(self._refund_selected)
        self.flow.busy_changed.connect(lambda _busy: self.update_action())
        self.flow.message.connect(lambda text: status.showMessage(text, 8000))

    def update_action(self) -> None:
        """Enable Refund Selected when it can act, and say why not when too many rows are
        selected."""
        count = shown_selection_size(self.table, self.tabs, self._model())
        action = self.action
        can = count > 0 and not self.flow.busy and self._service() is not None
        action.setEnabled(can and self._can_send())
        tip = action.statusTip()
        if count > MAX_BULK:
            tip = arg(
                translate("Workspace", "Select at most %1 rows to refund them together."), MAX_BULK
            )
        action.setToolTip(tip)

    @async_slot
    async def _refund_selected(self) -> None:
        await self.refund_selected()

    async def refund_selected(self) -> None:
        """Refund the refundable selected packages after one confirmation."""
        model = self._model()
        if model is None or not self.action.isEnabled():
            return
        if selection_size(self.table) > MAX_BULK:
            show_message(
                self._parent,
                translate("Workspace", "Too many rows selected"),
                arg(
                    translate("Workspace", "Select at most %1 rows to refund them together."),
                    MAX_BULK,
                ),
                icon=QMessageBox.Icon.Information,
            )
            return
        self.flow.service = self._service()
        await self.flow.run(selected_items(self.table, model, MAX_BULK))
