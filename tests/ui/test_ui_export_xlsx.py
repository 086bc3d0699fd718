"""Export from the window: Excel by default, CSV on request; the dialog names what it exports."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from ui_helpers import until
from window_rig import WindowRig, select_rows

from gigadesk.store.query import QuickFilter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def sheet_rows(path: Path) -> list[dict[str, object]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    header = [str(cell) for cell in values[0]]
    return [dict(zip(header, row, strict=True)) for row in values[1:]]


def open_file_dialog() -> QFileDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
    return next((dialog for dialog in found if dialog.isVisible()), None)


def test_the_rows_shown_go_to_an_excel_workbook(rig: WindowRig, tmp_path: Path) -> None:
    window = rig.synced_window()
    window.apply_filter(QuickFilter.REFUNDED)
    rig.settle(window)
    assert window.model is not None
    expected = [window.model.item(row) for row in range(window.model.rowCount())]
    target = tmp_path / "refunded.xlsx"
    count = rig.loop.run_until_complete(window.export_to(target))
    rows = sheet_rows(target)
    assert count == len(rows) == len(expected) > 0
    assert [row["Purchase ID"] for row in rows] == [item.uid for item in expected if item]
    assert {row["Status"] for row in rows} == {"REFUNDED"}


def test_the_selection_goes_to_an_excel_workbook(rig: WindowRig, tmp_path: Path) -> None:
    window = rig.synced_window()
    assert window.model is not None
    select_rows(window, 5, 9)
    path = tmp_path / "selected.xlsx"
    count = rig.loop.run_until_complete(window.views.selection.export_selection(path))
    expected = [window.model.item(row) for row in range(5, 10)]
    assert count == 5
    assert [row["Purchase ID"] for row in sheet_rows(path)] == [i.uid for i in expected if i]
    # Both commands say what they write (their tips said "a CSV file" after Excel came).
    for action in (window.commands.export, window.views.selection.export_action):
        assert "Excel workbook or a CSV file" in action.toolTip()


@pytest.mark.parametrize(
    ("which", "title"),
    [("selection", "Export the selected rows"), ("shown", "Export the rows shown")],
)
def test_the_dialog_says_what_it_exports_and_offers_excel_first(
    rig: WindowRig, tmp_path: Path, which: str, title: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # where the dialog suggests saving
    window = rig.synced_window()
    select_rows(window, 0, 2)
    action = window.views.selection.export_action if which == "selection" else None
    name = "gigadesk-selection.xlsx" if which == "selection" else "gigadesk-history.xlsx"
    saved = Path.home() / name
    assert Path.home() == tmp_path  # the tests' home folder

    async def scenario() -> None:
        if action is not None:
            action.trigger()
        else:
            window.commands.export.trigger()
        await until(lambda: open_file_dialog() is not None)
        dialog = open_file_dialog()
        assert dialog is not None
        assert dialog.windowTitle() == title
        assert dialog.nameFilters()[0] == "Excel workbooks (*.xlsx)"
        assert dialog.defaultSuffix() == "xlsx"
        dialog.accept()  # the suggested name, in the home folder: an Excel workbook
        await until(saved.exists)

    rig.loop.run_until_complete(scenario())
    assert sheet_rows(saved)
