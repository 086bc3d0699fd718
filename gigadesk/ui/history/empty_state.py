"""What an empty history view says: why nothing is shown, and the one step that shows more."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from gigadesk.domain.items import next_month
from gigadesk.store.query import HistoryQuery, QuickFilter
from gigadesk.ui.i18n import arg

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate


class EmptyAction(enum.Enum):
    """The step the empty view offers."""

    NONE = "none"
    CLEAR_SEARCH = "clear_search"
    SHOW_ALL = "show_all"


@dataclass(frozen=True)
class EmptyReason:
    """A sentence saying why no row is shown, and the step that shows some."""

    text: str
    action: EmptyAction


def _reset_day(now: datetime) -> str:
    start = next_month(now)
    day = QDate(start.year, start.month, start.day)
    locale = QLocale()
    if locale.language() is QLocale.Language.C:
        return f"{start:%Y-%m-%d}"
    return locale.toString(day, QLocale.FormatType.LongFormat)


def empty_reason(
    query: HistoryQuery,
    filter_name: str,
    *,
    total: int,
    refunds_used: int,
    monthly_limit: int | None,
    now: datetime,
) -> EmptyReason:
    """Why `query` shows no row of the `total` cached items (`filter_name` as on its button)."""
    if total == 0:
        text = translate(
            "EmptyState",
            "No sales in the cache yet. They appear after the first sync (F5).",
        )
        return EmptyReason(text, EmptyAction.NONE)
    if query.search:
        if query.quick_filter is QuickFilter.ALL:
            text = arg(translate("EmptyState", "No package matches “%1”."), query.search)
        else:
            text = arg(
                translate("EmptyState", "No package under “%1” matches “%2”."),
                filter_name,
                query.search,
            )
        return EmptyReason(text, EmptyAction.CLEAR_SEARCH)
    if query.quick_filter is QuickFilter.REFUNDABLE:
        if monthly_limit is not None and refunds_used >= monthly_limit:
            text = arg(
                translate(
                    "EmptyState",
                    "No package can be refunded now: this month's %1 refunds are used "
                    "(the count starts again on %2).",
                ),
                monthly_limit,
                _reset_day(now),
            )
        else:
            text = translate(
                "EmptyState",
                "No package can be refunded now: every cached package is used, expired, "
                "from stock or refunded already.",
            )
        return EmptyReason(text, EmptyAction.SHOW_ALL)
    if query.quick_filter is not QuickFilter.ALL:
        text = arg(translate("EmptyState", "No package is under “%1”."), filter_name)
        return EmptyReason(text, EmptyAction.SHOW_ALL)
    return EmptyReason(translate("EmptyState", "No package to show."), EmptyAction.NONE)


class EmptyState(QWidget):
    """Laid over the table's empty rows: the reason, and a button for the step it names."""

    clear_search_requested = Signal()
    show_all_requested = Signal()

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.action = EmptyAction.NONE
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 48, 24, 24)
        layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # the search text is the user's
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.button = QPushButton(self)
        self.button.clicked.connect(self._act)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.hide()
        viewport.installEventFilter(self)  # follow the viewport's size

    def show_reason(self, reason: EmptyReason | None) -> None:
        """Show `reason` over the table (None hides it: there are rows)."""
        if reason is None:
            self.hide()
            return
        self.action = reason.action
        self.label.setText(reason.text)
        self.button.setVisible(reason.action is not EmptyAction.NONE)
        if reason.action is EmptyAction.CLEAR_SEARCH:
            self.button.setText(translate("EmptyState", "Clear the search"))
        elif reason.action is EmptyAction.SHOW_ALL:
            self.button.setText(translate("EmptyState", "Show all packages"))
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        parent = self.parentWidget()
        if event.type() == QEvent.Type.Resize and parent is not None and watched is parent:
            self.setGeometry(parent.rect())
        return super().eventFilter(watched, event)

    def _act(self) -> None:
        if self.action is EmptyAction.CLEAR_SEARCH:
            self.clear_search_requested.emit()
        elif self.action is EmptyAction.SHOW_ALL:
            self.show_all_requested.emit()
