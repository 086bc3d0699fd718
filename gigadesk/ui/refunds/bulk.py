"""Refund the selected packages in one go: plan within the month's limit, confirm, send in turn."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
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
from gigadesk.ui.formatting import local_date
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
    """Split `items` (each once) by the refund rules and the month's remaining refunds: the
    refundable ones that expire first use the refunds left (the reseller may choose others)."""
    remaining = None if monthly_limit is None else max(0, monthly_limit - refunds_used)
    refundable: list[ActivatedItem] = []
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
        else:
            refundable.append(item)
    # A package that lapses soon loses its value first; the table's order breaks ties.
    refundable.sort(key=lambda item: item.validity_end() or datetime.max.replace(tzinfo=UTC))
    cut = len(refundable) if remaining is None else remaining
    return BulkPlan(refundable[:cut], refundable[cut:], blocked, remaining)


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
        heading = QLabel(self)  # the count of ticked packages (_show_count)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.summary_label = QLabel(self)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.summary_label.setText(self.summary(locale))
        layout.addWidget(self.summary_label)
        self.limit_hint = QLabel(self)  # says why a tick did not stay
        self.limit_hint.setWordWrap(True)
        layout.addWidget(self.limit_hint)
        self.list = _tree(
            self,
            self.tr("Packages to refund"),
            [
                self.tr("Package"),
                self.tr("Credits"),
                self.tr("Expires"),
                self.tr("Will be"),
                self.tr("Purchase ID"),
            ],
        )
        # The refundable packages are ticked within the limit, the soonest expiring first;
        # the reseller may tick others instead, never more than the limit allows.
        self.choices: list[tuple[QTreeWidgetItem, ActivatedItem]] = []
        for item in plan.to_send:
            self._add_choice(item, True, locale)
        for item in plan.over_limit:
            self._add_choice(item, False, locale)
        for item, reason in plan.blocked:
            self._add(item, arg(self.tr("Not sent: %1"), reason), locale)
        self.list.itemChanged.connect(self._choice_changed)
        self.list.setAccessibleDescription(self.summary_label.text())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(self)
        self.refund_button = QPushButton(self)
        self.refund_button.setAutoDefault(False)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.refund_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.setDefault(True)  # Enter never refunds a batch
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumSize(620, 380)
        self._heading = heading
        self._show_count()

    def chosen(self) -> list[ActivatedItem]:
        """The ticked packages, in the list's order (the soonest expiring first)."""
        return [item for row, item in self.choices if row.checkState(0) == Qt.CheckState.Checked]

    def _add_choice(self, item: ActivatedItem, ticked: bool, locale: QLocale) -> None:
        row = self._add(item, "", locale)
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.choices.append((row, item))

    def _choice_changed(self, row: QTreeWidgetItem, column: int) -> None:
        if column != 0 or not any(row is choice for choice, _item in self.choices):
            return
        remaining = self.plan.remaining
        if remaining is not None and len(self.chosen()) > remaining:
            # Over the limit: Gigastore would refuse the extra one; untick it again.
            self.list.blockSignals(True)
            row.setCheckState(0, Qt.CheckState.Unchecked)
            self.list.blockSignals(False)
            self.limit_hint.setText(
                counted(
                    remaining,
                    self.tr("This month's limit allows %1 refund: untick another package first."),
                    self.tr("This month's limit allows %1 refunds: untick another package first."),
                    QLocale().toString(remaining),
                )
            )
        self._show_count()

    def _show_count(self) -> None:
        locale = QLocale()
        count = len(self.chosen())
        self._heading.setText(
            counted(
                count,
                self.tr("Refund %1 package?"),
                self.tr("Refund %1 packages?"),
                locale.toString(count),
            )
        )
        self.refund_button.setText(arg(self.tr("Refund %1"), locale.toString(count)))
        self.refund_button.setEnabled(count > 0)
        sending, left_out = self.tr("Refunded"), self.tr("Not sent: not ticked")
        if self.plan.remaining is not None and count >= self.plan.remaining:
            left_out = self.tr("Not sent: over this month's limit")
        for row, _item in self.choices:
            ticked = row.checkState(0) == Qt.CheckState.Checked
            row.setText(3, sending if ticked else left_out)
            row.setToolTip(3, row.text(3))

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

    def _add(self, item: ActivatedItem, what: str, locale: QLocale) -> QTreeWidgetItem:
        price = item.purchase_price
        credits = "—" if price is None else money_label(price.amount, price.currency, locale)
        expires = local_date(item.validity_end())
        row = QTreeWidgetItem([item.name, credits, expires, what, item.uid])
        row.setToolTip(3, what)
        self.list.addTopLevelItem(row)
        return row


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
                chosen = dialog.chosen()
            finally:
                self.dialog = None
                dialog.deleteLater()
            if not accepted or not chosen:
                self.message.emit(self.tr("Bulk refund cancelled; nothing was sent."))
                return None
            left_out = [item for item in (*plan.to_send, *plan.over_limit) if item not in chosen]
            plan = dataclasses.replace(plan, to_send=chosen, over_limit=left_out)
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
        full = plan.remaining is not None and total >= plan.remaining
        why = self.tr("Over this month's refund limit.") if full else self.tr("Not ticked.")
        results += [self._not_sent(item, why) for item in plan.over_limit]
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
