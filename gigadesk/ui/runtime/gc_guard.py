"""Python's cyclic garbage collector, run on the GUI thread only.

The collector normally runs in whichever thread happens to allocate: a sync writer, a row
counter, an asyncio worker. When it frees a cycle that holds a widget or timer there, Qt
destroys that object off its thread ("Timers cannot be stopped from another thread") and
may crash. So automatic collection is switched off and a GUI-thread timer collects instead,
generation by generation, as the allocation counts call for it.

Two things keep each collection short, so that it never stalls the window: the timer checks
often (a young generation collected every tenth of a second holds few objects, even while a
sync allocates quickly on another thread), and what exists at the first tick (modules, the
window and its widgets, which live as long as the app) is frozen out of the collector's sight,
so that a full collection walks only what was made since.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 100


class MainThreadCollector(QObject):
    """Collects garbage from a GUI-thread timer while automatic collection is off."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._frozen = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Switch automatic collection off and collect on the timer instead."""
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Collect once more and give collection back to Python."""
        self._timer.stop()
        if self._frozen:
            gc.unfreeze()  # what was frozen may be garbage by now, as after any other use
            self._frozen = False
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def _tick(self) -> None:
        if not self._frozen:
            # The first tick comes after the window's first paint (the event loop was busy
            # until then): what exists now stays for the app's life.
            self._frozen = True
            gc.freeze()
        self.collect_due()

    def collect_due(self) -> None:
        """Collect the oldest generation whose allocation count passed its threshold."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        for generation in (2, 1, 0):
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return
