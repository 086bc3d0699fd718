"""The refund confirmation: names the package, the Purchase ID and the credits that come back."""

from __future__ import annotations

from PySide6.QtCore import Qt
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


def credits_text(item: ActivatedItem) -> str:
    """What comes back, as the start of a sentence: the purchase price in credits."""
    if item.purchase_price is None:
        return "The credits paid for it (amount not known)"
    return f"{item.purchase_price} in credits"


class RefundDialog(QDialog):
    """Asks once before a refund; Cancel is the default button, so Enter does not refund."""

    def __init__(self, item: ActivatedItem, verdict: Verdict, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.setWindowTitle("Refund package")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = QLabel(f"Refund “{item.name}”?", self)
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
        lines = [
            f"Purchase ID: {item.uid}",
            f"Sold: {fmt.local_time(item.sales_date)}",
            f"Customer: {fmt.customer_text(item)}",
            "",
            f"{credits_text(item)} go back to your Gigastore account. "
            "The customer's eSIM package stops working. This cannot be undone.",
        ]
        lines += [f"Note: {warning.message}" for warning in verdict.warnings]
        self.body_label.setText("\n".join(lines))
        layout.addWidget(self.body_label)
        buttons = QDialogButtonBox(self)
        self.refund_button = QPushButton(
            "Refund" if item.purchase_price is None else f"Refund {item.purchase_price}", self
        )
        self.refund_button.setAutoDefault(False)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.refund_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
