"""Parsing a month of items and preparing its cache rows, in worker processes for big months."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import pickle
from concurrent.futures import BrokenExecutor, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime

from gigadesk.api.wire import SkippedItem, parse_items
from gigadesk.store.cache_writes import PreparedItems, prepare_items

log = logging.getLogger(__name__)

# Answers above this size are parsed in a worker process: parsing and preparing a month is
# most of a sync's work, and in a thread it holds the GIL that the GUI thread needs.
PROCESS_THRESHOLD = 256 * 1024
# Items per pickled chunk: unpickling one holds the GIL for a few milliseconds only.
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class PreparedWindow:
    """One month's answer, parsed and turned into cache rows."""

    item_count: int
    skipped: list[SkippedItem]
    chunks: list[bytes]  # pickled PreparedItems, in the order of the answer

    def prepared(self) -> PreparedItems:
        """All the chunks as one batch (a uid listed twice: the later copy wins)."""
        by_uid = {}
        changing: set[str] = set()
        for chunk in self.chunks:
            part: PreparedItems = pickle.loads(chunk)
            by_uid.update(part.by_uid)
            changing.difference_update(part.by_uid)
            changing.update(part.open_uids)
        return PreparedItems(by_uid, frozenset(changing))


def prepare_window(payload: bytes, at: datetime) -> PreparedWindow:
    """Parse an items answer and prepare its rows; which items can change is judged at `at`.

    Runs in a worker process (or a thread): it takes and returns only picklable values.
    """
    items, skipped = parse_items(payload)
    chunks = [
        pickle.dumps(prepare_items(items[start : start + _CHUNK], at), pickle.HIGHEST_PROTOCOL)
        for start in range(0, len(items), _CHUNK)
    ]
    return PreparedWindow(len(items), skipped, chunks)


class WindowPreparer:
    """Runs `prepare_window`: small answers in a thread, big ones in worker processes.

    The processes are started ('spawn': safe beside Qt's threads, and what a frozen build
    supports through multiprocessing.freeze_support()) at the first big answer, and stop
    with close(). When they cannot run, the work falls back to a thread.
    """

    def __init__(self, threshold: int = PROCESS_THRESHOLD, workers: int = 2) -> None:
        self._threshold = threshold
        self._workers = workers
        self._executor: ProcessPoolExecutor | None = None
        self._broken = False

    async def prepare(self, payload: bytes, at: datetime) -> PreparedWindow:
        """`prepare_window(payload, at)`, off the event loop."""
        if len(payload) > self._threshold and not self._broken:
            try:
                if self._executor is None:
                    context = multiprocessing.get_context("spawn")
                    self._executor = ProcessPoolExecutor(self._workers, mp_context=context)
                loop = asyncio.get_running_loop()
                return await loop.run_in_executor(self._executor, prepare_window, payload, at)
            except (BrokenExecutor, OSError) as exc:
                log.warning("sync: worker processes unavailable (%s); parsing in a thread", exc)
                self._broken = True
        return await asyncio.to_thread(prepare_window, payload, at)

    def close(self) -> None:
        """Stop the worker processes (a month being parsed finishes first; queued ones don't
        start)."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
