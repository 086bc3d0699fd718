"""The banner above the table: offline, rejected credentials, or a notice to read once."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from gigadesk.services.workspace import Cause
from gigadesk.ui import theme
from gigadesk.ui.failure_text import Problem, cause_sentence, with_details
from gigadesk.ui.formatting import local_time
from gigadesk.ui.i18n import arg
from gigadesk.ui.shell.connection import Connection

BannerMessage = tuple[str, str, str, str]  # kind, text, button, action
translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate


def connection_banner(
    state: Connection, problem: Problem | None, synced_at: datetime | None
) -> BannerMessage | None:
    """What the banner says in `state` (None: no banner); `problem`: the failure that
    brought the state, whose sentence the banner repeats (its details go to the tooltip)."""
    if synced_at is None:
        history = translate("Banner", "Nothing has been synced yet")
    else:
        history = arg(
            translate("Banner", "The history shown is from the last sync (%1)"),
            local_time(synced_at),
        )
    if state is Connection.OFFLINE:
        if problem is not None:
            text = translate("Banner", "Offline: %1 %2; refunds need a connection.")
            text = arg(text, problem.text, history)
        else:
            text = translate(
                "Banner", "Offline: Gigastore cannot be reached. %1; refunds need a connection."
            )
            text = arg(text, history)
        return ("offline", text, translate("Banner", "Retry"), "retry")
    if state is Connection.OFFLINE_MODE:
        text = translate(
            "Banner", "Offline mode: no network is used. %1; refunds need a connection."
        )
        return ("offline", arg(text, history), translate("Banner", "Dismiss"), "dismiss")
    if state is Connection.REJECTED:
        why = problem.text if problem is not None else cause_sentence(Cause.REJECTED)
        text = arg(translate("Banner", "%1 %2."), why, history)
        return ("rejected", text, translate("Banner", "Settings…"), "settings")
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

    def show_message(
        self, kind: str, text: str, button: str, action: str, *, details: str = ""
    ) -> None:
        """Show `text` (`details`, the English specifics of a failure, as its tooltip);
        `kind` names the situation (offline, rejected, notice)."""
        colors = theme.colors()
        self.setStyleSheet(
            f"QFrame#banner {{ background: {colors.banner_bg}; border-radius: 4px; }}"
            f"QFrame#banner QLabel {{ color: {colors.banner_fg}; }}"
        )
        self.kind = kind
        self._action = action
        self.label.setText(text)
        self.label.setToolTip(with_details(text, details) if details else "")
        self.button.setText(button)
        self.show()

    def clear(self, kind: str | None = None) -> None:
        """Hide the banner (only if it shows `kind`, when given)."""
        if kind is None or kind == self.kind:
            self.kind = ""
            self.hide()
