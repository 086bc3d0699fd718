"""A refund killed at random points, or meeting a full disk, is never POSTed twice after it."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from journal_helpers import (
    finish,
    refund_posts,
    refundable_uids,
    start_cli,
    synced,
    wait_until_taken,
)
from rel_helpers import Run, run_cli

from gigadesk.sandbox.server import SandboxServer
from gigadesk.store.cache import Cache

KILLS = 8
HOLD = 2.0  # seconds a held refund POST waits (carried out first, or after, as armed)


def _kill_at(process: subprocess.Popen[str], when: float) -> bool:
    """SIGKILL `process` at monotonic time `when`; False when it had ended by then."""
    time.sleep(max(0.0, when - time.monotonic()))
    landed = process.poll() is None
    if landed:
        os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=30)  # and close its pipes
    return landed


def _after_requests(server: SandboxServer, process: subprocess.Popen[str], count: int) -> float:
    """The moment the server has answered `count` more requests (or the process ended)."""
    seen = len(server.requests)
    deadline = time.monotonic() + 30  # a guard against a hung child, not a measurement
    while len(server.requests) < seen + count and process.poll() is None:
        if time.monotonic() > deadline:
            break
        time.sleep(0.002)
    return time.monotonic()


def _server_done(server: SandboxServer, uid: str, *, held: bool) -> None:
    """Wait until the server has finished what the killed process sent it: a held POST is
    carried out (or not) when its hold ends, whoever still listens."""
    if held:
        deadline = time.monotonic() + HOLD + 30  # a guard, not a measurement
        while refund_posts(server, uid) == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
    else:
        time.sleep(0.2)  # a few times the latency: a request under way is answered by then


@pytest.mark.slow
def test_a_refund_killed_at_random_points_is_never_posted_again_without_the_resellers_word(
    server: SandboxServer, data_dir: Path
) -> None:
    rng = random.Random(14_2026)
    path = synced(server, data_dir)
    uids = refundable_uids(path, KILLS)
    server.refund_limit = None
    server.faults.latency = 0.03  # every answer takes a moment: kills land between steps
    limit = ("--refund-limit", "unknown")

    def cli(*args: str) -> Run:
        return run_cli("--data-dir", str(data_dir), "--base-url", server.base_url, *args)

    landed = left_pending = resends = 0
    for number, uid in enumerate(uids):
        if number % 2 == 0:
            # While the POST is held: carried out (or not yet), its answer not back.
            carried_out = rng.random() < 0.5
            server.faults.stall_next(
                1, HOLD, method="POST", path_contains="/refund", apply=carried_out
            )
            process = start_cli(data_dir, server, *limit, "refund", uid, "--yes")
            wait_until_taken(server)
            when = time.monotonic() + rng.uniform(0.0, HOLD * 0.8)
        else:
            # Anywhere: start-up, the token, the POST, the read-back, the journal writes.
            process = start_cli(data_dir, server, *limit, "refund", uid, "--yes")
            when = _after_requests(server, process, rng.randint(0, 3)) + rng.uniform(0, 0.05)
        landed += _kill_at(process, when)
        _server_done(server, uid, held=number % 2 == 0)
        server.faults.reset()
        server.faults.latency = 0.03
        before = refund_posts(server, uid)
        with Cache.open(path) as cache:
            pending = cache.open_refund(uid)
        left_pending += pending is not None

        # The next start: reads the journal, says so, and never sends blind.
        rerun = cli(*limit, "refund", uid, "--yes")
        assert "Traceback" not in rerun.err
        after = refund_posts(server, uid)
        assert after <= 1, f"{uid}: {after} POSTs ({rerun.err})"
        if pending is not None:
            assert "1 refund has an unknown outcome" in rerun.err
            assert after == before, "an attempt of unknown outcome was sent again"
            if before == 0:  # killed before the POST left, or the server had not got to it
                assert rerun.code == 5 and "--resend-unknown" in rerun.err
        if server.item_json(uid)["status"] == "REFUNDED":
            assert rerun.code in (0, 3), rerun.err  # settled by the read-back, or known
        else:
            # The reseller's explicit word settles it: sent again, once.
            resent = cli(*limit, "refund", uid, "--resend-unknown", "--yes")
            assert resent.code == 0, resent.err
            assert refund_posts(server, uid) == after + 1
            resends += 1
        with Cache.open(path) as cache:
            assert cache.unsettled_refunds() == []
    assert landed >= KILLS // 2, f"only {landed} of {KILLS} kills landed mid-refund"
    assert left_pending >= 2, "too few kills left a pending attempt to prove anything"
    assert refund_posts(server) <= KILLS + resends


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 16 MB file system of its own (tmpfs, so root only), to be filled at will."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip("cannot mount a small file system here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path) -> Path:
    """Write a file until the disk is full; the file, to free the space again."""
    filler = disk / "filler"
    chunk = b"\0" * 65_536
    with filler.open("wb", buffering=0) as out:
        try:
            while True:
                out.write(chunk)
        except OSError:
            pass
    # The last few bytes too, down to one.
    with filler.open("ab", buffering=0) as out:
        size = 4096
        while size:
            try:
                out.write(b"\0" * size)
            except OSError:
                size //= 2
    return filler


def test_a_disk_filling_while_the_refund_post_is_out_gives_exit_5_and_a_recorded_attempt(
    server: SandboxServer, small_disk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gigadesk.sandbox.server import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

    monkeypatch.setenv("GIGASTORE_CLIENT_ID", DEMO_CLIENT_ID)
    monkeypatch.setenv("GIGASTORE_CLIENT_SECRET", DEMO_CLIENT_SECRET)
    data_dir = small_disk / "gd"
    path = synced(server, data_dir)
    uid = refundable_uids(path, 1)[0]
    # The POST is held, then carried out and answered 200: by then the disk is full.
    server.faults.stall_next(1, HOLD, method="POST", path_contains="/refund", apply=False)
    process = start_cli(data_dir, server, "refund", uid, "--yes")
    wait_until_taken(server)
    filler = _fill(small_disk)
    code, out, err = finish(process)
    assert code == 5, (out, err)
    assert "Traceback" not in err and "Nothing was lost" not in err
    assert "could not record" in err
    assert server.item_json(uid)["status"] == "REFUNDED"
    filler.unlink()

    with Cache.open(path) as cache:  # the attempt written before the POST is there
        attempts = cache.unsettled_refunds()
    assert [(a.uid, a.outcome) for a in attempts] == [(uid, "pending")]
    rerun = run_cli(
        "--data-dir", str(data_dir), "--base-url", server.base_url, "refund", uid, "--yes"
    )
    assert rerun.code == 0 and "went through" in rerun.out + rerun.err, rerun.err
    assert refund_posts(server) == 1
    with Cache.open(path) as cache:
        assert cache.unsettled_refunds() == []


def test_ctrl_c_while_the_post_is_out_says_the_outcome_is_unknown(
    server: SandboxServer, data_dir: Path
) -> None:
    uid = refundable_uids(synced(server, data_dir), 1)[0]
    server.faults.stall_next(1, HOLD, method="POST", path_contains="/refund", apply=True)
    process = start_cli(data_dir, server, "refund", uid, "--yes")
    wait_until_taken(server)
    process.send_signal(signal.SIGINT)
    code, _, err = finish(process)
    assert code == 5 and "outcome is unknown" in err and "Traceback" not in err, err
    rerun = run_cli(
        "--data-dir", str(data_dir), "--base-url", server.base_url, "refund", uid, "--yes"
    )
    assert "1 refund has an unknown outcome" in rerun.err
    assert rerun.code == 0 and "went through" in rerun.out, rerun.err
    assert refund_posts(server) == 1
