"""Help > Check the Connection and what Settings shows of the learned server."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyrings import MemoryKeyring
from PySide6.QtGui import QGuiApplication
from test_ui_app import sandbox_controller, stored_account
from ui_helpers import until

from gigadesk.sandbox.dialect import SEED
from gigadesk.sandbox.server import SandboxServer
from gigadesk.store.server_profiles import PROFILES_FILE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    """A server that reads the seed documents literally and takes ten-day windows only."""
    with SandboxServer(item_count=200, refund_limit=5, dialect=SEED, max_window_days=10) as server:
        yield server


def test_check_the_connection_then_see_and_forget_what_was_learned(
    loop: asyncio.AbstractEventLoop,
    qtbot: object,
    tmp_path: Path,
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
) -> None:
    paths = stored_account(tmp_path, memory_keyring)
    controller = sandbox_controller(tmp_path, sandbox)
    profiles = paths.config_dir / PROFILES_FILE

    async def scenario() -> int:
        run = asyncio.ensure_future(controller.run())
        await until(lambda: controller.window is not None)
        window = controller.window
        assert window is not None
        await until(lambda: window.sync_flow.runs == 1)
        await window.sync_flow.wait()
        window.commands.check_connection.trigger()
        flow = window.account_flow
        await until(lambda: flow.check_dialog is not None, within=30)
        dialog = flow.check_dialog
        assert dialog is not None
        report = dialog.report
        assert "10-day windows work" in report and "items carry no status" in report
        assert "no customer data" in report
        dialog.copy_button.click()
        assert QGuiApplication.clipboard().text() == report
        dialog.reject()
        await until(lambda: flow.check_dialog is None)

        window.commands.settings.trigger()
        await until(lambda: window.settings_dialog is not None)
        settings = window.settings_dialog
        assert settings is not None
        shown = [label.text() for label in settings.learned_labels]
        assert shown[0].startswith("/activations/activated-items/{uid}/refund")
        assert shown[1] == "2026-10-01T00:00:00Z" and shown[2] == "10 days"
        assert shown[3] == "0%"
        assert settings.forget_button.isEnabled()
        settings.forget_button.click()
        assert settings.learned_labels[0].text() == "not learned yet"
        assert not settings.forget_button.isEnabled()
        settings.reject()
        await until(lambda: window.settings_dialog is None)
        window.close()
        return await run

    assert loop.run_until_complete(scenario()) == 0
    refund_posts = [r for r in sandbox.requests if r.method == "POST" and "/refund" in r.path]
    assert refund_posts == []  # nothing but safe requests
    assert sandbox.base_url.lower() not in json.loads(profiles.read_text(encoding="utf-8"))
