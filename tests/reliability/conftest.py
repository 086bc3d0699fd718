"""Reliability tests: a loopback sandbox, credentials in the environment, a data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gigadesk.sandbox.server import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SandboxServer


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    """A demo Gigastore on loopback: 300 items over 18 months, 5 refunds a month."""
    with SandboxServer(item_count=300, seed=23, refund_limit=5) as sandbox:
        yield sandbox


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh --data-dir, with the demo credentials in the environment."""
    monkeypatch.setenv("GIGASTORE_CLIENT_ID", DEMO_CLIENT_ID)
    monkeypatch.setenv("GIGASTORE_CLIENT_SECRET", DEMO_CLIENT_SECRET)
    return tmp_path / "gd"
