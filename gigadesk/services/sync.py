"""Month-window sync of the sales history into the cache, with progress and cancellation."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from gigadesk.api.client import GigastoreClient, wait_reporter
from gigadesk.api.wire import SkippedItem
from gigadesk.domain.items import month_start, next_month, previous_month
from gigadesk.services.sync_plan import EARLIEST_MONTH, WindowState, plan_sync
from gigadesk.services.sync_worker import (
    PROCESS_THRESHOLD,
    PreparedWindow,
    StoredWindow,
    WindowSaver,
    write_window,
)
from gigadesk.services.windows import WindowReader
from gigadesk.store.cache import Cache

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """How far a sync has come: windows done of the (growing) total, items written so far."""

    windows_done: int
    windows_total: int
    items_so_far: int
    # Set while a request pauses before trying again: for how long, and the HTTP status
    # that asked for it (429: Gigastore asked to slow down; None: the network failed).
    waiting_seconds: float | None = None
    waiting_status: int | None = None


@dataclass(frozen=True, slots=True)
class SyncResult:
    """What a finished sync did."""

    windows: int
    items: int
    skipped: list[SkippedItem]
    seconds: float
    finished_at: datetime


ProgressCallback = Callable[[SyncProgress], None]


class _CacheWriter:
    """Runs every cache write on one worker thread that owns its own connection."""

    def __init__(self, cache_path: Path) -> None:
        self._cache_path = cache_path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gigadesk-sync")
        self._cache: Cache | None = None

    async def call(self, work: Callable[[Cache], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._run, work)

    def _run(self, work: Callable[[Cache], T]) -> T:
        if self._cache is None:
            self._cache = Cache.open(self._cache_path)
        return work(self._cache)

    async def aclose(self) -> None:
        # Queued behind any write still running, so a cancelled sync still commits or rolls
        # back its transaction whole; awaited so that the caller never sees the connection
        # (and its write-ahead log) outlive the sync. Shielded: a second cancellation still
        # lets the close run.
        loop = asyncio.get_running_loop()
        try:
            await asyncio.shield(loop.run_in_executor(self._executor, self._close_cache))
        finally:
            self._executor.shutdown(wait=False)

    def _close_cache(self) -> None:
        if self._cache is not None:
            self._cache.close()
            self._cache = None


class SyncService:
    """Reads the history month by month, newest first, one cache transaction per month."""

    def __init__(
        self,
        client: GigastoreClient,
        cache_path: Path,
        *,
        empty_months_to_stop: int = 3,
        earliest: datetime = EARLIEST_MONTH,
        clock: Callable[[], datetime] | None = None,
        process_threshold: int = PROCESS_THRESHOLD,
    ) -> None:
        self._client = client
        self._cache_path = cache_path
        self._empty_months_to_stop = max(1, empty_months_to_stop)
        self._earliest = month_start(earliest)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._process_threshold = process_threshold

    async def run(self, on_progress: ProgressCallback | None = None) -> SyncResult:
        """Sync until the history is complete and fresh; cancel by cancelling the task."""
        started = time.monotonic()
        writer = _CacheWriter(self._cache_path)

        async def write_in_thread(start: datetime, window: PreparedWindow, at: datetime) -> None:
            await writer.call(lambda cache: write_window(cache, start, window, at))

        saver = WindowSaver(self._cache_path, write_in_thread, self._process_threshold)
        try:
            # A first sync fills an empty cache without its sort-only indexes and builds them
            # once all months are in. If it stops early they stay missing (sorting by those
            # columns reads the whole table meanwhile) until a sync completes.
            await writer.call(lambda cache: cache.defer_sort_indexes())
            result = await self._run(writer, saver, on_progress, started)
            await writer.call(lambda cache: cache.build_sort_indexes())
            return replace(result, seconds=time.monotonic() - started)
        finally:
            try:
                await saver.aclose()
            finally:
                await writer.aclose()

    async def _run(
        self,
        writer: _CacheWriter,
        saver: WindowSaver,
        on_progress: ProgressCallback | None,
        started: float,
    ) -> SyncResult:
        now = self._clock()
        synced = await writer.call(_window_states)
        plan = plan_sync(synced, now, self._empty_months_to_stop, self._earliest)
        skipped: list[SkippedItem] = []
        done = 0
        items = 0
        total = len(plan.months) + (1 if plan.walk_back_from else 0)

        def report() -> None:
            if on_progress is not None:
                on_progress(SyncProgress(done, max(total, done), items))

        def report_wait(seconds: float, status: int | None) -> None:
            if on_progress is not None:
                on_progress(SyncProgress(done, max(total, done), items, seconds, status))

        report()
        planned = list(plan.months)
        walk = plan.walk_back_from
        empty_run = plan.empty_run

        def after(month: datetime | None, walking: bool) -> tuple[datetime, bool] | None:
            """The month to read after `month` (None: the first), and whether it is part of
            the walk back; None when the sync is complete."""
            if month is None or not walking:
                if planned:
                    return planned.pop(0), False
                start = walk
            elif empty_run >= self._empty_months_to_stop:
                return None
            else:
                start = previous_month(month)
            return (start, True) if start is not None and start >= self._earliest else None

        async def produce(queue: asyncio.Queue[_Job | BaseException | None]) -> None:
            # Reads month after month, and hands each answer to the saver at once: the next
            # months are read and parsed while the month before is written. Only a month
            # that will be read for sure is read ahead (the walk back goes on unless the
            # answer just read is an empty list), so no request is wasted.
            nonlocal empty_run
            try:
                upcoming = after(None, False)
                while upcoming is not None:
                    month, walking = upcoming
                    payload = await reader.read(month, next_month(month))
                    synced_at = self._clock()
                    if walking:
                        empty_run = empty_run + 1 if _no_elements(payload) else 0
                    upcoming = after(month, walking)
                    work = asyncio.ensure_future(saver.save(month, payload, synced_at))
                    job = _Job(month, walking, upcoming is None, synced_at, work)
                    try:
                        await queue.put(job)
                    except BaseException:
                        await _discard([work])
                        raise
                await queue.put(None)
            except Exception as exc:  # handed to the writing side, after the months before
                await queue.put(exc)

        reader = WindowReader(self._client)  # learns the date format and window length
        queue: asyncio.Queue[_Job | BaseException | None] = asyncio.Queue(maxsize=2)
        # The producer's requests tell their pauses (a 429 storm) through this task's context.
        waits = wait_reporter.set(report_wait)
        try:
            producer = asyncio.create_task(produce(queue))
        finally:
            wait_reporter.reset(waits)
        try:
            while (job := await queue.get()) is not None:
                if isinstance(job, BaseException):
                    raise job
                window = await job.work
                done, items = done + 1, items + window.item_count
                skipped.extend(window.skipped)
                if job.walking:
                    # The walk's length is unknown until it ends: the total grows one ahead.
                    total = done + (0 if job.last else 1)
                report()
        finally:
            works: list[asyncio.Future[Any]] = [producer]
            while not queue.empty():
                left = queue.get_nowait()
                if isinstance(left, _Job):
                    works.append(left.work)
            await _discard(works)
        report()
        return SyncResult(done, items, skipped, time.monotonic() - started, self._clock())


@dataclass(frozen=True, slots=True)
class _Job:
    """One month read from the server, being saved to the cache."""

    month: datetime
    walking: bool  # part of the walk back to the first sale
    last: bool  # no month is read after this one
    synced_at: datetime
    work: asyncio.Future[StoredWindow]


def _no_elements(payload: bytes) -> bool:
    """True for an answer that is an empty JSON list (any other answer is parsed later)."""
    if len(payload) > 4096:  # a month of items: not worth copying megabytes to strip them
        return False
    stripped = payload.strip()
    return stripped[:1] == b"[" and not stripped[1:-1].strip()


async def _discard(works: list[asyncio.Future[Any]]) -> None:
    """Cancel work that is no longer wanted and wait until it is gone."""
    for work in works:
        work.cancel()
    if works:
        await asyncio.wait(works)
    for work in works:
        if not work.cancelled():
            work.exception()  # retrieved: a failure of unwanted work is not worth a warning


def _window_states(cache: Cache) -> list[WindowState]:
    return [WindowState(w.start, w.item_count, w.open_items) for w in cache.synced_windows()]
