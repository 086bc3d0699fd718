"""The settings dialog: account, base URL, monthly refund limit and refresh interval."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gigadesk.ui.connection_form import AccountValues, ConnectionForm, ConnectionTester

MAX_LIMIT = 10_000
MAX_INTERVAL = 24 * 60


@dataclass(frozen=True, slots=True)
class SettingsValues:
    """The dialog's result: the account plus the two behaviour settings."""

    account: AccountValues
    monthly_refund_limit: int | None  # None: unknown
    refresh_minutes: int  # 1 or more


class SettingsDialog(QDialog):
    """Edits the settings; opened with open() and awaited, never exec()."""

    def __init__(
        self,
        values: SettingsValues,
        tester: ConnectionTester | None,
        *,
        secret_note: str,
        secret_stored: bool,
        offer_file: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        account = QGroupBox("Gigastore account", self)
        account_layout = QVBoxLayout(account)
        self.form = ConnectionForm(
            tester,
            secret_note=secret_note,
            secret_stored=secret_stored,
            offer_file=offer_file,
            parent=account,
        )
        self.form.set_values(values.account)
        account_layout.addWidget(self.form)
        layout.addWidget(account)

        behaviour = QGroupBox("Refunds and refresh", self)
        form = QFormLayout(behaviour)
        self.limit_spin = QSpinBox(behaviour)
        # The lowest value reads "Unknown": Gigastore does not publish the limit.
        self.limit_spin.setRange(-1, MAX_LIMIT)
        self.limit_spin.setSpecialValueText("Unknown")
        limit = values.monthly_refund_limit
        self.limit_spin.setValue(-1 if limit is None else limit)
        self.limit_spin.setSuffix(" per month")
        form.addRow("Monthly refund limit:", self.limit_spin)
        limit_note = QLabel(
            "Gigastore does not publish the limit. Enter the one your account manager gave "
            "you; GigaDesk then blocks refunds once the month's are used up.",
            behaviour,
        )
        limit_note.setWordWrap(True)
        form.addRow("", limit_note)
        self.interval_spin = QSpinBox(behaviour)
        self.interval_spin.setRange(1, MAX_INTERVAL)
        self.interval_spin.setSuffix(" min")
        self.interval_spin.setValue(values.refresh_minutes)
        form.addRow("Refresh every:", self.interval_spin)
        layout.addWidget(behaviour)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def values(self) -> SettingsValues:
        """The settings as edited."""
        limit = self.limit_spin.value()
        return SettingsValues(
            self.form.values(), limit if limit >= 0 else None, self.interval_spin.value()
        )

    def _save(self) -> None:
        problem = self.form.problem()
        if problem:
            self.form.show_result(False, problem)
            return
        self.accept()
