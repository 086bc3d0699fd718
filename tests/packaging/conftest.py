"""Loads the helpers in packaging/ by path (that folder is no package: `packaging` is taken)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(name: str) -> ModuleType:
    """Import packaging/<name>.py under a private module name."""
    qualified = f"gigadesk_packaging_{name}"
    if qualified in sys.modules:
        return sys.modules[qualified]
    spec = importlib.util.spec_from_file_location(qualified, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[qualified] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def release_info() -> ModuleType:
    return load("release_info")


@pytest.fixture(scope="session")
def bundle_filters() -> ModuleType:
    return load("bundle_filters")


@pytest.fixture(scope="session")
def smoke() -> ModuleType:
    return load("smoke_test")
