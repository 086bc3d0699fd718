"""CLI tests: a demo sandbox, a data folder, and credentials from the environment."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gigadesk.sandbox.server import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SandboxServer


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(item_count=300, seed=5, refund_limit=5) as server:
        yield server


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GIGASTORE_CLIENT_ID", DEMO_CLIENT_ID)
    monkeypatch.setenv("GIGASTORE_CLIENT_SECRET", DEMO_CLIENT_SECRET)
    return tmp_path / "gigadesk"
