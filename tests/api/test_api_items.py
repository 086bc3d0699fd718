"""GigastoreClient reads against the sandbox: windows, one item, retries, broken answers."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from api_helpers import (
    NOW,
    WINDOW_END,
    WINDOW_START,
    expect_error,
    make_client,
    wire_item,
)
from dialects import as_sent, on_wire

from gigadesk.api import wire
from gigadesk.api.client import BIG_BODY, ItemsPage, _retry_after
from gigadesk.api.errors import ApiError, BadPayload, BadRequest, NotFound, Offline, Transient
from gigadesk.domain.items import Status
from gigadesk.sandbox.dialect import Dialect
from gigadesk.sandbox.server import SandboxServer

ITEMS = "/gigastore/activations/activated-items"
NGINX_502 = (
    "<html><head><title>502 Bad Gateway</title></head><body>"
    "<center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
)


def read_window(
    server: SandboxServer,
    start: datetime = WINDOW_START,
    end: datetime = WINDOW_END,
    **options: object,
) -> ItemsPage:
    async def scenario() -> ItemsPage:
        async with make_client(server, **options) as client:
            return await client.items(start, end)

    return asyncio.run(scenario())


def item_reads(server: SandboxServer) -> list[int]:
    return [r.status for r in server.requests if r.method == "GET" and r.path.startswith(ITEMS)]


def test_a_window_holds_exactly_the_items_sold_in_from_inclusive_to_exclusive(
    sandbox: SandboxServer,
) -> None:
    page = read_window(sandbox)
    assert sorted(item.uid for item in page.items) == ["march-end", "march-start"]
    assert page.skipped == []
    query = next(r.query for r in sandbox.requests if r.path == ITEMS)
    assert query == {"from": "2026-03-01T00:00:00Z", "to": "2026-04-01T00:00:00Z"}


def test_window_items_match_the_servers_state(sandbox: SandboxServer, dialect: Dialect) -> None:
    page = read_window(sandbox, NOW - timedelta(days=10), NOW + timedelta(days=1))
    by_uid = {item.uid: item for item in page.items}
    assert set(by_uid) == {
        "refundable-1",
        "refundable-2",
        "refundable-3",
        "from-stock",
        "expired",
        "used",
        "already-refunded",
    }
    assert by_uid["used"].data.remaining_bytes == 3_200_000_000
    assert by_uid["used"].data.total_bytes == 5_000_000_000
    assert by_uid["refundable-1"].data.unused  # 5 GB total, 5000 MB left
    assert by_uid["from-stock"].status is on_wire(dialect, Status.ACTIVATED)
    assert (by_uid["already-refunded"].refunded_at is not None) is dialect.send_status
    for uid, item in by_uid.items():
        # The raw JSON is kept whole, numbers as exact decimals.
        sent = as_sent(dialect, sandbox.item_json(uid))
        assert item.raw == wire.loads(json.dumps(sent).encode())


def test_page_carries_the_servers_date(sandbox: SandboxServer) -> None:
    page = read_window(sandbox)
    assert page.server_date is not None
    assert page.server_date.tzinfo is not None
    assert abs(page.server_date - datetime.now(UTC)) < timedelta(seconds=5)


def test_a_window_the_server_finds_too_long_is_a_bad_request(sandbox: SandboxServer) -> None:
    sandbox.max_window_days = 31

    async def scenario() -> BadRequest:
        async with make_client(sandbox) as client:
            await client.items(WINDOW_START, WINDOW_END)  # 31 days: fine
            return await expect_error(
                BadRequest, client, client.items(WINDOW_START, datetime(2026, 5, 1, tzinfo=UTC))
            )

    error = asyncio.run(scenario())
    assert error.status == 400
    assert "longer than 31 days" in error.message  # the server's own words
    assert item_reads(sandbox) == [200, 400]  # a 400 is not retried


def test_an_empty_window_is_refused_locally(sandbox: SandboxServer) -> None:
    async def scenario() -> None:
        async with make_client(sandbox) as client:
            await client.items(WINDOW_END, WINDOW_START)

    with pytest.raises(ValueError, match="end after it starts"):
        asyncio.run(scenario())
    assert sandbox.requests == []


def test_one_item_and_an_unknown_one(sandbox: SandboxServer, dialect: Dialect) -> None:
    async def scenario() -> NotFound:
        async with make_client(sandbox) as client:
            item = await client.item("refundable-1")
            assert item.uid == "refundable-1"
            assert item.status is on_wire(dialect, Status.PURCHASED)
            return await expect_error(NotFound, client, client.item("no-such-item"))

    error = asyncio.run(scenario())
    assert error.status == 404
    assert "No activated item with uid no-such-item" in error.message


def test_uids_with_reserved_characters_are_escaped(sandbox: SandboxServer) -> None:
    odd = "pkg 01 #?&%2F"
    sandbox.put_item(wire_item(odd))

    async def scenario() -> str:
        async with make_client(sandbox) as client:
            await client.refund(odd)
            return (await client.item(odd)).uid

    assert asyncio.run(scenario()) == odd
    assert sandbox.item_json(odd)["status"] == "REFUNDED"


def test_a_big_window_is_parsed_completely() -> None:
    with SandboxServer(item_count=1500, seed=3) as server:
        everything = server.items_json()
        start = min(wire.parse_instant(i["salesDate"]) for i in everything)
        end = max(wire.parse_instant(i["salesDate"]) for i in everything) + timedelta(seconds=1)
        assert len(json.dumps(everything)) > BIG_BODY  # so the worker-thread parse runs
        page = read_window(server, start, end)
    assert len(page.items) + len(page.skipped) == len(everything)
    assert {item.uid for item in page.items} | {s.uid for s in page.skipped} == {
        i["uid"] for i in everything
    }


@pytest.mark.parametrize("status", [502, 503, 504])
def test_gateway_failures_are_retried_until_success(sandbox: SandboxServer, status: int) -> None:
    sandbox.faults.fail_next(3, status, path_contains=ITEMS)
    page = read_window(sandbox, max_attempts=4)
    assert len(page.items) == 2
    assert item_reads(sandbox) == [status, status, status, 200]


def test_429_honours_retry_after(sandbox: SandboxServer) -> None:
    sandbox.faults.fail_next(1, 429, retry_after=0.4, path_contains=ITEMS)
    started = time.monotonic()
    page = read_window(sandbox, backoff_cap=0.001)
    waited = time.monotonic() - started
    assert len(page.items) == 2
    assert item_reads(sandbox) == [429, 200]
    assert waited >= 0.4  # the server's pause, not the tiny back-off


def test_a_retry_after_beyond_the_cap_gives_up_at_once(sandbox: SandboxServer) -> None:
    sandbox.faults.fail_next(1, 429, retry_after=3600, path_contains=ITEMS)

    async def scenario() -> Transient:
        async with make_client(sandbox) as client:
            return await expect_error(Transient, client, client.items(WINDOW_START, WINDOW_END))

    error = asyncio.run(scenario())
    assert error.status == 429
    assert "wait 3600 s" in error.message
    assert item_reads(sandbox) == [429]


@pytest.mark.parametrize("mid_body", [False, True])
def test_dropped_connections_are_retried(sandbox: SandboxServer, mid_body: bool) -> None:
    sandbox.faults.drop_next(2, path_contains=ITEMS, mid_body=mid_body)
    page = read_window(sandbox)
    assert len(page.items) == 2
    assert item_reads(sandbox) == [0, 0, 200]


def test_a_stalled_read_times_out_and_is_retried(sandbox: SandboxServer) -> None:
    sandbox.faults.stall_next(1, 1.0, path_contains=ITEMS)
    page = read_window(sandbox, timeout=0.3)
    assert len(page.items) == 2
    assert len(item_reads(sandbox)) == 2


def test_retries_run_out_into_transient(sandbox: SandboxServer) -> None:
    sandbox.faults.fail_next(10, 502, path_contains=ITEMS, body=NGINX_502, content_type="text/html")

    async def scenario() -> Transient:
        async with make_client(sandbox, max_attempts=3) as client:
            return await expect_error(Transient, client, client.items(WINDOW_START, WINDOW_END))

    error = asyncio.run(scenario())
    assert not isinstance(error, Offline)  # the server was reached, it just failed
    assert error.status == 502
    assert "after 3 attempts" in error.message
    assert "502 Bad Gateway" in error.message and "<" not in error.message
    assert item_reads(sandbox) == [502, 502, 502]


def test_dropped_connections_run_out_into_transient(sandbox: SandboxServer) -> None:
    sandbox.faults.drop_next(10, path_contains=ITEMS)

    async def scenario() -> Transient:
        async with make_client(sandbox, max_attempts=3) as client:
            return await expect_error(Transient, client, client.item("refundable-1"))

    error = asyncio.run(scenario())
    assert "dropped" in error.message
    assert len(item_reads(sandbox)) == 3


def test_other_server_errors_surface_at_once(sandbox: SandboxServer) -> None:
    sandbox.faults.fail_next(
        1, 501, path_contains=ITEMS, body='{"detail": "database on fire", "title": "Oops"}'
    )

    async def scenario() -> ApiError:
        async with make_client(sandbox) as client:
            return await expect_error(ApiError, client, client.items(WINDOW_START, WINDOW_END))

    error = asyncio.run(scenario())
    assert type(error) is ApiError
    assert error.status == 501
    assert "database on fire" in error.message
    assert item_reads(sandbox) == [501]


def test_a_500_on_a_read_is_retried_like_the_other_5xx(sandbox: SandboxServer) -> None:
    sandbox.faults.fail_next(2, 500, path_contains=ITEMS)

    async def scenario() -> int:
        async with make_client(sandbox) as client:
            return len((await client.items(WINDOW_START, WINDOW_END)).items)

    assert asyncio.run(scenario()) > 0
    assert item_reads(sandbox) == [500, 500, 200]


@pytest.mark.parametrize("truncated", [False, True])
def test_malformed_json_is_a_bad_payload(sandbox: SandboxServer, truncated: bool) -> None:
    sandbox.faults.malformed_next(2, path_contains=ITEMS, truncated=truncated)

    async def scenario() -> None:
        async with make_client(sandbox) as client:
            await expect_error(BadPayload, client, client.items(WINDOW_START, WINDOW_END))
            error = await expect_error(BadPayload, client, client.item("refundable-1"))
            assert "not valid JSON" in error.message
            # The knob is used up: the next read is whole again.
            assert len((await client.items(WINDOW_START, WINDOW_END)).items) == 2

    asyncio.run(scenario())


def test_one_broken_item_is_skipped_and_the_rest_returned(sandbox: SandboxServer) -> None:
    broken = wire_item("broken-unit", WINDOW_START + timedelta(days=3))
    broken["balance"]["size"] = {"sizeValue": 5, "sizeUnit": "parsecs"}
    sandbox.put_item(broken)
    no_balance = wire_item("no-balance", WINDOW_START + timedelta(days=4))
    del no_balance["balance"]
    sandbox.put_item(no_balance)
    page = read_window(sandbox)
    assert sorted(item.uid for item in page.items) == ["march-end", "march-start"]
    assert {entry.uid: entry.reason for entry in page.skipped}.keys() == {
        "broken-unit",
        "no-balance",
    }
    reasons = {entry.uid: entry.reason for entry in page.skipped}
    assert "balance.size.sizeUnit" in reasons["broken-unit"]
    assert "balance" in reasons["no-balance"]


@pytest.mark.parametrize(
    ("header", "date", "expected"),
    [
        ("3", None, 3.0),
        ("0.25", None, 0.25),
        ("-5", None, 0.0),
        ("Sat, 21 Nov 2026 10:00:30 GMT", "Sat, 21 Nov 2026 10:00:00 GMT", 30.0),
        ("Sat, 21 Nov 2026 09:59:00 GMT", "Sat, 21 Nov 2026 10:00:00 GMT", 0.0),
        ("soon", None, None),
        ("", None, None),
    ],
)
def test_retry_after_in_seconds_or_as_an_http_date(
    header: str, date: str | None, expected: float | None
) -> None:
    headers = {"Retry-After": header}
    if date:
        headers["Date"] = date
    assert _retry_after(httpx.Response(429, headers=headers)) == expected
