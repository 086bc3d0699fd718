"""Crash safety: a sync killed with SIGKILL at random points, 20 times, loses nothing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rel_helpers import cache_fingerprint, run_cli, server_fingerprint

from gigadesk.api.wire import parse_item
from gigadesk.domain.items import Status
from gigadesk.sandbox.server import SandboxServer
from gigadesk.store.cache import Cache

KILLS = 20
ROOT = Path(__file__).resolve().parents[2]


def _start_sync(data_dir: Path, base_url: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "gigadesk.cli", "--data-dir", str(data_dir)]
    return subprocess.Popen(
        [*command, "--base-url", base_url, "sync"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


def _kill_after_requests(process: subprocess.Popen[bytes], server: SandboxServer, k: int) -> bool:
    """SIGKILL `process` once the server has seen `k` more requests (plus a random moment).

    True when the kill landed; False when the sync finished first.
    """
    seen = len(server.requests)
    deadline = time.monotonic() + 30  # a guard against a hung child, not a measurement
    while len(server.requests) < seen + k and process.poll() is None:
        if time.monotonic() > deadline:
            break
        time.sleep(0.002)
    time.sleep(random.uniform(0.0, 0.03))  # somewhere in parsing, writing or waiting
    if process.poll() is not None:
        return False
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    return True


def _touch_server(server: SandboxServer, rng: random.Random) -> None:
    """The history changes between runs: used data, refunds made elsewhere."""
    # Only packages that can still change: the sync re-reads the months holding such items
    # (a refunded, expired or used-up package is final, so its month is not read again).
    now = datetime.now(UTC)
    open_items = [
        obj
        for obj in server.items_json()
        if (item := parse_item(obj)).status is not Status.REFUNDED
        and not item.is_expired(now)
        and item.data.unused
    ]
    for obj in rng.sample(open_items, min(5, len(open_items))):
        obj["balance"]["availableBalance"] = {"sizeValue": rng.randint(0, 500), "sizeUnit": "MB"}
        server.put_item(obj)


@pytest.mark.slow
def test_a_sync_killed_20_times_leaves_a_cache_the_next_sync_completes(
    data_dir: Path, tmp_path: Path
) -> None:
    rng = random.Random(20261)
    random.seed(20262)
    with SandboxServer(item_count=800, seed=31, refund_limit=None) as server:
        server.faults.latency = 0.01  # each month's answer takes a moment: kills land mid-sync
        landed = 0
        for _ in range(KILLS):
            process = _start_sync(data_dir, server.base_url)
            landed += _kill_after_requests(process, server, rng.randint(1, 8))
            cache_file = data_dir / "data" / "history.sqlite3"
            if cache_file.exists():
                # After every kill the cache opens as it is: never set aside, never refused.
                with Cache.open(cache_file) as cache:
                    assert cache.recovered_from is None
                    cache.total_count()
            _touch_server(server, rng)
        assert landed >= KILLS // 2, f"only {landed} of {KILLS} kills landed mid-sync"

        server.faults.latency = 0.0
        done = run_cli("--data-dir", str(data_dir), "--base-url", server.base_url, "sync")
        assert done.code == 0, done.err
        assert cache_fingerprint(data_dir / "data" / "history.sqlite3") == server_fingerprint(
            server
        )
        assert not list((data_dir / "data").glob("*.corrupt-*"))
