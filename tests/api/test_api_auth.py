"""GigastoreClient against the sandbox: tokens, renewal, rejected credentials, reachability."""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
import time
from datetime import datetime, timedelta

import httpx
import pytest
from api_helpers import NOW, assert_clean, count, expect_error, make_client
from dialects import on_wire

from gigadesk.api.client import GigastoreClient
from gigadesk.api.errors import ApiError, Offline, Transient, Unauthorized
from gigadesk.domain.items import Status
from gigadesk.sandbox.dialect import Dialect
from gigadesk.sandbox.server import DEMO_CLIENT_ID, SandboxServer
from gigadesk.sandbox.server import DEMO_CLIENT_SECRET as SECRET

AUTH = "/reseller/authenticate"


def test_one_authentication_serves_many_calls(sandbox: SandboxServer) -> None:
    async def scenario() -> None:
        async with make_client(sandbox) as client:
            await client.item("refundable-1")
            await client.item("used")
            await client.items(*window_around_now())
            await client.refund("refundable-2")

    asyncio.run(scenario())
    assert count(sandbox, "POST", AUTH) == 1
    assert count(sandbox, "GET", "/activated-items") == 3
    assert all(record.status != 401 for record in sandbox.requests)


def test_concurrent_callers_share_one_authentication(
    sandbox: SandboxServer, dialect: Dialect
) -> None:
    sandbox.faults.latency = 0.05  # keeps the first authentication in flight while others wait

    async def scenario() -> list[Status]:
        async with make_client(sandbox) as client:
            items = await asyncio.gather(*(client.item("refundable-1") for _ in range(8)))
        return [item.status for item in items]

    assert asyncio.run(scenario()) == [on_wire(dialect, Status.PURCHASED)] * 8
    assert count(sandbox, "POST", AUTH) == 1


def test_expired_token_is_renewed_once_and_the_call_retried(sandbox: SandboxServer) -> None:
    async def scenario() -> str:
        async with make_client(sandbox) as client:
            await client.item("refundable-1")
            sandbox.expire_tokens()
            item = await client.item("refundable-1")
            await client.item("refundable-2")
        return item.uid

    assert asyncio.run(scenario()) == "refundable-1"
    statuses = [(r.method, r.path, r.status) for r in sandbox.requests]
    item_path = "/gigastore/activations/activated-items/refundable-1"
    assert statuses[:5] == [
        ("POST", AUTH, 200),
        ("GET", item_path, 200),
        ("GET", item_path, 401),
        ("POST", AUTH, 200),
        ("GET", item_path, 200),
    ]
    assert count(sandbox, "POST", AUTH) == 2


def test_concurrent_401s_share_one_renewal(sandbox: SandboxServer) -> None:
    async def scenario() -> None:
        async with make_client(sandbox) as client:
            await client.authenticate()
            sandbox.expire_tokens()
            await asyncio.gather(*(client.item(f"refundable-{n}") for n in (1, 2, 3)))

    asyncio.run(scenario())
    assert count(sandbox, "POST", AUTH) == 2


def test_short_lived_token_is_renewed_before_it_runs_out() -> None:
    with SandboxServer([], token_ttl=1) as server:

        async def scenario() -> None:
            async with make_client(server) as client:
                await client.authenticate()
                await asyncio.sleep(0.6)  # past half the lifetime: renewed without a 401
                await client.items(*window_around_now())

        asyncio.run(scenario())
        assert count(server, "POST", AUTH) == 2
        assert all(record.status != 401 for record in server.requests)


def test_wrong_secret_is_unauthorized_and_does_not_leak() -> None:
    secret = "wrong-secret-7f3a9"
    with SandboxServer([]) as server:

        async def scenario() -> Unauthorized:
            async with make_client(server, client_secret=secret) as client:
                first = await expect_error(Unauthorized, client, client.authenticate())
                later = await expect_error(Unauthorized, client, client.item("x"))
                assert_clean(later, client, secret)
                assert_clean(first, client, secret)
                return first

        error = asyncio.run(scenario())
        assert "credentials rejected" in error.message
        assert "Invalid client credentials" in error.message  # the server's own words
        assert error.status == 401
        assert count(server, "POST", AUTH) == 2  # one per call: a 401 is not retried


def test_persistent_401_after_renewal_is_unauthorized(sandbox: SandboxServer) -> None:
    sandbox.faults.fail_next(2, 401, path_contains="/activated-items")

    async def scenario() -> Unauthorized:
        async with make_client(sandbox) as client:
            return await expect_error(Unauthorized, client, client.item("refundable-1"))

    error = asyncio.run(scenario())
    assert "credentials rejected" in error.message
    assert count(sandbox, "POST", AUTH) == 2
    assert count(sandbox, "GET", "/activated-items") == 2


def test_authentication_is_retried_on_transient_failures(sandbox: SandboxServer) -> None:
    sandbox.faults.fail_next(2, 503, path_contains=AUTH)
    sandbox.faults.drop_next(1, path_contains=AUTH)

    async def scenario() -> None:
        async with make_client(sandbox) as client:
            await client.authenticate()

    asyncio.run(scenario())
    assert [r.status for r in sandbox.requests if r.path == AUTH] == [503, 503, 0, 200]


def test_authentication_5xx_storm_is_transient(sandbox: SandboxServer) -> None:
    sandbox.faults.fail_next(10, 502, path_contains=AUTH)

    async def scenario() -> Transient:
        async with make_client(sandbox, max_attempts=3) as client:
            return await expect_error(Transient, client, client.item("refundable-1"))

    error = asyncio.run(scenario())
    assert not isinstance(error, Offline)
    assert error.status == 502
    assert "3 attempts" in error.message and "Bad Gateway (sandbox fault)" in error.message
    assert count(sandbox, "POST", AUTH) == 3


def test_version_needs_no_token(sandbox: SandboxServer) -> None:
    async def scenario() -> str:
        async with make_client(sandbox) as client:
            return await client.version()

    version = asyncio.run(scenario())
    expected = httpx.get(f"{sandbox.base_url}/gigastore/version").json()["version"]
    assert version == expected
    assert count(sandbox, "POST", AUTH) == 0


def test_unreachable_server_is_offline_after_the_attempts() -> None:
    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    async def scenario() -> Offline:
        client = GigastoreClient(
            f"http://127.0.0.1:{port}",
            DEMO_CLIENT_ID,
            "secret-never-shown",
            timeout=1.0,
            max_attempts=3,
            backoff_base=0.005,
            backoff_cap=0.01,
        )
        async with client:
            error = await expect_error(Offline, client, client.version())
            await expect_error(Offline, client, client.authenticate())
            return error

    error = asyncio.run(scenario())
    assert f"127.0.0.1:{port}" in error.message
    assert "secret-never-shown" not in repr(error)


def test_a_server_that_goes_away_mid_session_is_offline(sandbox: SandboxServer) -> None:
    async def scenario() -> None:
        async with make_client(sandbox, max_attempts=2) as client:
            await client.item("refundable-1")
            sandbox.stop()
            await expect_error(Offline, client, client.item("refundable-1"))
            sandbox.start()  # same port: the client recovers by itself
            assert (await client.item("refundable-1")).uid == "refundable-1"

    asyncio.run(scenario())


def test_server_clock_offset_follows_the_date_header(sandbox: SandboxServer) -> None:
    async def scenario() -> timedelta | None:
        async with make_client(sandbox) as client:
            assert client.server_clock_offset is None
            await client.version()
            return client.server_clock_offset

    offset = asyncio.run(scenario())
    assert offset is not None
    assert abs(offset) < timedelta(seconds=5)  # same machine: only the header's rounding


def test_client_made_outside_a_loop_binds_lazily_and_closes_cleanly(
    sandbox: SandboxServer,
) -> None:
    client = make_client(sandbox)
    assert client._http is None

    async def use() -> str:
        try:
            return (await client.item("refundable-1")).uid
        finally:
            await client.aclose()

    assert asyncio.run(use()) == "refundable-1"
    assert client._http is None
    # After aclose() the same object works in a new loop, reusing its still-valid token.
    assert asyncio.run(use()) == "refundable-1"
    assert count(sandbox, "POST", AUTH) == 1


def test_a_bad_base_url_is_a_clear_error() -> None:
    async def scenario() -> ApiError:
        client = GigastoreClient("ftp://example.invalid", "id", "secret-xyz")
        async with client:
            return await expect_error(ApiError, client, client.version())

    error = asyncio.run(scenario())
    assert "cannot be used" in error.message


def test_repr_of_the_client_hides_the_secret(sandbox: SandboxServer) -> None:
    client = make_client(sandbox, client_secret="hush-hush-123")
    assert "hush-hush-123" not in repr(client)
    assert sandbox.base_url in repr(client)


def window_around_now() -> tuple[datetime, datetime]:
    return NOW - timedelta(days=30), NOW + timedelta(days=1)


def test_token_lifetime_margin_is_bounded() -> None:
    # A long-lived token is renewed 60 s early; the margin never exceeds half its life.
    with SandboxServer([], token_ttl=100) as server:

        async def scenario() -> float:
            async with make_client(server) as client:
                await client.authenticate()
                return client._token_deadline - time.monotonic()

        remaining = asyncio.run(scenario())
        assert 35 < remaining <= 50


def test_a_server_echoing_credentials_has_them_scrubbed(sandbox: SandboxServer) -> None:
    async def scenario() -> None:
        async with make_client(sandbox) as client:
            await client.authenticate()
            token = client._token
            assert token
            echo = f'{{"message": "rejected header Bearer {token} for {DEMO_CLIENT_ID}:{SECRET}"}}'
            sandbox.faults.fail_next(10, 500, path_contains="/activated-items", body=echo)
            error = await expect_error(ApiError, client, client.item("refundable-1"))
            assert "rejected header Bearer ***" in error.message

    asyncio.run(scenario())


def test_back_off_is_jittered_and_capped() -> None:
    client = GigastoreClient(
        "http://127.0.0.1:9", "id", "secret", backoff_base=0.1, backoff_cap=0.3
    )
    for attempt in range(8):
        ceiling = min(0.3, 0.1 * 2**attempt)
        pauses = [client._backoff(attempt) for _ in range(50)]
        assert all(0.0 <= pause <= ceiling for pause in pauses)
        assert len(set(pauses)) > 1  # full jitter, not a fixed step
    assert max(client._backoff(7) for _ in range(200)) > 0.2  # the cap, not the base, bounds it


def test_a_403_from_authenticate_also_means_rejected_credentials(sandbox: SandboxServer) -> None:
    sandbox.faults.fail_next(1, 403, path_contains=AUTH, body='{"message": "Account locked."}')

    async def scenario() -> Unauthorized:
        async with make_client(sandbox) as client:
            return await expect_error(Unauthorized, client, client.authenticate())

    error = asyncio.run(scenario())
    assert error.status == 403
    assert "credentials rejected" in error.message and "Account locked." in error.message


def test_tls_is_set_up_off_the_event_loop_and_still_checks_certificates(
    sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Loading the CA certificates stalls the window's loop for tens of milliseconds, so the
    # client makes its TLS context in a thread; it must still be a verifying one, on the
    # operating system's trust store.
    from gigadesk.api import client as client_module
    from gigadesk.api import network

    monkeypatch.setattr(client_module, "_TLS", None)
    made_on: list[threading.Thread] = []
    real = network.tls_context

    def recording() -> tuple[ssl.SSLContext, str]:
        made_on.append(threading.current_thread())
        return real()

    monkeypatch.setattr(network, "tls_context", recording)

    async def scenario() -> tuple[threading.Thread, str]:
        async with make_client(sandbox) as client:
            await client.item("refundable-1")
            await client.item("used")
            return threading.current_thread(), client.trust_store

    loop_thread, trust_store = asyncio.run(scenario())
    assert len(made_on) == 1 and made_on[0] is not loop_thread
    assert client_module._TLS is not None
    context, name = client_module._TLS
    assert name == trust_store == network.OS_TRUST_STORE
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
