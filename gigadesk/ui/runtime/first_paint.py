"""Waiting for a window's first paint before the rest of start-up (and logging when it came)."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget

LOG_VARIABLE = "GIGADESK_STARTUP_LOG"  # set (to anything) to print the first paint's time
WAIT_LIMIT_MS = 1000  # a window that is never exposed (started minimised) does not hold us up


class _PaintWatcher(QObject):
    """Ends `loop` when the watched window gets its first paint event."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.painted = False
        self._loop = loop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            # The loop returns once this paint pass (the window and all its children) is done.
            self._loop.quit()
        return False


def wait_for_first_paint(window: QWidget, limit_ms: int = WAIT_LIMIT_MS) -> bool:
    """Run Qt's events until `window` (shown) has painted once, at most `limit_ms`; True
    when it painted."""
    loop = QEventLoop()
    watcher = _PaintWatcher(loop)
    window.installEventFilter(watcher)
    limit = QTimer()
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)
    limit.start(limit_ms)
    try:
        if window.isVisible():
            loop.exec()
    finally:
        limit.stop()
        window.removeEventFilter(watcher)
    return watcher.painted


def log_first_paint(started: float | None, painted: bool) -> None:
    """With GIGADESK_STARTUP_LOG set, say on stderr how long the first paint took."""
    if started is None or not os.environ.get(LOG_VARIABLE) or sys.stderr is None:
        return
    elapsed = (time.perf_counter() - started) * 1000
    what = "first paint" if painted else "no paint yet (gave up waiting)"
    print(f"gigadesk: {what} {elapsed:.1f} ms after start", file=sys.stderr, flush=True)
