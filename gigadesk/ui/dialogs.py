"""Await a dialog from a coroutine: `open()` plus a Future set from `finished`, never `exec()`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    import asyncio


async def run_dialog(dialog: QDialog) -> int:
    """Open `dialog` window-modal and wait for its result code without a nested event loop."""
    import asyncio  # here: show_message is wanted before the first paint, asyncio is not

    loop = asyncio.get_running_loop()
    result: asyncio.Future[int] = loop.create_future()

    def finished(code: int) -> None:
        if not result.done():
            result.set_result(code)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        return await result
    except asyncio.CancelledError:
        # Shutdown while the dialog is up: close it rather than leave it orphaned.
        dialog.reject()
        raise


def show_message(
    parent: QWidget,
    title: str,
    text: str,
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    details: str | None = None,
) -> QMessageBox:
    """A non-blocking message box (opened, not exec'd) that deletes itself when closed."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setInformativeText(details)
    box.open()
    return box
