"""The account fields shared by the welcome view and the settings dialog, with Test connection."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from gigadesk.services.workspace import CheckOutcome, ConnectionCheck, base_url_problem
from gigadesk.ui import theme
from gigadesk.ui.failure_text import problem_of, with_details
from gigadesk.ui.i18n import arg
from gigadesk.ui.runtime.async_slots import async_slot

DEFAULT_BASE_URL = "https://api.giga.store"
translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate


@dataclass(frozen=True, slots=True)
class AccountValues:
    """What the user typed: client ID, secret (empty: keep the stored one) and base URL."""

    client_id: str
    secret: str
    base_url: str
    keep_in_file: bool = False  # no keychain: keep the secret in a private file


@dataclass(frozen=True, slots=True)
class TestOutcome:
    """The answer of a connection test, as one sentence."""

    ok: bool
    message: str
    details: str = ""  # a failure's English specifics (the result's tooltip)


ConnectionTester = Callable[[AccountValues], Awaitable[TestOutcome]]


def test_outcome(check: ConnectionCheck) -> TestOutcome:
    """A connection test's outcome (services.workspace) as one sentence for the reseller; a
    failure as ui.failure_text says it, its specifics as details."""
    if check.failure is not None:
        problem = problem_of(check.failure)
        return TestOutcome(False, problem.text, problem.details)
    text = {
        CheckOutcome.CONNECTED: translate("Controller", "Connected (Gigastore API %1)."),
        CheckOutcome.NO_SECRET: translate("Controller", "Enter the Client Secret."),
        CheckOutcome.REJECTED: translate(
            "Controller", "Gigastore rejected this Client ID and secret."
        ),
    }[check.outcome]
    return TestOutcome(check.ok, arg(text, check.detail) if "%1" in text else text)


def check_values(values: AccountValues, *, secret_required: bool) -> str | None:
    """What is missing or wrong in the form, or None when it can be used."""
    if not values.client_id:
        return translate(
            "ConnectionForm", "Enter the Client ID from the reseller portal's API page."
        )
    if secret_required and not values.secret:
        return translate(
            "ConnectionForm", "Enter the Client Secret from the reseller portal's API page."
        )
    return base_url_problem(values.base_url)


class ConnectionForm(QWidget):
    """Client ID, secret and base URL, plus a button that tries them against the server."""

    def __init__(
        self,
        tester: ConnectionTester | None,
        *,
        secret_note: str,
        secret_stored: bool = False,
        offer_file: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tester = tester
        self._secret_stored = secret_stored
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.client_id_edit = QLineEdit(self)
        self.client_id_edit.setPlaceholderText(translate("ConnectionForm", "Client ID"))
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setPlaceholderText(
            translate("ConnectionForm", "unchanged (stored)")
            if secret_stored
            else translate("ConnectionForm", "Client Secret")
        )
        self.base_url_edit = QLineEdit(DEFAULT_BASE_URL, self)
        form.addRow(translate("ConnectionForm", "Client ID:"), self.client_id_edit)
        form.addRow(translate("ConnectionForm", "Client Secret:"), self.secret_edit)
        form.addRow(translate("ConnectionForm", "Base URL:"), self.base_url_edit)
        self.secret_note = QLabel(secret_note, self)
        self.secret_note.setWordWrap(True)
        self.secret_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form.addRow("", self.secret_note)
        self.file_checkbox = QCheckBox(
            translate("ConnectionForm", "Keep the secret in a private file on this computer"),
            self,
        )
        self.file_checkbox.setToolTip(
            translate(
                "ConnectionForm",
                "No keychain was found. Without this, you enter the secret again at each start.",
            )
        )
        self.file_checkbox.setVisible(offer_file)
        form.addRow("", self.file_checkbox)
        row = QHBoxLayout()
        self.test_button = QPushButton(translate("ConnectionForm", "Test connection"), self)
        self.test_button.clicked.connect(self._test)
        self.test_button.setEnabled(tester is not None)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)  # server words, never HTML
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.test_button)
        row.addWidget(self.result_label, 1)
        form.addRow("", row)

    def set_secret_storage(self, note: str, offer_file: bool) -> None:
        """Say where the secret will be kept; offer a private file when there is no keychain."""
        self.secret_note.setText(note)
        self.file_checkbox.setVisible(offer_file)

    def set_values(self, values: AccountValues) -> None:
        """Fill the fields (the secret field stays empty unless given)."""
        self.file_checkbox.setChecked(values.keep_in_file)
        self.client_id_edit.setText(values.client_id)
        self.secret_edit.setText(values.secret)
        self.base_url_edit.setText(values.base_url or DEFAULT_BASE_URL)

    def values(self) -> AccountValues:
        """The fields as typed, trimmed."""
        return AccountValues(
            self.client_id_edit.text().strip(),
            self.secret_edit.text().strip(),
            self.base_url_edit.text().strip().rstrip("/"),
            not self.file_checkbox.isHidden() and self.file_checkbox.isChecked(),
        )

    def problem(self) -> str | None:
        """What must be fixed before the values can be saved."""
        return check_values(self.values(), secret_required=not self._secret_stored)

    def show_result(self, ok: bool, message: str, details: str = "") -> None:
        """Show a test or validation result under the fields (`details`: its tooltip)."""
        color = theme.colors().ok if ok else theme.colors().bad
        self.result_label.setStyleSheet(f"color: {color};")
        self.result_label.setText(message)
        self.result_label.setToolTip(with_details(message, details) if details else "")

    @async_slot
    async def _test(self) -> None:
        if self._tester is None:
            return
        problem = self.problem()
        if problem:
            self.show_result(False, problem)
            return
        self.test_button.setEnabled(False)
        self.result_label.setStyleSheet("")
        self.result_label.setText(translate("ConnectionForm", "Testing…"))
        try:
            outcome = await self._tester(self.values())
        finally:
            self.test_button.setEnabled(True)
        self.show_result(outcome.ok, outcome.message, outcome.details)
