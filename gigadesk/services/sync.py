"""Month-window sync of the sales history into the cache, with progress and cancellation."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from gigadesk.api.client import GigastoreClient, ItemsPage
from gigadesk.api.wire import SkippedItem
from gigadesk.domain.items import month_start, next_month, previous_month
from gigadesk.services.sync_plan import EARLIEST_MONTH, WindowState, plan_sync
from gigadesk.store.cache import Cache

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """How far a sync has come: windows done of the (growing) total, items written so far."""

    windows_done: int
    windows_total: int
    items_so_far: int


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
    ) -> None:
        self._client = client
        self._cache_path = cache_path
        self._empty_months_to_stop = max(1, empty_months_to_stop)
        self._earliest = month_start(earliest)
        self._clock = clock or (lambda: datetime.now(UTC))

    async def run(self, on_progress: ProgressCallback | None = None) -> SyncResult:
        """Sync until the history is complete and fresh; cancel by cancelling the task."""
        started = time.monotonic()
        writer = _CacheWriter(self._cache_path)
        try:
            return await self._run(writer, on_progress, started)
        finally:
            await writer.aclose()

    async def _run(
        self, writer: _CacheWriter, on_progress: ProgressCallback | None, started: float
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

        report()
        for month in plan.months:
            page = await self._sync_month(writer, month)
            done, items = done + 1, items + len(page.items)
            skipped.extend(page.skipped)
            report()

        walk: datetime | None = plan.walk_back_from
        empty_run = plan.empty_run
        while walk is not None and walk >= self._earliest:
            month = walk
            page = await self._sync_month(writer, month)
            done, items = done + 1, items + len(page.items)
            skipped.extend(page.skipped)
            empty_run = empty_run + 1 if not page.items and not page.skipped else 0
            if empty_run >= self._empty_months_to_stop:
                break
            walk = previous_month(month)
            # The walk's length is unknown until it ends: the total grows one ahead.
            total = done + 1 if walk >= self._earliest else done
            report()
        report()
        return SyncResult(done, items, skipped, time.monotonic() - started, self._clock())

    async def _sync_month(self, writer: _CacheWriter, month: datetime) -> ItemsPage:
        end = next_month(month)
        page = await self._client.items(month, end)
        synced_at = self._clock()
        # Items the server lists but we cannot read keep their cached copies.
        unread = {skipped.uid for skipped in page.skipped if skipped.uid}
        await writer.call(
            lambda cache: cache.replace_window(month, end, page.items, synced_at, keep=unread)
        )
        return page


def _window_states(cache: Cache) -> list[WindowState]:
    return [WindowState(w.start, w.item_count, w.open_items) for w in cache.synced_windows()]
