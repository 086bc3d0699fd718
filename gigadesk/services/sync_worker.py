"""Parsing a month of items and preparing its cache rows, in worker processes for big months."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import multiprocessing
import os
import pickle
import threading
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime

from gigadesk.api.wire import SkippedItem, parse_items
from gigadesk.store.cache_writes import PreparedItems, prepare_items

log = logging.getLogger(__name__)

# Answers above this size are parsed in a worker process: parsing and preparing a month is
# most of a sync's work, and in a thread it holds the GIL that the GUI thread needs.
PROCESS_THRESHOLD = 256 * 1024
WORKERS = int(os.environ.get("GIGADESK_SYNC_WORKERS", "2"))
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


def _prepare_in_worker(payload: bytes, at: datetime) -> PreparedWindow:
    """`prepare_window` in a worker process, with the cycle collector paused.

    A month is tens of thousands of new objects that all stay alive until the month is
    done, so the collector would scan them again and again for nothing (a sixth of the
    work); none of them form cycles, and what does is collected once the month is over.
    """
    gc.disable()
    try:
        return prepare_window(payload, at)
    finally:
        gc.enable()


class WindowPreparer:
    """Runs `prepare_window`: small answers in a thread, big ones in worker processes.

    The processes are started ('spawn': safe beside Qt's threads, and what a frozen build
    supports through multiprocessing.freeze_support()) at the first big answer, and stop
    with close(). When they cannot run, the work falls back to a thread.
    """

    def __init__(self, threshold: int = PROCESS_THRESHOLD, workers: int = WORKERS) -> None:
        self._threshold = threshold
        self._workers = workers
        self._executor: ProcessPoolExecutor | None = None
        self._broken = False
        self._lock = threading.Lock()
        self._closed = False

    async def prepare(self, payload: bytes, at: datetime) -> PreparedWindow:
        """`prepare_window(payload, at)`, off the event loop."""
        if len(payload) > self._threshold and not self._broken:
            try:
                # Submitted from a thread: the first submit starts the processes (tens of
                # milliseconds each), which would stall the event loop.
                future = await asyncio.to_thread(self._submit, payload, at)
                return await asyncio.wrap_future(future)
            except (BrokenExecutor, OSError) as exc:
                log.warning("sync: worker processes unavailable (%s); parsing in a thread", exc)
                self._broken = True
        return await asyncio.to_thread(prepare_window, payload, at)

    def _submit(self, payload: bytes, at: datetime) -> Future[PreparedWindow]:
        with self._lock:
            if self._closed:
                raise BrokenExecutor("the sync is over")
            if self._executor is None:
                context = multiprocessing.get_context("spawn")
                self._executor = ProcessPoolExecutor(
                    self._workers, mp_context=context, initializer=_lower_priority
                )
            return self._executor.submit(_prepare_in_worker, payload, at)

    def close(self) -> None:
        """Stop the worker processes for good (a month being parsed finishes first; queued
        ones don't start)."""
        with self._lock:
            self._closed = True
            if self._executor is not None:
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = None


def _lower_priority() -> None:
    """In a worker process: give way to the GUI (and the writer) when the CPU is busy, so
    that parsing in the background never makes the window stutter."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(10)
