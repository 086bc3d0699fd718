"""Keyboard alone: Tab walks search, filters, table and pane; arrows move inside the table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget
from window_rig import WindowRig

from gigadesk.store.query import QuickFilter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_tab_leaves_the_table_and_arrows_move_inside_it(rig: WindowRig) -> None:
    window = rig.synced_window()
    window.activateWindow()
    window.apply_filter(QuickFilter.REFUNDABLE)
    rig.settle(window)
    window.select_row(0)
    table = window.table
    assert not table.tabKeyNavigation()
    table.setFocus()
    first = window.current.uid
    rig.qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1 and window.current.uid != first  # arrows move rows
    rig.qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.pane.refund_button  # out of the table
    rig.qtbot.keyClick(window.pane.refund_button, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is table
    rig.qtbot.keyClick(table, Qt.Key.Key_Backtab)
    filters = list(window.history.filter_buttons.values())
    assert QApplication.focusWidget() is filters[-1]
    # From the search box, Tab passes the quick filters (a group Qt may enter at its checked
    # button) and reaches the table: never the toolbar or the pane first.
    window.search_edit.setFocus()
    visited = []
    for _press in range(len(filters) + 1):
        rig.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
        if visited[-1] is table:
            break
    assert visited[-1] is table
    assert all(widget in filters for widget in visited[:-1]) and len(visited) >= 2


def test_the_quick_filter_with_the_focus_shows_a_ring(rig: WindowRig) -> None:
    window = rig.synced_window()
    window.activateWindow()
    buttons = window.history.filter_buttons
    highlight = buttons[QuickFilter.ALL].palette().color(QPalette.ColorRole.Highlight).name()

    def edge_colors(widget: QWidget) -> set[str]:
        image = widget.grab().toImage()
        middle = image.height() // 2
        return {image.pixelColor(1, middle).name(), image.pixelColor(image.width() - 2, 2).name()}

    assert all(highlight not in edge_colors(b) for b in buttons.values())  # flat, unfocused
    window.table.setFocus()
    rig.qtbot.keyClick(window.table, Qt.Key.Key_Backtab)  # back into the filters
    focused = QApplication.focusWidget()
    assert focused in buttons.values()
    assert edge_colors(focused) == {highlight}
    rig.qtbot.mouseClick(buttons[QuickFilter.ACTIVE], Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is focused  # a click filters; the focus stays put
