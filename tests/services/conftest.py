"""Service tests' fixtures: a demo sandbox on loopback and a real cache file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gigadesk.sandbox.dialect import Dialect
from gigadesk.sandbox.server import SandboxServer
from gigadesk.store.cache import Cache


@pytest.fixture
def sandbox(dialect: Dialect) -> Iterator[SandboxServer]:
    """A demo sandbox with a few hundred items over 18 months, limit 5 refunds a month
    (in each dialect)."""
    with SandboxServer(item_count=400, seed=11, refund_limit=5, dialect=dialect) as server:
        yield server


@pytest.fixture
def cache_path(tmp_path: Path) -> Path:
    return tmp_path / "history.sqlite3"


@pytest.fixture
def cache(cache_path: Path) -> Iterator[Cache]:
    opened = Cache.open(cache_path)
    yield opened
    opened.close()
