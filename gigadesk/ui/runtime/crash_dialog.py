"""Unexpected failures: a dialog with a copyable, redacted report instead of a vanishing app."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from gigadesk import crash_report
from gigadesk.ui.i18n import arg
from gigadesk.ui.runtime.report_dialog import ReportDialog

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


class CrashDialog(ReportDialog):
    """Shows a crash report with Copy and Close; opened, never exec'd."""

    def __init__(self, report: str, saved: Path | None, parent: QWidget | None = None) -> None:
        intro = translate(
            "CrashDialog",
            "Something went wrong inside GigaDesk. Your history and settings are safe. "
            "Please send this report to support (it holds no secret or token).",
        )
        if saved:
            intro += " " + arg(translate("CrashDialog", "It was saved as %1."), saved)
        title = translate("CrashDialog", "GigaDesk met an unexpected error")
        super().__init__(title, intro, report, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


class CrashReporter:
    """Catches what nothing else handled (sys.excepthook, the asyncio loop, slot coroutines),
    saves a redacted report in the log folder and shows it in a CrashDialog."""

    def __init__(
        self,
        log_dir: Callable[[], Path | None],
        parent: Callable[[], QWidget | None] = lambda: None,
    ) -> None:
        self._log_dir = log_dir
        self._parent = parent
        self._previous_hook: ExceptHook | None = None
        self.dialogs: list[CrashDialog] = []
        self.reports: list[Path] = []
        self.on_report: Callable[[str], None] | None = None  # e.g. the window's last error

    def install(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        """Become sys.excepthook, and the loop's exception handler when a loop is given."""
        if self._previous_hook is None:
            self._previous_hook = sys.excepthook
            sys.excepthook = self._excepthook
        if loop is not None:
            loop.set_exception_handler(self._loop_handler)

    def uninstall(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        """Give sys.excepthook (and the loop's handler) back."""
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            self._previous_hook = None
        if loop is not None:
            loop.set_exception_handler(None)

    def report(self, error: BaseException, context: str = "") -> CrashDialog | None:
        """Log and save the report of `error`, then show it (when a GUI runs)."""
        text = crash_report.build(error, context)
        log.error("unexpected error%s:\n%s", f" ({context})" if context else "", text)
        folder = self._log_dir()
        saved = crash_report.write(folder, text) if folder is not None else None
        if saved is not None:
            self.reports.append(saved)
        if self.on_report is not None:
            self.on_report(crash_report.excepthook_text(type(error), error))
        if QGuiApplication.instance() is None:
            crash_report.stderr_line(text)
            return None
        dialog = CrashDialog(text, saved, self._parent())
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.dialogs.append(dialog)
        dialog.open()  # never exec(): this may run inside a coroutine or a Qt event handler
        return dialog

    def report_error(self, error: BaseException) -> None:
        """The async_slots error path: a slot coroutine failed and nothing handled it."""
        self._guarded(error, "background task")

    def _forget(self, dialog: CrashDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)

    def _excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            if self._previous_hook is not None:
                self._previous_hook(kind, error, tb)
            return
        self._guarded(error.with_traceback(tb), "unhandled exception")

    def _loop_handler(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if not isinstance(error, Exception):
            loop.default_exception_handler(context)  # a message without an exception
            return
        self._guarded(error, str(context.get("message") or "asyncio"))

    def _guarded(self, error: BaseException, context: str) -> None:
        try:
            self.report(error, context)
        except Exception:  # reporting must never raise from inside a hook
            log.exception("the crash report failed")
