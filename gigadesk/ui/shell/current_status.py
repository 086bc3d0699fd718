"""The status bar's left side names the current package and where it stands, so the bottom
edge agrees with the highlight, the pane and Refund (a passing message covers it meanwhile)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar

from gigadesk.ui.current import CurrentPackage
from gigadesk.ui.detail.verdict_text import reasons_text, standing
from gigadesk.ui.i18n import arg

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate


class CurrentStatus(QLabel):
    """ "Europe 5 GB (Purchase ID …) · Refundable now", or that no package is current; the text
    is elided in the middle when the bar is narrow, and whole in the tooltip."""

    def __init__(
        self, status: QStatusBar, current: CurrentPackage, online: Callable[[], bool]
    ) -> None:
        super().__init__(status)
        self._bar, self._current, self._online = status, current, online
        self._full = ""
        self._available = True  # False on the welcome view: there is no history to choose from
        self.setObjectName("current-status")
        self.setTextFormat(Qt.TextFormat.PlainText)  # package names come from the server
        # As wide as the bar leaves it, never wider: the permanent widgets keep their room.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(1)
        status.addWidget(self, 1)
        # QStatusBar hides its normal widgets under a message only when they are visible: a
        # message shown before the window was (a start-up notice) was drawn over this line.
        status.messageChanged.connect(lambda message: self._show(not message))
        self.refresh()

    def set_available(self, available: bool) -> None:
        """Show the line only where packages can be chosen (not on the welcome view)."""
        self._available = available
        self._show(not self._bar.currentMessage())

    def _show(self, free: bool) -> None:
        self.setVisible(self._available and free)

    @property
    def full_text(self) -> str:
        """The whole line, before any eliding."""
        return self._full

    def refresh(self) -> None:
        """Say what the current package is now; the window calls this whenever the package,
        its data or the connection changed (as it updates the pane and Refund)."""
        item, verdict = self._current.item, self._current.verdict
        if item is None or verdict is None:
            self._full = translate("CurrentStatus", "No package selected")
            tip = translate("CurrentStatus", "Select a row to see the package and refund it.")
        else:
            words, _tone = standing(item, verdict, self._online())
            line = translate("CurrentStatus", "%1 (Purchase ID %2) · %3")
            self._full = arg(line, item.name, item.uid, words)
            tip = self._full
            if not verdict.refundable:
                tip += "\n" + reasons_text(verdict, item)
        self.setToolTip(tip)
        self.setAccessibleName(self._full)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideMiddle, self.width()
        )
        if shown != self.text():
            self.setText(shown)
