"""The dashboard against a real cache synced from the loopback sandbox: figures, text, keyboard."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_rig import WindowRig

from gigadesk.domain.items import Status, month_start
from gigadesk.store.query import HistoryQuery, QuickFilter
from gigadesk.store.stats import Insight
from gigadesk.ui import theme
from gigadesk.ui.dashboard.view import month_label
from gigadesk.ui.history.selection import export_items
from gigadesk.ui.shell.app_window import AppWindow
from gigadesk.ui.shell.connection import Connection

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def open_dashboard(rig: WindowRig, window: AppWindow) -> Insight:
    window.views.switch.dashboard_action.trigger()
    insight = rig.loop.run_until_complete(window.views.switch.refresh_dashboard())
    assert insight is not None
    return insight


def test_ctrl_2_opens_the_dashboard_and_ctrl_1_the_history(rig: WindowRig) -> None:
    window = rig.synced_window()
    rig.qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.dashboard
    assert window.dashboard.sold_chart.hasFocus() or not window.isActiveWindow()
    rig.qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.splitter


def test_figures_match_the_cached_history(rig: WindowRig) -> None:
    window = rig.synced_window()
    insight = open_dashboard(rig, window)
    cache = window.workspace.cache
    now = insight.now
    # The shares are the history's own quick-filter counts at the same instant.
    for quick, count in insight.shares.items():
        assert count == cache.count(HistoryQuery(quick_filter=quick, now=now))
    shares = window.dashboard.share_chart.shares
    assert [s.count for s in shares] == list(insight.shares.values())
    # Packages sold per month, recounted from every cached item.
    everything = cache.page(HistoryQuery(now=now), 0, 10_000)
    assert len(everything) == cache.total_count() == insight.total
    for month in insight.months:
        sold = [i for i in everything if month_start(i.sales_date) == month.start]
        assert month.sold == len(sold)
        usd = sum(
            (
                i.purchase_price.amount
                for i in sold
                if i.purchase_price and i.purchase_price.currency == "USD"
            ),
            start=type(month.credits.get("USD", 0))(0),
        )
        assert month.credits.get("USD", 0) == usd
    # The chart shows the same values: each month's text is in its accessible description.
    chart = window.dashboard.sold_chart
    description = chart.accessibleDescription()
    for month in insight.months:
        assert f"{month_label(month.start)}: Packages sold: {month.sold}" in description
    # Expiring unused: exactly the unused, unrefunded packages whose validity ends in 7 days.
    horizon = now + timedelta(days=7)
    expected = sorted(
        i.uid
        for i in everything
        if i.status is not Status.REFUNDED
        and i.expires_at is not None
        and i.data.total_bytes > 0
        and i.data.unused
        and not i.is_expired(now)
        and i.is_expired(horizon)
    )
    assert sorted(item.uid for item in insight.expiring) == expected
    listed = window.dashboard.expiring
    if expected:
        assert listed.topLevelItemCount() == len(expected)
        # The history's date format (ISO under the tests' C locale), not Qt's "6 12 2026 19:34".
        ends = [listed.topLevelItem(i).text(1) for i in range(listed.topLevelItemCount())]
        assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", text) for text in ends), ends
    assert str(len(expected)) in window.dashboard.expiring_title.text()
    limit = window.workspace.monthly_limit
    assert window.dashboard.refunds_chart.limit == limit
    assert f"of {limit} refunds used this month" in window.dashboard.summary_label.text()


def test_double_click_on_an_expiring_package_shows_it_in_the_history(rig: WindowRig) -> None:
    window = rig.synced_window()
    insight = open_dashboard(rig, window)
    if not insight.expiring:
        pytest.skip("the demo data has no package expiring unused this week")
    listed = window.dashboard.expiring
    row = listed.topLevelItem(len(insight.expiring) - 1)
    uid = insight.expiring[-1].uid
    listed.scrollToItem(row)
    rect = listed.visualItemRect(row)
    assert listed.viewport().rect().contains(rect.center())
    rig.qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    rig.qtbot.mouseDClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.currentWidget() is window.splitter
    assert window.pane.item is not None and window.pane.item.uid == uid
    assert window.model is not None and window.model.query.quick_filter is QuickFilter.ALL
    # Enter does the same from the keyboard.
    window.views.switch.show_view("dashboard")
    listed.setCurrentItem(listed.topLevelItem(0))
    rig.qtbot.keyClick(listed, Qt.Key.Key_Return)
    assert window.pane.item is not None and window.pane.item.uid == insight.expiring[0].uid


def test_works_offline_from_the_cache_alone(rig: WindowRig) -> None:
    online = rig.synced_window()
    total = online.workspace.cache.total_count()
    requests = len(rig.sandbox.requests)
    window = rig.window(rig.workspace(state=Connection.OFFLINE_MODE))
    insight = open_dashboard(rig, window)
    assert insight.total == total > 0
    assert sum(m.sold for m in insight.months) > 0
    assert len(rig.sandbox.requests) == requests  # nothing went over the wire


def test_keyboard_reads_each_bar_and_the_text_follows(rig: WindowRig) -> None:
    window = rig.synced_window()
    insight = open_dashboard(rig, window)
    chart = window.dashboard.sold_chart
    chart.setFocus()
    chart.select_part(len(insight.months) - 1)
    box_label = chart.parent().findChildren(type(window.dashboard.summary_label))[-1]
    rig.qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.current == len(insight.months) - 2
    month = insight.months[-2]
    assert box_label.text() == chart.part_text(chart.current)
    assert month_label(month.start) in box_label.text() and str(month.sold) in box_label.text()
    rig.qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.current == 0
    rig.qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.current == len(insight.months) - 1


def _has_colour(image: QImage, colour: QColor, step: int = 2) -> bool:
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            if image.pixelColor(QPoint(x, y)) == colour:
                return True
    return False


@pytest.mark.parametrize("dark", [False, True])
def test_bars_are_painted_in_the_palette_colours(rig: WindowRig, dark: bool) -> None:
    window = rig.synced_window()
    open_dashboard(rig, window)
    chart = window.dashboard.sold_chart
    palette = theme.dark_palette() if dark else QApplication.style().standardPalette()
    chart.setPalette(palette)
    chart.resize(600, 260)
    image = chart.grab().toImage()
    fill = QColor(theme.colors(palette).bar_fill)
    text = palette.color(palette.ColorRole.WindowText)
    assert _has_colour(image, fill)  # the bars
    assert _has_colour(image, text, step=1)  # the values and month labels


def test_export_of_selected_items_writes_exactly_them(rig: WindowRig, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = rig.synced_window()
    assert window.model is not None
    items = [window.model.item(row) for row in (0, 2, 4)]
    chosen = [item for item in items if item is not None]
    path = tmp_path / "sel.csv"
    count = export_items(chosen, path, now=window.model.now, refunds_used=0, monthly_limit=5)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert count == 3 and len(lines) == 4
    assert [line.split(",")[0] for line in lines[1:]] == [item.uid for item in chosen]


def test_the_limit_is_named_in_the_legend_not_over_the_newest_bar(qtbot: QtBot) -> None:
    from gigadesk.ui.dashboard.charts import BarChart, Series

    chart = BarChart("Refunds per month")
    qtbot.addWidget(chart)
    chart.resize(420, 220)
    months = ["Oct", "Nov", "Dec"]
    chart.set_data(
        months,
        [Series("Refunds", [2, 3, 5], ["2", "3", "5"])],
        limit=5,
        limit_text="limit 5 a month",
    )
    chart.grab()  # paints
    legend = chart.limit_legend
    assert legend is not None
    assert legend.bottom() <= chart._plot().top()  # above the bars and their values
