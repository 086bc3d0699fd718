"""The status bar: connection state, "history as of", and a cancellable sync progress bar."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from gigadesk.ui import formatting as fmt
from gigadesk.ui import icons, theme
from gigadesk.ui.failure_text import Problem
from gigadesk.ui.i18n import arg
from gigadesk.ui.shell.connection import Connection, is_online, state_label

AGE_TICK_MS = 60_000
translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate


class StatusBar(QStatusBar):
    """Permanent widgets on the right; transient messages on the left."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(True)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(translate("StatusBar", "Cancel"))
        self.cancel_button.setToolTip(
            translate("StatusBar", "Stop the sync; what was read so far is kept")
        )
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.as_of_label = QLabel(self)
        self.state_icon = QLabel(self)
        self.state_label = QLabel(self)
        self.clock_label = QLabel(translate("StatusBar", "Using Gigastore's clock"), self)
        self.clock_label.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (self.progress, self.cancel_button, self.clock_label):
            self.addPermanentWidget(widget)
            widget.hide()
        self.addPermanentWidget(self.as_of_label)
        self.addPermanentWidget(self.state_icon)
        self.addPermanentWidget(self.state_label)
        self.state = Connection.CONNECTING
        self.set_state(Connection.CONNECTING)
        self._synced_at: datetime | None = None
        # "5 min ago" goes stale by itself: re-render it every minute.
        self._ticker = QTimer(self)
        self._ticker.setInterval(AGE_TICK_MS)
        self._ticker.timeout.connect(lambda: self.set_as_of(self._synced_at, datetime.now(UTC)))
        self._ticker.start()
        # Notices on the right step aside while a message shows (a refund's outcome was cut
        # off behind them), and come back when it goes.
        self._yielding: list[QWidget] = []
        self._stepped_aside: list[QWidget] = []
        self.messageChanged.connect(self._message_changed)

    def yield_to_messages(self, widget: QWidget) -> None:
        """Hide `widget` (a permanent one) while a transient message is shown."""
        self._yielding.append(widget)

    def show_yielding(self, widget: QWidget) -> None:
        """Show `widget` (given to yield_to_messages) now, or when the message shown goes: a
        notice that came during a sync's message was drawn over it."""
        if self.currentMessage() and widget in self._yielding:
            if widget not in self._stepped_aside:
                self._stepped_aside.append(widget)
            widget.hide()
            return
        widget.show()

    def _message_changed(self, text: str) -> None:
        self.setToolTip(text)  # the whole message, should it still be cut
        if text:
            for widget in self._yielding:
                if widget.isVisible() and widget not in self._stepped_aside:
                    widget.hide()
                    self._stepped_aside.append(widget)
            return
        for widget in self._stepped_aside:
            widget.show()
        self._stepped_aside.clear()

    def show_problem(self, problem: Problem, timeout: int = 0) -> None:
        """A transient message saying what failed; its tooltip adds the English specifics."""
        self.showMessage(problem.text, timeout)
        self.setToolTip(problem.tooltip())

    def set_state(self, state: Connection, detail: str = "") -> None:
        """Show the connection state (the text says it; the glyph only repeats it)."""
        self.state = state
        colors = theme.colors()
        if is_online(state):
            glyph = icons.glyph_icon(icons.GLYPH_OK, colors.ok, 12)
        elif state in (Connection.CONNECTING, Connection.NOT_CONFIGURED):
            glyph = icons.glyph_icon(icons.GLYPH_UNKNOWN, colors.neutral, 12)
        else:
            glyph = icons.glyph_icon(icons.GLYPH_NO, colors.warn, 12)
        self.state_icon.setPixmap(glyph.pixmap(12, 12))
        label = translate("Connection", state_label(state))
        self.state_label.setText(label)
        self.state_label.setToolTip(detail or label)

    def set_as_of(self, synced_at: datetime | None, now: datetime) -> None:
        """'History as of 5 min ago' with the exact local time in the tooltip."""
        self._synced_at = synced_at
        if synced_at is None:
            self.as_of_label.setText(translate("StatusBar", "History never synced"))
            self.as_of_label.setToolTip("")
        else:
            ago = fmt.ago_text(synced_at, now)
            self.as_of_label.setText(arg(translate("StatusBar", "History as of %1"), ago))
            finished = translate("StatusBar", "Last sync finished %1")
            self.as_of_label.setToolTip(arg(finished, fmt.local_time(synced_at)))

    def set_clock_notice(self, notice: str | None) -> None:
        """Say (tooltip: in full) that the server's clock judges the refund rules, or hide it."""
        self.clock_label.setToolTip(notice or "")
        self.clock_label.setAccessibleDescription(notice or "")
        self.clock_label.setVisible(bool(notice))

    def show_progress(self, done: int, total: int, items: int) -> None:
        """Show the sync's progress: months done of the total, items read."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        count = fmt.number_text(items)
        self.progress.setFormat(arg(translate("StatusBar", "Syncing: %1 items"), count))
        months = translate("StatusBar", "%1 of %2 months read, %3 items")
        self.progress.setToolTip(arg(months, done, total, count))
        self.progress.show()
        self.cancel_button.show()

    def show_wait(self, seconds: float, status: int | None) -> None:
        """Say that the sync pauses before trying again, for how long and why."""
        shown = fmt.number_text(max(1, round(seconds)))
        if status == 429:
            text = translate("StatusBar", "Waiting %1 s: Gigastore asked to slow down")
        else:
            text = translate("StatusBar", "Waiting %1 s: Gigastore did not answer properly")
        self.progress.setFormat(arg(text, shown))
        self.progress.setToolTip(arg(text, shown))
        self.progress.show()
        self.cancel_button.show()

    def hide_progress(self) -> None:
        """The sync is over."""
        self.progress.hide()
        self.cancel_button.hide()
