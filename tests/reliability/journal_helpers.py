"""Helpers for the refund journal tests: a synced data folder, refund POSTs, CLI processes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from rel_helpers import run_cli

from gigadesk.sandbox.server import SandboxServer
from gigadesk.store.cache import Cache
from gigadesk.store.query import HistoryQuery, QuickFilter

ROOT = Path(__file__).resolve().parents[2]
REFUND = "/refund"


def synced(server: SandboxServer, data_dir: Path) -> Path:
    """Sync `data_dir` from `server` with the CLI; the cache file's path."""
    done = run_cli("--data-dir", str(data_dir), "--base-url", server.base_url, "sync")
    assert done.code == 0, done.err
    return data_dir / "data" / "history.sqlite3"


def refundable_uids(path: Path, count: int) -> list[str]:
    """`count` packages the cache shows refundable now."""
    with Cache.open(path) as cache:
        found = cache.page(HistoryQuery(quick_filter=QuickFilter.REFUNDABLE), 0, count)
    assert len(found) == count, "not enough refundable packages in the demo data"
    return [item.uid for item in found]


def refund_posts(server: SandboxServer, uid: str | None = None) -> int:
    """Refund POSTs the server saw (of `uid` only, when given)."""
    return sum(
        1
        for r in server.requests
        if r.method == "POST" and r.path.endswith(REFUND) and (uid is None or f"/{uid}/" in r.path)
    )


def start_cli(data_dir: Path, server: SandboxServer, *args: str) -> subprocess.Popen[str]:
    """`python -m gigadesk.cli` in a process of its own, its output captured."""
    command = [sys.executable, "-m", "gigadesk.cli", "--data-dir", str(data_dir)]
    return subprocess.Popen(
        [*command, "--base-url", server.base_url, *args],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    """Wait for a CLI process: its exit code, stdout and stderr."""
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


def wait_until_taken(server: SandboxServer, deadline: float = 60.0) -> None:
    """Wait until every armed fault knob has met its request (a guard, not a measurement)."""
    stop = time.monotonic() + deadline
    while server.faults.armed and time.monotonic() < stop:
        time.sleep(0.005)
    assert not server.faults.armed, "the armed request never came"
