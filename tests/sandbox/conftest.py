"""Sandbox tests' fixtures: servers on loopback and clients that are always closed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from sandbox_helpers import login

from gigadesk.sandbox.server import SandboxServer


@pytest.fixture
def serve() -> Iterator[Callable[..., SandboxServer]]:
    """Start SandboxServers with any arguments; every one is stopped after the test."""
    servers: list[SandboxServer] = []

    def start(items: list[dict[str, Any]] | None = None, **options: Any) -> SandboxServer:
        server = SandboxServer(items, **options)
        servers.append(server)
        server.start()
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def connect() -> Iterator[Callable[..., httpx.Client]]:
    """Authenticated httpx clients for a server; every one is closed after the test."""
    clients: list[httpx.Client] = []

    def make(server: SandboxServer, *, timeout: float = 5.0) -> httpx.Client:
        client = login(server, timeout=timeout)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture(scope="module")
def demo() -> Iterator[SandboxServer]:
    """A read-only demo sandbox shared by a module's tests (never refund on it)."""
    with SandboxServer(item_count=600, seed=11) as server:
        yield server
