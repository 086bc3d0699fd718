"""UI test fixtures: a qasync loop per test, an in-memory keychain, a cache of demo items."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication  # PySide6 before qasync, always
from pytestqt.qtbot import QtBot
from ui_helpers import demo_items, filled_cache
from window_rig import WindowRig

from gigadesk.domain.items import ActivatedItem
from gigadesk.sandbox.server import SandboxServer
from gigadesk.store.cache import Cache
from gigadesk.ui.runtime import async_slots, qt_compat
from gigadesk.ui.runtime.gc_guard import MainThreadCollector


def pytest_configure(config: pytest.Config) -> None:
    """Stop at once, with the reason, on a Qt binding that would abort the run at exit."""
    problem = qt_compat.binding_problem()
    if problem:
        pytest.exit(problem, returncode=3)


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync event loop over the test QApplication; drive it with run_until_complete."""
    event_loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(event_loop)
    collector = MainThreadCollector()  # as in the app: garbage is freed on this thread only
    collector.start()
    yield event_loop
    event_loop.run_until_complete(async_slots.cancel_all())
    event_loop.run_until_complete(event_loop.shutdown_asyncgens())
    async_slots.set_error_handler(None)
    event_loop.close()
    asyncio.set_event_loop(None)
    collector.stop()
    collector.deleteLater()


@pytest.fixture(scope="session")
def items_450() -> list[ActivatedItem]:
    """450 demo items: several model pages, every status and edge case of the generator."""
    return demo_items(450)


@pytest.fixture(scope="session")
def cache_template(
    tmp_path_factory: pytest.TempPathFactory, items_450: list[ActivatedItem]
) -> Path:
    """A closed cache file holding the 450 items, written once and copied per test."""
    path = tmp_path_factory.mktemp("template") / "cache.sqlite3"
    filled_cache(path, items_450).close()
    return path


@pytest.fixture
def cache(tmp_path: Path, cache_template: Path) -> Iterator[Cache]:
    """A real SQLite cache in tmp_path holding the 450 items."""
    path = tmp_path / "cache.sqlite3"
    shutil.copyfile(cache_template, path)
    opened = Cache.open(path)
    yield opened
    opened.close()


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    """A loopback Gigastore with 300 demo items and a limit of 5 refunds a month."""
    with SandboxServer(item_count=300, refund_limit=5) as server:
        yield server


@pytest.fixture
def rig(
    qtbot: QtBot, loop: asyncio.AbstractEventLoop, tmp_path: Path, sandbox: SandboxServer
) -> Iterator[WindowRig]:
    """Makes windows over a real cache in tmp_path and the loopback sandbox."""
    made = WindowRig(qtbot, loop, tmp_path, sandbox)
    yield made
    made.close()
