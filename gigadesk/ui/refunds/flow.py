"""The refund use case in the window: check, confirm, refund once, tell the outcome."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from gigadesk.domain.eligibility import Verdict
from gigadesk.domain.items import ActivatedItem
from gigadesk.services.refunds import RefundOutcome, RefundResult, RefundService
from gigadesk.services.workspace import FAILURES
from gigadesk.ui import formatting as fmt
from gigadesk.ui.detail.verdict_text import reasons_text
from gigadesk.ui.failure_text import problem_of
from gigadesk.ui.i18n import arg
from gigadesk.ui.runtime.dialogs import run_dialog, show_message
from gigadesk.ui.shell.connection import Connection, refund_blocker

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from gigadesk.ui.refunds.dialog import RefundDialog

# The confirmation dialog and the message boxes are imported when a refund is asked for: their
# classes' enums are not built before the window's first paint.

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate


def outcome_title(outcome: RefundOutcome) -> str:
    """The heading of the message that reports an outcome."""
    return {
        RefundOutcome.REFUNDED: translate("RefundFlow", "Refunded"),
        RefundOutcome.REFUSED_LOCALLY: translate("RefundFlow", "Not refundable"),
        RefundOutcome.REFUSED_BY_SERVER: translate("RefundFlow", "Gigastore refused the refund"),
        RefundOutcome.UNKNOWN: translate("RefundFlow", "Refund outcome unknown"),
    }[outcome]


def outcome_text(result: RefundResult) -> str:
    """A full sentence for the reseller, with what the read-back found when it matters."""
    if result.outcome is RefundOutcome.REFUSED_BY_SERVER:
        text = arg(translate("RefundFlow", "Gigastore refused the refund: “%1”"), result.message)
    elif result.outcome is RefundOutcome.REFUSED_LOCALLY:
        verdict, item = result.verdict, result.item
        why = result.message
        if verdict is not None and item is not None and verdict.reasons:
            why = reasons_text(verdict, item)  # the rules' reasons in the user's language
        text = arg(translate("RefundFlow", "Not sent: %1"), why)
    elif result.outcome is RefundOutcome.REFUNDED and result.item is not None:
        # In the user's language (the service's own sentence is English, for the log).
        item = result.item
        text = arg(translate("RefundFlow", "Refunded %1 (%2)."), item.name, item.uid)
        if item.purchase_price is not None:
            credits = translate("RefundFlow", "%1 in credits go back to your account.")
            text += " " + arg(credits, fmt.money_text(item.purchase_price))
    elif result.outcome is RefundOutcome.UNKNOWN and result.item is not None:
        # The service's own words (what failed, when) are English: the message box shows them
        # as its details; the sentence a reseller acts on is in their language.
        text = arg(
            translate(
                "RefundFlow",
                "It is not known whether the refund of %1 (%2) went through: Gigastore's "
                "answer did not arrive or could not be read. GigaDesk sends it again only "
                "when you say so: check it with Check… in the banner, or choose Refund on "
                "this package once more.",
            ),
            result.item.name,
            result.uid,
        )
    elif result.outcome is RefundOutcome.REFUNDED:
        text = arg(translate("RefundFlow", "Refunded %1."), result.uid)  # not in the cache
    else:  # not known, for a package the cache does not hold
        text = arg(
            translate(
                "RefundFlow",
                "It is not known whether the refund of %1 went through. GigaDesk sends it "
                "again only when you say so: check it with Check… in the banner.",
            ),
            result.uid,
        )
    if result.outcome is RefundOutcome.UNKNOWN and result.item is not None:
        status = fmt.status_text(result.item.status)
        text += "\n" + arg(translate("RefundFlow", "Read back: status %1."), status)
    return text


def refund_action_state(
    item: ActivatedItem | None,
    verdict: Verdict | None,
    *,
    busy: bool,
    connection: Connection,
    has_service: bool,
) -> tuple[bool, str]:
    """Whether Refund can be used now, and its tooltip: what it does, or why it cannot."""
    blocker: str | None
    if busy:
        blocker = translate("RefundFlow", "A refund is under way.")
    elif item is None or verdict is None:
        blocker = translate("RefundFlow", "Select a sale to refund it.")
    elif not verdict.refundable:
        blocker = reasons_text(verdict, item)
    else:
        blocker = refund_blocker(connection)
        if blocker is None and not has_service:
            blocker = translate(
                "RefundFlow", "Refunds need a Gigastore account: connect it in Settings."
            )
    if blocker is not None or item is None:
        return False, arg(translate("RefundFlow", "Cannot refund: %1"), blocker)
    if item.purchase_price:
        price = fmt.money_text(item.purchase_price)
        text = translate("RefundFlow", "Refund %1: %2 in credits come back (Ctrl+Shift+R)")
        return True, arg(text, item.name, price)
    return True, arg(translate("RefundFlow", "Refund %1 (Ctrl+Shift+R)"), item.name)


class RefundFlow(QObject):
    """Runs one refund at a time; `busy` is true from the confirmation to the outcome."""

    busy_changed = Signal(bool)
    dialog_opened = Signal(QDialog)
    message = Signal(str)
    finished = Signal(object)  # the RefundResult, or None when cancelled or failed

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._busy = False
        self.service: RefundService | None = None
        self.dialog: RefundDialog | None = None
        self.last_box: QMessageBox | None = None
        self.question: QMessageBox | None = None  # "send again?" while it is open

    @property
    def busy(self) -> bool:
        """True while a refund is being confirmed or sent."""
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)

    async def run(self, item: ActivatedItem, verdict: Verdict) -> RefundResult | None:
        """Confirm and refund `item`, judged `verdict` by its row (the refund service judges
        once more right before the POST); a second call while one runs does nothing."""
        if self._busy or self.service is None:
            return None
        self._set_busy(True)
        result: RefundResult | None = None
        try:
            result = await self._run(self.service, item, verdict)
        finally:
            self.dialog = None
            self._set_busy(False)
            self.finished.emit(result)
        return result

    async def _run(
        self, service: RefundService, item: ActivatedItem, verdict: Verdict
    ) -> RefundResult | None:
        from PySide6.QtWidgets import QMessageBox

        from gigadesk.ui.refunds.dialog import RefundDialog

        if service.open_attempt(item.uid) is not None:
            # An earlier attempt has no known outcome: read it back first, never send blind.
            return await self._settle(service, item.uid)
        if not verdict.refundable:
            reasons = reasons_text(verdict, item)
            title = translate("RefundFlow", "Not refundable")
            self._box(QMessageBox.Icon.Information, title, reasons)
            return None
        dialog = RefundDialog(item, verdict, self._window)
        self.dialog = dialog
        self.dialog_opened.emit(dialog)
        try:
            accepted = await run_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if not accepted:
            self.message.emit(translate("RefundFlow", "Refund cancelled; nothing was sent."))
            return None
        self.message.emit(arg(translate("RefundFlow", "Refunding %1 (%2)…"), item.name, item.uid))
        try:
            result = await service.refund(item.uid)
        except FAILURES as exc:
            log.warning("refund of %s failed: %s", item.uid, exc)
            # The service raises only before its request left (no connection, a rejected
            # token, the journal not writable): after it, every ending is a result.
            failed = translate(
                "RefundFlow",
                "The refund of %1 was not sent: %2\n"
                "Nothing reached Gigastore; you can try again once this is resolved.",
            )
            title = translate("RefundFlow", "Refund not sent")
            problem = problem_of(exc)
            text = arg(failed, item.uid, problem.text)
            self._box(QMessageBox.Icon.Warning, title, text, problem.details)
            self.message.emit(
                translate("RefundFlow", "Refund not sent; nothing reached Gigastore.")
            )
            return None
        self._report(result)
        return result

    async def settle(self, uid: str) -> RefundResult | None:
        """Check an earlier refund of `uid` whose outcome is unknown: read it back, and when it
        still shows unrefunded, ask before sending it again."""
        if self._busy or self.service is None:
            return None
        self._set_busy(True)
        result: RefundResult | None = None
        try:
            result = await self._settle(self.service, uid)
        finally:
            self.question = None
            self._set_busy(False)
            self.finished.emit(result)
        return result

    async def _settle(self, service: RefundService, uid: str) -> RefundResult | None:
        from PySide6.QtWidgets import QMessageBox

        self.message.emit(arg(translate("RefundFlow", "Checking the earlier refund of %1…"), uid))
        try:
            result = await service.refund(uid)
            if result.resendable and result.attempt is not None:
                text = (
                    outcome_text(result)
                    + "\n\n"
                    + translate(
                        "RefundFlow",
                        "Send the refund again? If the first request went through, Gigastore may "
                        "refund the package twice or refuse it.",
                    )
                )
                buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                box = QMessageBox(
                    QMessageBox.Icon.Warning,
                    outcome_title(result.outcome),
                    text,
                    buttons,
                    self._window,
                )
                box.setTextFormat(Qt.TextFormat.PlainText)
                box.setDefaultButton(QMessageBox.StandardButton.No)
                self.question = box
                self.dialog_opened.emit(box)
                try:
                    answer = await run_dialog(box)
                finally:
                    self.question = None
                    box.deleteLater()
                if answer != QMessageBox.StandardButton.Yes:
                    self.message.emit(translate("RefundFlow", "Nothing was sent again."))
                    return result
                self.message.emit(
                    arg(translate("RefundFlow", "Sending the refund of %1 again…"), uid)
                )
                result = await service.refund(uid, resend_unknown=True)
        except FAILURES as exc:
            log.warning("checking the refund of %s failed: %s", uid, exc)
            # Not "failed": the earlier request may well have gone through.
            title = translate("RefundFlow", "The earlier refund could not be checked")
            problem = problem_of(exc)
            self._box(QMessageBox.Icon.Warning, title, problem.text, problem.details)
            return None
        self._report(result)
        return result

    def _report(self, result: RefundResult) -> None:
        from PySide6.QtWidgets import QMessageBox

        text = outcome_text(result)
        if result.outcome is RefundOutcome.REFUNDED:
            self.message.emit(text)
            return
        icon = (
            QMessageBox.Icon.Information
            if result.outcome is RefundOutcome.REFUSED_LOCALLY
            else QMessageBox.Icon.Warning
        )
        details = result.message if result.outcome is RefundOutcome.UNKNOWN else ""
        self._box(icon, outcome_title(result.outcome), text, details)
        self.message.emit(outcome_title(result.outcome) + ".")

    def _box(self, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> None:
        self.last_box = show_message(self._window, title, text, icon=icon)
        if details:
            self.last_box.setDetailedText(details)  # behind "Show Details…"
        self.last_box.destroyed.connect(self._forget_box)

    def _forget_box(self) -> None:
        self.last_box = None
