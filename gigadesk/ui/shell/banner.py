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
NOTICE = "notice"  # a notice to read once: several may wait, each until dismissed
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
        # Every message not yet cleared, the one shown last: a newer one covers an older one
        # (a start-up notice under the offline banner), which shows again when it goes.
        self._stack: list[tuple[BannerMessage, str]] = []
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
        `kind` names the situation (offline, rejected, notice): it replaces what the banner
        said of the same situation, and covers the others until it is cleared."""
        self._stack = [
            entry
            for entry in self._stack
            if entry[0][0] != kind or (kind == NOTICE and entry[0][1] != text)
        ]
        self._stack.append(((kind, text, button, action), details))
        self._present(kind, text, button, action, details)

    def _present(self, kind: str, text: str, button: str, action: str, details: str) -> None:
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
        """Take away every message of `kind` (every message at all, when None); the newest
        one left shows again, or the banner hides."""
        self._stack = [entry for entry in self._stack if kind is not None and entry[0][0] != kind]
        self._show_top()

    def dismiss(self) -> None:
        """Take away the message shown (its Dismiss button); the one beneath shows again."""
        self._stack = self._stack[:-1]
        self._show_top()

    def _show_top(self) -> None:
        if self._stack:
            (kind, text, button, action), details = self._stack[-1]
            self._present(kind, text, button, action, details)
        else:
            self.kind = ""
            self.hide()
