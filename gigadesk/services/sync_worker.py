"""Parsing a month of items and writing it to the cache, in worker processes for big months."""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import gc
import logging
import multiprocessing
import os
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from gigadesk.api.wire import SkippedItem, parse_items
from gigadesk.domain.items import next_month
from gigadesk.store.cache import Cache
from gigadesk.store.cache_writes import PreparedItems, prepare_items

log = logging.getLogger(__name__)

# Answers above this size are parsed in a worker process: parsing and preparing a month is
# most of a sync's work, and in a thread it holds the GIL that the GUI thread needs.
PROCESS_THRESHOLD = 256 * 1024
WORKERS = int(os.environ.get("GIGADESK_SYNC_WORKERS", "2"))


@dataclass(frozen=True, slots=True)
class PreparedWindow:
    """One month's answer, parsed and turned into cache rows (a uid listed twice: the later
    copy wins)."""

    item_count: int
    skipped: list[SkippedItem]
    items: PreparedItems


def prepare_window(payload: bytes, at: datetime) -> PreparedWindow:
    """Parse an items answer and prepare its rows; which items can change is judged at `at`."""
    items, skipped = parse_items(payload)
    return PreparedWindow(len(items), skipped, prepare_items(items, at))


class WindowSaver:
    """Saves months: big answers parsed and written by worker processes, small ones parsed
    in a thread and written by the caller's writer.

    A worker process parses a month and writes it to the cache in one transaction with a
    connection of its own, so the GUI process neither holds the objects of a month nor
    spends its CPU and GIL writing them: while one worker writes (SQLite lets one writer
    at a time), the other parses the next month. The processes are started ('spawn': safe
    beside Qt's threads, and what a frozen build supports through
    multiprocessing.freeze_support()) at the first big answer, and stop with aclose(). When
    they cannot run, the work falls back to a thread.
    """

    def __init__(
        self,
        cache_path: Path,
        write_in_thread: ThreadWriter,
        threshold: int = PROCESS_THRESHOLD,
        workers: int = WORKERS,
    ) -> None:
        self._cache_path = cache_path
        self._write_in_thread = write_in_thread
        self._threshold = threshold
        self._workers = workers
        self._executor: ProcessPoolExecutor | None = None
        self._broken = False
        self._lock = threading.Lock()
        self._closed = False

    async def save(self, start: datetime, payload: bytes, at: datetime) -> StoredWindow:
        """Parse the answer for the month from `start` and store it, off the event loop."""
        if len(payload) > self._threshold and not self._broken:
            try:
                # Submitted from a thread: the first submit starts the processes (tens of
                # milliseconds each), which would stall the event loop.
                future = await asyncio.to_thread(self._submit, start, payload, at)
                return await asyncio.wrap_future(future)
            except (BrokenExecutor, OSError) as exc:
                # A worker that died mid-month left no trace: its transaction rolled back.
                log.warning("sync: worker processes unavailable (%s); parsing in a thread", exc)
                self._broken = True
        window = await asyncio.to_thread(prepare_window, payload, at)
        await self._write_in_thread(start, window, at)
        return StoredWindow(window.item_count, window.skipped)

    def _submit(self, start: datetime, payload: bytes, at: datetime) -> Future[StoredWindow]:
        with self._lock:
            if self._closed:
                raise BrokenExecutor("the sync is over")
            if self._executor is None:
                context = multiprocessing.get_context("spawn")
                self._executor = ProcessPoolExecutor(
                    self._workers,
                    mp_context=context,
                    initializer=_start_worker,
                    initargs=(context.Lock(),),
                )
            return self._executor.submit(store_window, self._cache_path, start, payload, at)

    async def aclose(self) -> None:
        """Stop the worker processes for good: a month being written is finished, queued
        ones don't start, and this returns once the processes (and their connections to
        the cache) are gone."""
        with self._lock:
            self._closed = True
            executor, self._executor = self._executor, None
        if executor is not None:
            # In a thread, shielded: a second cancellation still lets the processes end.
            await asyncio.shield(asyncio.to_thread(executor.shutdown, True, cancel_futures=True))


ThreadWriter = Callable[[datetime, PreparedWindow, datetime], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class StoredWindow:
    """What saving one month did: the items the server listed, and those it could not read."""

    item_count: int
    skipped: list[SkippedItem]


def store_window(cache_path: Path, start: datetime, payload: bytes, at: datetime) -> StoredWindow:
    """In a worker process: parse the answer for the month from `start` and write it to the
    cache in one transaction (items the server lists but that cannot be read keep their
    cached copies). The cycle collector is paused meanwhile: a month is tens of thousands
    of new objects that all stay alive until it is written, and none of them form cycles."""
    gc.disable()
    try:
        window = prepare_window(payload, at)
        cache = _worker_cache(cache_path)
        # One worker writes at a time anyway (SQLite's lock); waiting on this lock rather than
        # on SQLite's, which polls with sleeps of up to 100 ms, starts the next write at once.
        with _write_lock or contextlib.nullcontext():
            write_window(cache, start, window, at)
        return StoredWindow(window.item_count, window.skipped)
    finally:
        gc.enable()


def write_window(cache: Cache, start: datetime, window: PreparedWindow, at: datetime) -> None:
    """Store the month from `start` as `window` holds it, synced at `at`, in one transaction.

    The uids the server listed but that could not be read keep their cached copies."""
    unread = {item.uid for item in window.skipped if item.uid}
    cache.replace_window(start, next_month(start), (), at, keep=unread, prepared=window.items)


# A worker process's connections, opened at its first month and kept for the next ones.
_worker_caches: dict[Path, Cache] = {}
# Shared by the workers of one sync: held while a month is written.
_write_lock: AbstractContextManager[Any] | None = None


def _worker_cache(path: Path) -> Cache:
    cache = _worker_caches.get(path)
    if cache is None:
        cache = _worker_caches[path] = Cache.open(path)
    return cache


def _close_worker_caches() -> None:
    while _worker_caches:
        _worker_caches.popitem()[1].close()


def _start_worker(write_lock: AbstractContextManager[Any]) -> None:
    """In a new worker process: take the sync's write lock, close the connections when the
    process ends, and give way to the GUI when the CPU is busy."""
    global _write_lock
    _write_lock = write_lock
    atexit.register(_close_worker_caches)
    _lower_priority()


def _lower_priority() -> None:
    """In a worker process: give way to the GUI when the CPU is busy, so that a sync in the
    background never makes the window stutter."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(10)
