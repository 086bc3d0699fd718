"""Refund the selected packages in one go: plan within the month's limit, confirm, send in turn."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from gigadesk.domain.items import ActivatedItem
from gigadesk.services.refunds import RefundOutcome, RefundResult, RefundService
from gigadesk.services.workspace import FAILURES
from gigadesk.ui.failure_text import problem_of
from gigadesk.ui.i18n import arg
from gigadesk.ui.refunds.bulk_dialogs import BulkRefundDialog, BulkResultDialog
from gigadesk.ui.refunds.bulk_plan import BulkPlan, plan_bulk
from gigadesk.ui.runtime.dialogs import run_dialog

__all__ = ["MAX_BULK", "BulkPlan", "BulkRefundFlow", "plan_bulk"]

log = logging.getLogger(__name__)

MAX_BULK = 500  # more selected rows than this are not judged one by one


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
                # The service raises only what stopped the refund before it reached Gigastore
                # (no connection, a rejected token, the journal): nothing was sent. The
                # reason in the user's language; the English words go to the log.
                log.warning("bulk refund of %s failed: %s", item.uid, exc)
                result = self._not_sent(item, problem_of(exc).text)
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
