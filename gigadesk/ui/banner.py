"""The banner above the table: offline, rejected credentials, or a notice to read once."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from gigadesk.ui import theme
from gigadesk.ui.connection import Connection
from gigadesk.ui.formatting import local_time

BannerMessage = tuple[str, str, str, str]  # kind, text, button, action


def connection_banner(
    state: Connection, detail: str, synced_at: datetime | None
) -> BannerMessage | None:
    """What the banner says in `state` (None: no banner)."""
    if synced_at is None:
        history = "Nothing has been synced yet"
    else:
        history = f"The history shown is from the last sync ({local_time(synced_at)})"
    if state is Connection.OFFLINE:
        reason = f" ({detail})" if detail else ""
        return (
            "offline",
            f"Offline: Gigastore cannot be reached{reason}. {history}; refunds need a connection.",
            "Retry",
            "retry",
        )
    if state is Connection.OFFLINE_MODE:
        return (
            "offline",
            f"Offline mode: no network is used. {history}; refunds need a connection.",
            "Dismiss",
            "dismiss",
        )
    if state is Connection.REJECTED:
        return (
            "rejected",
            f"Gigastore rejected the credentials ({detail}). {history}.",
            "Settings…",
            "settings",
        )
    return None


class Banner(QFrame):
    """A coloured strip with a sentence and one button (Retry, Settings or Dismiss)."""

    action_clicked = Signal(str)  # the action name given to show()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action = ""
        self.kind = ""
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote the server
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(lambda: self.action_clicked.emit(self._action))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_message(self, kind: str, text: str, button: str, action: str) -> None:
        """Show `text`; `kind` names the situation (offline, rejected, notice)."""
        colors = theme.colors()
        self.setStyleSheet(
            f"QFrame#banner {{ background: {colors.banner_bg}; border-radius: 4px; }}"
            f"QFrame#banner QLabel {{ color: {colors.banner_fg}; }}"
        )
        self.kind = kind
        self._action = action
        self.label.setText(text)
        self.button.setText(button)
        self.show()

    def clear(self, kind: str | None = None) -> None:
        """Hide the banner (only if it shows `kind`, when given)."""
        if kind is None or kind == self.kind:
            self.kind = ""
            self.hide()
