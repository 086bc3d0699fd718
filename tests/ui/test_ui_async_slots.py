"""The async slot decorator and awaiting dialogs: tasks kept, errors reported, no exec()."""

from __future__ import annotations

import asyncio
import gc

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot
from ui_helpers import until

from gigadesk.ui.runtime import async_slots
from gigadesk.ui.runtime.dialogs import run_dialog


class Sender(QObject):
    """Emits a signal with more arguments than the slot takes."""

    fired = Signal(int, str)


class Receiver:
    """A plain object with an async slot."""

    def __init__(self) -> None:
        self.seen: list[int] = []
        self.done = asyncio.Event()

    @async_slots.async_slot
    async def on_fired(self, number: int) -> None:
        gc.collect()  # a task referenced only by the loop would be collected here
        await asyncio.sleep(0.01)
        self.seen.append(number)
        self.done.set()


def test_signal_starts_a_tracked_task_and_drops_extra_arguments(
    loop: asyncio.AbstractEventLoop,
) -> None:
    sender, receiver = Sender(), Receiver()
    sender.fired.connect(receiver.on_fired)

    async def scenario() -> None:
        sender.fired.emit(7, "extra")
        assert len(async_slots.running_tasks()) == 1
        await asyncio.wait_for(receiver.done.wait(), 5)

    loop.run_until_complete(scenario())
    assert receiver.seen == [7]
    assert async_slots.running_tasks() == frozenset()


def test_clicked_starts_a_free_coroutine_function(
    loop: asyncio.AbstractEventLoop, qtbot: QtBot
) -> None:
    clicks: list[str] = []

    @async_slots.async_slot
    async def clicked() -> None:
        await asyncio.sleep(0)
        clicks.append("clicked")

    button = QPushButton("Go")
    qtbot.addWidget(button)
    button.clicked.connect(clicked)

    async def scenario() -> None:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        await until(lambda: clicks == ["clicked"])

    loop.run_until_complete(scenario())


def test_failures_reach_the_error_handler_and_the_log(
    loop: asyncio.AbstractEventLoop, caplog: pytest.LogCaptureFixture
) -> None:
    reported: list[BaseException] = []
    async_slots.set_error_handler(reported.append)

    @async_slots.async_slot
    async def broken() -> None:
        raise ValueError("the cache file is read-only")

    async def scenario() -> None:
        broken()
        await until(lambda: bool(reported))

    loop.run_until_complete(scenario())
    assert [str(error) for error in reported] == ["the cache file is read-only"]
    assert "background task failed" in caplog.text


def test_cancel_all_ends_running_tasks(loop: asyncio.AbstractEventLoop) -> None:
    started = asyncio.Event()
    cancelled: list[bool] = []

    async def forever() -> None:
        started.set()
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            cancelled.append(True)
            raise

    async def scenario() -> None:
        async_slots.start(forever())
        await started.wait()
        await async_slots.cancel_all()

    loop.run_until_complete(scenario())
    assert cancelled == [True]
    assert async_slots.running_tasks() == frozenset()


def test_run_dialog_waits_for_the_result_without_exec(
    loop: asyncio.AbstractEventLoop, qtbot: QtBot
) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)

    async def scenario() -> int:
        waiting = asyncio.ensure_future(run_dialog(dialog))
        await until(dialog.isVisible)
        assert not waiting.done()
        dialog.accept()
        return await waiting

    assert loop.run_until_complete(scenario()) == QDialog.DialogCode.Accepted


def test_a_cancelled_wait_closes_the_dialog(loop: asyncio.AbstractEventLoop, qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)

    async def scenario() -> None:
        waiting = asyncio.ensure_future(run_dialog(dialog))
        await until(dialog.isVisible)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting

    loop.run_until_complete(scenario())
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
