"""Service tests' fixtures: a demo sandbox on loopback and a real cache file."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from gigadesk.api.client import GigastoreClient
from gigadesk.sandbox.server import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SandboxServer
from gigadesk.store.cache import Cache


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    """A demo sandbox with a few hundred items over 18 months, limit 5 refunds a month."""
    with SandboxServer(item_count=400, seed=11, refund_limit=5) as server:
        yield server


@pytest.fixture
def cache_path(tmp_path: Path) -> Path:
    return tmp_path / "history.sqlite3"


@pytest.fixture
def cache(cache_path: Path) -> Iterator[Cache]:
    opened = Cache.open(cache_path)
    yield opened
    opened.close()


@asynccontextmanager
async def fast_client(
    server: SandboxServer, *, time_limit: float = 2.0, max_attempts: int = 5
) -> AsyncIterator[GigastoreClient]:
    """A client with short time-outs and tiny back-off, for tests."""
    client = GigastoreClient(
        server.base_url,
        DEMO_CLIENT_ID,
        DEMO_CLIENT_SECRET,
        timeout=time_limit,
        max_attempts=max_attempts,
        backoff_base=0.01,
        backoff_cap=0.05,
    )
    try:
        yield client
    finally:
        await client.aclose()
