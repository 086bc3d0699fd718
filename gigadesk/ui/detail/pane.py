"""The detail pane: one sale's validity, data used, prices, customer and refund checklist."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gigadesk.domain.eligibility import REFUND_LIMIT_REACHED, Verdict
from gigadesk.domain.items import ActivatedItem, Status
from gigadesk.ui import formatting as fmt
from gigadesk.ui import theme
from gigadesk.ui.detail.sections import CheckLine, timeline_events
from gigadesk.ui.detail.verdict_text import standing, warning_texts
from gigadesk.ui.detail.widgets import (
    Badge,
    Timeline,
    UsageBar,
    section_title,
    separator,
)
from gigadesk.ui.i18n import QT_TRANSLATE_NOOP, arg

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate

# The sale's facts as (label, spans both columns); pairs of short ones share a row. The English
# label also keys DetailPane.fields; the pane shows it translated.
_SALE_FIELDS: tuple[tuple[str, bool], ...] = (
    (QT_TRANSLATE_NOOP("DetailPane", "Credits paid"), False),
    (QT_TRANSLATE_NOOP("DetailPane", "Retail price"), False),
    (QT_TRANSLATE_NOOP("DetailPane", "Validity"), True),
    (QT_TRANSLATE_NOOP("DetailPane", "Region"), True),
    (QT_TRANSLATE_NOOP("DetailPane", "Customer"), True),
    (QT_TRANSLATE_NOOP("DetailPane", "ICCID"), True),
    (QT_TRANSLATE_NOOP("DetailPane", "Metatag"), True),
    (QT_TRANSLATE_NOOP("DetailPane", "Sales channel"), True),
)

# An e-mail address cannot wrap: beside a German label ("Bezahltes Guthaben:" sets the label
# column's width) it was clipped in the default 370 px pane, so it gets a line of its own.
_OWN_LINE = frozenset({"Customer"})


def status_color(status: Status) -> str:
    """The badge colour of a status (the badge text says the same)."""
    colors = theme.colors()
    return {
        Status.PURCHASED: colors.ok,
        Status.ACTIVATED: colors.warn,
        Status.REFUNDED: colors.neutral,
        Status.UNKNOWN: colors.neutral,
    }[status]


def month_text(refunds_used: int, monthly_limit: int | None) -> str:
    """'2 of 5 refunds used this month' or '2 refunds this month · limit unknown'."""
    if monthly_limit is None:
        if refunds_used == 1:
            return translate("DetailPane", "1 refund this month · limit unknown")
        return arg(translate("DetailPane", "%1 refunds this month · limit unknown"), refunds_used)
    return arg(
        translate("DetailPane", "%1 of %2 refunds used this month"), refunds_used, monthly_limit
    )


class DetailPane(QStackedWidget):
    """Shows the selected sale; its Refund button is the window's Refund action."""

    copy_ticket_requested = Signal()

    def __init__(self, refund_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: ActivatedItem | None = None
        self.verdict: Verdict | None = None
        self.empty_label = QLabel(
            translate("DetailPane", "Select a sale to see its details."), self
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.addWidget(self.empty_label)
        # The package's name, its verdict and its actions stay above the scrolling details:
        # at 1280x800 in German the Refund button was three screens of text further down.
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        header = QWidget(page)
        self._build_header(header, refund_action)
        page_layout.addWidget(header)
        page_layout.addWidget(separator(page))
        self.details_scroll = QScrollArea(page)
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self.details_scroll)
        self.details_scroll.setWidget(body)
        page_layout.addWidget(self.details_scroll, 1)
        self.addWidget(page)
        self._build(body)
        for label in page.findChildren(QLabel):
            # Names, metatags and messages come from the server: shown as text, never rendered.
            label.setTextFormat(Qt.TextFormat.PlainText)

    def _build_header(self, header: QWidget, refund_action: QAction) -> None:
        layout = QVBoxLayout(header)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(8)
        self.title_label = QLabel(header)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        badges = QHBoxLayout()
        self.badge = Badge(header)
        self.refundable_badge = Badge(header)
        badges.addWidget(self.badge)
        badges.addWidget(self.refundable_badge)
        badges.addStretch(1)
        layout.addLayout(badges)
        buttons = QHBoxLayout()
        self.refund_button = QToolButton(header)
        self.refund_button.setDefaultAction(refund_action)
        self.refund_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.refund_button.setMinimumHeight(30)
        self.ticket_button = QPushButton(
            translate("DetailPane", "Copy support ticket text"), header
        )
        self.ticket_button.setToolTip(
            translate(
                "DetailPane",
                "Packages from stock are refunded by Gigastore support: copy a request that "
                "quotes the Purchase ID",
            )
        )
        self.ticket_button.clicked.connect(self.copy_ticket)
        buttons.addWidget(self.refund_button)
        buttons.addWidget(self.ticket_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.result_label = QLabel(header)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()  # shown with a refund's outcome, so no empty line waits
        layout.addWidget(self.result_label)

    def _build(self, body: QWidget) -> None:
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 10, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(section_title(translate("DetailPane", "Purchase ID"), body))
        id_row = QHBoxLayout()
        self.uid_label = QLabel(body)
        self.uid_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.uid_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.uid_label.setWordWrap(True)  # at a hyphen, when the pane is too narrow for it
        self.uid_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_uid_button = QToolButton(body)
        self.copy_uid_button.setText(translate("DetailPane", "Copy"))
        self.copy_uid_button.setToolTip(translate("DetailPane", "Copy the Purchase ID"))
        self.copy_uid_button.clicked.connect(self.copy_uid)
        id_row.addWidget(self.uid_label, 1)
        id_row.addWidget(self.copy_uid_button)
        layout.addLayout(id_row)

        layout.addWidget(separator(body))
        layout.addWidget(section_title(translate("DetailPane", "Validity"), body))
        self.timeline = Timeline(body)
        layout.addWidget(self.timeline)

        layout.addWidget(section_title(translate("DetailPane", "Data used"), body))
        self.usage_bar = UsageBar(body)
        layout.addWidget(self.usage_bar)
        self.usage_label = QLabel(body)
        self.usage_label.setWordWrap(True)
        layout.addWidget(self.usage_label)

        layout.addWidget(separator(body))
        layout.addWidget(section_title(translate("DetailPane", "Sale"), body))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.fields: dict[str, QLabel] = {}
        row = column = 0
        for name, wide in _SALE_FIELDS:
            if wide and column:
                row, column = row + 1, 0
            label = QLabel(arg(translate("DetailPane", "%1:"), translate("DetailPane", name)), body)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            value = QLabel(body)
            value.setWordWrap(True)
            # An e-mail address has no place to wrap: clipped at the pane's edge rather than
            # widening the whole pane past it (the horizontal scroll bar is off).
            value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[name] = value
            if name in _OWN_LINE:  # the label above, the value on the pane's whole width
                grid.addWidget(label, row, 0, 1, 4)
                grid.addWidget(value, row + 1, 0, 1, 4)
                row, column = row + 2, 0
                continue
            grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, column + 1, 1, 3 if wide else 1)
            if wide or column:
                row, column = row + 1, 0
            else:
                column = 2
        layout.addLayout(grid)

        layout.addWidget(separator(body))
        layout.addWidget(section_title(translate("DetailPane", "Refund"), body))
        self.checks_box = QVBoxLayout()
        self.checks_box.setSpacing(2)
        layout.addLayout(self.checks_box)
        self.check_lines: list[CheckLine] = []
        self.warnings_label = QLabel(body)
        self.warnings_label.setWordWrap(True)
        layout.addWidget(self.warnings_label)
        self.month_label = QLabel(body)
        self.month_label.setWordWrap(True)
        layout.addWidget(self.month_label)
        layout.addStretch(1)

    def show_item(
        self,
        item: ActivatedItem | None,
        verdict: Verdict | None = None,
        *,
        now: datetime,
        refunds_used: int = 0,
        monthly_limit: int | None = None,
        as_of: datetime | None = None,
        online: bool = True,
    ) -> None:
        """Show `item` judged by `verdict` (None clears the pane)."""
        same_item = item is not None and self.item is not None and item.uid == self.item.uid
        self.item, self.verdict = item, verdict
        if item is None or verdict is None:
            self.setCurrentIndex(0)
            return
        if not same_item:
            self.result_label.clear()
            self.result_label.hide()
            self.details_scroll.verticalScrollBar().setValue(0)  # every package starts at its top
        self.title_label.setText(item.name)
        self.badge.set_badge(fmt.bought_badge(item.status), status_color(item.status))
        self.badge.setToolTip(fmt.portal_status_text(item.status))
        words, tone = standing(item, verdict, online)
        self.refundable_badge.set_badge(words, getattr(theme.colors(), tone))
        self.uid_label.setText(item.uid)
        self.uid_label.setToolTip(item.uid)
        self.timeline.set_events(timeline_events(item, now))
        self._show_usage(item, as_of, now)
        self._show_sale(item)
        self._show_checks(item, verdict, refunds_used, monthly_limit)
        self.ticket_button.setVisible(item.status is Status.ACTIVATED)
        self.setCurrentIndex(1)

    def show_result(self, text: str, ok: bool) -> None:
        """A line under the buttons with the last refund attempt's outcome."""
        color = theme.colors().ok if ok else theme.colors().bad
        self.result_label.setStyleSheet(f"color: {color};")
        self.result_label.setText(text)
        self.result_label.setVisible(bool(text))

    def _show_usage(self, item: ActivatedItem, as_of: datetime | None, now: datetime) -> None:
        data = item.data
        self.usage_bar.set_fraction(data.used_fraction)
        left = fmt.bytes_text(data.remaining_bytes)
        when = fmt.ago_text(as_of, now) if as_of else translate("DetailPane", "unknown")
        usage = arg(translate("DetailPane", "%1 · %2 left"), fmt.usage_text(item), left)
        delay = translate(
            "DetailPane", "As of the last sync (%1); operators report usage with a delay."
        )
        self.usage_label.setText(f"{usage}\n{arg(delay, when)}")

    def _show_sale(self, item: ActivatedItem) -> None:
        values = {
            "Credits paid": fmt.money_text(item.purchase_price),
            "Retail price": fmt.money_text(item.retail_price),
            "Customer": item.customer_email or fmt.DASH,
            "ICCID": item.iccid or fmt.DASH,
            "Metatag": item.metatag or fmt.DASH,
            "Sales channel": item.sales_channel or item.sales_channel_code or fmt.DASH,
            "Region": item.country_set or fmt.DASH,
            "Validity": fmt.validity_text(item),
        }
        for name, value in values.items():
            self.fields[name].setText(value)
            self.fields[name].setToolTip(value)  # the whole of a value clipped at the edge
        customer_id = arg(translate("DetailPane", "Customer ID: %1"), item.customer_uid or fmt.DASH)
        self.fields["Customer"].setToolTip(f"{values['Customer']}\n{customer_id}")

    def _show_checks(
        self, item: ActivatedItem, verdict: Verdict, refunds_used: int, limit: int | None
    ) -> None:
        for line in self.check_lines:
            self.checks_box.removeWidget(line)
            # Hidden now: deleteLater waits for the event loop, and a context menu's own loop
            # (a right-click that selects another row) would show both sets of lines meanwhile.
            line.hide()
            line.deleteLater()
        self.check_lines = [CheckLine(check, item, verdict) for check in verdict.checks]
        for line in self.check_lines:
            self.checks_box.addWidget(line)
        warnings = [f"⚠ {text}" for text in warning_texts(verdict, item)]
        self.warnings_label.setText("\n".join(warnings))
        self.warnings_label.setVisible(bool(warnings))
        self.month_label.setText(month_text(refunds_used, limit))
        # The limit's own check line already says this; the label covers refunded items.
        codes = {check.code for check in verdict.checks}
        self.month_label.setVisible(REFUND_LIMIT_REACHED not in codes)

    def copy_uid(self) -> None:
        """Put the Purchase ID on the clipboard."""
        if self.item is not None:
            QGuiApplication.clipboard().setText(self.item.uid)

    def copy_ticket(self) -> None:
        """Put a support request quoting the Purchase ID on the clipboard."""
        if self.item is not None:
            QGuiApplication.clipboard().setText(fmt.support_ticket_text(self.item))
            self.show_result(
                translate("DetailPane", "Support ticket text copied to the clipboard."), True
            )
            self.copy_ticket_requested.emit()
