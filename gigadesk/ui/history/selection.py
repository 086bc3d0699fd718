"""The rows selected in the history: their items, as tab-separated text, and as a CSV file."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView, QTabWidget

from gigadesk.domain.eligibility import assess
from gigadesk.domain.items import ActivatedItem
from gigadesk.services.export import export_file, item_record
from gigadesk.ui.history.model import HistoryModel
from gigadesk.ui.history.saved_views import HISTORY_TAB


def selected_rows(table: QTableView, limit: int | None = None) -> list[int]:
    """The selected rows in order, read from the selection's ranges (never one index per cell);
    at most `limit` of them when given."""
    rows: set[int] = set()
    for top, bottom in _spans(table):
        if limit is not None:
            bottom = min(bottom, top + limit - 1)  # more rows of one span are never kept
        rows.update(range(top, bottom + 1))
    ordered = sorted(rows)
    return ordered if limit is None else ordered[:limit]


def _spans(table: QTableView) -> list[tuple[int, int]]:
    """The (top, bottom) row spans of the table's selection."""
    model: QItemSelectionModel | None = table.selectionModel()  # None before a model is set
    if model is None:
        return []
    selection = model.selection()
    return [(selection.at(n).top(), selection.at(n).bottom()) for n in range(selection.count())]


def selection_size(table: QTableView) -> int:
    """How many rows are selected (counted from the ranges)."""
    merged, end = 0, -1
    for top, bottom in sorted(set(_spans(table))):
        if bottom <= end:
            continue
        merged += bottom - max(top, end + 1) + 1
        end = bottom
    return merged


def shown_selection_size(table: QTableView, tabs: QTabWidget, model: HistoryModel | None) -> int:
    """How many rows are selected while the history shows (none on the dashboard, none before
    there is a history): what the selection's commands act on."""
    if tabs.currentIndex() != HISTORY_TAB or model is None:
        return 0
    return selection_size(table)


def selected_items(
    table: QTableView, model: HistoryModel, limit: int | None = None
) -> list[ActivatedItem]:
    """The items of the selected rows, in table order."""
    found = (model.item(row) for row in selected_rows(table, limit))
    return [item for item in found if item is not None]


def visible_columns(table: QTableView) -> list[int]:
    """The logical columns shown, in the order the user arranged them."""
    header = table.horizontalHeader()
    columns = [header.logicalIndex(visual) for visual in range(header.count())]
    return [column for column in columns if not header.isSectionHidden(column)]


def _cell(text: object) -> str:
    # Tabs and line breaks inside a value would split it into more cells or rows.
    return " ".join(str(text or "").split())


def rows_as_text(table: QTableView, model: HistoryModel, rows: list[int]) -> str:
    """The shown columns of `rows` as tab-separated lines, headed by the column titles."""
    columns = visible_columns(table)
    horizontal = Qt.Orientation.Horizontal
    lines = ["\t".join(_cell(model.headerData(c, horizontal)) for c in columns)]
    for row in rows:
        lines.append("\t".join(_cell(model.data(model.index(row, c))) for c in columns))
    return "\n".join(lines) + "\n"


def export_items(
    items: Iterable[ActivatedItem],
    path: Path,
    *,
    now: datetime,
    refunds_used: int,
    monthly_limit: int | None,
) -> int:
    """Write `items` to `path` (atomically) as an Excel workbook when it ends in .xlsx, else
    as the history's CSV; the number of rows."""
    records = (item_record(item, assess(item, now, refunds_used, monthly_limit)) for item in items)
    return export_file(records, path, export_format(path))


def export_format(path: Path) -> str:
    """The export format a file name asks for: 'xlsx' for .xlsx, else 'csv'."""
    return "xlsx" if path.suffix.lower() == ".xlsx" else "csv"
