"""Copy Rows and Export Selection: the history's selected rows to the clipboard or a file."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QStatusBar, QTableView, QTabWidget, QWidget

from gigadesk.ui.commands import command
from gigadesk.ui.history.export_flow import choose_export_path, show_export_failure
from gigadesk.ui.history.selection import (
    export_items,
    rows_as_text,
    selected_items,
    selected_rows,
    shown_selection_size,
)
from gigadesk.ui.i18n import arg
from gigadesk.ui.runtime.async_slots import async_slot

if TYPE_CHECKING:
    from gigadesk.services.workspace import AccountWorkspace
    from gigadesk.ui.history.model import HistoryModel

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate
MAX_COPY = 10_000  # rows copied as text at most (the clipboard is not an export)


class SelectionCommands(QObject):
    """Edit > Copy Rows (Ctrl+C in the table) and File > Export Selection, enabled while the
    history shows selected rows."""

    def __init__(
        self,
        parent: QWidget,
        table: QTableView,
        tabs: QTabWidget,
        status: QStatusBar,
        *,
        model: Callable[[], HistoryModel | None],
        workspace: Callable[[], AccountWorkspace],
        refunds_used: Callable[[], int],
    ) -> None:
        """`parent`: the window (the actions' shortcuts, the dialogs); `model`, `workspace`
        and `refunds_used`: the rows, the account and the month's refunds as they are now."""
        super().__init__(parent)
        self._parent, self.table, self.tabs, self.status = parent, table, tabs, status
        self._model, self._workspace, self._refunds_used = model, workspace, refunds_used
        self.export_action = command(
            parent,
            translate("Workspace", "Export Se&lection…"),
            "Ctrl+Shift+E",
            translate(
                "Workspace",
                "Save the selected rows as an Excel workbook or a CSV file (Ctrl+Shift+E)",
            ),
        )
        self.copy_action = command(
            parent,
            translate("Workspace", "&Copy Rows"),
            QKeySequence.StandardKey.Copy,
            translate("Workspace", "Copy the selected rows as tab-separated text"),
        )
        # Ctrl+C copies rows only while the table has the focus: elsewhere it copies text.
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.triggered.connect(self._export_selection)
        self.copy_action.triggered.connect(self.copy_rows)

    def update_actions(self) -> None:
        """Enable the commands when the history shows selected rows."""
        count = shown_selection_size(self.table, self.tabs, self._model())
        self.copy_action.setEnabled(count > 0)
        self.export_action.setEnabled(count > 0)

    def copy_rows(self) -> str:
        """Put the selected rows on the clipboard as tab-separated text; the text."""
        model = self._model()
        if model is None:
            return ""
        rows = selected_rows(self.table, MAX_COPY)
        if not rows:
            return ""
        text = rows_as_text(self.table, model, rows)
        QGuiApplication.clipboard().setText(text)
        self.status.showMessage(arg(translate("Workspace", "Copied %1 rows."), len(rows)), 5000)
        return text

    @async_slot
    async def _export_selection(self) -> None:
        title = translate("Workspace", "Export the selected rows")
        path = await choose_export_path(
            self._parent, title, Path.home() / "gigadesk-selection.xlsx"
        )
        if path is not None:
            await self.export_selection(path)

    async def export_selection(self, path: Path) -> int:
        """Write the selected rows to `path` (Excel or CSV by its suffix); the rows written."""
        model = self._model()
        if model is None:
            return 0
        items = selected_items(self.table, model)
        try:
            count = await asyncio.to_thread(
                export_items,
                items,
                path,
                now=model.now,
                refunds_used=self._refunds_used(),
                monthly_limit=self._workspace().monthly_limit,
            )
        except OSError as exc:
            show_export_failure(self._parent, path, exc)
            return 0
        self.status.showMessage(
            arg(translate("Workspace", "Exported %1 selected rows to %2"), count, path), 8000
        )
        return count
