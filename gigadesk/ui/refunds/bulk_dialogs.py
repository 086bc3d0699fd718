"""The bulk refund's dialogs: what will be sent (ticked within the limit) and what happened."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt
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

from gigadesk.domain.items import ActivatedItem
from gigadesk.services.refunds import RefundOutcome, RefundResult
from gigadesk.ui.dashboard.view import money_label
from gigadesk.ui.formatting import local_date
from gigadesk.ui.i18n import arg, counted
from gigadesk.ui.refunds.bulk_plan import BulkPlan
from gigadesk.ui.refunds.flow import outcome_text


def _tree(parent: QWidget, name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setHeaderLabels(headers)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.setAccessibleName(name)
    tree.setMinimumHeight(180)
    return tree


def _fit_to_list(dialog: QDialog, tree: QTreeWidget) -> None:
    """Open `dialog` as wide as its list's columns (within the screen): at its minimum width
    the list scrolled sideways and cut "Not sent: over this month's limit" in German."""
    for column in range(tree.columnCount()):
        tree.resizeColumnToContents(column)
    margins = dialog.contentsMargins()
    chrome = 2 * tree.frameWidth() + tree.verticalScrollBar().sizeHint().width()
    layout = dialog.layout()
    spacing = layout.contentsMargins().left() + layout.contentsMargins().right() if layout else 0
    wanted = tree.header().length() + chrome + spacing + margins.left() + margins.right()
    screen = dialog.screen().availableGeometry().width()
    width = max(dialog.minimumWidth(), min(wanted, int(screen * 0.9)))
    dialog.resize(width, dialog.sizeHint().height())


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
        _fit_to_list(self, self.list)

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
            words = outcome_text(result)  # in the user's language, as for a single refund
            row = QTreeWidgetItem([name, outcome_label(result.outcome), words, result.uid])
            row.setToolTip(2, words)
            self.list.addTopLevelItem(row)
        self.list.setAccessibleDescription(self.summary_label.text())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)
        self.setMinimumSize(620, 320)
        _fit_to_list(self, self.list)


def outcome_label(outcome: RefundOutcome) -> str:
    """A short word for an outcome, in the user's language."""
    texts = {
        RefundOutcome.REFUNDED: QCoreApplication.translate("BulkRefund", "Refunded"),
        RefundOutcome.REFUSED_LOCALLY: QCoreApplication.translate("BulkRefund", "Not sent"),
        RefundOutcome.REFUSED_BY_SERVER: QCoreApplication.translate("BulkRefund", "Refused"),
        RefundOutcome.UNKNOWN: QCoreApplication.translate("BulkRefund", "Unknown"),
    }
    return texts[outcome]
