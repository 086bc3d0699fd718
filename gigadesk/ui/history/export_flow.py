"""File > Export: the rows shown or selected, as an Excel workbook or CSV, written off the GUI
thread through services.export."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QStatusBar, QWidget

from gigadesk.services.export import iter_query
from gigadesk.services.workspace import AccountWorkspace
from gigadesk.store.cache import Cache, CacheError
from gigadesk.store.query import HistoryQuery
from gigadesk.ui.failure_text import problem_of
from gigadesk.ui.formatting import number_text
from gigadesk.ui.history.model import HistoryModel
from gigadesk.ui.history.selection import export_items
from gigadesk.ui.i18n import arg
from gigadesk.ui.runtime.dialogs import run_dialog, show_message

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate


def export_query(
    cache_path: Path,
    query: HistoryQuery,
    path: Path,
    *,
    now: datetime,
    refunds_used: int,
    monthly_limit: int | None,
) -> int:
    """Write the rows of `query` to `path` (atomically) with its own cache connection."""
    with Cache.open(cache_path) as cache:
        return export_items(
            iter_query(cache, query),
            path,
            now=now,
            refunds_used=refunds_used,
            monthly_limit=monthly_limit,
        )


async def export_rows(
    parent: QWidget,
    status: QStatusBar,
    workspace: AccountWorkspace,
    model: HistoryModel,
    path: Path,
    *,
    refunds_used: int,
) -> int:
    """Export the rows `model` shows, telling progress and failure; the number of rows."""
    rows = number_text(model.rowCount())
    status.showMessage(arg(translate("ExportFlow", "Exporting %1 rows…"), rows))
    try:
        # In a worker thread, with its own cache connection: a million rows never freeze
        # the window.
        count = await asyncio.to_thread(
            export_query,
            workspace.cache_path,
            model.effective_query(),
            path,
            now=model.now,
            refunds_used=refunds_used,
            monthly_limit=workspace.monthly_limit,
        )
    except (OSError, CacheError) as exc:
        show_export_failure(parent, path, exc)
        return 0
    done = translate("ExportFlow", "Exported %1 rows to %2")
    status.showMessage(arg(done, number_text(count), path), 8000)
    return count


def show_export_failure(parent: QWidget, path: Path, exc: OSError | CacheError) -> None:
    """Say why nothing (or not all) was exported to `path`; the specifics behind Details."""
    problem = problem_of(exc)
    show_message(
        parent,
        translate("ExportFlow", "Export failed"),
        arg(translate("ExportFlow", "Could not export to %1. %2"), path, problem.text),
        icon=QMessageBox.Icon.Warning,
        details=problem.details,
    )


async def choose_export_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """Ask where to save, as Excel (the default) or CSV, with a file dialog opened (not
    exec'd); None when cancelled. The file's suffix decides the format."""
    excel = translate("ExportFlow", "Excel workbooks (*.xlsx)")
    csv = translate("ExportFlow", "CSV files, for scripts (*.csv)")
    suffixes = {excel: "xlsx", csv: "csv"}
    dialog = QFileDialog(parent, title, str(suggested.with_suffix(".xlsx")))
    dialog.setNameFilters([excel, csv])
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("xlsx")
    dialog.filterSelected.connect(lambda chosen: dialog.setDefaultSuffix(suffixes[chosen]))
    try:
        code = await run_dialog(dialog)
        files = dialog.selectedFiles()
    finally:
        dialog.deleteLater()
    if code != QDialog.DialogCode.Accepted or not files:
        return None
    return Path(files[0])
