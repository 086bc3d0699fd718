"""The write-ahead refund journal through the CLI: a lost answer is never sent again blind."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import pytest
from journal_helpers import refund_posts, refundable_uids, synced
from rel_helpers import run_cli

from gigadesk.api.client import GigastoreClient
from gigadesk.api.errors import RefundRefused
from gigadesk.domain.items import Status
from gigadesk.sandbox.server import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SandboxServer
from gigadesk.store.cache import Cache

REFUND = "/refund"


def _cli(server: SandboxServer, data_dir: Path, *args: str, stdin: str = "") -> tuple[int, str]:
    done = run_cli("--data-dir", str(data_dir), "--base-url", server.base_url, *args, stdin=stdin)
    assert "Traceback" not in done.err
    return done.code, done.out + done.err


def test_a_lost_answer_with_stale_reads_is_posted_once_until_the_reseller_says_so(
    server: SandboxServer, data_dir: Path
) -> None:
    """The server carries the refund out later, the answer is lost and reads still show it
    Purchased: reruns with --yes never POST again; only --resend-unknown does, same key."""
    path = synced(server, data_dir)
    uid = refundable_uids(path, 1)[0]
    server.faults.defer_next(1, 600.0, method="POST", path_contains=REFUND)

    first, said = _cli(server, data_dir, "refund", uid, "--yes")
    assert first == 5 and "unknown" in said and "Nothing was lost" not in said
    for _ in range(3):  # reruns: read back, still Purchased, nothing sent
        code, said = _cli(server, data_dir, "refund", uid, "--yes")
        assert code == 5, said
        assert "1 refund has an unknown outcome" in said
        assert "still shows this package as Purchased" in said and "--resend-unknown" in said
    assert refund_posts(server) == 1
    code, listed = _cli(server, data_dir, "journal")
    assert code == 0 and uid in listed and "1 refund has an unknown outcome" in listed
    code, said = _cli(server, data_dir, "--offline", "list")
    assert code == 0 and "1 refund has an unknown outcome" in said

    # The reseller's explicit word, after being shown the read-back: asked, declined, asked.
    code, said = _cli(server, data_dir, "refund", uid, "--resend-unknown", stdin="n\n")
    assert code == 5 and "Send the refund of" in said and refund_posts(server) == 1
    code, said = _cli(server, data_dir, "refund", uid, "--resend-unknown", stdin="y\n")
    assert code == 0, said
    posts = [r for r in server.requests if r.method == "POST" and r.path.endswith(REFUND)]
    assert len(posts) == 2
    keys = {r.idempotency_key for r in posts}
    assert len(keys) == 1 and None not in keys and len(keys.pop() or "") <= 64
    with Cache.open(path) as cache:
        assert cache.unsettled_refunds() == []
        item = cache.get(uid)
        assert item is not None and item.status is Status.REFUNDED
    code, said = _cli(server, data_dir, "--offline", "list")
    assert "unknown outcome" not in said


def test_a_redirect_answer_is_an_unknown_outcome_that_blocks_the_rerun(
    server: SandboxServer, data_dir: Path
) -> None:
    path = synced(server, data_dir)
    uid = refundable_uids(path, 1)[0]
    server.faults.fail_next(1, 302, method="POST", path_contains=REFUND)
    code, said = _cli(server, data_dir, "refund", uid, "--yes")
    assert code == 5 and "HTTP 302" in said
    code, said = _cli(server, data_dir, "refund", uid, "--yes")
    assert code == 5 and "still shows" in said
    assert refund_posts(server) == 1


def test_a_read_back_that_shows_the_refund_settles_the_attempt(
    server: SandboxServer, data_dir: Path
) -> None:
    """Carried out at once, answer lost, read-back failing: the rerun reads it refunded."""
    path = synced(server, data_dir)
    uid = refundable_uids(path, 1)[0]
    server.faults.drop_next(1, method="POST", path_contains=REFUND, apply=True)
    server.faults.fail_next(20, 503, method="GET", path_contains=uid)
    code, said = _cli(server, data_dir, "refund", uid, "--yes")
    assert code == 5 and "could not be read back" in said
    server.faults.reset()
    code, said = _cli(server, data_dir, "refund", uid, "--yes")
    assert code == 0 and "went through" in said
    with Cache.open(path) as cache:
        assert cache.unsettled_refunds() == []
    assert refund_posts(server) == 1


def test_every_refund_post_carries_the_attempts_idempotency_key(
    server: SandboxServer, data_dir: Path
) -> None:
    path = synced(server, data_dir)
    first, second = refundable_uids(path, 2)
    # The first POST gets a 401 (not carried out): re-authenticated and sent once more.
    server.faults.fail_next(1, 401, method="POST", path_contains=REFUND)
    assert _cli(server, data_dir, "refund", first, "--yes")[0] == 0
    assert _cli(server, data_dir, "refund", second, "--yes")[0] == 0
    posts = [r for r in server.requests if r.method == "POST" and r.path.endswith(REFUND)]
    assert [r.status for r in posts] == [401, 200, 200]
    keys = [r.idempotency_key or "" for r in posts]
    assert keys[0] == keys[1] != keys[2] and all(0 < len(key) <= 64 for key in keys)


def test_a_sync_that_reads_the_package_refunded_settles_the_attempt(
    server: SandboxServer, data_dir: Path
) -> None:
    path = synced(server, data_dir)
    uid = refundable_uids(path, 1)[0]
    server.faults.defer_next(1, 1.0, method="POST", path_contains=REFUND)
    code, said = _cli(server, data_dir, "refund", uid, "--yes")
    assert code == 5, said
    deadline = time.monotonic() + 30  # a guard while the server carries it out, not a measure
    while server.item_json(uid)["status"] != "REFUNDED" and time.monotonic() < deadline:
        time.sleep(0.02)
    code, said = _cli(server, data_dir, "sync")
    assert code == 0 and "1 refund has an unknown outcome" in said  # told before the sync
    code, listed = _cli(server, data_dir, "journal")
    assert code == 0 and "every refund attempt has a known outcome" in listed
    assert refund_posts(server) == 1


@pytest.mark.parametrize("honoured", [True, False])
def test_a_server_that_honours_the_key_answers_a_resend_with_the_first_answer(
    server: SandboxServer, data_dir: Path, honoured: bool
) -> None:
    path = synced(server, data_dir)
    uid = refundable_uids(path, 1)[0]
    server.faults.honour_idempotency = honoured
    before = server.refunds_in_current_month()

    async def twice() -> list[str]:
        outcomes = []
        async with GigastoreClient(server.base_url, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET) as client:
            for _ in range(2):  # the same attempt sent again, under its own key
                try:
                    await client.refund(uid, idempotency_key="attempt-1")
                    outcomes.append("ok")
                except RefundRefused as exc:
                    outcomes.append(exc.message)
        return outcomes

    outcomes = asyncio.run(twice())
    assert refund_posts(server) == 2 and server.refunds_in_current_month() == before + 1
    if honoured:
        assert outcomes == ["ok", "ok"]  # the first answer again, nothing carried out twice
        assert [r.fault for r in server.requests if r.method == "POST"][-1] == "replayed"
    else:
        assert outcomes[0] == "ok" and "already" in outcomes[1].lower()


def test_a_read_back_with_a_number_out_of_reach_never_leads_to_a_second_post(
    server: SandboxServer, data_dir: Path
) -> None:
    path = synced(server, data_dir)
    uid = refundable_uids(path, 1)[0]
    hostile = json.dumps(server.item_json(uid)).replace(
        '"status": "PURCHASED"', '"status": "PURCHASED", "x": 1E+99999999999999999999'
    )
    hostile = hostile.replace('"sizeValue": ', '"sizeValue": 1E+99999999999999999999, "y": ', 1)
    assert hostile.count("1E+") == 2
    server.faults.fail_next(10, 200, method="GET", path_contains=f"/{uid}", body=hostile)
    for _ in range(3):
        code, said = _cli(server, data_dir, "refund", uid, "--yes")
        assert code in (0, 3), said  # refunded, then known refunded
    assert refund_posts(server) == 1
