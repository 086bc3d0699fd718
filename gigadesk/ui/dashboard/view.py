"""The dashboard: sales, credits and refunds per month, status shares, packages lapsing unused."""

from __future__ import annotations

import asyncio
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gigadesk.domain.items import ActivatedItem, Money, Status, utc
from gigadesk.store.cache import CacheError
from gigadesk.store.query import QuickFilter
from gigadesk.store.stats import Insight, read_insight
from gigadesk.ui import formatting as fmt
from gigadesk.ui.dashboard.charts import BarChart, ChartBase, Series
from gigadesk.ui.dashboard.share_bar import Share, ShareBar
from gigadesk.ui.failure_text import problem_of
from gigadesk.ui.i18n import arg, counted

MONTHS_SHOWN = 12
HORIZON_DAYS = 7
MAX_CURRENCIES = 3  # more currencies than this are summed in the text only
UID_ROLE = Qt.ItemDataRole.UserRole


def month_label(moment: datetime, locale: QLocale | None = None) -> str:
    """'Nov 2026' in the user's language."""
    moment = utc(moment)
    return (locale or QLocale()).toString(QDate(moment.year, moment.month, 1), "MMM yyyy")


def money_label(amount: Decimal, currency: str, locale: QLocale | None = None) -> str:
    """An amount with two decimals in the user's number format, then the currency code."""
    return f"{(locale or QLocale()).toString(float(amount), 'f', 2)} {currency}"


class ExpiringList(QTreeWidget):
    """Packages whose validity ends unused soon; Enter or a double-click opens one."""

    open_requested = Signal(str)  # uid

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.open_requested.emit(str(item.data(0, UID_ROLE)))
            event.accept()
            return
        super().keyPressEvent(event)


class ChartBox(QFrame):
    """A chart with its title above and, below, the text of its current part."""

    def __init__(self, title: str, chart: ChartBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel(title, self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.chart = chart
        chart.setParent(self)
        self.title.setBuddy(chart)
        self.detail = QLabel(self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        hint = self.tr("Use the arrow keys to read each value.")
        self.detail.setText(hint)
        chart.current_changed.connect(self.detail.setText)
        layout.addWidget(self.title)
        layout.addWidget(chart, 1)
        layout.addWidget(self.detail)


class Dashboard(QWidget):
    """Reads its figures from the cache (offline too) and draws them; refreshed after syncs."""

    open_item = Signal(str)  # uid: show this package in the history
    refreshed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.insight: Insight | None = None
        self.refunds_used = 0
        self.monthly_limit: int | None = None
        self._generation = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        head = QHBoxLayout()
        self.summary_label = QLabel(body)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        head.addWidget(self.summary_label, 1)
        layout.addLayout(head)
        grid = QGridLayout()
        self.sold_chart = BarChart(self.tr("Packages sold per month"), body)
        self.credits_chart = BarChart(self.tr("Credits spent per month"), body)
        self.refunds_chart = BarChart(self.tr("Refunds per month"), body)
        self.share_chart = ShareBar(self.tr("Packages by state"), body)
        boxes = [
            ChartBox(self.tr("Packages sold per month"), self.sold_chart, body),
            ChartBox(self.tr("Credits spent per month"), self.credits_chart, body),
            ChartBox(
                self.tr("Refunds per month, against the monthly limit"), self.refunds_chart, body
            ),
            ChartBox(self.tr("Packages by state, now"), self.share_chart, body),
        ]
        for number, box in enumerate(boxes):
            grid.addWidget(box, number // 2, number % 2)
        layout.addLayout(grid, 3)
        self.expiring_title = QLabel(body)
        font = self.expiring_title.font()
        font.setBold(True)
        self.expiring_title.setFont(font)
        layout.addWidget(self.expiring_title)
        self.expiring = ExpiringList(body)
        self.expiring.setAccessibleName(self.tr("Packages expiring unused"))
        self.expiring.setAccessibleDescription(
            self.tr("Press Enter or double-click to show a package in the history.")
        )
        self.expiring_title.setBuddy(self.expiring)
        self.expiring.setRootIsDecorated(False)
        self.expiring.setAlternatingRowColors(True)
        self.expiring.setHeaderLabels(
            [
                self.tr("Package"),
                self.tr("Validity ends"),
                self.tr("Refundable"),
                self.tr("Credits"),
                self.tr("Customer / ICCID"),
                self.tr("Purchase ID"),
            ]
        )
        self.expiring.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.expiring.setMinimumHeight(160)
        self.expiring.itemDoubleClicked.connect(
            lambda row, _column: self.open_item.emit(str(row.data(0, UID_ROLE)))
        )
        self.expiring.open_requested.connect(self.open_item)
        layout.addWidget(self.expiring, 2)
        self.charts: list[ChartBase] = [
            self.sold_chart,
            self.credits_chart,
            self.refunds_chart,
            self.share_chart,
        ]
        for first, second in zip(self.charts, [*self.charts[1:], self.expiring], strict=True):
            QWidget.setTabOrder(first, second)
        self.show_insight(None)

    # --- reading --------------------------------------------------------------------------------

    async def refresh(
        self, cache_path: Path, now: datetime, refunds_used: int, monthly_limit: int | None
    ) -> Insight | None:
        """Read the figures in a worker thread and show them; None when the cache failed."""
        self._generation += 1
        generation = self._generation
        try:
            insight = await asyncio.to_thread(
                read_insight, cache_path, now, months=MONTHS_SHOWN, horizon_days=HORIZON_DAYS
            )
        except CacheError as exc:
            if generation == self._generation:
                problem = problem_of(exc)
                text = arg(self.tr("The dashboard could not be read: %1"), problem.text)
                self.summary_label.setText(text)
                self.summary_label.setToolTip(problem.tooltip())
            return None
        if generation != self._generation:
            return insight  # a newer refresh is on its way
        self.refunds_used, self.monthly_limit = refunds_used, monthly_limit
        self.show_insight(insight)
        self.refreshed.emit()
        return insight

    # --- showing --------------------------------------------------------------------------------

    def show_insight(self, insight: Insight | None) -> None:
        """Draw `insight` (None: nothing read yet)."""
        self.insight = insight
        locale = QLocale()
        if insight is None:
            self.summary_label.setText(
                self.tr("The dashboard shows the cached history once it is read.")
            )
            self.expiring_title.setText(self.tr("Packages expiring unused"))
            for chart in (self.sold_chart, self.credits_chart, self.refunds_chart):
                chart.set_data([], [])
            self.share_chart.set_shares([])
            self.expiring.clear()
            return
        labels = [month_label(m.start, locale) for m in insight.months]
        self.sold_chart.set_data(
            labels,
            [
                Series(
                    self.tr("Packages sold"),
                    [float(m.sold) for m in insight.months],
                    [locale.toString(m.sold) for m in insight.months],
                )
            ],
        )
        currencies = insight.currencies[:MAX_CURRENCIES]
        self.credits_chart.set_data(
            labels,
            [
                Series(
                    code,
                    [float(m.credits.get(code, Decimal(0))) for m in insight.months],
                    [
                        money_label(m.credits.get(code, Decimal(0)), code, locale)
                        for m in insight.months
                    ],
                )
                for code in currencies
            ],
        )
        refunds = [m.refunds for m in insight.months]
        if refunds:
            # This month's count also holds refunds the journal knows of before a sync does.
            refunds[-1] = max(refunds[-1], self.refunds_used)
        limit_text = (
            arg(self.tr("limit %1 a month"), locale.toString(self.monthly_limit))
            if self.monthly_limit is not None
            else ""
        )
        self.refunds_chart.set_data(
            labels,
            [
                Series(
                    self.tr("Refunds"),
                    [float(n) for n in refunds],
                    [locale.toString(n) for n in refunds],
                )
            ],
            limit=None if self.monthly_limit is None else float(self.monthly_limit),
            limit_text=limit_text,
        )
        names = {
            QuickFilter.ACTIVE: self.tr("Active"),
            QuickFilter.NOT_YET_ACTIVE: self.tr("Not yet active"),
            QuickFilter.EXPIRED: self.tr("Expired"),
            QuickFilter.REFUNDED: self.tr("Refunded"),
        }
        self.share_chart.set_shares(
            [Share(names[quick], count) for quick, count in insight.shares.items()]
        )
        self._show_expiring(insight, locale)
        self.summary_label.setText(self.summary_text(insight, locale))

    def summary_text(self, insight: Insight, locale: QLocale | None = None) -> str:
        """The headline figures as one paragraph."""
        locale = locale or QLocale()
        month = insight.months[-1]
        parts = [
            counted(
                insight.total,
                self.tr("%1 package in the cache."),
                self.tr("%1 packages in the cache."),
                locale.toString(insight.total),
            ),
            arg(self.tr("This month: %1 sold"), locale.toString(month.sold)),
        ]
        spent = ", ".join(money_label(v, code, locale) for code, v in sorted(month.credits.items()))
        if spent:
            parts[-1] += arg(self.tr(" for %1"), spent)
        parts[-1] += "."
        if self.monthly_limit is None:
            parts.append(
                counted(
                    self.refunds_used,
                    self.tr("%1 refund this month (limit unknown)."),
                    self.tr("%1 refunds this month (limit unknown)."),
                    locale.toString(self.refunds_used),
                )
            )
        else:
            parts.append(
                arg(
                    self.tr("%1 of %2 refunds used this month."),
                    locale.toString(self.refunds_used),
                    locale.toString(self.monthly_limit),
                )
            )
        parts.append(
            counted(
                insight.expiring_total,
                self.tr("%1 package expires unused within %2 days."),
                self.tr("%1 packages expire unused within %2 days."),
                locale.toString(insight.expiring_total),
                locale.toString(insight.horizon_days),
            )
        )
        return " ".join(parts)

    def _show_expiring(self, insight: Insight, locale: QLocale) -> None:
        self.expiring.clear()
        title = arg(
            self.tr("Expiring unused within %1 days: %2"),
            locale.toString(insight.horizon_days),
            locale.toString(insight.expiring_total),
        )
        if insight.expiring_total > len(insight.expiring):
            title += arg(
                self.tr(" (the first %1 are listed)"), locale.toString(len(insight.expiring))
            )
        self.expiring_title.setText(title)
        rows = []
        for item in insight.expiring:
            row = QTreeWidgetItem(
                [
                    item.name,
                    fmt.local_time(item.validity_end()),
                    self._refundable_text(item),
                    self._credits_text(item.purchase_price, locale),
                    item.customer_email or item.iccid or "—",
                    item.uid,
                ]
            )
            row.setData(0, UID_ROLE, item.uid)
            row.setToolTip(0, self.tr("Double-click to show it in the history"))
            rows.append(row)
        self.expiring.addTopLevelItems(rows)
        if not rows:
            empty = QTreeWidgetItem([self.tr("No package expires unused in the next days.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.expiring.addTopLevelItem(empty)

    def _refundable_text(self, item: ActivatedItem) -> str:
        if item.status is Status.ACTIVATED:
            return self.tr("No: from stock (support ticket)")
        return self.tr("Yes, if the limit allows")

    def _credits_text(self, money: Money | None, locale: QLocale) -> str:
        return "—" if money is None else money_label(money.amount, money.currency, locale)
