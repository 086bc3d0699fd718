"""The app's lifetime: opens a session and its window, switches accounts or demo, shuts down."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from gigadesk.services.workspace_open import (
    OPEN_FAILURES,
    DemoServer,
    OpenOptions,
    WorkspaceOpener,
    import_services,
)
from gigadesk.ui.account.secret_place_text import secret_note
from gigadesk.ui.failure_text import Problem, problem_of, start_failure_text
from gigadesk.ui.i18n import QT_TRANSLATE_NOOP
from gigadesk.ui.runtime import async_slots
from gigadesk.ui.runtime.log_file import LogFile
from gigadesk.ui.runtime.window_state import decode, encode
from gigadesk.ui.shell.app_window import AppWindow

if TYPE_CHECKING:
    import asyncio

    from gigadesk.services.doctor import DoctorReport
    from gigadesk.services.session import Session
    from gigadesk.ui.account.connection_form import AccountValues, TestOutcome
    from gigadesk.ui.account.settings_dialog import SettingsValues
    from gigadesk.ui.runtime.crash_dialog import CrashReporter

# The sync, refund and diagnostics services, the automation and the dialogs are imported where
# they are used: the window's first paint does not wait for them (nor for httpx behind them).

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate

STARTUP_ERRORS = OPEN_FAILURES  # said in one line, never as a traceback
_REFUND_BUSY = QT_TRANSLATE_NOOP(
    "Controller", "A refund is under way; try again when it has finished."
)


@dataclass(frozen=True, slots=True)
class LaunchOptions(OpenOptions):
    """The command line, as the controller needs it: how to open the workspace (the opener's
    options), then what to show or run once the window is up."""

    screenshot: Path | None = None
    view: str | None = None  # "history" or "dashboard": the view shown first


class AppController:
    """Owns the window and the log; opens workspaces (through WorkspaceOpener) and implements
    the window's AppHooks."""

    def __init__(
        self,
        options: LaunchOptions,
        demo_server: DemoServer,
        *,
        preload: Callable[[], None] | None = None,
    ) -> None:
        self.options = options
        # Run in a worker thread before the first sync: its one-off imports would otherwise
        # hold up the GUI thread for a few hundred milliseconds.
        self.preload = preload
        self.demo_server = demo_server
        self._log = LogFile()
        self.opener = WorkspaceOpener(
            options, demo_server, on_session=lambda s: self._log.use(s.paths.log_dir)
        )
        self.window: AppWindow | None = None
        self.exit_code = 0
        self._quit: asyncio.Event | None = None
        self.crash: CrashReporter | None = None  # set by the composition root

    @property
    def session(self) -> Session | None:
        """The session of the workspace in use."""
        return self.opener.session

    @property
    def client(self) -> object | None:
        """The Gigastore client of the workspace in use (None offline or until made)."""
        return self.opener.client

    @property
    def demo(self) -> bool:
        """True while the built-in demo server is the account."""
        return self.opener.demo

    # --- lifetime -----------------------------------------------------------------------------

    def open_window(self, *, defer_services: bool = False) -> AppWindow:
        """Open the session and show the window from the cache at once.

        `defer_services`: the keychain lookup, the client and the sync and refund services
        are done later, by attach_services (run calls it after the first paint)."""
        if self.window is None:
            self._log.hold()  # the log file is opened after the first paint, by run
        workspace = self.opener.open(self.demo, defer_services=defer_services)
        window = AppWindow(workspace, self)
        assert self.session is not None
        settings = self.session.settings
        window.restore_state(decode(settings.window_geometry), decode(settings.splitter_state))
        window.show()
        self.window = window
        self._hook_crash_reporter()
        return window

    def show_window(self, started: float | None = None) -> bool:
        """Open the window and wait for its first paint, before the rest of start-up is even
        imported; False (the reason said) when it cannot open. `run` then carries on."""
        try:
            window = self.open_window(defer_services=True)
        except STARTUP_ERRORS as exc:
            _fail(start_failure_text(exc))
            self._log.release()  # the reason goes to the log file too, when there is one
            return False
        from gigadesk.ui.runtime import first_paint  # with QEvent, whose 180 enum members cost 3 ms

        first_paint.log_first_paint(started, first_paint.wait_for_first_paint(window))
        return True

    def use_crash_reporter(self, crash: CrashReporter) -> None:
        """Report what nothing else handled through `crash` (set by the composition root)."""
        self.crash = crash
        self._hook_crash_reporter()

    def _hook_crash_reporter(self) -> None:
        window, crash = self.window, self.crash
        if window is not None and crash is not None:
            # A slot coroutine's unexpected failure gets the crash dialog and a saved report.
            crash.on_report = lambda text: setattr(window, "last_error", text)
            async_slots.set_error_handler(crash.report_error)

    def log_dir(self) -> Path | None:
        """The log folder of the session in use (crash reports go there too)."""
        return self.session.paths.log_dir if self.session is not None else None

    async def run(self) -> int:
        """Show the window, sync in the background, wait for Quit, shut down in order."""
        import asyncio

        self._quit = asyncio.Event()
        # Closing the window runs the ordered shutdown below, which then ends the loop; Qt
        # must not end it first when the last window closes.
        QGuiApplication.setQuitOnLastWindowClosed(False)
        window = self.window  # shown already by show_window, when the app started that way
        if window is None:
            try:
                window = self.open_window()
            except STARTUP_ERRORS as exc:
                code = _fail(start_failure_text(exc))
                self._log.release()  # the reason goes to the log file too, when there is one
                return code
        if self.opener.deferred:
            # Imported off the GUI thread, then made here: the window stays responsive.
            await asyncio.to_thread(import_services, self.opener.needs_keychain)
            self.attach_services()
        window.finish_startup()
        self._log.release()
        if self.preload is not None and window.workspace.sync is not None:
            await asyncio.to_thread(self.preload)
        window.start_sync()
        if self.options.view is not None:
            window.views.switch.show_view(self.options.view)
        from gigadesk.ui.runtime import automation

        if self.options.screenshot is not None:
            async_slots.start(self._finish(automation.screenshot(window, self.options.screenshot)))
        elif self.options.smoke_test:
            from gigadesk.services import diagnostics

            assert self.session is not None
            folder = self.session.paths.data_dir
            checks = await asyncio.to_thread(diagnostics.run_checks, folder)
            check = automation.smoke_test(window, checks, sync_must_succeed=self.demo)
            async_slots.start(self._finish(check))
        await self._quit.wait()
        await self.shutdown()
        return self.exit_code

    async def _finish(self, check: object) -> None:
        import asyncio

        assert asyncio.iscoroutine(check)
        self.exit_code = await check
        if self.window is not None:
            self.window.close()
        self.request_quit()

    def request_quit(self) -> None:
        """Ask for the ordered shutdown (the window was closed, Quit chosen or Ctrl+C)."""
        if self._quit is not None:
            self._quit.set()

    async def shutdown(self) -> None:
        """Cancel tasks, close the client, the cache and the demo server: never hangs."""
        import asyncio

        from PySide6.QtCore import QEvent

        from gigadesk.services.workspace_open import CLOSE_TIMEOUT

        if self.window is not None:
            self.window.sync_flow.cancel()
            self.window.hide()
        await async_slots.cancel_all(CLOSE_TIMEOUT)
        client, self.opener.client = self.opener.client, None
        await self.opener.aclose_client(client)
        self.opener.close()
        self.demo_server.stop()
        await asyncio.get_running_loop().shutdown_asyncgens()
        self._log.use(None)
        async_slots.set_error_handler(None)
        if self.window is not None:
            # Deleted here, on the GUI thread, not whenever the garbage collector runs.
            self.window.deleteLater()
            QCoreApplication.sendPostedEvents(self.window, QEvent.Type.DeferredDelete.value)
            self.window = None

    def attach_services(self) -> None:
        """Make the client and the services that open_window(defer_services=True) left for
        after the first paint, and give them to the window."""
        window = self.window
        if window is None:
            return
        attached = self.opener.attach_services(window.workspace)
        if attached is False:
            # No secret after all: the welcome view, as a start without one shows.
            window.configure(window.workspace)
        elif attached:
            window.services_attached()

    async def _reopen(self, demo: bool, account: tuple[str, str] | None = None) -> Problem | None:
        window = self.window
        assert window is not None
        if window.refund_flow.busy:
            return Problem(translate("Controller", _REFUND_BUSY))
        window.sync_flow.cancel()
        await window.sync_flow.wait()
        old_client = self.opener.client
        try:
            workspace = self.opener.open(demo, account)
        except STARTUP_ERRORS as exc:
            return problem_of(exc)
        window.configure(workspace)
        window.start_sync()
        if old_client is not self.opener.client:
            await self.opener.aclose_client(old_client)
        return None

    # --- AppHooks -------------------------------------------------------------------------------

    @property
    def secret_note(self) -> str:
        """Where the secret is kept, said plainly."""
        return secret_note(self.opener.secret_place())

    def keychain_missing(self) -> bool:
        """True when there is no OS keychain."""
        return self.opener.keychain_missing()

    def secret_stored(self) -> bool:
        """True when a secret is known for the configured account."""
        return self.opener.secret_stored()

    def settings_values(self) -> SettingsValues:
        """The current settings for the dialog."""
        assert self.session is not None
        settings = self.session.settings
        client_id = self.demo_server.client_id if self.demo else settings.client_id
        from gigadesk.ui.account.connection_form import AccountValues
        from gigadesk.ui.account.settings_dialog import SettingsValues

        account = AccountValues(client_id, "", settings.base_url, settings.secret_in_file)
        learned = self.session.server_profile().profile
        limit, minutes = settings.monthly_refund_limit, settings.refresh_minutes
        return SettingsValues(account, limit, minutes, settings.language, learned)

    async def check_connection(self) -> DoctorReport | None:
        """Help > Check the Connection (safe requests only): the report (None: no account)."""
        return await self.opener.check_connection()

    def forget_learned(self) -> None:
        """Forget what was learned of the configured server."""
        self.opener.forget_learned()

    async def test_connection(self, values: AccountValues) -> TestOutcome:
        """Authenticate with the typed credentials against the typed base URL, saving nothing."""
        from gigadesk.ui.account.connection_form import test_outcome

        check = await self.opener.test_connection(values.client_id, values.secret, values.base_url)
        return test_outcome(check)

    async def connect_account(self, values: AccountValues) -> Problem | None:
        """Test, then store the credentials and switch the window to the account."""
        outcome = await self.test_connection(values)
        if not outcome.ok:
            return Problem(outcome.message, outcome.details)
        secret = values.secret or self.opener.stored_secret(values.client_id) or ""
        failure = self.opener.store_account(
            values.client_id, secret, values.base_url, values.keep_in_file
        )
        if failure is not None:
            return problem_of(failure)
        return await self._reopen(False, (values.client_id, secret))

    async def apply_settings(self, values: SettingsValues) -> Problem | None:
        """Save the dialog's settings; reconnect only when the account changed."""
        window = self.window
        assert self.session is not None and window is not None
        account, current = values.account, self.settings_values().account
        changed = account.client_id != current.client_id or bool(account.secret)
        if not self.demo:
            changed = changed or account.base_url != current.base_url
            changed = changed or account.keep_in_file != current.keep_in_file
        if changed:
            problem = await self.connect_account(account)
            if problem:
                return problem
        session = self.session
        assert session is not None
        settings = dataclasses.replace(
            session.settings,
            monthly_refund_limit=values.monthly_refund_limit,
            refresh_minutes=values.refresh_minutes,
            language=values.language,  # takes effect at the next start
        )
        failure = self.opener.save_settings(settings)
        if failure is not None:
            return problem_of(failure)
        window.workspace.set_monthly_limit(values.monthly_refund_limit)
        window.sync_flow.set_interval(values.refresh_minutes)
        window.reload()
        return None

    async def start_demo(self) -> Problem | None:
        """Switch to the built-in demo server and its own data folder."""
        return await self._reopen(True)

    async def reset_demo(self) -> Problem | None:
        """Help > Reset demo: a fresh demo history, its refunds forgotten (asked first)."""
        window = self.window
        if window is None or not self.demo:
            return None
        if window.refund_flow.busy:
            return Problem(translate("Controller", _REFUND_BUSY))
        window.sync_flow.cancel()
        await window.sync_flow.wait()
        try:
            self.opener.reset_demo(window.workspace)
        except STARTUP_ERRORS as exc:
            return problem_of(exc)
        return await self._reopen(True)

    def save_window_state(self, geometry: bytes, splitter: bytes) -> None:
        """Remember the window's geometry and splitter (a failure is only logged)."""
        session = self.session
        if session is None:
            return
        window = self.window
        view = window.saved_view_text() if window is not None else session.settings.history_view
        settings = dataclasses.replace(
            session.settings,
            window_geometry=encode(geometry),
            splitter_state=encode(splitter),
            history_view=view,
        )
        session.settings = settings
        failure = self.opener.save_settings(settings)
        if failure is not None:
            log.warning("the window layout was not saved: %s", failure.message)


def _fail(text: str) -> int:
    from gigadesk.ui.runtime import automation

    log.error("%s", text)
    automation.report_error(text)
    return 1
