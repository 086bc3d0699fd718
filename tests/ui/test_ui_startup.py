"""Start-up: the window paints from the cache before the network stack and the rest load."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMenu, QWidget
from ui_helpers import demo_items, filled_cache
from window_rig import WindowRig

from gigadesk.store.paths import AppPaths
from gigadesk.ui.runtime import first_paint
from gigadesk.ui.shell.connection import Connection

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parents[2]
# None of these is needed to show the cache: each is imported after the first paint.
LATER = (
    "asyncio",
    "httpx",
    "qasync",
    "keyring",
    "logging.handlers",
    "gigadesk.api.client",
    "gigadesk.services.sync",
    "gigadesk.services.diagnostics",
    "gigadesk.sandbox.server",
    "gigadesk.ui.shell.sync_flow",
    "gigadesk.ui.dashboard.switch",
    "gigadesk.ui.history.selection_commands",
    "gigadesk.ui.refunds.bulk_command",
    "gigadesk.ui.dashboard.view",
    "gigadesk.ui.account.welcome",
    "gigadesk.ui.account.settings_dialog",
)
FIRST_PAINT = """
import json, sys, time
from pathlib import Path
from gigadesk.app import SandboxDemo, make_application
from gigadesk.ui.runtime.controller import AppController, LaunchOptions

app = make_application()
options = LaunchOptions(data_dir=Path(sys.argv[1]), offline=True)
window = AppController(options, SandboxDemo()).open_window()
assert not window.grab().isNull() and window.model is not None
modules = sorted(sys.modules)  # what the first paint needed
painted = (window.model.rowCount(), window.model.total_known)
for _ in range(2000):  # the counts arrive from a worker thread, after the paint
    if window.model.count_exact:
        break
    app.processEvents()
    time.sleep(0.005)
print(json.dumps({"painted": painted, "rows": window.model.total, "modules": modules}))
"""


def child_env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_API="pyside6")


def test_the_window_paints_the_cache_before_the_rest_is_imported(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    paths.settings_file.write_text(json.dumps({"client_id": "reseller"}))
    filled_cache(paths.cache_file, demo_items(120)).close()
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(tmp_path)],
        cwd=ROOT,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.splitlines()[-1])
    # The first page is painted before every item is counted (in the background).
    assert shown["painted"] == [100, False]
    assert shown["rows"] == 120
    assert sorted(set(LATER) & set(shown["modules"])) == []


def test_the_startup_log_tells_when_the_first_paint_came(tmp_path: Path) -> None:
    command = [sys.executable, str(ROOT / "main.py"), "--offline", "--smoke-test"]
    done = subprocess.run(
        [*command, "--data-dir", str(tmp_path)],
        cwd=tmp_path,
        env=child_env() | {first_paint.LOG_VARIABLE: "1"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "gigadesk: first paint " in done.stderr
    assert "smoke: window ok" in done.stdout


def test_waiting_for_a_paint_ends_with_it_or_not_at_all(qtbot: object) -> None:
    label = QLabel("painted")
    assert not first_paint.wait_for_first_paint(label)  # hidden: nothing to wait for
    label.show()
    assert first_paint.wait_for_first_paint(label)
    label.close()


def test_the_later_parts_take_their_places_when_first_used(rig: WindowRig) -> None:
    window = rig.window(rig.workspace(state=Connection.OFFLINE_MODE), finished=False)
    placeholder = window.tabs.widget(1)
    assert type(placeholder) is QWidget  # the Dashboard tab, not built before it is needed
    window.tabs.setCurrentIndex(1)
    dashboard = window.dashboard
    assert window.tabs.widget(1) is dashboard
    assert (window.tabs.currentIndex(), window.tabs.tabText(1)) == (1, "&Dashboard")
    assert window.stack.currentIndex() == 1  # the history page, not the welcome view
    welcome = window.welcome
    assert window.stack.widget(0) is welcome and window.stack.currentIndex() == 1
    assert window.connection is Connection.OFFLINE_MODE  # the workspace's, until the flow exists
    assert window.sync_flow.state is Connection.OFFLINE_MODE
    assert not window.start_sync()  # offline: none starts, and nothing breaks
    window.finish_startup()
    assert window.views.switch.dashboard is dashboard


def test_the_late_commands_take_their_places_in_the_menus(rig: WindowRig) -> None:
    window = rig.synced_window()
    views = window.views  # built after the first paint: its commands join the menus
    menus = {m.objectName(): m for m in window.menuBar().findChildren(QMenu)}

    def entries(name: str) -> str:
        return " | ".join("---" if a.isSeparator() else a.text() for a in menus[name].actions())

    assert entries("menu-file") == "&Export… | --- | Export Se&lection… | &Settings… | --- | &Quit"
    assert entries("menu-edit") == "&Find | Copy &Purchase ID | &Copy Rows"
    view = "Sales &History | &Dashboard | --- | &Refresh | &Cancel Sync | --- | &Columns"
    assert entries("menu-view") == view
    assert menus["menu-view"].actions()[-1].menu() is views.columns_menu
    assert entries("menu-sale") == "Re&fund… | Refund Se&lected… | Copy Support &Ticket Text"
    table = [a.text() for a in window.table.actions()]
    assert table[-3:] == ["&Copy Rows", "Refund Se&lected…", "Export Se&lection…"]
    keys = [views.switch.history_action, views.switch.dashboard_action, views.bulk.action]
    assert [a.shortcut().toString() for a in keys] == ["Ctrl+1", "Ctrl+2", "Ctrl+Shift+B"]
    assert views.selection.export_action.shortcut().toString() == "Ctrl+Shift+E"
    copy = views.selection.copy_action
    assert copy.shortcutContext() is Qt.ShortcutContext.WidgetWithChildrenShortcut
