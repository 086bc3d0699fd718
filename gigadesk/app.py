"""Composition root of the GUI: arguments, QApplication + qasync loop, demo server, shutdown."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

os.environ["QT_API"] = "pyside6"  # qasync must pick PySide6, never another binding

# Only what the first paint needs is imported here: the network stack, qasync, the services,
# the sandbox and the dialogs follow once the window shows the cache (see main below).
from PySide6.QtWidgets import QApplication

from gigadesk.ui.runtime import import_hook

import_hook.install()  # before our other modules: each of their imports is cheaper then

from gigadesk import APP_NAME, __version__  # noqa: E402
from gigadesk.store.paths import AppPaths  # noqa: E402
from gigadesk.ui import icons, theme  # noqa: E402

if TYPE_CHECKING:
    import argparse

    from gigadesk.sandbox.server import SandboxServer
    from gigadesk.ui.runtime.controller import AppController

DEMO_REFUND_LIMIT = 5
SIGNAL_POLL_MS = 250
# What the HTTP stack imports on its first request (PySide6's import hook makes each import
# slower still): loaded ahead, off the GUI thread.
NETWORK_MODULES = ("certifi", "h11", "anyio", "anyio._backends._asyncio", "httpcore")


def preload_network_modules() -> None:
    """Import the HTTP stack's lazily imported modules (missing ones are skipped)."""
    for name in NETWORK_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            continue


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The GUI's command line."""
    import argparse  # here: its gettext import is not worth paying for elsewhere

    parser = argparse.ArgumentParser(
        prog="gigadesk", description="GigaDesk: your Gigastore sales history and refunds."
    )
    parser.add_argument("--version", action="version", version=f"GigaDesk {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="use a built-in demo server (no account needed)"
    )
    parser.add_argument("--data-dir", type=Path, help="keep the cache, settings and logs here")
    parser.add_argument("--base-url", help="the Gigastore API address (overrides the setting)")
    parser.add_argument("--offline", action="store_true", help="never touch the network")
    parser.add_argument(
        "--smoke-test", action="store_true", help="start, load, render, then exit (0 = fine)"
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PATH",
        help="after the first sync, save the window as a PNG at PATH and exit",
    )
    parser.add_argument("--view", choices=("history", "dashboard"), help="the view to show first")
    parser.add_argument(
        "--language", help="the language of the texts (de, es, en; default: settings or system)"
    )
    return parser.parse_args(argv)


DEMO_STATE_FILE = "demo-sandbox.json"


class SandboxDemo:
    """The demo Gigastore: the sandbox on a free loopback port, started when first needed."""

    refund_limit: int | None = DEMO_REFUND_LIMIT

    def __init__(self) -> None:
        self._server: SandboxServer | None = None

    @property
    def client_id(self) -> str:
        """The demo account's Client ID."""
        return str(_sandbox().DEMO_CLIENT_ID)

    @property
    def client_secret(self) -> str:
        """The demo account's secret (never stored anywhere)."""
        return str(_sandbox().DEMO_CLIENT_SECRET)

    def start(self, state_dir: Path) -> str:
        """Serve the demo data (a thread of its own), kept in `state_dir` across restarts
        (a refund in the demo stays refunded); returns the base URL."""
        if self._server is None:
            state_file = state_dir / DEMO_STATE_FILE
            self._server = _sandbox().SandboxServer(
                refund_limit=self.refund_limit, state_file=state_file
            )
        return self._server.start()

    def reset(self, state_dir: Path) -> None:
        """Stop serving and forget the demo's state: the next start makes a fresh history."""
        self.stop()
        self._server = None
        (state_dir / DEMO_STATE_FILE).unlink(missing_ok=True)

    def stop(self) -> None:
        """Stop serving, if it ever started."""
        if self._server is not None:
            self._server.stop()

    def data_dir(self) -> Path:
        """The demo's folder under the platform's data folder."""
        return AppPaths.default().data_dir / "demo"


def settings_dir(args: argparse.Namespace) -> Path | None:
    """The folder whose settings this start reads first (None: the platform's): the demo keeps
    its own (the language chosen in the demo too), as --data-dir does."""
    chosen: Path | None = args.data_dir
    if args.demo and chosen is None:
        return SandboxDemo().data_dir()
    return chosen


def _sandbox() -> ModuleType:
    # Imported on first use: a start without the demo does not pay for the sandbox's modules.
    return importlib.import_module("gigadesk.sandbox.server")


def make_application() -> QApplication:
    """The QApplication with GigaDesk's name, icon and the system's light or dark look."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("gigadesk")
    app.setWindowIcon(icons.app_icon())
    theme.apply_theme(app)
    return app


def main(argv: Sequence[str] | None = None, *, started: float | None = None) -> int:
    """Run the GUI until its window closes; the exit code says how it went.

    `started` is the launcher's perf_counter() at its first line: with GIGADESK_STARTUP_LOG set,
    the time from there to the first paint is printed on stderr."""
    args = parse_args(argv)
    from gigadesk.ui import i18n
    from gigadesk.ui.runtime import qt_compat

    problem = qt_compat.binding_problem()
    if problem:
        return _report_error(problem)
    app = make_application()
    i18n.install_translators(app, args.language or i18n.settings_language(settings_dir(args)))
    from gigadesk.ui.runtime.controller import AppController, LaunchOptions
    from gigadesk.ui.runtime.gc_guard import MainThreadCollector

    options = LaunchOptions(
        demo=args.demo,
        data_dir=args.data_dir,
        base_url=args.base_url,
        offline=args.offline,
        smoke_test=args.smoke_test,
        screenshot=args.screenshot,
        view=args.view,
    )
    controller = AppController(options, SandboxDemo(), preload=preload_network_modules)
    collector = MainThreadCollector()
    collector.start()
    try:
        # The window shows the cache before the rest of the app is even imported.
        if not controller.show_window(started):
            return 1
        return _run(app, controller)
    finally:
        collector.stop()


def _run(app: QApplication, controller: AppController) -> int:
    """After the first paint: the asyncio loop, crash dialog, Ctrl+C; runs until Quit."""
    import signal

    # PySide6 (imported above) before qasync, always: it would prefer another binding.
    import qasync
    from PySide6.QtCore import QTimer

    from gigadesk.ui.runtime.crash_dialog import CrashReporter

    loop = qasync.QEventLoop(app)
    # What nothing else handled shows a dialog with a redacted report, saved in the log folder.
    crash = CrashReporter(controller.log_dir, lambda: controller.window)
    crash.install(loop)
    controller.use_crash_reporter(crash)

    def interrupted(_signum: int, _frame: object) -> None:
        window = controller.window
        if window is not None and window.isVisible():
            window.close()  # saves the layout, then asks for the shutdown
        else:
            controller.request_quit()

    signal.signal(signal.SIGINT, interrupted)
    # Python runs signal handlers only between bytecodes: a short timer gives it the chance.
    poll = QTimer()
    poll.timeout.connect(lambda: None)
    poll.start(SIGNAL_POLL_MS)
    try:
        return int(loop.run_until_complete(controller.run()))
    finally:
        poll.stop()
        crash.uninstall(loop)
        loop.close()


def _report_error(text: str) -> int:
    from gigadesk.ui.runtime.automation import report_error

    return report_error(text)


if __name__ == "__main__":
    raise SystemExit(main())
