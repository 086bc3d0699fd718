"""--screenshot and --smoke-test: drive the started window, then report an exit code."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from gigadesk.services.diagnostics import Check
from gigadesk.ui.shell.app_window import AppWindow

SYNC_WAIT_SECONDS = 120.0
SETTLE_SECONDS = 0.4  # let Qt lay out and paint before grabbing
SCREENSHOT_SIZE = (1280, 800)


def _say(text: str) -> None:
    # A GUI-subsystem build on Windows has no stdout at all.
    if sys.stdout is not None:
        print(text, flush=True)


def report_error(text: str) -> int:
    """Say why on stderr (when there is one); returns the failing exit code."""
    if sys.stderr is not None:
        print(f"gigadesk: {text}", file=sys.stderr, flush=True)
    return 1


async def wait_first_sync(window: AppWindow) -> None:
    """Wait until the first sync has finished or failed (or none can run) and the rows shown
    are counted."""
    flow = window.sync_flow
    try:
        await asyncio.wait_for(flow.wait(), SYNC_WAIT_SECONDS)
    except TimeoutError:
        flow.cancel()
        await flow.wait()
    model = window.model
    if model is not None and not model.count_exact:
        counted = asyncio.Event()

        def arrived(_shown: int, _total: int, exact: bool) -> None:
            if exact:
                counted.set()

        model.counts_changed.connect(arrived)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(counted.wait(), SYNC_WAIT_SECONDS)


async def screenshot(window: AppWindow, path: Path) -> int:
    """After the first sync, select the first row and save the window as a PNG."""
    await wait_first_sync(window)
    window.resize(*SCREENSHOT_SIZE)
    window.select_row(0)
    await asyncio.sleep(SETTLE_SECONDS)
    image = window.grab()
    if image.isNull():
        return report_error("the window could not be rendered")
    if not image.save(str(path), "PNG"):
        return report_error(f"could not write the screenshot to {path}")
    _say(f"screenshot saved to {path}")
    return 0


def translation_check() -> Check | None:
    """In another language than English: GigaDesk's catalogue and Qt's own (standard buttons,
    file dialogs) are both loaded, so a frozen bundle that left one out is caught."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from gigadesk.ui import i18n

    locale = QLocale()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return None
    code = locale.name().split("_")[0]
    loaded = i18n.loaded_catalogues()
    qt_text = QCoreApplication.translate  # by another name: lupdate must not take Qt's text
    cancel = qt_text("QPlatformTheme", "Cancel")  # one of Qt's own texts
    wanted = [f"{i18n.CATALOG}_{code}", f"qtbase_{code}"]
    ok = all(name in loaded for name in wanted) and cancel != "Cancel"
    detail = f"{', '.join(loaded) or 'none loaded'}; Qt's Cancel reads {cancel!r}"
    return Check("translations", ok, detail)


async def smoke_test(window: AppWindow, checks: Sequence[Check], *, sync_must_succeed: bool) -> int:
    """Start, load, render: exit 0, or 1 with the reason on stderr.

    Prints one `smoke: <check> ok|FAILED <detail>` line per self-check and for the window.
    """
    language = translation_check()
    if language is not None:
        checks = [*checks, language]
    for check in checks:
        _say(check.line())
    failed = [check.name for check in checks if not check.ok]
    if failed:
        return report_error(f"smoke test: self-checks failed: {', '.join(failed)}")
    await wait_first_sync(window)
    if sync_must_succeed and window.sync_flow.last_error is not None:
        return report_error(f"smoke test: the sync failed: {window.sync_flow.last_error}")
    model = window.model
    rows = model.rowCount() if model is not None else 0
    window.select_row(0)
    await asyncio.sleep(SETTLE_SECONDS)
    if not window.isVisible():
        return report_error("smoke test: the window is not visible")
    if window.grab().isNull():
        return report_error("smoke test: the window could not be rendered")
    if window.last_error is not None:
        return report_error(f"smoke test: {window.last_error}")
    platform = QGuiApplication.platformName()
    _say(Check("window", True, f"{platform}, {rows} items shown").line())
    return 0
