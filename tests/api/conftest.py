"""Client tests' fixture: a loopback sandbox holding a known set of items."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from api_helpers import sample_items

from gigadesk.sandbox.dialect import Dialect
from gigadesk.sandbox.server import SandboxServer


@pytest.fixture
def sandbox(dialect: Dialect) -> Iterator[SandboxServer]:
    """A started sandbox holding sample_items(), stopped after the test (in each dialect)."""
    with SandboxServer(sample_items(), refund_limit=5, dialect=dialect) as server:
        yield server
