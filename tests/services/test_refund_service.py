"""Refunds through the service: gate, one POST, read-back, cache and journal."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from dialects import on_wire
from service_helpers import fast_client

from gigadesk.api.errors import Transient
from gigadesk.domain import eligibility as el
from gigadesk.domain.items import ActivatedItem, Status
from gigadesk.sandbox.dialect import Dialect
from gigadesk.sandbox.server import SandboxServer
from gigadesk.services.refunds import (
    RefundOutcome,
    RefundResult,
    RefundService,
    count_refunds_in_month,
)
from gigadesk.services.sync import SyncService
from gigadesk.store.cache import Attempt, Cache, JournalEntry
from gigadesk.store.query import HistoryQuery, QuickFilter

REFUND_SUFFIX = "/refund"


@pytest.fixture
def synced(sandbox: SandboxServer, cache_path: Path) -> Path:
    async def scenario() -> None:
        async with fast_client(sandbox) as client:
            await SyncService(client, cache_path).run()

    asyncio.run(scenario())
    return cache_path


def refundable(cache: Cache) -> list[ActivatedItem]:
    return cache.page(HistoryQuery(quick_filter=QuickFilter.REFUNDABLE), 0, 100)


def posts(server: SandboxServer) -> int:
    return sum(1 for r in server.requests if r.method == "POST" and r.path.endswith(REFUND_SUFFIX))


def refund(
    server: SandboxServer,
    cache: Cache,
    uid: str,
    limit: int | None = 5,
    *,
    time_limit: float = 2.0,
    before: Callable[[RefundService], None] | None = None,
) -> RefundResult:
    async def scenario() -> RefundResult:
        async with fast_client(server, time_limit=time_limit) as client:
            service = RefundService(client, cache, limit)
            if before:
                before(service)
            return await service.refund(uid)

    return asyncio.run(scenario())


def test_refund_success_updates_cache_journal_and_month_count(
    sandbox: SandboxServer, synced: Path
) -> None:
    with Cache.open(synced) as cache:
        item = refundable(cache)[0]
        counts: list[int] = []
        result = refund(
            sandbox, cache, item.uid, before=lambda s: counts.append(s.refunds_this_month())
        )
        assert result.outcome is RefundOutcome.REFUNDED
        assert item.uid in result.message
        assert posts(sandbox) == 1
        stored = cache.get(item.uid)
        assert stored is not None and stored.status is Status.REFUNDED
        assert sandbox.item_json(item.uid)["status"] == "REFUNDED"
        assert [e.outcome for e in cache.journal() if e.uid == item.uid] == ["refunded"]
        now = datetime.now(UTC)
        assert count_refunds_in_month(cache, now) == counts[0] + 1


def test_a_package_the_rules_refuse_is_never_sent(
    sandbox: SandboxServer, synced: Path, dialect: Dialect
) -> None:
    with Cache.open(synced) as cache:
        used = next(
            i
            for i in cache.page(HistoryQuery(status=on_wire(dialect, Status.PURCHASED)), 0, 10_000)
            if not i.data.unused
        )
        result = refund(sandbox, cache, used.uid)
        assert result.outcome is RefundOutcome.REFUSED_LOCALLY
        assert result.verdict is not None and el.USED in result.verdict.codes
        assert posts(sandbox) == 0
        assert cache.journal() == []


def test_monthly_limit_reached_refuses_locally(sandbox: SandboxServer, synced: Path) -> None:
    with Cache.open(synced) as cache:
        item = refundable(cache)[0]
        result = refund(sandbox, cache, item.uid, limit=0)
        assert result.outcome is RefundOutcome.REFUSED_LOCALLY
        assert result.verdict is not None
        assert result.verdict.codes == (el.REFUND_LIMIT_REACHED,)
        assert posts(sandbox) == 0


def test_server_refusal_shows_its_words_and_refreshes_the_item(
    sandbox: SandboxServer, synced: Path
) -> None:
    with Cache.open(synced) as cache:
        item = refundable(cache)[0]
        # The customer used some data after our last sync: only the server knows.
        changed = sandbox.item_json(item.uid)
        changed["balance"]["availableBalance"] = {"sizeValue": 1, "sizeUnit": "MB"}
        sandbox.put_item(changed)
        result = refund(sandbox, cache, item.uid)
        assert result.outcome is RefundOutcome.REFUSED_BY_SERVER
        assert result.message  # the server's own words
        assert "used" in result.message.lower()
        assert posts(sandbox) == 1
        fresh = cache.get(item.uid)
        assert fresh is not None and not fresh.data.unused
        assert [e.outcome for e in cache.journal()] == ["refused_by_server"]


def test_limit_exceeded_on_the_server_is_reported(sandbox: SandboxServer, synced: Path) -> None:
    sandbox.refund_limit = sandbox.refunds_in_current_month()
    with Cache.open(synced) as cache:
        item = refundable(cache)[0]
        result = refund(sandbox, cache, item.uid, limit=None)
        assert result.outcome is RefundOutcome.REFUSED_BY_SERVER
        assert posts(sandbox) == 1


def test_dropped_answer_is_settled_by_reading_back(
    sandbox: SandboxServer, synced: Path, dialect: Dialect
) -> None:
    sandbox.faults.drop_next(1, method="POST", path_contains=REFUND_SUFFIX, apply=True)
    with Cache.open(synced) as cache:
        item = refundable(cache)[0]
        result = refund(sandbox, cache, item.uid)
        assert posts(sandbox) == 1
        assert sandbox.item_json(item.uid)["status"] == "REFUNDED"
        if not dialect.send_status:
            # A server that sends no status cannot settle it: the outcome stays unknown.
            assert result.outcome is RefundOutcome.UNKNOWN
            assert "no status" in result.message
            return
        assert result.outcome is RefundOutcome.REFUNDED
        assert "read" in result.message.lower()
        stored = cache.get(item.uid)
        assert stored is not None and stored.status is Status.REFUNDED


def test_unsettled_outcome_is_reported_unknown_and_never_resent(
    sandbox: SandboxServer, synced: Path, dialect: Dialect
) -> None:
    sandbox.faults.drop_next(1, method="POST", path_contains=REFUND_SUFFIX, apply=False)
    with Cache.open(synced) as cache:
        item = refundable(cache)[0]
        result = refund(sandbox, cache, item.uid)
        assert result.outcome is RefundOutcome.UNKNOWN
        assert ("purchased" if dialect.send_status else "no status") in result.message.lower()
        assert posts(sandbox) == 1
        assert [e.outcome for e in cache.journal()] == ["unknown"]


def test_a_stalled_refund_times_out_and_reads_back(
    sandbox: SandboxServer, synced: Path, dialect: Dialect
) -> None:
    sandbox.faults.stall_next(1, 1.5, method="POST", path_contains=REFUND_SUFFIX, apply=True)
    with Cache.open(synced) as cache:
        item = refundable(cache)[0]
        result = refund(sandbox, cache, item.uid, time_limit=0.5)
        expected = RefundOutcome.REFUNDED if dialect.send_status else RefundOutcome.UNKNOWN
        assert result.outcome is expected
        assert posts(sandbox) == 1


def test_two_refunds_of_one_package_at_once_send_one_post(
    sandbox: SandboxServer, synced: Path
) -> None:
    sandbox.faults.latency = 0.2
    with Cache.open(synced) as cache:
        item = refundable(cache)[0]

        async def scenario() -> list[RefundResult]:
            async with fast_client(sandbox) as client:
                service = RefundService(client, cache, 5)
                return list(
                    await asyncio.gather(service.refund(item.uid), service.refund(item.uid))
                )

        results = asyncio.run(scenario())
        assert sorted(r.outcome.value for r in results) == ["refunded", "refused_locally"]
        assert posts(sandbox) == 1


def test_journalled_refund_counts_even_when_the_cache_lags(cache: Cache) -> None:
    now = datetime.now(UTC)
    cache.add_journal(JournalEntry("not-in-cache", now, "refunded", "ok"))
    cache.add_journal(JournalEntry("not-in-cache", now, "refunded", "ok again"))
    cache.add_journal(JournalEntry("old", now - timedelta(days=40), "refunded", "last month"))
    cache.add_journal(JournalEntry("refused", now, "refused_by_server", "no"))
    assert count_refunds_in_month(cache, now) == 1


def test_a_refund_that_never_reached_the_server_does_not_block_the_next(
    sandbox: SandboxServer, synced: Path
) -> None:
    """A 429 (not taken) leaves the attempt 'not_sent': the next try goes out normally."""
    sandbox.faults.fail_next(1, 429, method="POST", path_contains=REFUND_SUFFIX)
    with Cache.open(synced) as cache:
        item = refundable(cache)[0]
        with pytest.raises(Transient):
            refund(sandbox, cache, item.uid)
        assert cache.unsettled_refunds() == []
        assert [e.outcome for e in cache.journal()] == ["not_sent"]
        assert refund(sandbox, cache, item.uid).outcome is RefundOutcome.REFUNDED
        assert posts(sandbox) == 2


def test_an_attempt_pending_in_another_live_process_blocks_without_a_request(
    sandbox: SandboxServer, synced: Path
) -> None:
    with Cache.open(synced) as cache:
        item = refundable(cache)[0]
        now = datetime.now(UTC)
        other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
        try:
            attempt = Attempt(
                "a-1", item.uid, now, "pending", "sent", "/r", other.pid, 1, now, None
            )
            assert cache.reserve_refund(attempt, None).attempt is not None
            result = refund(sandbox, cache, item.uid)
            assert result.outcome is RefundOutcome.UNKNOWN and not result.resendable
            assert f"process {other.pid}" in result.message
        finally:
            other.kill()
            other.wait()
        # Its process is gone: read back (still Purchased), so the reseller may resend it.
        result = refund(sandbox, cache, item.uid)
        assert result.outcome is RefundOutcome.UNKNOWN and result.resendable
        assert "nothing was sent again" in result.message
        assert posts(sandbox) == 0
