"""Sync benchmark: a sandbox with N items on loopback, SyncService into a fresh cache, items/s.

Run: .venv/bin/python benchmarks/bench_sync.py [--items 100000] [--runs 1] [--in-process]

The sandbox runs in its own process by default (the real Gigastore's work is not done on the
reseller's machine); --in-process serves it from a SandboxServer thread of this process, so
that its JSON encoding competes with the sync for the GIL as well. Each run syncs into a fresh
cache (the first sync, the longest) and then once more (the incremental sync). A 10 ms asyncio
heartbeat on the sync's event loop reports its longest stall. The CPU time of this process
(event loop and cache writer; not the parsing processes) per item shows how much of a slow
figure is the machine being busy: the writer is the part that cannot be spread over cores.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_cache import file_size  # noqa: E402
from bench_ui import _wait_for_url  # noqa: E402

from gigadesk.api.client import GigastoreClient  # noqa: E402
from gigadesk.sandbox.server import (  # noqa: E402
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    SandboxServer,
)
from gigadesk.services.sync import SyncResult, SyncService  # noqa: E402

BEAT = 0.010


SANDBOX_PIDS: list[int] = []


def _process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a running process has used so far, from /proc; 0 elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _other_cpu() -> tuple[float, float]:
    """CPU seconds so far of the sandbox process and of this process's finished children."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    sandbox_cpu = sum(_process_cpu(pid) for pid in SANDBOX_PIDS)
    return sandbox_cpu, children.ru_utime + children.ru_stime


@contextmanager
def sandbox(items: int, in_process: bool) -> Iterator[str]:
    """The base URL of a sandbox holding `items` demo items, for the duration."""
    started = time.perf_counter()
    if in_process:
        with SandboxServer(item_count=items, refund_limit=None) as server:
            print(f"sandbox in this process: {time.perf_counter() - started:.1f} s to start")
            yield server.base_url
        return
    command = [sys.executable, "-m", "gigadesk.sandbox", "--port", "0", "--items", str(items)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    SANDBOX_PIDS.append(child.pid)
    try:
        base_url = _wait_for_url(child)
        print(f"sandbox process: {time.perf_counter() - started:.1f} s to start")
        yield base_url
    finally:
        SANDBOX_PIDS.remove(child.pid)
        child.terminate()
        child.wait(10)


async def _sync(
    base_url: str, cache: Path
) -> tuple[SyncResult, float, float, list[float], tuple[float, float]]:
    """One sync with a heartbeat: (result, wall seconds, CPU seconds of this process, gaps
    between beats in ms, CPU seconds of the sandbox and of the sync's worker processes)."""
    beats: list[float] = []
    stop = asyncio.Event()

    async def heartbeat() -> None:
        while not stop.is_set():
            beats.append(time.perf_counter())
            await asyncio.sleep(BEAT)

    async with GigastoreClient(base_url, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET) as client:
        await client.authenticate()  # the token is not part of the sync's time
        beat = asyncio.create_task(heartbeat())
        started, cpu_started = time.perf_counter(), time.process_time()
        others_started = _other_cpu()
        result = await SyncService(client, cache).run()
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        others = tuple(b - a for a, b in zip(others_started, _other_cpu(), strict=True))
        stop.set()
        await beat
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(beats)]
    return result, seconds, cpu, gaps, (others[0], others[1])


def _report(
    label: str,
    result: SyncResult,
    seconds: float,
    cpu: float,
    gaps: list[float],
    others: tuple[float, float],
) -> float:
    rate = result.items / seconds if seconds else 0.0
    worst = max(gaps, default=0.0)
    over = sum(gap > 50 for gap in gaps)
    per_item = cpu / max(1, result.items) * 1e6
    sandbox_cpu, workers_cpu = (value / max(1, result.items) * 1e6 for value in others)
    print(
        f"  {label:<12} {result.items:>9,} items, {result.windows:>3} windows in {seconds:6.2f} s"
        f" = {rate:>8,.0f} items/s; loop stalls: longest {worst:5.1f} ms, {over} over 50 ms;"
        f" {per_item:.0f} us CPU/item here"
    )
    print(f"  {'':<12} CPU/item: sandbox {sandbox_cpu:.0f} us, sync workers {workers_cpu:.0f} us")
    return rate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--in-process", action="store_true", help="serve from this process")
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; target >= 10,000 items/s")
    rates: list[float] = []
    with sandbox(args.items, args.in_process) as base_url:
        for run in range(args.runs):
            folder = Path(tempfile.mkdtemp(prefix="gigadesk-bench-sync-"))
            cache = folder / "history.sqlite3"
            try:
                print(f"run {run + 1}:")
                rates.append(_report("first sync", *asyncio.run(_sync(base_url, cache))))
                _report("next sync", *asyncio.run(_sync(base_url, cache)))
                size = file_size(cache)
                print(f"  cache {size / 1e6:,.1f} MB ({size / max(1, args.items):,.0f} B/item)")
            finally:
                shutil.rmtree(folder, ignore_errors=True)
    print(f"first sync, median of {len(rates)}: {statistics.median(rates):,.0f} items/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
