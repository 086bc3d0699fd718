"""Store tests never touch the real keychain: an in-memory one, or one that fails."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def no_credential_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Store tests start with no credentials in the environment (the keychain is in memory)."""
    monkeypatch.delenv("GIGASTORE_CLIENT_ID", raising=False)
    monkeypatch.delenv("GIGASTORE_CLIENT_SECRET", raising=False)


@pytest.fixture
def make_read_only() -> Iterator[Callable[[Path], None]]:
    """Makes folders read-only for the test (chattr +i as root, chmod otherwise), then undoes it."""
    locked: list[Path] = []

    def lock(folder: Path) -> None:
        if _is_root():
            done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
            if done.returncode != 0:
                pytest.skip("cannot make a folder read-only here (chattr failed)")
        else:
            folder.chmod(0o555)
        locked.append(folder)
        probe = folder / ".probe"
        try:
            probe.touch()
        except OSError:
            return
        probe.unlink()
        pytest.skip("this file system ignores read-only folders")

    yield lock
    for folder in locked:
        if _is_root():
            subprocess.run(["chattr", "-i", str(folder)], capture_output=True, check=False)
        else:
            folder.chmod(0o755)


def _is_root() -> bool:
    # Root ignores permission bits; the immutable attribute stops even root.
    return hasattr(os, "geteuid") and os.geteuid() == 0
