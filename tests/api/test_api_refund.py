"""GigastoreClient.refund against the sandbox: success, refusals, and POSTs never repeated."""

from __future__ import annotations

import asyncio

import pytest
from api_helpers import assert_clean, count, expect_error, make_client
from dialects import code_in, on_wire

from gigadesk.api.client import GigastoreClient
from gigadesk.api.errors import (
    BadRequest,
    NotFound,
    Offline,
    OutcomeUnknown,
    RefundRefused,
    Transient,
)
from gigadesk.domain.items import ActivatedItem, Status
from gigadesk.sandbox.dialect import Dialect
from gigadesk.sandbox.server import SandboxServer

REFUND = "/refund"


def refund_posts(server: SandboxServer) -> list[tuple[str, int]]:
    return [(r.path, r.status) for r in server.requests if r.method == "POST" and REFUND in r.path]


def run_refund(server: SandboxServer, uid: str, **options: object) -> ActivatedItem:
    """Refund `uid` and read it back."""

    async def scenario() -> ActivatedItem:
        async with make_client(server, **options) as client:
            await client.refund(uid)
            return await client.item(uid)

    return asyncio.run(scenario())


def test_a_refund_succeeds_with_one_post(sandbox: SandboxServer, dialect: Dialect) -> None:
    item = run_refund(sandbox, "refundable-1")
    assert sandbox.item_json("refundable-1")["status"] == "REFUNDED"
    assert item.status is on_wire(dialect, Status.REFUNDED)
    assert (item.refunded_at is not None) is dialect.send_status
    assert refund_posts(sandbox) == [("/activations/activated-items/refundable-1/refund", 200)]
    assert sandbox.refunds_in_current_month() == 1


def test_the_bare_documented_path_with_an_empty_prefix(
    sandbox: SandboxServer, dialect: Dialect
) -> None:
    item = run_refund(sandbox, "refundable-2", refund_prefix="")
    assert item.status is on_wire(dialect, Status.REFUNDED)
    assert refund_posts(sandbox) == [("/activations/activated-items/refundable-2/refund", 200)]


@pytest.mark.parametrize(
    ("uid", "code", "words"),
    [
        ("from-stock", "NOT_PURCHASED_WITH_CREDITS", "support ticket"),
        ("expired", "EXPIRED", "expired at"),
        ("used", "USED", "1800 MB consumed"),
        ("already-refunded", "ALREADY_REFUNDED", "already refunded"),
    ],
)
def test_each_refusal_carries_the_servers_words(
    sandbox: SandboxServer, dialect: Dialect, uid: str, code: str, words: str
) -> None:
    async def scenario() -> RefundRefused:
        async with make_client(sandbox) as client:
            return await expect_error(RefundRefused, client, client.refund(uid))

    error = asyncio.run(scenario())
    assert error.code == code_in(dialect, code)
    assert words in error.message
    assert 400 <= (error.status or 0) < 500
    assert len(refund_posts(sandbox)) == 1


def test_the_monthly_limit_refusal(sandbox: SandboxServer, dialect: Dialect) -> None:
    sandbox.refund_limit = 1

    async def scenario() -> RefundRefused:
        async with make_client(sandbox) as client:
            await client.refund("refundable-1")
            return await expect_error(RefundRefused, client, client.refund("refundable-2"))

    error = asyncio.run(scenario())
    assert error.code == code_in(dialect, "REFUND_LIMIT_EXCEEDED")
    assert "limit" in error.message
    assert sandbox.item_json("refundable-2")["status"] == "PURCHASED"


def test_an_unknown_package_is_not_found(sandbox: SandboxServer) -> None:
    async def scenario() -> NotFound:
        async with make_client(sandbox) as client:
            return await expect_error(NotFound, client, client.refund("ghost"))

    error = asyncio.run(scenario())
    assert "ghost" in error.message
    assert error.status == 404


def test_a_refused_refund_without_a_code_still_has_the_words(sandbox: SandboxServer) -> None:
    sandbox.faults.fail_next(
        1,
        422,
        path_contains=REFUND,
        body='{"title": "Unprocessable", "detail": "Package locked by support."}',
        content_type="application/problem+json",
    )

    async def scenario() -> RefundRefused:
        async with make_client(sandbox) as client:
            return await expect_error(RefundRefused, client, client.refund("refundable-1"))

    error = asyncio.run(scenario())
    assert error.message == "Package locked by support."
    assert error.code is None


def test_a_5xx_answer_is_outcome_unknown_and_the_post_is_not_repeated(
    sandbox: SandboxServer,
) -> None:
    sandbox.faults.fail_next(1, 503, path_contains=REFUND)

    async def scenario() -> OutcomeUnknown:
        async with make_client(sandbox, max_attempts=5) as client:
            return await expect_error(OutcomeUnknown, client, client.refund("refundable-1"))

    error = asyncio.run(scenario())
    assert error.uid == "refundable-1"
    assert error.status == 503
    assert refund_posts(sandbox) == [("/activations/activated-items/refundable-1/refund", 503)]
    assert sandbox.item_json("refundable-1")["status"] == "PURCHASED"


def test_a_429_on_refund_is_transient_and_not_repeated(sandbox: SandboxServer) -> None:
    sandbox.faults.fail_next(1, 429, retry_after=0.01, path_contains=REFUND)

    async def scenario() -> Transient:
        async with make_client(sandbox) as client:
            return await expect_error(Transient, client, client.refund("refundable-1"))

    error = asyncio.run(scenario())
    assert not isinstance(error, OutcomeUnknown)
    assert "did not take the refund" in error.message
    assert len(refund_posts(sandbox)) == 1


@pytest.mark.parametrize(
    ("apply", "mid_body", "refunded"),
    [(False, False, False), (True, False, True), (True, True, True)],
)
def test_a_dropped_refund_is_outcome_unknown_and_never_repeated(
    sandbox: SandboxServer, apply: bool, mid_body: bool, refunded: bool
) -> None:
    sandbox.faults.drop_next(1, path_contains=REFUND, apply=apply, mid_body=mid_body)

    async def scenario() -> ActivatedItem:
        async with make_client(sandbox, max_attempts=5) as client:
            error = await expect_error(OutcomeUnknown, client, client.refund("refundable-1"))
            assert error.uid == "refundable-1"
            assert "read the package back" in error.message
            return await client.item("refundable-1")

    asyncio.run(scenario())
    assert [status for _, status in refund_posts(sandbox)] == [0]
    assert (sandbox.item_json("refundable-1")["status"] == "REFUNDED") is refunded


def test_a_refund_stalled_past_the_timeout_is_outcome_unknown(
    sandbox: SandboxServer, dialect: Dialect
) -> None:
    sandbox.faults.stall_next(1, 1.0, path_contains=REFUND, apply=True)

    async def scenario() -> ActivatedItem:
        async with make_client(sandbox, timeout=0.3) as client:
            error = await expect_error(OutcomeUnknown, client, client.refund("refundable-1"))
            assert "no answer within 0.3 s" in error.message
            return await client.item("refundable-1")

    item = asyncio.run(scenario())
    # The server did it; reading back tells, where the server sends a status at all.
    assert sandbox.item_json("refundable-1")["status"] == "REFUNDED"
    assert item.status is on_wire(dialect, Status.REFUNDED)
    assert count(sandbox, "POST", REFUND) == 1


def test_a_refund_to_an_unreachable_server_was_not_sent(sandbox: SandboxServer) -> None:
    async def scenario() -> Offline:
        async with make_client(sandbox) as client:
            await client.authenticate()
            sandbox.stop()
            return await expect_error(Offline, client, client.refund("refundable-1"))

    error = asyncio.run(scenario())
    assert "not sent" in error.message
    assert count(sandbox, "POST", REFUND) == 0


def test_a_refund_with_an_expired_token_renews_and_is_sent_again(sandbox: SandboxServer) -> None:
    # A 401 means the server refused before looking at the refund: sending it again is safe.
    async def scenario() -> None:
        async with make_client(sandbox) as client:
            await client.authenticate()
            sandbox.expire_tokens()
            await client.refund("refundable-3")

    asyncio.run(scenario())
    assert [status for _, status in refund_posts(sandbox)] == [401, 200]
    assert sandbox.item_json("refundable-3")["status"] == "REFUNDED"


def test_two_refunds_at_once_each_post_once(sandbox: SandboxServer) -> None:
    async def scenario() -> list[BaseException | None]:
        async with make_client(sandbox) as client:
            results = await asyncio.gather(
                client.refund("refundable-1"), client.refund("refundable-1"), return_exceptions=True
            )
            for result in results:
                if result is not None:
                    assert_clean(result, client)
            return results

    results = asyncio.run(scenario())
    assert sorted(type(result).__name__ for result in results) == ["NoneType", "RefundRefused"]
    assert len(refund_posts(sandbox)) == 2


@pytest.mark.parametrize("uid", ["  ", ".", "..", "a/b", "../x", "a\\b", "x" * 300])
def test_a_uid_that_is_not_a_plain_segment_is_refused_before_any_request(
    sandbox: SandboxServer, uid: str
) -> None:
    client: GigastoreClient = make_client(sandbox)

    async def scenario() -> None:
        async with client:
            await client.refund(uid)

    with pytest.raises(BadRequest, match="nothing was sent"):
        asyncio.run(scenario())
    assert sandbox.requests == []
