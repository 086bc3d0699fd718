"""The settings dialog: account, base URL, monthly refund limit, refresh interval, language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gigadesk.store.server_profiles import ServerProfile
from gigadesk.ui.account.connection_form import AccountValues, ConnectionForm, ConnectionTester
from gigadesk.ui.i18n import arg

MAX_LIMIT = 10_000
MAX_INTERVAL = 24 * 60
translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate

# Settings.language codes with their names in their own language ("" follows the system).
LANGUAGE_NAMES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("de", "Deutsch"),
    ("es", "Español"),
)


@dataclass(frozen=True, slots=True)
class SettingsValues:
    """The dialog's result: the account plus the behaviour and language settings."""

    account: AccountValues
    monthly_refund_limit: int | None  # None: unknown
    refresh_minutes: int  # 1 or more
    language: str = ""  # Settings.language: "" follows the system
    learned: ServerProfile | None = None  # what was learned of the server (shown, not edited)


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
        forget_learned: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        account = QGroupBox(translate("SettingsDialog", "Gigastore account"), self)
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

        behaviour = QGroupBox(translate("SettingsDialog", "Refunds and refresh"), self)
        form = QFormLayout(behaviour)
        self.limit_spin = QSpinBox(behaviour)
        # The lowest value reads "Unknown": Gigastore does not publish the limit.
        self.limit_spin.setRange(-1, MAX_LIMIT)
        self.limit_spin.setSpecialValueText(translate("SettingsDialog", "Unknown"))
        limit = values.monthly_refund_limit
        self.limit_spin.setValue(-1 if limit is None else limit)
        self.limit_spin.setSuffix(translate("SettingsDialog", " per month"))
        form.addRow(translate("SettingsDialog", "Monthly refund limit:"), self.limit_spin)
        limit_note = QLabel(
            translate(
                "SettingsDialog",
                "Gigastore does not publish the limit. Enter the one your account manager gave "
                "you; GigaDesk then blocks refunds once the month's are used up.",
            ),
            behaviour,
        )
        limit_note.setWordWrap(True)
        form.addRow("", limit_note)
        self.interval_spin = QSpinBox(behaviour)
        self.interval_spin.setRange(1, MAX_INTERVAL)
        self.interval_spin.setSuffix(translate("SettingsDialog", " min"))
        self.interval_spin.setValue(values.refresh_minutes)
        form.addRow(translate("SettingsDialog", "Refresh every:"), self.interval_spin)
        layout.addWidget(behaviour)
        layout.addWidget(self._language_box(values.language))
        self._forget_learned = forget_learned
        layout.addWidget(self._learned_box(values.learned))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # The wrapped notes need their height at the dialog's width: opened at its minimum
        # height, the dialog squeezed its fields and cut the notes (seen in German on Xvfb).
        width = self.minimumWidth()
        self.resize(width, max(self.sizeHint().height(), layout.totalHeightForWidth(width)))

    def _language_box(self, language: str) -> QGroupBox:
        box = QGroupBox(translate("SettingsDialog", "Language"), self)
        form = QFormLayout(box)
        self.language_combo = QComboBox(box)
        self.language_combo.addItem(translate("SettingsDialog", "System default"), "")
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        # An unknown code from a hand-edited file shows as the system default.
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        form.addRow(translate("SettingsDialog", "Language:"), self.language_combo)
        # Every window is built in one language; switching it live would leave half-old texts.
        note = QLabel(
            translate("SettingsDialog", "A new language applies the next time GigaDesk starts."),
            box,
        )
        note.setWordWrap(True)
        form.addRow("", note)
        return box

    def _learned_box(self, profile: ServerProfile | None) -> QGroupBox:
        box = QGroupBox(translate("SettingsDialog", "Learned from this server"), self)
        form = QFormLayout(box)
        self.learned_labels: list[QLabel] = []
        for label, value in learned_rows(profile):
            shown = QLabel(value, box)
            shown.setWordWrap(True)
            self.learned_labels.append(shown)
            form.addRow(label, shown)
        self.forget_button = QPushButton(
            translate("SettingsDialog", "&Forget What Was Learned"), box
        )
        self.forget_button.setEnabled(
            self._forget_learned is not None and profile is not None and profile.learned_anything()
        )
        self.forget_button.clicked.connect(self._forget)
        form.addRow("", self.forget_button)
        return box

    def _forget(self) -> None:
        if self._forget_learned is None:
            return
        self._forget_learned()
        for shown in self.learned_labels:
            shown.setText(not_learned())
        self.forget_button.setEnabled(False)
        self.forget_button.setText(
            translate("SettingsDialog", "Forgotten: learned again, safely, when next needed")
        )

    def values(self) -> SettingsValues:
        """The settings as edited."""
        limit = self.limit_spin.value()
        return SettingsValues(
            self.form.values(),
            limit if limit >= 0 else None,
            self.interval_spin.value(),
            str(self.language_combo.currentData() or ""),
        )
        # `learned` is shown, never edited: the dialog's result leaves it out.

    def _save(self) -> None:
        problem = self.form.problem()
        if problem:
            self.form.show_result(False, problem)
            return
        self.accept()


def not_learned() -> str:
    """The text of a point not learned yet (translated when called)."""
    return translate("SettingsDialog", "not learned yet")


def learned_rows(profile: ServerProfile | None) -> list[tuple[str, str]]:
    """The learned points as (label, value) rows, in the user's language."""
    unknown = not_learned()
    profile = profile or ServerProfile("")
    route = unknown
    if profile.refund_prefix is not None:
        path = f"{profile.refund_prefix}/activations/activated-items/{{uid}}/refund"
        how = (
            translate("SettingsDialog", "used by a refund")
            if profile.refund_route_source == "refund"
            else translate("SettingsDialog", "found by a safe probe")
        )
        route = f"{path} ({how})"
    dates = {"instant": "2026-10-01T00:00:00Z", "date": "2026-10-01"}.get(
        profile.date_format or "", unknown
    )
    if profile.max_window_days is not None:
        window = arg(translate("SettingsDialog", "%1 days"), str(profile.max_window_days))
    elif profile.month_window_works:
        window = translate("SettingsDialog", "a calendar month")
    else:
        window = unknown
    share = profile.field_shares.get("status")
    status = unknown if share is None else f"{share:.0%}"
    return [
        (translate("SettingsDialog", "Refund route:"), route),
        (translate("SettingsDialog", "Date format:"), dates),
        (translate("SettingsDialog", "Longest window:"), window),
        (translate("SettingsDialog", "Items with a status:"), status),
        (translate("SettingsDialog", "Server version:"), profile.version or unknown),
    ]
