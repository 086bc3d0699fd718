"""An empty history view says why and offers the one step that shows rows again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from window_rig import WindowRig

from gigadesk.store.query import QuickFilter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_search_without_matches_says_so_and_clears(rig: WindowRig) -> None:
    window = rig.synced_window()
    empty = window.history.empty_state
    assert not empty.isVisible()
    window.search_edit.setText("xyz-no-such-package")
    window.apply_search()
    rig.settle(window)
    assert window.model is not None and window.model.rowCount() == 0
    assert empty.isVisible()
    assert empty.label.text() == "No package matches “xyz-no-such-package”."
    assert empty.button.text() == "Clear the search"
    rig.qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    rig.settle(window)
    assert window.search_edit.text() == ""
    assert window.model.rowCount() == 300
    assert not empty.isVisible()


def test_refundable_now_empty_because_the_limit_is_used_up(rig: WindowRig) -> None:
    # The demo account refunded 2 packages this month: a limit of 2 is used up.
    window = rig.synced_window(limit=2)
    rig.qtbot.mouseClick(
        window.history.filter_buttons[QuickFilter.REFUNDABLE], Qt.MouseButton.LeftButton
    )
    rig.settle(window)
    empty = window.history.empty_state
    assert window.model is not None and window.model.rowCount() == 0
    assert empty.isVisible()
    text = empty.label.text()
    assert text.startswith("No package can be refunded now: this month's 2 refunds are used")
    assert "(the count starts again on " in text
    assert empty.button.text() == "Show all packages"
    rig.qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    rig.settle(window)
    assert window.history.filter_buttons[QuickFilter.ALL].isChecked()
    assert window.model.rowCount() == 300
    assert not empty.isVisible()


def test_a_filter_with_no_rows_names_the_filter(rig: WindowRig) -> None:
    window = rig.synced_window()
    window.search_edit.setText("xyz-no-such-package")
    window.apply_search()
    rig.qtbot.mouseClick(
        window.history.filter_buttons[QuickFilter.EXPIRED], Qt.MouseButton.LeftButton
    )
    rig.settle(window)
    label = window.history.empty_state.label.text()
    assert label == "No package under “Expired” matches “xyz-no-such-package”."
