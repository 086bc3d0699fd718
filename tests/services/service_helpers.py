"""Helpers of the service tests: a fast client for the loopback sandbox."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from gigadesk.api.client import GigastoreClient
from gigadesk.sandbox.server import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SandboxServer


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
