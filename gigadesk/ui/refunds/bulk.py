"""Refund the selected packages in one go: plan within the month's limit, confirm, send in turn."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gigadesk.domain.eligibility import assess
from gigadesk.domain.items import ActivatedItem
from gigadesk.services.refunds import RefundOutcome, RefundResult, RefundService
from gigadesk.services.workspace import FAILURES
from gigadesk.ui.dashboard.view import money_label
from gigadesk.ui.detail.verdict_text import reasons_text
from gigadesk.ui.i18n import arg, counted
from gigadesk.ui.runtime.dialogs import run_dialog

log = logging.getLogger(__name__)

MAX_BULK = 500  # more selected rows than this are not judged one by one


@dataclass(frozen=True, slots=True)
class BulkPlan:
    """Which selected packages will be sent, which the limit holds back, which are blocked."""

    to_send: list[ActivatedItem]
    over_limit: list[ActivatedItem]
    blocked: list[tuple[ActivatedItem, str]]
    remaining: int | None  # refunds the month still allows; None when the limit is unknown

    def credits(self) -> dict[str, Decimal]:
        """The credits that come back, per currency, if every refund sent succeeds."""
        total: dict[str, Decimal] = {}
        for item in self.to_send:
            if item.purchase_price is not None:
                money = item.purchase_price
                total[money.currency] = total.get(money.currency, Decimal(0)) + money.amount
        return total


def plan_bulk(
    items: Sequence[ActivatedItem], refunds_used: int, monthly_limit: int | None, now: datetime
) -> BulkPlan:
    """Split `items` (in order, each once) by the refund rules and the month's remaining refunds."""
    remaining = None if monthly_limit is None else max(0, monthly_limit - refunds_used)
    to_send: list[ActivatedItem] = []
    over: list[ActivatedItem] = []
    blocked: list[tuple[ActivatedItem, str]] = []
    seen: set[str] = set()
    for item in items:
        if item.uid in seen:
            continue
        seen.add(item.uid)
        # Judged without the limit: the limit is applied to the whole batch below.
        verdict = assess(item, now, 0, None)
        if not verdict.refundable:
            blocked.append((item, reasons_text(verdict, item)))
        elif remaining is not None and len(to_send) >= remaining:
            over.append(item)
        else:
            to_send.append(item)
    return BulkPlan(to_send, over, blocked, remaining)


def _tree(parent: QWidget, name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setHeaderLabels(headers)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.setAccessibleName(name)
    tree.setMinimumHeight(180)
    return tree


class BulkRefundDialog(QDialog):
    """Lists what will be refunded, the credits, and what the month's limit still allows."""

    def __init__(self, plan: BulkPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        locale = QLocale()
        self.setWindowTitle(self.tr("Refund selected packages"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        count = len(plan.to_send)
        heading = QLabel(
            counted(
                count,
                self.tr("Refund %1 package?"),
                self.tr("Refund %1 packages?"),
                locale.toString(count),
            ),
            self,
        )
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.summary_label = QLabel(self)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.summary_label.setText(self.summary(locale))
        layout.addWidget(self.summary_label)
        self.list = _tree(
            self,
            self.tr("Packages to refund"),
            [self.tr("Package"), self.tr("Credits"), self.tr("Will be"), self.tr("Purchase ID")],
        )
        send = self.tr("Refunded")
        for item in plan.to_send:
            self._add(item, send, locale)
        for item in plan.over_limit:
            self._add(item, self.tr("Not sent: over this month's limit"), locale)
        for item, reason in plan.blocked:
            self._add(item, arg(self.tr("Not sent: %1"), reason), locale)
        self.list.setAccessibleDescription(self.summary_label.text())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(self)
        self.refund_button = QPushButton(arg(self.tr("Refund %1"), locale.toString(count)), self)
        self.refund_button.setAutoDefault(False)
        self.refund_button.setEnabled(count > 0)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.refund_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.setDefault(True)  # Enter never refunds a batch
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumSize(560, 380)

    def summary(self, locale: QLocale) -> str:
        """The sentences above the list."""
        plan = self.plan
        lines = []
        credits = ", ".join(money_label(v, c, locale) for c, v in sorted(plan.credits().items()))
        if credits:
            lines.append(arg(self.tr("%1 in credits go back to your account."), credits))
        if plan.remaining is None:
            lines.append(self.tr("The monthly refund limit is unknown; Gigastore may refuse some."))
        else:
            lines.append(
                counted(
                    plan.remaining,
                    self.tr("This month's limit allows %1 more refund."),
                    self.tr("This month's limit allows %1 more refunds."),
                    locale.toString(plan.remaining),
                )
            )
        if plan.over_limit:
            lines.append(
                counted(
                    len(plan.over_limit),
                    self.tr("%1 refundable package is over the limit and will not be sent."),
                    self.tr("%1 refundable packages are over the limit and will not be sent."),
                    locale.toString(len(plan.over_limit)),
                )
            )
        if plan.blocked:
            lines.append(
                counted(
                    len(plan.blocked),
                    self.tr("%1 selected package cannot be refunded."),
                    self.tr("%1 selected packages cannot be refunded."),
                    locale.toString(len(plan.blocked)),
                )
            )
        lines.append(
            self.tr(
                "The refunds are sent one after another. The customers' eSIM packages stop "
                "working. This cannot be undone."
            )
        )
        return "\n".join(lines)

    def _add(self, item: ActivatedItem, what: str, locale: QLocale) -> None:
        price = item.purchase_price
        credits = "—" if price is None else money_label(price.amount, price.currency, locale)
        row = QTreeWidgetItem([item.name, credits, what, item.uid])
        row.setToolTip(2, what)
        self.list.addTopLevelItem(row)


class BulkResultDialog(QDialog):
    """What happened to each package of a bulk refund."""

    def __init__(self, results: Sequence[RefundResult], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bulk refund results"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        done = sum(result.outcome is RefundOutcome.REFUNDED for result in results)
        locale = QLocale()
        self.summary_label = QLabel(
            counted(
                len(results),
                self.tr("%1 of %2 package was refunded."),
                self.tr("%1 of %2 packages were refunded."),
                locale.toString(done),
                locale.toString(len(results)),
            ),
            self,
        )
        layout.addWidget(self.summary_label)
        self.list = _tree(
            self,
            self.tr("Refund results"),
            [self.tr("Package"), self.tr("Outcome"), self.tr("Details"), self.tr("Purchase ID")],
        )
        for result in results:
            name = result.item.name if result.item is not None else result.uid
            row = QTreeWidgetItem([name, outcome_label(result.outcome), result.message, result.uid])
            row.setToolTip(2, result.message)
            self.list.addTopLevelItem(row)
        self.list.setAccessibleDescription(self.summary_label.text())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)
        self.setMinimumSize(620, 320)


def outcome_label(outcome: RefundOutcome) -> str:
    """A short word for an outcome, in the user's language."""
    texts = {
        RefundOutcome.REFUNDED: QCoreApplication.translate("BulkRefund", "Refunded"),
        RefundOutcome.REFUSED_LOCALLY: QCoreApplication.translate("BulkRefund", "Not sent"),
        RefundOutcome.REFUSED_BY_SERVER: QCoreApplication.translate("BulkRefund", "Refused"),
        RefundOutcome.UNKNOWN: QCoreApplication.translate("BulkRefund", "Unknown"),
    }
    return texts[outcome]


class BulkRefundFlow(QObject):
    """One bulk refund at a time: plan, confirm (opened, awaited), send in turn, report."""

    busy_changed = Signal(bool)
    dialog_opened = Signal(QDialog)
    progress = Signal(int, int)  # done, total
    message = Signal(str)
    finished = Signal(object)  # list[RefundResult], or None when nothing was sent

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self.service: RefundService | None = None
        self.busy = False
        self.dialog: BulkRefundDialog | None = None
        self.result_dialog: BulkResultDialog | None = None
        self._stop = False

    def stop(self) -> None:
        """Send no further refund of the running batch (the one under way completes)."""
        self._stop = True

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)

    async def run(self, items: Sequence[ActivatedItem]) -> list[RefundResult] | None:
        """Confirm and refund the refundable ones of `items`; None when cancelled or busy."""
        service = self.service
        if self.busy or service is None or not items:
            return None
        self._set_busy(True)
        self._stop = False
        results: list[RefundResult] | None = None
        try:
            now = service.clock.now()
            plan = plan_bulk(items, service.refunds_this_month(now), service.monthly_limit, now)
            dialog = BulkRefundDialog(plan, self._window)
            self.dialog = dialog
            self.dialog_opened.emit(dialog)
            try:
                accepted = await run_dialog(dialog) == QDialog.DialogCode.Accepted
            finally:
                self.dialog = None
                dialog.deleteLater()
            if not accepted or not plan.to_send:
                self.message.emit(self.tr("Bulk refund cancelled; nothing was sent."))
                return None
            results = await self._send(service, plan)
            self._show_results(results)
            return results
        finally:
            self._set_busy(False)
            self.finished.emit(results)

    async def _send(self, service: RefundService, plan: BulkPlan) -> list[RefundResult]:
        results: list[RefundResult] = []
        total = len(plan.to_send)
        for number, item in enumerate(plan.to_send):
            if self._stop:
                results.append(self._not_sent(item, self.tr("Stopped before it was sent.")))
                continue
            self.progress.emit(number, total)
            self.message.emit(arg(self.tr("Refunding %1 of %2: %3…"), number + 1, total, item.name))
            try:
                result = await service.refund(item.uid)
            except FAILURES as exc:
                log.warning("bulk refund of %s failed: %s", item.uid, exc)
                text = arg(
                    self.tr("The request failed: %1. Refresh (F5) before trying again."), exc
                )
                result = RefundResult(RefundOutcome.UNKNOWN, item.uid, text, None, item)
            if result.item is None:
                result = RefundResult(
                    result.outcome, result.uid, result.message, result.verdict, item
                )
            results.append(result)
        self.progress.emit(total, total)
        results += [
            self._not_sent(item, self.tr("Over this month's refund limit."))
            for item in plan.over_limit
        ]
        results += [self._not_sent(item, reason) for item, reason in plan.blocked]
        done = sum(r.outcome is RefundOutcome.REFUNDED for r in results)
        self.message.emit(arg(self.tr("Bulk refund: %1 of %2 refunded."), done, len(results)))
        return results

    @staticmethod
    def _not_sent(item: ActivatedItem, reason: str) -> RefundResult:
        return RefundResult(RefundOutcome.REFUSED_LOCALLY, item.uid, reason, None, item)

    def _show_results(self, results: list[RefundResult]) -> None:
        dialog = BulkResultDialog(results, self._window)
        self.result_dialog = dialog
        dialog.destroyed.connect(self._forget_results)
        dialog.open()

    def _forget_results(self) -> None:
        self.result_dialog = None
