"""Month-window sync against the loopback sandbox into a real SQLite cache."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from dialects import on_wire
from service_helpers import fast_client

from gigadesk.api.errors import Transient
from gigadesk.domain.items import Status
from gigadesk.sandbox.dialect import Dialect
from gigadesk.sandbox.server import SandboxServer
from gigadesk.services.sync import SyncProgress, SyncResult, SyncService
from gigadesk.store.cache import Cache
from gigadesk.store.cache_schema import DEFERRABLE_INDEXES
from gigadesk.store.query import HistoryQuery, QuickFilter

ITEMS_PATH = "/gigastore/activations/activated-items"


def run_sync(server: SandboxServer, cache_path: Path, **options: int) -> SyncResult:
    async def scenario() -> SyncResult:
        async with fast_client(server) as client:
            return await SyncService(client, cache_path, **options).run()

    return asyncio.run(scenario())


def window_reads(server: SandboxServer) -> list[str]:
    return [
        r.query["from"]
        for r in server.requests
        if r.method == "GET" and r.path == ITEMS_PATH and r.status == 200
    ]


def cached_uids(cache_path: Path) -> set[str]:
    with Cache.open(cache_path) as cache:
        return {item.uid for item in cache.page(HistoryQuery(), 0, 100_000)}


def index_names(cache_path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(cache_path)) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()
    return {name for (name,) in rows}


def server_uids(server: SandboxServer) -> set[str]:
    return {item["uid"] for item in server.items_json()}


def test_first_sync_reads_every_month_newest_first(
    sandbox: SandboxServer, cache_path: Path
) -> None:
    seen: list[SyncProgress] = []

    async def scenario() -> SyncResult:
        async with fast_client(sandbox) as client:
            return await SyncService(client, cache_path).run(seen.append)

    result = asyncio.run(scenario())
    assert cached_uids(cache_path) == server_uids(sandbox)
    assert result.items == len(sandbox.items_json())
    reads = window_reads(sandbox)
    assert reads == sorted(reads, reverse=True), "newest month first"
    oldest_sale = min(item["salesDate"] for item in sandbox.items_json())
    # The walk went three empty months past the oldest sale, and no further.
    assert reads[-4] <= oldest_sale < reads[-5]
    assert len(reads) == result.windows
    done = [p.windows_done for p in seen]
    assert done == sorted(done) and done[-1] == result.windows
    assert all(p.windows_done <= p.windows_total for p in seen)
    assert seen[-1].items_so_far == result.items
    # Filled without its sort-only indexes, which were built at the end.
    assert set(DEFERRABLE_INDEXES) <= index_names(cache_path)


def test_later_sync_reads_only_months_that_can_change(
    sandbox: SandboxServer, cache_path: Path
) -> None:
    first = run_sync(sandbox, cache_path)
    sandbox.requests.clear()
    second = run_sync(sandbox, cache_path)
    reads = window_reads(sandbox)
    current = datetime.now(UTC).strftime("%Y-%m-01T00:00:00Z")
    assert reads[0] == current
    assert 1 <= len(reads) < first.windows
    with Cache.open(cache_path) as cache:
        windows = cache.synced_windows()
    starts = {w.start.strftime("%Y-%m-%dT%H:%M:%SZ"): w for w in windows}
    closed = {start for start, w in starts.items() if w.open_items == 0 and start != current}
    assert closed, "the demo history has months that can no longer change"
    assert not closed & set(reads), "closed months are not read again"
    assert second.windows == len(reads)
    assert cached_uids(cache_path) == server_uids(sandbox)


def test_a_refund_made_elsewhere_shows_after_the_next_sync(
    sandbox: SandboxServer, cache_path: Path, dialect: Dialect
) -> None:
    run_sync(sandbox, cache_path)
    with Cache.open(cache_path) as cache:
        uid = next(
            item.uid
            for item in cache.page(HistoryQuery(quick_filter=QuickFilter.REFUNDABLE), 0, 50)
        )
    changed = sandbox.item_json(uid)
    changed["status"] = "REFUNDED"
    changed["refundedAt"] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    sandbox.put_item(changed)
    run_sync(sandbox, cache_path)
    with Cache.open(cache_path) as cache:
        item = cache.get(uid)
    # A server that sends no status cannot show it: the package stays "status unknown".
    assert item is not None and item.status is on_wire(dialect, Status.REFUNDED)


def test_cancelled_sync_leaves_a_consistent_cache_and_resumes(
    sandbox: SandboxServer, cache_path: Path
) -> None:
    sandbox.faults.latency = 0.05

    async def interrupted() -> None:
        async with fast_client(sandbox) as client:
            task = asyncio.ensure_future(SyncService(client, cache_path).run(on_progress))
            stop.set_task(task)
            with pytest.raises(asyncio.CancelledError):
                await task

    class Stopper:
        task: asyncio.Future[SyncResult] | None = None

        def set_task(self, task: asyncio.Future[SyncResult]) -> None:
            self.task = task

    stop = Stopper()

    def on_progress(progress: SyncProgress) -> None:
        if progress.windows_done >= 4 and stop.task is not None:
            stop.task.cancel()

    asyncio.run(interrupted())
    with Cache.open(cache_path) as cache:
        windows = cache.synced_windows()
        assert 4 <= len(windows) <= 5
        partial = {item.uid: item for item in cache.page(HistoryQuery(), 0, 100_000)}
    # Every month recorded as synced holds exactly the server's items for that month.
    for window in windows:
        expected = {
            item["uid"]
            for item in sandbox.items_json()
            if _in(item["salesDate"], window.start, window.end)
        }
        got = {uid for uid, item in partial.items() if window.start <= item.sales_date < window.end}
        assert got == expected
    # The first sync stopped before it built its sort-only indexes; the next one builds them.
    assert not set(DEFERRABLE_INDEXES) & index_names(cache_path)
    sandbox.faults.latency = 0
    sandbox.requests.clear()
    run_sync(sandbox, cache_path)
    assert cached_uids(cache_path) == server_uids(sandbox)
    assert set(DEFERRABLE_INDEXES) <= index_names(cache_path)
    resumed = window_reads(sandbox)
    assert min(resumed) < min(w.start for w in windows).strftime("%Y-%m-%dT%H:%M:%SZ")


def _in(stamp: str, start: datetime, end: datetime) -> bool:
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return start <= moment < end


def test_sync_rides_out_transient_faults(sandbox: SandboxServer, cache_path: Path) -> None:
    sandbox.faults.fail_next(2, 503, path_contains=ITEMS_PATH)
    sandbox.faults.fail_next(1, 429, retry_after=0.05, path_contains=ITEMS_PATH)
    sandbox.faults.drop_next(1, path_contains=ITEMS_PATH, mid_body=True)
    run_sync(sandbox, cache_path)
    assert cached_uids(cache_path) == server_uids(sandbox)


def test_sync_that_cannot_go_on_stops_with_a_clear_error_and_keeps_what_it_had(
    sandbox: SandboxServer, cache_path: Path
) -> None:
    run_sync(sandbox, cache_path)
    before = cached_uids(cache_path)
    sandbox.faults.fail_next(50, 503, path_contains=ITEMS_PATH)

    async def scenario() -> None:
        async with fast_client(sandbox, max_attempts=3) as client:
            await SyncService(client, cache_path).run()

    with pytest.raises(Transient) as raised:
        asyncio.run(scenario())
    assert "503" in str(raised.value) or "unavailable" in str(raised.value).lower()
    assert cached_uids(cache_path) == before


def test_an_unreadable_item_is_skipped_and_the_rest_of_its_month_kept(
    sandbox: SandboxServer, cache_path: Path
) -> None:
    run_sync(sandbox, cache_path)
    current = datetime.now(UTC).strftime("%Y-%m")
    victim = next(i for i in sandbox.items_json() if i["salesDate"].startswith(current))
    broken = dict(victim)
    del broken["balance"]
    sandbox.put_item(broken)
    result = run_sync(sandbox, cache_path)
    assert [s.uid for s in result.skipped] == [victim["uid"]]
    assert "balance" in result.skipped[0].reason
    # The copy cached before is kept: an item the server still lists is never dropped.
    assert cached_uids(cache_path) == server_uids(sandbox)
