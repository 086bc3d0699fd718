"""The demo remembers: its own settings (language), and Help > Reset Demo to start over."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from ui_helpers import SandboxDemo, until

from gigadesk import app
from gigadesk.store.paths import AppPaths
from gigadesk.store.settings import Settings, save_settings
from gigadesk.ui import i18n
from gigadesk.ui.runtime.controller import AppController, LaunchOptions

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_demo_reads_the_language_chosen_in_the_demo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_folder = tmp_path / "platform" / "demo"
    monkeypatch.setattr(app.SandboxDemo, "data_dir", lambda self: demo_folder)
    save_settings(AppPaths.under(demo_folder), Settings(language="de"))
    args = app.parse_args(["--demo"])
    assert app.settings_dir(args) == demo_folder
    assert i18n.settings_language(app.settings_dir(args)) == "de"
    chosen = app.parse_args(["--demo", "--data-dir", str(tmp_path / "d")])
    assert app.settings_dir(chosen) == tmp_path / "d"
    assert app.settings_dir(app.parse_args([])) is None


def test_reset_demo_asks_then_starts_over(
    loop: asyncio.AbstractEventLoop, qtbot: object, tmp_path: Path
) -> None:
    folder = tmp_path / "demo"
    demo = SandboxDemo(folder)
    controller = AppController(LaunchOptions(demo=True, data_dir=folder), demo)

    async def answer(button_text: str) -> None:
        await until(lambda: window.account_flow.reset_box is not None)
        box = window.account_flow.reset_box
        assert box is not None and box.windowTitle() == "Reset the demo?"
        chosen = next(b for b in box.buttons() if b.text() in (button_text, "&" + button_text))
        chosen.click()

    async def scenario() -> int:
        nonlocal window
        run = asyncio.ensure_future(controller.run())
        await until(lambda: controller.window is not None)
        window = controller.window
        assert window is not None
        await window.sync_flow.wait()
        await until(lambda: window.model is not None and window.model.count_exact)
        assert window.commands.reset_demo.isVisible()
        window.commands.reset_demo.trigger()
        await answer("Cancel")
        await asyncio.sleep(0.05)
        assert demo.resets == []  # nothing happens without the reseller's word
        window.commands.reset_demo.trigger()
        await answer("Reset Demo")
        await until(lambda: demo.resets == [folder])
        await until(lambda: window.sync_flow.runs >= 2)
        await window.sync_flow.wait()
        await until(lambda: window.model is not None and window.model.count_exact)
        assert window.model is not None and window.model.rowCount() == 120  # synced afresh
        window.close()
        return await run

    window = None
    assert loop.run_until_complete(scenario()) == 0


def test_clearing_the_cache_empties_every_table(tmp_path: Path) -> None:
    from ui_helpers import demo_items, filled_cache

    cache = filled_cache(tmp_path / "cache.sqlite3", demo_items(30))
    try:
        assert cache.total_count() == 30
        cache.clear()
        assert cache.total_count() == 0
        assert cache.synced_windows() == [] and cache.journal() == []
    finally:
        cache.close()
