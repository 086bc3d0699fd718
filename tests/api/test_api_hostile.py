"""The client against a slow or flooding server: the deadline and the body cap, a refund too."""

from __future__ import annotations

import asyncio

import pytest
from api_helpers import make_client

from gigadesk.api.errors import OutcomeUnknown, TooLarge
from gigadesk.sandbox.server import SandboxServer

REFUND = "/refund"


def test_a_refund_answer_held_past_the_deadline_is_an_unknown_outcome(
    sandbox: SandboxServer,
) -> None:
    # Carried out, then held back far longer than the deadline (and inside the read time-out,
    # so only the deadline can end it).
    sandbox.faults.stall_next(1, 3.0, method="POST", path_contains=REFUND)

    async def scenario() -> None:
        async with make_client(sandbox, deadline=0.5) as client:
            await client.refund("refundable-1")

    with pytest.raises(OutcomeUnknown, match=r"no complete answer within 0\.5 s") as caught:
        asyncio.run(scenario())
    assert caught.value.uid == "refundable-1"
    posts = [r for r in sandbox.requests if r.method == "POST" and REFUND in r.path]
    assert len(posts) == 1  # sent once, never again


def test_a_refund_answer_above_the_cap_is_an_unknown_outcome(sandbox: SandboxServer) -> None:
    big = '{"message": "' + "x" * 5000 + '"}'
    sandbox.faults.fail_next(1, 200, method="POST", path_contains=REFUND, body=big)

    async def scenario() -> None:
        async with make_client(sandbox, max_body_bytes=1000) as client:
            await client.refund("refundable-1")

    with pytest.raises(OutcomeUnknown, match="larger than"):
        asyncio.run(scenario())


def test_a_read_above_the_cap_stops_with_too_large(sandbox: SandboxServer) -> None:
    async def scenario() -> None:
        async with make_client(sandbox, max_body_bytes=200) as client:
            await client.item("refundable-1")

    with pytest.raises(TooLarge, match="larger than the 200 B"):
        asyncio.run(scenario())
