"""The refund route is learned: a 404 proven to be the route's is the only second POST."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from api_helpers import expect_error, make_client, sample_items

from gigadesk.api.errors import NotFound, OutcomeUnknown
from gigadesk.sandbox.dialect import SEED
from gigadesk.sandbox.server import SandboxServer


@pytest.fixture
def prefixed() -> Iterator[SandboxServer]:
    """A server that serves only the /gigastore-prefixed refund route."""
    dialect = SEED.with_knobs(refund_route="prefixed")
    with SandboxServer(sample_items(), refund_limit=5, dialect=dialect) as server:
        yield server


def posts(server: SandboxServer) -> list[tuple[str, int]]:
    return [
        (r.path.split("/activations/")[0], r.status)
        for r in server.requests
        if r.method == "POST" and r.path.endswith("/refund")
    ]


def test_a_404_while_the_item_reads_fine_tries_the_other_route_once(
    prefixed: SandboxServer,
) -> None:
    learned: list[tuple[str, object]] = []

    async def scenario() -> str | None:
        async with make_client(prefixed, on_learn=lambda *fact: learned.append(fact)) as client:
            await client.refund("refundable-1")
            await client.refund("refundable-2")
            return client.refund_prefix

    assert asyncio.run(scenario()) == "/gigastore"
    assert posts(prefixed) == [("", 404), ("/gigastore", 200), ("/gigastore", 200)]
    assert ("refund_prefix", "/gigastore") in learned


def test_an_unknown_item_is_not_found_with_one_post(prefixed: SandboxServer) -> None:
    async def scenario() -> NotFound:
        async with make_client(prefixed) as client:
            return await expect_error(NotFound, client, client.refund("ghost"))

    asyncio.run(scenario())
    assert posts(prefixed) == [("", 404)]  # the item does not read either: no second POST


@pytest.mark.parametrize("fault", ["5xx", "drop"])
def test_no_other_route_after_a_5xx_or_a_dropped_answer(
    prefixed: SandboxServer, fault: str
) -> None:
    if fault == "5xx":
        prefixed.faults.fail_next(1, 503, path_contains="/refund", method="POST")
    else:
        prefixed.faults.drop_next(1, path_contains="/refund", method="POST", apply=False)

    async def scenario() -> OutcomeUnknown:
        async with make_client(prefixed, refund_prefix="/gigastore") as client:
            return await expect_error(OutcomeUnknown, client, client.refund("refundable-1"))

    asyncio.run(scenario())
    assert [prefix for prefix, _ in posts(prefixed)] == ["/gigastore"]


def test_the_get_probe_tells_which_route_exists(prefixed: SandboxServer) -> None:
    async def scenario() -> dict[str, int]:
        async with make_client(prefixed) as client:
            return await client.probe_refund_routes("refundable-1")

    assert asyncio.run(scenario()) == {"": 404, "/gigastore": 405}
    assert posts(prefixed) == []
    assert prefixed.item_json("refundable-1")["status"] == "PURCHASED"
