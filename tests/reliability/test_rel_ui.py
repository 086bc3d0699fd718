"""The window under hostile data, a skewed clock and an unexpected error (offscreen Qt)."""

from __future__ import annotations

import asyncio
import dataclasses
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel  # PySide6 before qasync, always
from pytestqt.qtbot import QtBot

from gigadesk import logs
from gigadesk.api.wire import parse_item
from gigadesk.domain.eligibility import assess
from gigadesk.sandbox import demo_data
from gigadesk.ui.account.connection_form import AccountValues, check_values
from gigadesk.ui.detail.pane import DetailPane
from gigadesk.ui.refunds.dialog import RefundDialog
from gigadesk.ui.runtime import async_slots
from gigadesk.ui.runtime.crash_dialog import CrashReporter
from gigadesk.ui.shell.status_bar import StatusBar

# The offscreen platform's harmless note when a top-level window is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HTML = "<b>Bold</b><img src='x'> \u202eevil"
NOW = datetime(2026, 9, 20, 12, tzinfo=UTC)


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    event_loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    event_loop.run_until_complete(async_slots.cancel_all())
    async_slots.set_error_handler(None)
    event_loop.close()
    asyncio.set_event_loop(None)


def _hostile_item() -> object:
    obj = demo_data.generate(5, now=NOW, seed=2)[0]
    obj["balance"]["name"] = HTML
    obj["metatag"] = HTML
    obj["customer"] = {"uid": HTML, "email": HTML}
    return parse_item(obj)


def test_server_text_is_shown_as_plain_text(qtbot: QtBot) -> None:
    item = _hostile_item()
    pane = DetailPane(QAction("Refund"))
    qtbot.addWidget(pane)
    verdict = assess(item, NOW, 0, 5)  # type: ignore[arg-type]
    pane.show_item(item, verdict, now=NOW)  # type: ignore[arg-type]
    showing = [label for label in pane.findChildren(QLabel) if "<b>Bold</b>" in label.text()]
    assert showing, "the hostile name is shown somewhere"
    for label in showing:
        assert label.textFormat() is Qt.TextFormat.PlainText, label.text()
    dialog = RefundDialog(item, verdict)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    for label in dialog.findChildren(QLabel):
        if "<b>" in label.text():
            assert label.textFormat() is Qt.TextFormat.PlainText


def test_the_settings_form_refuses_plain_http_to_another_machine() -> None:
    values = AccountValues("id", "secret", "http://api.giga.store", False)
    assert "unencrypted" in (check_values(values, secret_required=True) or "")
    local = dataclasses.replace(values, base_url="http://127.0.0.1:8765")
    assert check_values(local, secret_required=True) is None


def test_the_status_bar_says_when_the_servers_clock_judges(qtbot: QtBot) -> None:
    bar = StatusBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.set_clock_notice("This computer's clock is about 180 minutes behind Gigastore's")
    assert bar.clock_label.isVisible() and "180 minutes" in bar.clock_label.toolTip()
    bar.set_clock_notice(None)
    assert not bar.clock_label.isVisible()


def test_unexpected_errors_show_a_redacted_copyable_report(
    qtbot: QtBot, loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    secret = "never-Show-This-4412"
    logs.hide(secret)
    reporter = CrashReporter(lambda: tmp_path)
    reporter.install(loop)
    seen: list[str] = []
    reporter.on_report = seen.append
    try:
        # sys.excepthook: what Qt calls for an exception in a slot or event handler.
        try:
            raise ValueError(f"hook {secret}")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)

        # The asyncio loop's handler: a callback that raised.
        def broken() -> None:
            raise KeyError(f"loop {secret}")

        loop.call_soon(broken)
        loop.run_until_complete(asyncio.sleep(0.05))
        # The async_slots error path: a slot coroutine that failed.
        async_slots.set_error_handler(reporter.report_error)

        async def failing() -> None:
            raise RuntimeError(f"slot {secret}")

        task = async_slots.start(failing())
        loop.run_until_complete(asyncio.wait([task]))
    finally:
        reporter.uninstall(loop)
    assert len(reporter.dialogs) == 3 and len(reporter.reports) == 3
    for dialog, word in zip(reporter.dialogs, ("hook", "loop", "slot"), strict=True):
        assert dialog.isVisible() and word in dialog.report and secret not in dialog.report
        dialog.copy_report()
        assert QApplication.clipboard().text() == dialog.report
        assert dialog.copy_button.text() == "Copied"  # the shared report dialog says so
    for path in reporter.reports:
        assert path.parent == tmp_path and secret not in path.read_text()
    assert len(seen) == 3 and all(secret not in text for text in seen)
    for dialog in list(reporter.dialogs):
        dialog.close()
