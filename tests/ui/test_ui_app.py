"""The composition root: first run, stored credentials, settings, demo switch, quitting."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from keyrings import MemoryKeyring
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from ui_helpers import SandboxDemo, until

from gigadesk.sandbox.server import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SandboxServer
from gigadesk.store.paths import AppPaths
from gigadesk.ui.runtime.controller import AppController, LaunchOptions
from gigadesk.ui.shell.connection import Connection

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def files_text(root: Path) -> str:
    """Every readable file under `root`, for checking that a secret is nowhere on disk."""
    chunks = []
    for path in root.rglob("*"):
        if path.is_file() and path.suffix not in (".sqlite3", ".sqlite3-wal", ".sqlite3-shm"):
            chunks.append(path.read_bytes().decode("utf-8", "replace"))
    return "\n".join(chunks)


def stored_account(tmp_path: Path, keyring: MemoryKeyring, *, secret: bool = True) -> AppPaths:
    """A data folder whose settings name the demo account (with its secret in the keychain
    unless `secret` is False)."""
    paths = AppPaths.under(tmp_path).ensure()
    paths.settings_file.write_text(json.dumps({"client_id": DEMO_CLIENT_ID}))
    if secret:
        keyring.set_password("GigaDesk", DEMO_CLIENT_ID, DEMO_CLIENT_SECRET)
    return paths


def sandbox_controller(tmp_path: Path, sandbox: SandboxServer) -> AppController:
    """The app's controller on the data folder `tmp_path`, talking to `sandbox`."""
    return AppController(
        LaunchOptions(data_dir=tmp_path, base_url=sandbox.base_url), SandboxDemo(tmp_path / "d")
    )


def test_first_run_connects_an_account_and_syncs(
    loop: asyncio.AbstractEventLoop,
    qtbot: object,
    tmp_path: Path,
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
) -> None:
    options = LaunchOptions(data_dir=tmp_path, base_url=sandbox.base_url)
    controller = AppController(options, SandboxDemo(tmp_path / "demo"))

    async def scenario() -> int:
        run = asyncio.ensure_future(controller.run())
        await until(lambda: controller.window is not None)
        window = controller.window
        assert window is not None
        assert window.stack.currentWidget() is window.welcome
        assert "The Client Secret is kept" in window.welcome.form.secret_note.text()
        form = window.welcome.form
        form.client_id_edit.setText(DEMO_CLIENT_ID)
        assert form.base_url_edit.text() == sandbox.base_url  # --base-url, not typed again
        form.secret_edit.setText("not-the-secret")
        window.welcome.connect_button.click()
        await until(lambda: "rejected" in form.result_label.text())
        form.secret_edit.setText(DEMO_CLIENT_SECRET)
        window.welcome.connect_button.click()
        await until(lambda: window.stack.currentIndex() == 1 and window.sync_flow.runs == 1)
        await window.sync_flow.wait()
        await until(lambda: window.model is not None and window.model.count_exact)
        assert window.model is not None and window.model.rowCount() == 300
        assert window.windowTitle() == f"{DEMO_CLIENT_ID} — GigaDesk"
        window.close()
        return await run

    assert loop.run_until_complete(scenario()) == 0
    assert memory_keyring.passwords == {("GigaDesk", DEMO_CLIENT_ID): DEMO_CLIENT_SECRET}
    settings = json.loads(AppPaths.under(tmp_path).settings_file.read_text())
    assert settings["client_id"] == DEMO_CLIENT_ID
    assert settings["base_url"] == sandbox.base_url
    assert settings["window_geometry"]  # remembered on close
    assert DEMO_CLIENT_SECRET not in files_text(tmp_path)  # not in settings nor the log
    assert (AppPaths.under(tmp_path).log_dir / "gigadesk.log").exists()


def test_stored_credentials_open_the_history_and_settings_apply(
    loop: asyncio.AbstractEventLoop,
    qtbot: object,
    tmp_path: Path,
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
) -> None:
    paths = stored_account(tmp_path, memory_keyring)
    controller = sandbox_controller(tmp_path, sandbox)

    async def scenario() -> int:
        run = asyncio.ensure_future(controller.run())
        await until(lambda: controller.window is not None)
        window = controller.window
        assert window is not None and window.stack.currentIndex() == 1
        await until(lambda: window.sync_flow.runs == 1)
        await window.sync_flow.wait()
        await until(lambda: window.model is not None and window.model.count_exact)
        assert window.sync_flow.state is Connection.ONLINE
        window.commands.settings.trigger()
        await until(lambda: window.settings_dialog is not None)
        dialog = window.settings_dialog
        assert dialog is not None
        assert dialog.form.client_id_edit.text() == DEMO_CLIENT_ID
        assert dialog.form.secret_edit.text() == ""  # the secret is never shown back
        assert dialog.limit_spin.text() == "Unknown"
        dialog.limit_spin.setValue(3)
        dialog.interval_spin.setValue(30)
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
        qtbot.mouseClick(  # type: ignore[attr-defined]
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        await until(lambda: window.workspace.monthly_limit == 3)
        window.select_row(0)
        assert window.sync_flow.runs == 1  # the account did not change: no reconnect
        window.close()
        return await run

    assert loop.run_until_complete(scenario()) == 0
    saved = json.loads(paths.settings_file.read_text())
    assert saved["monthly_refund_limit"] == 3 and saved["refresh_minutes"] == 30
    assert saved["language"] == "de"  # used from the next start on


def test_the_client_is_made_after_the_first_paint_then_syncs(
    loop: asyncio.AbstractEventLoop,
    qtbot: object,
    tmp_path: Path,
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
) -> None:
    stored_account(tmp_path, memory_keyring)
    asked: list[str] = []
    read = memory_keyring.get_password

    def get_password(service: str, user: str) -> str | None:
        asked.append(user)
        return read(service, user)

    memory_keyring.get_password = get_password  # type: ignore[method-assign]
    controller = sandbox_controller(tmp_path, sandbox)
    assert controller.show_window()  # as the app starts: shown before the keychain is asked
    window = controller.window
    assert window is not None and window.stack.currentIndex() == 1  # the account's history
    assert window.windowTitle() == f"{DEMO_CLIENT_ID} — GigaDesk"
    assert asked == []
    assert controller.client is None and window.workspace.sync is None
    assert window.workspace.refunds is None and window.refund_flow.service is None
    assert window.connection is Connection.CONNECTING
    assert controller.session is not None
    local_clock = controller.session.clock

    async def scenario() -> int:
        run = asyncio.ensure_future(controller.run())
        await until(lambda: window.sync_flow.runs == 1)
        assert asked == [DEMO_CLIENT_ID] and controller.client is not None
        assert window.refund_flow.service is window.workspace.refunds is not None
        # The refund rules are judged by the client's clock from now on, in the window too.
        session = controller.session
        assert session is not None and session.clock is not local_clock
        assert window.workspace.refunds.clock is session.clock
        await window.sync_flow.wait()
        await until(lambda: window.model is not None and window.model.count_exact)
        assert window.sync_flow.state is Connection.ONLINE
        assert window.model is not None and window.model.rowCount() == 300
        window.close()
        return await run

    assert loop.run_until_complete(scenario()) == 0


def test_without_a_stored_secret_the_welcome_view_follows_the_first_paint(
    loop: asyncio.AbstractEventLoop,
    qtbot: object,
    tmp_path: Path,
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
) -> None:
    stored_account(tmp_path, memory_keyring, secret=False)
    controller = sandbox_controller(tmp_path, sandbox)
    assert controller.show_window()
    window = controller.window
    assert window is not None and window.stack.currentIndex() == 1  # before the keychain said

    async def scenario() -> int:
        run = asyncio.ensure_future(controller.run())
        # The keychain has no secret: the welcome view asks for one, as when it is asked first.
        await until(lambda: window.stack.currentWidget() is window.welcome)
        form = window.welcome.form
        assert form.client_id_edit.text() == DEMO_CLIENT_ID  # only the secret is asked for
        assert form.base_url_edit.text() == sandbox.base_url
        assert window.focusWidget() is form.secret_edit
        assert window.workspace.account is None and window.workspace.sync is None
        assert controller.client is None
        assert window.connection is Connection.NOT_CONFIGURED
        assert window.sync_flow.runs == 0
        window.close()
        return await run

    assert loop.run_until_complete(scenario()) == 0


def test_an_insecure_base_url_is_refused_before_the_first_paint(
    qtbot: object, tmp_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    stored_account(tmp_path, memory_keyring)
    options = LaunchOptions(data_dir=tmp_path, base_url="http://gigastore.example.com")
    controller = AppController(options, SandboxDemo(tmp_path / "d"))
    assert not controller.show_window()
    assert controller.window is None
    assert "Change it in Settings or with --base-url." in capsys.readouterr().err


def test_try_the_demo_from_the_welcome_view(
    loop: asyncio.AbstractEventLoop, qtbot: object, tmp_path: Path
) -> None:
    demo = SandboxDemo(tmp_path / "demo")
    controller = AppController(LaunchOptions(data_dir=tmp_path / "real"), demo)

    async def scenario() -> int:
        run = asyncio.ensure_future(controller.run())
        await until(lambda: controller.window is not None)
        window = controller.window
        assert window is not None and window.stack.currentWidget() is window.welcome
        window.welcome.demo_button.click()
        await until(lambda: window.workspace.demo and window.sync_flow.runs == 1)
        await window.sync_flow.wait()
        await until(lambda: window.model is not None and window.model.count_exact)
        assert window.windowTitle() == f"{DEMO_CLIENT_ID} (demo) — GigaDesk"
        assert window.model is not None and window.model.rowCount() == 120
        assert window.workspace.monthly_limit == 5
        window.close()
        return await run

    assert loop.run_until_complete(scenario()) == 0
    # Kept apart from the real account's data, under the --data-dir that was given.
    assert AppPaths.under(tmp_path / "real" / "demo").cache_file.exists()
    assert not demo.server.running  # stopped in the ordered shutdown


def test_quitting_mid_sync_does_not_hang(
    loop: asyncio.AbstractEventLoop, qtbot: object, tmp_path: Path
) -> None:
    demo = SandboxDemo(tmp_path / "demo", item_count=400)
    demo.server.faults.latency = 0.2
    controller = AppController(LaunchOptions(demo=True), demo)

    async def scenario() -> int:
        run = asyncio.ensure_future(controller.run())
        await until(lambda: controller.window is not None and controller.window.sync_flow.running)
        assert controller.window is not None
        controller.window.close()
        return await asyncio.wait_for(run, 10)

    assert loop.run_until_complete(scenario()) == 0
    assert not demo.server.running


def run_main(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_API="pyside6")
    return subprocess.run(
        [sys.executable, str(MAIN), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_demo_screenshot_from_the_command_line(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    done = run_main(
        "--demo", "--data-dir", str(tmp_path / "d"), "--screenshot", str(shot), cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)


def test_offline_smoke_test_exits_zero_without_network(tmp_path: Path) -> None:
    done = run_main("--offline", "--smoke-test", "--data-dir", str(tmp_path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    for check in ("sqlite", "ssl", "keyring", "window"):
        assert f"smoke: {check} ok" in done.stdout


def test_smoke_test_reports_a_bad_data_dir(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    done = run_main("--smoke-test", "--data-dir", str(blocker), cwd=tmp_path)
    assert done.returncode == 1
    assert "cannot start" in done.stderr and str(blocker) in done.stderr
