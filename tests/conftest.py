"""Shared test set-up: offscreen Qt, PySide6 for qasync, an in-memory keychain, read-only files."""

from __future__ import annotations

import os

# Before anything imports Qt or qasync: offscreen rendering and the PySide6 binding.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyrings import MemoryKeyring

from gigadesk.sandbox.dialect import SANDBOX, SEED, Dialect


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory keychain: the real one is never touched."""
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture(params=[SANDBOX, SEED], ids=["sandbox", "seed"])
def dialect(request: pytest.FixtureRequest) -> Dialect:
    """Each reading of the contract's open points a sandbox fixture can speak: the API,
    service and CLI tests run against both, so neither can silently break."""
    chosen: Dialect = request.param
    return chosen


@pytest.fixture
def make_read_only() -> Iterator[Callable[[Path], None]]:
    """Makes folders and files read-only for the test (chattr +i as root, chmod otherwise)."""
    locked: list[Path] = []

    def lock(folder: Path) -> None:  # a folder or a file
        if _is_root():
            done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
            if done.returncode != 0:
                pytest.skip("cannot make a folder read-only here (chattr failed)")
        else:
            folder.chmod(0o555 if folder.is_dir() else 0o444)
        locked.append(folder)
        if not folder.is_dir():
            return
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
            folder.chmod(0o755 if folder.is_dir() else 0o644)


def _is_root() -> bool:
    # Root ignores permission bits; the immutable attribute stops even root.
    return hasattr(os, "geteuid") and os.geteuid() == 0
