"""Store tests never touch the real keychain: an in-memory one, or one that fails."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from store_helpers import MemoryKeyring


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Every store test gets an empty in-memory keychain and no credential variables."""
    monkeypatch.delenv("GIGASTORE_CLIENT_ID", raising=False)
    monkeypatch.delenv("GIGASTORE_CLIENT_SECRET", raising=False)
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


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
