"""The refund confirmation: names the package, the Purchase ID and the credits that come back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gigadesk.domain.eligibility import Verdict
from gigadesk.domain.items import ActivatedItem
from gigadesk.ui import formatting as fmt
from gigadesk.ui.detail.verdict_text import warning_texts
from gigadesk.ui.i18n import arg

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate


def credits_text(item: ActivatedItem) -> str:
    """What comes back, as the start of a sentence: the purchase price in credits."""
    if item.purchase_price is None:
        return translate("RefundDialog", "The credits paid for it (amount not known)")
    return arg(translate("RefundDialog", "%1 in credits"), fmt.money_text(item.purchase_price))


class RefundDialog(QDialog):
    """Asks once before a refund; Cancel is the default button, so Enter does not refund."""

    def __init__(self, item: ActivatedItem, verdict: Verdict, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(translate("RefundDialog", "Refund package"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = QLabel(arg(translate("RefundDialog", "Refund “%1”?"), item.name), self)
        heading.setTextFormat(Qt.TextFormat.PlainText)  # the name comes from the server
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        layout.addWidget(heading)
        self.body_label = QLabel(self)
        self.body_label.setTextFormat(Qt.TextFormat.PlainText)
        self.body_label.setWordWrap(True)
        self.body_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        consequence = translate(
            "RefundDialog",
            "%1 go back to your Gigastore account. "
            "The customer's eSIM package stops working. This cannot be undone.",
        )
        lines = [
            arg(translate("RefundDialog", "Purchase ID: %1"), item.uid),
            arg(translate("RefundDialog", "Sold: %1"), fmt.local_time(item.sales_date)),
            arg(translate("RefundDialog", "Customer: %1"), fmt.customer_text(item)),
            "",
            arg(consequence, credits_text(item)),
        ]
        note = translate("RefundDialog", "Note: %1")
        lines += [arg(note, text) for text in warning_texts(verdict, item)]
        self.body_label.setText("\n".join(lines))
        layout.addWidget(self.body_label)
        buttons = QDialogButtonBox(self)
        if item.purchase_price is None:
            refund = translate("RefundDialog", "Refund")
        else:
            price = fmt.money_text(item.purchase_price)
            refund = arg(translate("RefundDialog", "Refund %1"), price)
        self.refund_button = QPushButton(refund, self)
        self.refund_button.setAutoDefault(False)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.refund_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.setDefault(True)
        # Enter presses the default button, Space the focused one: both must cancel. Made
        # first, Refund had the focus, so Space right away sent the refund.
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
