"""Account commands of the window: connect (first run), try the demo, edit the settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QStatusBar, QWidget

from gigadesk import __version__
from gigadesk.ui.account.connection_form import AccountValues
from gigadesk.ui.account.settings_dialog import SettingsDialog
from gigadesk.ui.account.welcome import WelcomeView
from gigadesk.ui.i18n import arg
from gigadesk.ui.runtime.app_hooks import AppHooks
from gigadesk.ui.runtime.async_slots import async_slot
from gigadesk.ui.runtime.dialogs import run_dialog, show_message

if TYPE_CHECKING:
    from gigadesk.ui.account.connection_check import ConnectionCheckDialog

_WARNING = QMessageBox.Icon.Warning
translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate


class AccountFlow(QObject):
    """Hands the welcome view's and the settings dialog's requests to the composition root."""

    def __init__(
        self, window: QWidget, welcome: WelcomeView, status: QStatusBar, hooks: AppHooks
    ) -> None:
        super().__init__(window)
        self._window = window
        self._welcome = welcome
        self._status = status
        self._hooks = hooks
        self.settings_dialog: SettingsDialog | None = None
        self.check_dialog: ConnectionCheckDialog | None = None
        self.reset_box: QMessageBox | None = None
        welcome.connect_requested.connect(self.connect_account)
        welcome.demo_requested.connect(self.start_demo)

    @async_slot
    async def connect_account(self, values: AccountValues) -> None:
        """Connect the account typed in the welcome view (tested first by the hooks)."""
        self._welcome.connect_button.setEnabled(False)
        try:
            problem = await self._hooks.connect_account(values)
        finally:
            self._welcome.connect_button.setEnabled(True)
        if problem:
            self._welcome.form.show_result(False, problem.text, problem.details)

    @async_slot
    async def start_demo(self) -> None:
        """Switch to the built-in demo server."""
        self._welcome.demo_button.setEnabled(False)
        try:
            problem = await self._hooks.start_demo()
        finally:
            self._welcome.demo_button.setEnabled(True)
        if problem:
            title = translate("AccountFlow", "Demo not started")
            show_message(self._window, title, problem.text, icon=_WARNING, details=problem.details)

    @async_slot
    async def open_settings(self) -> None:
        """Show the settings dialog (opened, awaited) and apply what was saved."""
        dialog = SettingsDialog(
            self._hooks.settings_values(),
            self._hooks.test_connection,
            secret_note=self._hooks.secret_note,
            secret_stored=self._hooks.secret_stored(),
            offer_file=self._hooks.keychain_missing(),
            forget_learned=self._hooks.forget_learned,
            parent=self._window,
        )
        self.settings_dialog = dialog
        try:
            accepted = await run_dialog(dialog) == QDialog.DialogCode.Accepted
            values = dialog.values()
        finally:
            self.settings_dialog = None
            dialog.deleteLater()
        if not accepted:
            return
        problem = await self._hooks.apply_settings(values)
        if problem:
            title = translate("AccountFlow", "Settings not saved")
            show_message(self._window, title, problem.text, icon=_WARNING, details=problem.details)
        else:
            self._status.showMessage(translate("AccountFlow", "Settings saved."), 5000)

    @async_slot
    async def check_connection(self) -> None:
        """Help > Check the Connection: safe requests only, then the report to copy."""
        from gigadesk.ui.account.connection_check import ConnectionCheckDialog

        self._status.showMessage(translate("AccountFlow", "Checking the connection…"))
        report = await self._hooks.check_connection()
        self._status.clearMessage()
        if report is None:
            title = translate("AccountFlow", "Connection not checked")
            text = translate("Controller", "Connect a Gigastore account first (File > Settings).")
            show_message(self._window, title, text, icon=_WARNING)
            return
        dialog = ConnectionCheckDialog(report, self._window)
        self.check_dialog = dialog
        try:
            await run_dialog(dialog)
        finally:
            self.check_dialog = None
            dialog.deleteLater()

    @async_slot
    async def reset_demo(self) -> None:
        """Help > Reset Demo: asked first, then a fresh demo history (refunds forgotten)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("AccountFlow", "Reset the demo?"),
            translate(
                "AccountFlow",
                "The demo starts over with a fresh sales history: the refunds made in the "
                "demo are forgotten. Your own account is not touched.",
            ),
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        reset = box.addButton(
            translate("AccountFlow", "Reset Demo"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.reset_box = box
        try:
            await run_dialog(box)
            chosen = box.clickedButton() is reset
        finally:
            self.reset_box = None
            box.deleteLater()
        if not chosen:
            return
        problem = await self._hooks.reset_demo()
        if problem:
            title = translate("AccountFlow", "Demo not reset")
            show_message(self._window, title, problem.text, icon=_WARNING, details=problem.details)
        else:
            self._status.showMessage(translate("AccountFlow", "The demo starts over."), 5000)

    def about(self) -> None:
        """A short About box."""
        text = translate(
            "AccountFlow",
            "GigaDesk %1\nSales history, offline browsing and safe refunds for "
            "Gigastore eSIM resellers.",
        )
        title = translate("AccountFlow", "About GigaDesk")
        show_message(self._window, title, arg(text, __version__))
