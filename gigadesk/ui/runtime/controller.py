"""The app's lifetime: opens a session and its window, switches accounts or demo, shuts down."""

from __future__ import annotations

import base64
import binascii
import contextlib
import dataclasses
import logging
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from gigadesk.api.errors import ApiError, Offline, Unauthorized
from gigadesk.services.session import Session, SessionError, SessionOptions
from gigadesk.store.cache import CacheError
from gigadesk.store.paths import PathsError
from gigadesk.store.settings import SettingsError, save_settings
from gigadesk.ui.i18n import arg
from gigadesk.ui.runtime import async_slots
from gigadesk.ui.runtime.backend import Backend
from gigadesk.ui.runtime.log_file import LogFile
from gigadesk.ui.shell.app_window import AppWindow
from gigadesk.ui.shell.connection import Connection

if TYPE_CHECKING:
    import asyncio

    from gigadesk.api.client import GigastoreClient
    from gigadesk.services.refunds import RefundService
    from gigadesk.services.sync import SyncService
    from gigadesk.ui.account.connection_form import AccountValues, TestOutcome
    from gigadesk.ui.account.settings_dialog import SettingsValues
    from gigadesk.ui.runtime.crash_dialog import CrashReporter

# The sync, refund and diagnostics services, the automation and the dialogs are imported where
# they are used: the window's first paint does not wait for them (nor for httpx behind them).

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate

CLOSE_TIMEOUT = 5.0
TEST_TIMEOUT = 15.0
STARTUP_ERRORS = (SessionError, CacheError, PathsError, SettingsError, OSError)


class DemoServer(Protocol):
    """The built-in demo Gigastore (the sandbox), started on demand by the composition root."""

    refund_limit: int | None

    @property
    def client_id(self) -> str:
        """The demo account's Client ID."""
        ...

    @property
    def client_secret(self) -> str:
        """The demo account's secret."""
        ...

    def start(self) -> str:
        """Serve on a free loopback port; returns the base URL."""
        ...

    def stop(self) -> None:
        """Stop serving (prompt, idempotent)."""
        ...

    def data_dir(self) -> Path:
        """The demo's own data folder (kept apart from a real account's)."""
        ...


@dataclass(frozen=True, slots=True)
class LaunchOptions:
    """The command line, as the controller needs it."""

    demo: bool = False
    data_dir: Path | None = None
    base_url: str | None = None
    offline: bool = False
    smoke_test: bool = False
    screenshot: Path | None = None
    view: str | None = None  # "history" or "dashboard": the view shown first


class AppController:
    """Owns the session, cache, client and window; implements the window's AppHooks."""

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
        self.demo = options.demo
        self.demo_server = demo_server
        self.session: Session | None = None
        self.client: GigastoreClient | None = None
        self.window: AppWindow | None = None
        self.exit_code = 0
        self._stack = ExitStack()
        self._quit: asyncio.Event | None = None
        self._log = LogFile()
        self.crash: CrashReporter | None = None  # set by the composition root
        # At start-up the keychain is asked (keyring), and the client and the services (httpx)
        # are made, after the first paint: the account or credentials wait here until then
        # (see attach_services).
        self._deferred: tuple[str, str] | None = None
        self._deferred_lookup: str | None = None

    # --- lifetime -----------------------------------------------------------------------------

    def open_window(self, *, defer_services: bool = False) -> AppWindow:
        """Open the session and show the window from the cache at once.

        `defer_services`: the keychain lookup, the client and the sync and refund services
        are done later, by attach_services (run calls it after the first paint)."""
        if self.window is None:
            self._log.hold()  # the log file is opened after the first paint, by run
        backend = self._open(self.demo, defer_services=defer_services)
        window = AppWindow(backend, self)
        assert self.session is not None
        settings = self.session.settings
        window.restore_state(_decode(settings.window_geometry), _decode(settings.splitter_state))
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
            _fail(f"cannot start: {_words(exc)}")
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
                code = _fail(f"cannot start: {_words(exc)}")
                self._log.release()  # the reason goes to the log file too, when there is one
                return code
        if self._deferred is not None or self._deferred_lookup is not None:
            # Imported off the GUI thread, then made here: the window stays responsive.
            await asyncio.to_thread(_import_services, self._deferred_lookup is not None)
            self.attach_services()
        window.finish_startup()
        self._log.release()
        if self.preload is not None and window.backend.sync is not None:
            await asyncio.to_thread(self.preload)
        window.start_sync()
        if self.options.view is not None:
            window.workspace.show_view(self.options.view)
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

        if self.window is not None:
            self.window.sync_flow.cancel()
            self.window.hide()
        await async_slots.cancel_all(CLOSE_TIMEOUT)
        await self._close_client(self.client)
        self.client = None
        self._stack.close()
        self.demo_server.stop()
        await asyncio.get_running_loop().shutdown_asyncgens()
        self._log.use(None)
        async_slots.set_error_handler(None)
        if self.window is not None:
            # Deleted here, on the GUI thread, not whenever the garbage collector runs.
            self.window.deleteLater()
            QCoreApplication.sendPostedEvents(self.window, QEvent.Type.DeferredDelete.value)
            self.window = None

    async def _close_client(self, client: GigastoreClient | None) -> None:
        if client is None:
            return
        import asyncio

        with contextlib.suppress(TimeoutError, ApiError, OSError):
            await asyncio.wait_for(client.aclose(), CLOSE_TIMEOUT)

    # --- opening a session --------------------------------------------------------------------

    def _session_options(self, demo: bool) -> SessionOptions:
        offline = self.options.offline or (self.options.smoke_test and not demo)
        if demo:
            base_url = None if offline else self.demo_server.start()
            folder = self._demo_folder()
            return SessionOptions(data_dir=folder, base_url=base_url, offline=offline)
        return SessionOptions(
            data_dir=self.options.data_dir, base_url=self.options.base_url, offline=offline
        )

    def _demo_folder(self) -> Path:
        """--demo --data-dir uses that folder; a switch to the demo keeps a real one apart."""
        chosen = self.options.data_dir
        if chosen is None:
            return self.demo_server.data_dir()
        return chosen if self.options.demo else chosen / "demo"

    def attach_services(self) -> None:
        """Make the client and the services that open_window(defer_services=True) left for
        after the first paint, and give them to the window."""
        credentials, self._deferred = self._deferred, None
        lookup, self._deferred_lookup = self._deferred_lookup, None
        window, session = self.window, self.session
        if window is None or session is None:
            return
        backend = window.backend
        if lookup is not None:
            credentials = session.secrets.credentials(session.settings.client_id)
            if credentials is None:
                # No secret after all: the welcome view, as a start without one shows.
                window.configure(
                    dataclasses.replace(backend, account=None, state=Connection.NOT_CONFIGURED)
                )
                return
        if credentials is None:
            return
        client = session.client(credentials)  # checked already by session.check_client
        backend.refunds = _refund_service()(
            client, backend.cache, session.refund_limit, clock=session.clock
        )
        backend.sync = _sync_service()(client, session.paths.cache_file)
        self.client = client
        window.services_attached()

    def _open(
        self,
        demo: bool,
        credentials: tuple[str, str] | None = None,
        *,
        defer_services: bool = False,
    ) -> Backend:
        session = Session.start(self._session_options(demo))
        self._log.use(session.paths.log_dir)
        if demo and session.settings.monthly_refund_limit is None:
            # The demo server's limit is known: show it rather than "limit unknown".
            limit = self.demo_server.refund_limit
            session.settings = dataclasses.replace(session.settings, monthly_refund_limit=limit)
        stack = ExitStack()
        cache = stack.enter_context(session.open_cache())
        if demo:
            credentials = (self.demo_server.client_id, self.demo_server.client_secret)
        lookup: str | None = None
        if not demo and credentials is None and not session.offline:
            # Offline, no secret is needed: the keychain is not even asked. At start-up it is
            # asked after the first paint, which shows the account's history meanwhile.
            lookup = session.keychain_account() if defer_services else None
            if lookup is not None and _refused(session):
                lookup = None  # no client could be made: decided now, as without deferring
            if lookup is None:
                credentials = session.secrets.credentials(session.settings.client_id)
        online = (bool(credentials) or lookup is not None) and not session.offline
        deferred = credentials if online and defer_services else None
        if deferred is not None:
            session.check_client()  # what making the client would refuse, refused now
        client = session.client(credentials) if credentials and online and not deferred else None
        account = credentials[0] if credentials else (lookup or session.settings.client_id or None)
        if online:
            state = Connection.CONNECTING
        else:
            state = Connection.OFFLINE_MODE if session.offline else Connection.NOT_CONFIGURED
        refunds = (
            _refund_service()(client, cache, session.refund_limit, clock=session.clock)
            if client is not None
            else None
        )
        backend = Backend(
            cache=cache,
            cache_path=session.paths.cache_file,
            account=account if account and (online or session.offline) else None,
            sync=_sync_service()(client, session.paths.cache_file) if client else None,
            refunds=refunds,
            monthly_limit=session.refund_limit,
            state=state,
            demo=demo,
            refresh_minutes=session.settings.refresh_minutes,
            # The session's clock at each call: making the client later swaps it for one that
            # knows the server's.
            clock=lambda: session.clock.now(),
            notices=list(session.notices),
            clock_notice=lambda: session.clock.notice(),
            history_view=session.settings.history_view,
        )
        self.session, self.client, self.demo = session, client, demo
        self._deferred, self._deferred_lookup = deferred, lookup
        self._stack.close()
        self._stack = stack
        return backend

    async def _reopen(self, demo: bool, credentials: tuple[str, str] | None = None) -> str | None:
        window = self.window
        assert window is not None
        if window.refund_flow.busy:
            return translate("Controller", "A refund is under way; try again when it has finished.")
        window.sync_flow.cancel()
        await window.sync_flow.wait()
        old_client = self.client
        try:
            backend = self._open(demo, credentials)
        except STARTUP_ERRORS as exc:
            return _words(exc)
        window.configure(backend)
        window.start_sync()
        if old_client is not self.client:
            await self._close_client(old_client)
        return None

    # --- AppHooks -------------------------------------------------------------------------------

    @property
    def secret_note(self) -> str:
        """Where the secret is kept, said plainly."""
        if self.session is None:
            return translate("Controller", "The Client Secret is kept in the system keychain.")
        where = self.session.secrets.where  # the store's own English phrase
        return arg(translate("Controller", "The Client Secret is kept %1."), where)

    def keychain_missing(self) -> bool:
        """True when there is no OS keychain."""
        return self.session is not None and self.session.secrets.keychain() is None

    def secret_stored(self) -> bool:
        """True when a secret is known for the configured account."""
        if self.session is None or self.demo:
            return self.demo
        return self.session.secrets.credentials(self.session.settings.client_id) is not None

    def settings_values(self) -> SettingsValues:
        """The current settings for the dialog."""
        assert self.session is not None
        settings = self.session.settings
        client_id = self.demo_server.client_id if self.demo else settings.client_id
        from gigadesk.ui.account.connection_form import AccountValues
        from gigadesk.ui.account.settings_dialog import SettingsValues

        account = AccountValues(client_id, "", settings.base_url, settings.secret_in_file)
        return SettingsValues(
            account, settings.monthly_refund_limit, settings.refresh_minutes, settings.language
        )

    async def test_connection(self, values: AccountValues) -> TestOutcome:
        """Authenticate with the typed credentials against the typed base URL, saving nothing."""
        from gigadesk.ui.account.connection_form import TestOutcome

        assert self.session is not None
        secret = values.secret or self._stored_secret(values.client_id)
        if not secret:
            return TestOutcome(False, translate("Controller", "Enter the Client Secret."))
        settings = dataclasses.replace(self.session.settings, base_url=values.base_url)
        probe = dataclasses.replace(self.session, settings=settings, offline=False)
        client = probe.client((values.client_id, secret), timeout=TEST_TIMEOUT, max_attempts=1)
        try:
            await client.authenticate()
            version = await client.version()
        except Unauthorized:
            rejected = translate("Controller", "Gigastore rejected this Client ID and secret.")
            return TestOutcome(False, rejected)
        except Offline as exc:
            unreachable = translate("Controller", "Gigastore cannot be reached: %1")
            return TestOutcome(False, arg(unreachable, exc.message))
        except ApiError as exc:
            return TestOutcome(False, exc.message)
        finally:
            await self._close_client(client)
        connected = translate("Controller", "Connected (Gigastore API %1).")
        return TestOutcome(True, arg(connected, version))

    def _stored_secret(self, client_id: str) -> str | None:
        if self.demo and client_id == self.demo_server.client_id:
            return self.demo_server.client_secret
        assert self.session is not None
        found = self.session.secrets.credentials(client_id)
        return found.secret if found else None

    async def connect_account(self, values: AccountValues) -> str | None:
        """Test, then store the credentials and switch the window to the account."""
        outcome = await self.test_connection(values)
        if not outcome.ok:
            return outcome.message
        secret = values.secret or self._stored_secret(values.client_id) or ""
        session = self.session if not self.demo else Session.start(self._session_options(False))
        assert session is not None
        settings = dataclasses.replace(
            session.settings,
            client_id=values.client_id,
            base_url=values.base_url,
            secret_in_file=values.keep_in_file or session.settings.secret_in_file,
        )
        session.secrets.settings = settings
        try:
            session.secrets.set_secret(values.client_id, secret, remember=True)
            save_settings(session.paths, settings)
        except (SettingsError, ValueError) as exc:
            return _words(exc)
        return await self._reopen(False, (values.client_id, secret))

    async def apply_settings(self, values: SettingsValues) -> str | None:
        """Save the dialog's settings; reconnect only when the account changed."""
        session = self.session
        window = self.window
        assert session is not None and window is not None
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
        try:
            save_settings(session.paths, settings)
        except SettingsError as exc:
            return _words(exc)
        session.settings = settings
        window.backend.monthly_limit = values.monthly_refund_limit
        if window.backend.refunds is not None:
            window.backend.refunds.monthly_limit = values.monthly_refund_limit
        window.sync_flow.set_interval(values.refresh_minutes)
        window.reload()
        return None

    async def start_demo(self) -> str | None:
        """Switch to the built-in demo server and its own data folder."""
        return await self._reopen(True)

    def save_window_state(self, geometry: bytes, splitter: bytes) -> None:
        """Remember the window's geometry and splitter (a failure is only logged)."""
        session = self.session
        if session is None:
            return
        session.settings = dataclasses.replace(
            session.settings,
            window_geometry=base64.b64encode(geometry).decode("ascii"),
            splitter_state=base64.b64encode(splitter).decode("ascii"),
            history_view=(
                self.window.workspace.state_text()
                if self.window is not None
                else session.settings.history_view
            ),
        )
        try:
            save_settings(session.paths, session.settings)
        except SettingsError as exc:
            log.warning("the window layout was not saved: %s", exc)


def _decode(text: str) -> bytes | None:
    try:
        return base64.b64decode(text, validate=True) if text else None
    except (binascii.Error, ValueError):
        return None  # a hand-edited value: start with the default layout


def _words(exc: BaseException) -> str:
    return str(getattr(exc, "message", None) or exc or type(exc).__name__)


def _fail(text: str) -> int:
    from gigadesk.ui.runtime import automation

    log.error("%s", text)
    automation.report_error(text)
    return 1


def _import_services(keychain: bool) -> None:
    """Import what attach_services needs (httpx behind the client; keyring when asked)."""
    _refund_service()
    _sync_service()
    import gigadesk.api.client  # noqa: F401

    if keychain:
        import keyring  # noqa: F401


def _refused(session: Session) -> bool:
    """True when the session's settings would make no client (an insecure base URL)."""
    try:
        session.check_client()
    except SessionError:
        return True
    return False


def _refund_service() -> type[RefundService]:
    from gigadesk.services.refunds import RefundService

    return RefundService


def _sync_service() -> type[SyncService]:
    from gigadesk.services.sync import SyncService

    return SyncService
