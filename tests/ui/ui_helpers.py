"""Helpers for the UI tests: demo items in a real cache, the in-memory keychain, async waits."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from gigadesk.api.wire import parse_item
from gigadesk.domain.items import ActivatedItem
from gigadesk.sandbox import demo_data
from gigadesk.sandbox.server import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SandboxServer
from gigadesk.services.doctor import DoctorReport
from gigadesk.store.cache import Cache
from gigadesk.ui.account.connection_form import AccountValues, TestOutcome
from gigadesk.ui.account.settings_dialog import SettingsValues
from gigadesk.ui.failure_text import Problem

EVERYTHING = (datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))


def demo_items(count: int, seed: int = 7) -> list[ActivatedItem]:
    """`count` parsed demo items (the sandbox's generator, through the real wire parser)."""
    return [parse_item(obj) for obj in demo_data.generate(count, seed=seed)]


def filled_cache(path: Path, items: list[ActivatedItem]) -> Cache:
    """A real cache file at `path` holding `items`, as after a sync."""
    cache = Cache.open(path)
    cache.replace_window(*EVERYTHING, items, datetime.now(UTC))
    return cache


async def until(condition: Callable[[], Any], within: float = 10.0) -> None:
    """Await (letting Qt and asyncio run) until `condition()` is true."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("timed out waiting for the UI")
        await asyncio.sleep(0.01)


class RecordingHooks:
    """The composition root's side of the window for window-only tests: records what is asked."""

    secret_note = "The secret is kept in the test keychain (memory only)."

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.saved_state: tuple[bytes, bytes] | None = None
        self.quit_requested = False
        self.limit: int | None = 5

    def settings_values(self) -> SettingsValues:
        return SettingsValues(AccountValues("demo-reseller", "", "http://127.0.0.1"), self.limit, 0)

    def secret_stored(self) -> bool:
        return True

    def keychain_missing(self) -> bool:
        return False

    async def test_connection(self, values: AccountValues) -> TestOutcome:
        self.calls.append(f"test {values.client_id}")
        return TestOutcome(True, "Connected.")

    async def connect_account(self, values: AccountValues) -> Problem | None:
        self.calls.append(f"connect {values.client_id} {values.base_url}")
        return None

    async def apply_settings(self, values: SettingsValues) -> Problem | None:
        self.calls.append(f"settings {values.monthly_refund_limit} {values.refresh_minutes}")
        return None

    async def start_demo(self) -> Problem | None:
        self.calls.append("demo")
        return None

    async def reset_demo(self) -> Problem | None:
        self.calls.append("reset_demo")
        return None

    async def check_connection(self) -> DoctorReport | None:
        self.calls.append("check")
        return DoctorReport("http://127.0.0.1")

    def forget_learned(self) -> None:
        self.calls.append("forget")

    def save_window_state(self, geometry: bytes, splitter: bytes) -> None:
        self.saved_state = (geometry, splitter)

    def request_quit(self) -> None:
        self.quit_requested = True


class SandboxDemo:
    """The DemoServer the controller asks for, backed by a small loopback sandbox."""

    client_id = DEMO_CLIENT_ID
    client_secret = DEMO_CLIENT_SECRET
    refund_limit: int | None = 5

    def __init__(self, folder: Path, item_count: int = 120) -> None:
        self.folder = folder
        self.server = SandboxServer(item_count=item_count, refund_limit=self.refund_limit)
        self.starts = 0
        self.state_dirs: list[Path] = []
        self.resets: list[Path] = []

    def start(self, state_dir: Path) -> str:
        self.starts += 1
        self.state_dirs.append(state_dir)
        return self.server.start()

    def reset(self, state_dir: Path) -> None:
        self.resets.append(state_dir)

    def stop(self) -> None:
        self.server.stop()

    def data_dir(self) -> Path:
        return self.folder
