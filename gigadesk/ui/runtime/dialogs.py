"""Await a dialog from a coroutine: `open()` plus a Future set from `finished`, never `exec()`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    import asyncio

    # QMessageBox is imported when a message is shown: its class and enums are built then,
    # not before the window's first paint.
    from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


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
    icon: QMessageBox.Icon | None = None,
    details: str | None = None,
) -> QMessageBox:
    """A non-blocking message box (opened, not exec'd) that deletes itself when closed;
    `icon` defaults to Information; `details` (a failure's English specifics) go behind
    "Show Details…"."""
    from PySide6.QtWidgets import QMessageBox

    if icon is None:
        icon = QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    box.open()
    return box
