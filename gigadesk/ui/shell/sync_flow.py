"""Background sync in the window: one run at a time, progress, cancel, connection state, timer."""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from gigadesk.services.sync import SyncProgress, SyncResult, SyncService
from gigadesk.services.workspace import FAILURES, failure_of
from gigadesk.ui.failure_text import Problem, problem_of
from gigadesk.ui.runtime import async_slots
from gigadesk.ui.shell.connection import Connection

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate

OFFLINE_RETRY_MINUTES = 2


class SyncFlow(QObject):
    """Runs SyncService in a tracked task and turns its outcome into a connection state."""

    state_changed = Signal(object, object)  # Connection, Problem | None (why, when it failed)
    progress = Signal(object)  # SyncProgress
    finished = Signal(object)  # SyncResult
    failed = Signal(object)  # Problem: why the sync stopped, in the user's language
    ended = Signal()  # after every run, whatever its outcome (also when cancelled)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service: SyncService | None = None
        self.state = Connection.NOT_CONFIGURED
        self.problem: Problem | None = None  # why the connection is in its state
        self.last_error: str | None = None  # the last failure's English words (log, smoke test)
        self.runs = 0
        self._task: asyncio.Task[None] | None = None
        self._active = False  # true from start() until just before `ended`
        self._interval_minutes = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)

    def configure(self, service: SyncService | None, state: Connection) -> None:
        """Use `service` from now on (None: no sync possible), starting in `state`."""
        self.service = service
        self._set_state(state, None)
        self._arm_timer()

    @property
    def running(self) -> bool:
        """True while a sync runs."""
        return self._active

    def set_interval(self, minutes: int) -> None:
        """Refresh automatically every `minutes` (0: only on request)."""
        self._interval_minutes = max(0, minutes)
        self._arm_timer()

    def start(self) -> bool:
        """Start a sync unless one runs or none is possible; True when one started."""
        if self.running or self.service is None or self.state is Connection.OFFLINE_MODE:
            return False
        self._active = True
        self._task = async_slots.start(self._run(self.service))
        self._task.add_done_callback(self._task_done)
        return True

    def _task_done(self, _task: asyncio.Task[None]) -> None:
        # A task cancelled before its first step never ran its `finally`.
        if self._active:
            self._active = False
            self.ended.emit()

    def cancel(self) -> None:
        """Stop the running sync; the months already written stay in the cache."""
        if self._task is not None and not self._task.done():
            self._task.cancel()

    async def wait(self) -> None:
        """Wait until the running sync (if any) has ended."""
        task = self._task
        if task is not None and not task.done():
            await asyncio.wait([task])

    async def _run(self, service: SyncService) -> None:
        self.runs += 1
        if self.state in (Connection.NOT_CONFIGURED, Connection.REJECTED):
            self._set_state(Connection.CONNECTING, None)
        try:
            result = await service.run(on_progress=self._on_progress)
        except asyncio.CancelledError:
            self.last_error = "Sync cancelled."
            text = translate("SyncFlow", "Sync cancelled; the months read so far are kept.")
            self.failed.emit(Problem(text))
            raise
        except FAILURES as exc:
            # Rejected, offline, or the server answered just not usefully (still online); a
            # cache failure says nothing of the connection.
            failure = failure_of(exc)
            link = failure.link
            log.warning("sync failed: %s", failure.message)
            self.last_error = failure.message
            problem = problem_of(failure)
            self._set_state(self.state if link is None else link, problem)
            self.failed.emit(problem)
        else:
            self.last_error = None
            self._set_state(Connection.ONLINE, None)
            self.finished.emit(result)
        finally:
            self._active = False
            self._arm_timer()
            self.ended.emit()

    def _on_progress(self, progress: SyncProgress) -> None:
        if progress.windows_done > 0 and self.state is not Connection.ONLINE:
            # A month came back, so Gigastore answers: refunds may be sent again.
            self._set_state(Connection.ONLINE, None)
        self.progress.emit(progress)

    def _set_state(self, state: Connection, problem: Problem | None) -> None:
        if (state, problem) == (self.state, self.problem):
            return
        self.state, self.problem = state, problem
        self.state_changed.emit(state, problem)

    def _arm_timer(self) -> None:
        minutes = self._interval_minutes
        if self.state is Connection.OFFLINE:
            minutes = min(minutes, OFFLINE_RETRY_MINUTES) if minutes else OFFLINE_RETRY_MINUTES
        if self.service is None or minutes <= 0 or self.state is Connection.OFFLINE_MODE:
            self._timer.stop()
            return
        self._timer.start(minutes * 60_000)

    def _tick(self) -> None:
        self.start()


__all__ = ["SyncFlow", "SyncProgress", "SyncResult"]
