"""Network faults during a whole sync and a refund (what tests/api and tests/services lack)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from rel_helpers import cache_fingerprint, run_cli, server_fingerprint

from gigadesk.api.client import GigastoreClient
from gigadesk.api.errors import ApiError
from gigadesk.sandbox.server import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SandboxServer
from gigadesk.services.refunds import RefundOutcome, RefundService
from gigadesk.services.sync import SyncService
from gigadesk.store.cache import Cache
from gigadesk.store.query import HistoryQuery

ITEMS = "activated-items"
HTML = "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"


def _client(server: SandboxServer, timeout: float = 2.0) -> GigastoreClient:
    return GigastoreClient(
        server.base_url,
        DEMO_CLIENT_ID,
        DEMO_CLIENT_SECRET,
        timeout=timeout,
        max_attempts=4,
        backoff_base=0.01,
        backoff_cap=0.05,
    )


async def _sync(server: SandboxServer, path: Path, time_limit: float = 2.0) -> str | None:
    """Run one sync; None when it finished, else the error message it stopped with."""
    async with _client(server, time_limit) as client:
        try:
            await SyncService(client, path).run()
        except ApiError as exc:
            return exc.message
    return None


def _windows(path: Path) -> int:
    with Cache.open(path) as cache:
        return len(cache.synced_windows())


# Faults a sync must ride out: each finishes with exactly the server's items.
RIDDEN_OUT = {
    "429 storm with Retry-After": lambda f: f.fail_next(
        3, 429, retry_after=0.05, path_contains=ITEMS
    ),
    "5xx run": lambda f: f.fail_next(3, 503, path_contains=ITEMS),
    "HTML 502 from a proxy": lambda f: f.fail_next(
        3, 502, path_contains=ITEMS, body=HTML, content_type="text/html"
    ),
    "drop mid-body": lambda f: f.drop_next(3, path_contains=ITEMS, mid_body=True),
    "read time-out": lambda f: f.stall_next(2, 1.0, path_contains=ITEMS),
}


@pytest.mark.parametrize("fault", sorted(RIDDEN_OUT))
def test_sync_rides_out_the_fault_and_matches_the_server(
    server: SandboxServer, tmp_path: Path, fault: str
) -> None:
    path = tmp_path / "history.sqlite3"
    RIDDEN_OUT[fault](server.faults)
    assert asyncio.run(_sync(server, path, time_limit=0.5)) is None
    assert cache_fingerprint(path) == server_fingerprint(server)
    assert any(r.fault for r in server.requests)  # the fault really hit


# Faults a sync cannot get past: it stops with a clear sentence and keeps what it had.
STOPPING = {
    "truncated JSON": (lambda f: f.malformed_next(1, path_contains=ITEMS, truncated=True), "JSON"),
    "malformed JSON": (lambda f: f.malformed_next(1, path_contains=ITEMS), "JSON"),
    "HTML answer with 200": (
        lambda f: f.fail_next(1, 200, path_contains=ITEMS, body=HTML, content_type="text/html"),
        "JSON",
    ),
    "endless 503": (lambda f: f.fail_next(100, 503, path_contains=ITEMS), "did not answer"),
}


@pytest.mark.parametrize("fault", sorted(STOPPING))
def test_sync_stops_with_a_clear_message_and_the_cache_stays_consistent(
    server: SandboxServer, tmp_path: Path, fault: str
) -> None:
    path = tmp_path / "history.sqlite3"
    assert asyncio.run(_sync(server, path)) is None
    before = cache_fingerprint(path), _windows(path)
    # The server moves on; the next sync meets the fault on its first window.
    arm, words = STOPPING[fault]
    arm(server.faults)
    message = asyncio.run(_sync(server, path))
    assert message is not None and words in message
    assert "<html" not in message.lower()  # the page is not pasted at the reseller
    assert (cache_fingerprint(path), _windows(path)) == before  # nothing lost, nothing half
    server.faults.reset()
    assert asyncio.run(_sync(server, path)) is None
    assert cache_fingerprint(path) == server_fingerprint(server)


def test_very_slow_responses_still_complete(server: SandboxServer, tmp_path: Path) -> None:
    server.faults.latency = 0.03  # every answer is slow, none beyond the time-out
    path = tmp_path / "history.sqlite3"
    assert asyncio.run(_sync(server, path)) is None
    assert cache_fingerprint(path) == server_fingerprint(server)


def test_cli_sync_against_a_dead_server_says_why_and_keeps_the_cache(
    server: SandboxServer, data_dir: Path
) -> None:
    assert run_cli("--data-dir", str(data_dir), "--base-url", server.base_url, "sync").code == 0
    before = cache_fingerprint(data_dir / "data" / "history.sqlite3")
    server.faults.fail_next(500, 503, body=HTML, content_type="text/html")
    done = run_cli("--data-dir", str(data_dir), "--base-url", server.base_url, "sync")
    assert done.code == 1
    assert "Gigastore" in done.err and "<html" not in done.err.lower()
    assert cache_fingerprint(data_dir / "data" / "history.sqlite3") == before


def _posts(server: SandboxServer) -> int:
    return sum(1 for r in server.requests if r.method == "POST" and r.path.endswith("/refund"))


def _refundable_uid(path: Path, service: RefundService) -> str:
    with Cache.open(path) as cache:
        for item in cache.page(HistoryQuery(), 0, 10**6):
            if service.assess(item).refundable:
                return item.uid
    raise AssertionError("no refundable item in the demo data")


def test_an_unknown_refund_outcome_is_never_sent_twice(
    server: SandboxServer, tmp_path: Path
) -> None:
    """The POST is dropped and the read-back fails too; a second try reads back, never posts."""
    path = tmp_path / "history.sqlite3"
    assert asyncio.run(_sync(server, path)) is None

    async def scenario() -> list[RefundOutcome]:
        outcomes = []
        with Cache.open(path) as cache:
            async with _client(server, timeout=0.5) as client:
                service = RefundService(client, cache, 5)
                uid = _refundable_uid(path, service)
                await client.authenticate()
                # The refund is carried out, its answer lost, and the read-back fails too.
                server.faults.drop_next(1, method="POST", path_contains="/refund", apply=True)
                server.faults.fail_next(8, 503, method="GET", path_contains=uid)
                outcomes.append((await service.refund(uid)).outcome)
                # Still unreadable: the second try sends nothing.
                outcomes.append((await service.refund(uid)).outcome)
                server.faults.reset()
                # Readable again: the read-back settles it, still without a second POST.
                outcomes.append((await service.refund(uid)).outcome)
                outcomes.append((await service.refund(uid)).outcome)
        return outcomes

    outcomes = asyncio.run(scenario())
    assert outcomes == [
        RefundOutcome.UNKNOWN,
        RefundOutcome.UNKNOWN,
        RefundOutcome.REFUNDED,
        RefundOutcome.REFUSED_LOCALLY,  # already refunded
    ]
    assert _posts(server) == 1
    assert server.refunds_in_current_month() >= 1


def test_a_refund_answered_with_an_html_502_is_settled_by_the_read_back(
    server: SandboxServer, tmp_path: Path
) -> None:
    path = tmp_path / "history.sqlite3"
    assert asyncio.run(_sync(server, path)) is None

    async def scenario() -> tuple[RefundOutcome, str]:
        with Cache.open(path) as cache:
            async with _client(server) as client:
                service = RefundService(client, cache, 5)
                uid = _refundable_uid(path, service)
                server.faults.fail_next(
                    1,
                    502,
                    method="POST",
                    path_contains="/refund",
                    body=HTML,
                    content_type="text/html",
                )
                result = await service.refund(uid)
                return result.outcome, result.message

    outcome, message = asyncio.run(scenario())
    # The proxy's 502 came before the server: the read-back shows it was not refunded.
    assert outcome is RefundOutcome.UNKNOWN and "<html" not in message.lower()
    assert _posts(server) == 1
