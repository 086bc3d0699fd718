"""Saved views: search, filter, sort, columns and the view shown survive a restart via Settings."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from window_rig import WindowRig

from gigadesk.store.paths import AppPaths
from gigadesk.store.query import QuickFilter, SortKey
from gigadesk.store.settings import Settings, load_settings, save_settings
from gigadesk.ui.history import columns as hc
from gigadesk.ui.history.saved_views import ViewState, from_text, to_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_window_restores_what_the_last_one_saved(rig: WindowRig) -> None:
    window = rig.synced_window()
    window.search_edit.setText("europe")
    window.apply_search()
    window.history.select_filter(QuickFilter.ACTIVE)
    window.table.sortByColumn(hc.COL_PRICE, Qt.SortOrder.AscendingOrder)
    header = window.table.horizontalHeader()
    header.moveSection(header.visualIndex(hc.COL_PURCHASE_ID), 0)
    window.views.columns_menu.set_visible(hc.COL_REGION, False)
    window.views.switch.show_view("dashboard")
    text = window.saved_view_text()

    made = dataclasses.replace(rig.workspace(), history_view=text)
    again = rig.window(made)
    assert again.model is not None
    query = again.model.query
    assert (query.search, query.quick_filter) == ("europe", QuickFilter.ACTIVE)
    assert (query.sort, query.descending) == (SortKey.PRICE, False)
    assert again.search_edit.text() == "europe"
    assert again.history.filter_buttons[QuickFilter.ACTIVE].isChecked()
    restored = again.table.horizontalHeader()
    assert restored.logicalIndex(0) == hc.COL_PURCHASE_ID
    assert restored.isSectionHidden(hc.COL_REGION)
    assert restored.sortIndicatorSection() == hc.COL_PRICE
    assert again.tabs.currentWidget() is again.dashboard
    rig.settle(again)
    assert window.model is not None and again.model.rowCount() == window.model.rowCount()


def test_the_last_visible_column_cannot_be_hidden(rig: WindowRig) -> None:
    window = rig.synced_window()
    menu = window.views.columns_menu
    for column in range(len(hc.HEADERS)):
        menu.set_visible(column, False)
    header = window.table.horizontalHeader()
    assert header.count() - header.hiddenSectionCount() == 1
    menu.rebuild()
    checked = [a for a in menu.actions() if a.isChecked()]
    assert len(checked) == 1 and not checked[0].isEnabled()
    menu.actions()[0].setChecked(True)  # the menu shows a column again
    assert not header.isSectionHidden(0)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[1, 2]",
        json.dumps({"filter": "nonsense", "sort": 5, "descending": "yes", "order": [0, 0, 99]}),
        json.dumps({"hidden": list(range(len(hc.HEADERS)))}),
    ],
)
def test_a_damaged_saved_view_falls_back_to_the_defaults(text: str) -> None:
    state = from_text(text, len(hc.HEADERS))
    assert state.quick_filter is QuickFilter.ALL and state.sort is SortKey.SOLD
    assert state.descending is True and state.order == () and state.hidden == ()


def test_valid_parts_survive_next_to_broken_ones() -> None:
    text = json.dumps({"search": "abc", "filter": "expired", "sort": "bogus", "hidden": [2]})
    state = from_text(text, len(hc.HEADERS))
    assert (state.search, state.quick_filter, state.sort) == (
        "abc",
        QuickFilter.EXPIRED,
        SortKey.SOLD,
    )
    assert state.hidden == (2,)
    assert from_text(to_text(state), len(hc.HEADERS)) == state


def test_settings_keep_the_view_text_and_reject_a_wrong_type(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    view = to_text(ViewState(search="x", quick_filter=QuickFilter.REFUNDED))
    save_settings(paths, Settings(history_view=view))
    loaded, notice = load_settings(paths)
    assert loaded.history_view == view and notice is None
    document = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    document["history_view"] = {"not": "text"}
    paths.settings_file.write_text(json.dumps(document), encoding="utf-8")
    loaded, notice = load_settings(paths)
    assert loaded.history_view == "" and notice is not None and "history_view" in notice
