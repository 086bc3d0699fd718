"""Months parsed and written in worker processes, the read-ahead pipeline, raw JSON kept."""

from __future__ import annotations

import asyncio
import gc
import json
import multiprocessing
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from dialects import as_sent
from service_helpers import fast_client
from sqlite_peers import open_and_close_elsewhere

from gigadesk.api import wire
from gigadesk.api.errors import BadPayload
from gigadesk.sandbox.dialect import Dialect
from gigadesk.sandbox.server import SandboxServer
from gigadesk.services.sync import SyncResult, SyncService
from gigadesk.services.sync_worker import prepare_window, store_window
from gigadesk.store.cache import Cache
from gigadesk.store.query import HistoryQuery

ITEMS_PATH = "/gigastore/activations/activated-items"
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def _sync(server: SandboxServer, cache_path: Path, threshold: int) -> SyncResult:
    async def scenario() -> SyncResult:
        async with fast_client(server) as client:
            return await SyncService(client, cache_path, process_threshold=threshold).run()

    return asyncio.run(scenario())


def _cached(cache_path: Path) -> dict[str, dict[str, object]]:
    with Cache.open(cache_path) as cache:
        uids = [item.uid for item in cache.page(HistoryQuery(), 0, 100_000)]
        found = {uid: cache.get(uid) for uid in uids}
    return {uid: dict(item.raw) for uid, item in found.items() if item is not None}


def test_worker_processes_and_threads_fill_the_same_cache(
    sandbox: SandboxServer, tmp_path: Path, dialect: Dialect
) -> None:
    # Threshold 0: every month with items is parsed in a worker process.
    in_processes = _sync(sandbox, tmp_path / "processes.sqlite3", threshold=0)
    in_threads = _sync(sandbox, tmp_path / "threads.sqlite3", threshold=10**12)
    assert in_processes.items == in_threads.items == len(sandbox.items_json())
    assert in_processes.windows == in_threads.windows
    cached = _cached(tmp_path / "processes.sqlite3")
    assert cached == _cached(tmp_path / "threads.sqlite3")
    # The raw JSON is the server's, field for field.
    server = {item["uid"]: item for item in sandbox.items_json()}
    assert set(cached) == set(server)
    for uid in list(server)[:50]:
        sent = as_sent(dialect, server[uid])
        assert cached[uid] == json.loads(json.dumps(sent), parse_float=Decimal)
    with Cache.open(tmp_path / "processes.sqlite3") as cache:
        windows = cache.synced_windows()
    assert len(windows) == in_processes.windows
    assert sum(window.item_count for window in windows) == in_processes.items


def test_a_broken_month_from_a_worker_stops_the_sync_and_keeps_the_months_before(
    sandbox: SandboxServer, cache_path: Path
) -> None:
    sandbox.faults.malformed_next(1, path_contains=ITEMS_PATH)
    with pytest.raises(BadPayload):
        _sync(sandbox, cache_path, threshold=0)
    _sync(sandbox, cache_path, threshold=0)  # the next sync completes the cache
    assert set(_cached(cache_path)) == {item["uid"] for item in sandbox.items_json()}


def test_prepared_window_keeps_the_later_copy_and_reports_skipped_items() -> None:
    def item(uid: str, total: int, sold: str = "2026-11-02T10:00:00Z") -> dict[str, object]:
        return {
            "uid": uid,
            "salesDate": sold,
            "status": "PURCHASED",
            "balance": {
                "name": f"Plan {uid}",
                "expiresAt": "2027-05-01T00:00:00Z",
                "size": {"sizeValue": total, "sizeUnit": "GB"},
                "availableBalance": {"sizeValue": total, "sizeUnit": "GB"},
            },
        }

    # 1,200 items, with a uid repeated far apart.
    objects: list[object] = [item(f"u{n}", 1) for n in range(1200)]
    objects.append(item("u3", 7))  # the later copy of u3 wins
    objects.append({"uid": "broken"})  # no balance: skipped, with its uid
    payload = json.dumps(objects).encode()
    window = prepare_window(payload, NOW)
    assert window.item_count == 1200  # u3 counted once
    assert [(s.uid, "balance" in s.reason) for s in window.skipped] == [
        ("u3", False),
        ("broken", True),
    ]
    assert "listed again" in window.skipped[0].reason
    prepared = window.items
    assert len(prepared.by_uid) == 1200
    row, _, _ = prepared.by_uid["u3"]
    assert row[7] == 7 * 10**9  # total_bytes of the later copy
    assert prepared.open_uids == frozenset(prepared.by_uid)  # untouched, not expired


def test_a_worker_writes_a_month_and_pauses_the_collector_only_meanwhile(
    tmp_path: Path,
) -> None:
    size = '{"sizeValue":1,"sizeUnit":"GB"}'
    text = '{"uid":"UID","salesDate":"2026-11-02T10:00:00Z","balance":{"name":"X",'
    text += f'"size":{size},"availableBalance":{size}}}}}'
    payload = ("[" + text.replace("UID", "a") + "," + text.replace("UID", "b") + ", 5]").encode()
    cache_path = tmp_path / "history.sqlite3"
    november = datetime(2026, 11, 1, tzinfo=UTC)
    assert gc.isenabled()
    stored = store_window(cache_path, november, payload, NOW)
    assert gc.isenabled()
    assert (stored.item_count, len(stored.skipped)) == (2, 1)
    with pytest.raises(BadPayload):
        store_window(cache_path, november, b"[1,", NOW)
    assert gc.isenabled()
    with Cache.open(cache_path) as cache:
        assert sorted(item.uid for item in cache.page(HistoryQuery(), 0, 10)) == ["a", "b"]
        assert [(w.start, w.item_count) for w in cache.synced_windows()] == [(november, 2)]


def test_the_workers_connections_are_gone_when_the_sync_returns(
    sandbox: SandboxServer, cache_path: Path
) -> None:
    # Were a worker process still connected, the last connection below would not be the
    # last one, and the write-ahead log would stay.
    _sync(sandbox, cache_path, threshold=0)
    assert not multiprocessing.active_children(), "the worker processes have ended"
    open_and_close_elsewhere(cache_path)
    assert not cache_path.with_name(cache_path.name + "-wal").exists()


@pytest.mark.parametrize(
    "payload",
    [b"[1,]", b"[", b'{"uid": "x"}', b"[] []", b"", b"[{}] x", b"\xff[]", b'[{"a": 1e999999}'],
)
def test_element_wise_parsing_fails_like_whole_document_parsing(payload: bytes) -> None:
    with pytest.raises(BadPayload) as raised:
        wire.parse_items(payload)
    try:
        document = wire.loads(payload)
    except BadPayload as expected:
        assert str(raised.value) == str(expected)
    else:
        assert not isinstance(document, list)


def test_parsed_items_keep_the_text_they_were_read_from() -> None:
    text = '{"uid":"a","salesDate":"2026-11-02T10:00:00Z","balance":{"name":"X",'
    text += '"size":{"sizeValue":1.50,"sizeUnit":"GB"},'
    text += '"availableBalance":{"sizeValue":1.5,"sizeUnit":"GB"}},"extra":[1, 2]}'
    other = text.replace('"uid":"a"', '"uid":"b"')
    items, skipped = wire.parse_items(f" [ {text} ,\n{other} ] ".encode())
    assert not skipped and len(items) == 2
    raw = items[0].raw
    assert getattr(raw, "json_text", None) == text
    assert raw == json.loads(text, parse_float=Decimal)
