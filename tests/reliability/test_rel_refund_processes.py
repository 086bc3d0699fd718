"""Refunds from several processes at once: one POST per package, never over the month's limit."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from journal_helpers import finish, refund_posts, refundable_uids, start_cli, synced

from gigadesk.sandbox.server import SandboxServer
from gigadesk.store.cache import Cache

HOLD = 3.0  # seconds the server holds each refund POST before carrying it out
PROCESSES = 3


def test_one_package_refunded_from_three_processes_at_once_is_posted_once(
    server: SandboxServer, data_dir: Path
) -> None:
    uid = refundable_uids(synced(server, data_dir), 1)[0]
    # Every POST is held before it is carried out: without a shared gate, all three pass it.
    server.faults.stall_next(PROCESSES, HOLD, method="POST", path_contains="/refund", apply=False)
    runs = [start_cli(data_dir, server, "refund", uid, "--yes") for _ in range(PROCESSES)]
    results = [finish(run) for run in runs]
    assert all("Traceback" not in err for _, _, err in results)
    assert refund_posts(server, uid) == 1
    codes = sorted(code for code, _, _ in results)
    # One refunds it; the others were stopped by its pending attempt (exit 5: another process
    # is sending it) or, had they come after it was done, by the rules (exit 3).
    assert codes[0] == 0 and all(code in (3, 5) for code in codes[1:]), results
    assert server.item_json(uid)["status"] == "REFUNDED"


def test_the_months_limit_holds_against_three_processes_at_once(
    server: SandboxServer, data_dir: Path
) -> None:
    path = synced(server, data_dir)
    uids = refundable_uids(path, PROCESSES)
    with Cache.open(path) as cache:
        used = cache.refunds_in_month(datetime.now(UTC))
    limit = used + 1  # one refund left this month
    server.refund_limit = None  # the server would take them all: only GigaDesk's gate holds
    server.faults.stall_next(PROCESSES, HOLD, method="POST", path_contains="/refund", apply=False)
    runs = [
        start_cli(data_dir, server, "--refund-limit", str(limit), "refund", uid, "--yes")
        for uid in uids
    ]
    results = [finish(run) for run in runs]
    assert all("Traceback" not in err for _, _, err in results)
    assert refund_posts(server) == 1, results
    codes = sorted(code for code, _, _ in results)
    assert codes == [0, 3, 3], results
    assert all("used up" in err for code, _, err in results if code == 3)
    with Cache.open(path) as cache:
        assert cache.refunds_in_month(datetime.now(UTC)) == limit
