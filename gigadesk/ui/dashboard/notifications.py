"""After a sync: a notice when packages will lapse unused soon or the month's refunds run out."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStatusBar, QSystemTrayIcon, QToolButton, QWidget

from gigadesk.store.stats import Insight
from gigadesk.ui.i18n import arg, counted

NEARLY_USED_SHARE = 0.8  # from this share of the limit on, refunds count as nearly used up


def refunds_left_warning(refunds_used: int, monthly_limit: int | None) -> bool:
    """True when the month's refunds are used up or nearly so (at most one left, or 80%)."""
    if monthly_limit is None or monthly_limit <= 0:
        return False
    left = monthly_limit - refunds_used
    return left <= 1 or refunds_used >= NEARLY_USED_SHARE * monthly_limit


class Notifier(QObject):
    """Says what needs attention once per change: a button in the status bar (which opens the
    dashboard) and a tray message where the desktop has a tray. The banner stays free for the
    connection's state, which matters more."""

    notified = Signal(str)
    open_requested = Signal()

    def __init__(self, window: QWidget, status: QStatusBar) -> None:
        super().__init__(window)
        self._last = ""
        self.last_text = ""
        self.button = QToolButton(status)
        self.button.setAutoRaise(True)
        self.button.setAccessibleName(self.tr("Attention"))
        self.button.clicked.connect(self.open_requested)
        self.button.hide()
        status.addPermanentWidget(self.button)
        self._show_button: Callable[[], None] = self.button.show
        yield_to_messages = getattr(status, "yield_to_messages", None)
        show_yielding = getattr(status, "show_yielding", None)
        if yield_to_messages is not None and show_yielding is not None:  # GigaDesk's own bar
            yield_to_messages(self.button)
            self._show_button = functools.partial(show_yielding, self.button)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(window.windowIcon() or QIcon(), self)
            self.tray.setToolTip("GigaDesk")
            self.tray.messageClicked.connect(self.open_requested)

    def texts(self, insight: Insight, refunds_used: int, monthly_limit: int | None) -> list[str]:
        """The sentences that need the reseller's attention now (none: all is well)."""
        locale = QLocale()
        found: list[str] = []
        if insight.expiring_total:
            found.append(
                counted(
                    insight.expiring_total,
                    self.tr("%1 package will expire unused within %2 days."),
                    self.tr("%1 packages will expire unused within %2 days."),
                    locale.toString(insight.expiring_total),
                    locale.toString(insight.horizon_days),
                )
            )
        if monthly_limit is not None and refunds_left_warning(refunds_used, monthly_limit):
            left = max(0, monthly_limit - refunds_used)
            if left == 0:
                found.append(
                    arg(
                        self.tr("This month's refunds are used up (%1 of %2)."),
                        locale.toString(refunds_used),
                        locale.toString(monthly_limit),
                    )
                )
            else:
                found.append(
                    arg(
                        self.tr("Only %1 of this month's %2 refunds are left."),
                        locale.toString(left),
                        locale.toString(monthly_limit),
                    )
                )
        return found

    def notify(self, insight: Insight, refunds_used: int, monthly_limit: int | None) -> str | None:
        """Show the notice for `insight`; the text when it is new (a repeat is not announced
        again in the tray)."""
        text = " ".join(self.texts(insight, refunds_used, monthly_limit))
        if not text:
            self._last = ""
            self.button.hide()
            return None
        self.button.setText(arg(self.tr("⚠ Attention: %1"), text))
        self.button.setToolTip(arg(self.tr("%1\nClick to open the dashboard."), text))
        self.button.setAccessibleDescription(text)
        self._show_button()  # after the message shown now, if any
        if text == self._last:
            return None
        self._last = text
        self.last_text = text
        if self.tray is not None:
            self.tray.show()
            self.tray.showMessage("GigaDesk", text, QSystemTrayIcon.MessageIcon.Information, 10000)
        self.notified.emit(text)
        return text
