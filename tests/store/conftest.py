"""Store tests never touch the real keychain: an in-memory one, or one that fails."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def no_credential_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Store tests start with no credentials in the environment (the keychain is in memory)."""
    monkeypatch.delenv("GIGASTORE_CLIENT_ID", raising=False)
    monkeypatch.delenv("GIGASTORE_CLIENT_SECRET", raising=False)
