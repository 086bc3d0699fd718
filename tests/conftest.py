"""Shared test set-up: offscreen Qt, PySide6 for qasync, and the loopback sandbox."""

from __future__ import annotations

import os

# Before anything imports Qt or qasync: offscreen rendering and the PySide6 binding.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"

from collections.abc import Iterator

import keyring
import pytest
from keyrings import MemoryKeyring


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory keychain: the real one is never touched."""
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)
