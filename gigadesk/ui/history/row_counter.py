"""Counts a query's rows on a worker thread, so that a search shows its first rows at once.

Counting every match of a short search in a million items takes SQLite a few hundred
milliseconds; the first page of them takes a few. The table shows that page while the count
runs here, on a thread of its own with its own cache connection (WAL lets it read while the
GUI thread and a sync use theirs).
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, Signal, SignalInstance

from gigadesk.services.workspace import failure_of
from gigadesk.store.cache import Cache, CacheError
from gigadesk.store.query import HistoryQuery

log = logging.getLogger(__name__)


class RowCounter(QObject):
    """Runs the newest count request; older ones still queued are skipped."""

    counted = Signal(int, object, object)  # generation, count, total (None: not asked)
    failed = Signal(int, object)  # generation, services.workspace.Failure

    def __init__(self, cache_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = cache_path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gigadesk-count")
        self._cache: Cache | None = None  # used by the worker thread only
        self._latest = 0
        self._lock = threading.Lock()

    def request(self, generation: int, query: HistoryQuery, *, with_total: bool) -> None:
        """Count `query` (and every item, when asked); the answer comes as `counted`."""
        with self._lock:
            self._latest = generation
        self._executor.submit(self._count, generation, query, with_total)

    def close(self) -> None:
        """Stop counting and close the worker's connection (after a count still running)."""
        with self._lock:
            self._latest = -1
        self._executor.submit(self._close_cache)
        self._executor.shutdown(wait=False, cancel_futures=False)

    def _count(self, generation: int, query: HistoryQuery, with_total: bool) -> None:
        with self._lock:
            if generation != self._latest:
                return  # a newer query came in while this one waited
        try:
            if self._cache is None:
                self._cache = Cache.open(self._path)
            count = self._cache.count(query)
            total = self._cache.total_count() if with_total else None
        except CacheError as exc:
            self._send(self.failed, generation, failure_of(exc))
            return
        except Exception:  # a worker thread must report, never die silently
            log.exception("counting the history failed")
            failed = CacheError("counting the history failed (see the log)")
            self._send(self.failed, generation, failure_of(failed))
            return
        self._send(self.counted, generation, count, total)

    def _send(self, signal: SignalInstance, *args: object) -> None:
        with self._lock:
            if self._latest < 0:
                return  # closed: the model is gone
        try:
            signal.emit(*args)  # queued to the GUI thread
        except RuntimeError:
            log.debug("a count finished after its model was deleted")

    def _close_cache(self) -> None:
        if self._cache is not None:
            self._cache.close()
            self._cache = None
