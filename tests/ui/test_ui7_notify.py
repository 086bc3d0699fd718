"""Notices after a sync: packages lapsing unused this week, the month's refunds running out."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from window_rig import WindowRig

from gigadesk.store.stats import Insight
from gigadesk.ui.dashboard.notifications import refunds_left_warning

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(
    ("used", "limit", "warn"),
    [
        (0, 5, False),
        (3, 5, False),
        (4, 5, True),
        (5, 5, True),
        (9, 5, True),
        (3, None, False),
        (7, 10, False),
        (8, 10, True),
        (0, 1, True),
        (0, 0, False),
    ],
)
def test_nearly_used_up_means_one_left_or_eighty_percent(
    used: int, limit: int | None, warn: bool
) -> None:
    assert refunds_left_warning(used, limit) is warn


def _insight(expiring: int) -> Insight:
    return Insight(datetime.now(UTC), [], {}, [], expiring, 7, 0)


def test_a_sync_ends_with_a_notice_that_opens_the_dashboard(rig: WindowRig) -> None:
    window = rig.synced_window()
    task = window.views.switch.notice_task
    assert task is not None
    rig.loop.run_until_complete(task)
    insight = window.dashboard.insight
    assert insight is not None  # the sync refreshed the figures
    notifier = window.views.switch.notifier
    expected = notifier.texts(insight, window.refunds_used, window.workspace.monthly_limit)
    button = notifier.button
    window.status.clearMessage()  # "Synced … items" goes after a while; the notice then shows
    if expected:
        assert button.isVisible() and all(text in button.text() for text in expected)
        assert (
            f"{insight.expiring_total} packages" in notifier.last_text or not insight.expiring_total
        )
        rig.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.tabs.currentWidget() is window.dashboard
    else:
        assert not button.isVisible()


def test_the_same_notice_is_not_announced_twice(rig: WindowRig) -> None:
    window = rig.synced_window()
    window.status.clearMessage()  # the sync's own message
    notifier = window.views.switch.notifier
    announced: list[str] = []
    notifier.notified.connect(announced.append)
    first = notifier.notify(_insight(3), 0, 5)
    assert first == "3 packages will expire unused within 7 days."
    assert notifier.notify(_insight(3), 0, 5) is None  # unchanged: shown, not announced again
    assert notifier.button.isVisible()
    both = notifier.notify(_insight(3), 4, 5)
    assert both is not None and "Only 1 of this month's 5 refunds are left." in both
    used_up = notifier.notify(_insight(0), 5, 5)
    assert used_up == "This month's refunds are used up (5 of 5)."
    assert notifier.notify(_insight(0), 1, 5) is None and not notifier.button.isVisible()
    assert announced == [first, both, used_up]
    assert window.banner.kind != "reminder"  # the banner stays free for the connection


def test_the_notice_steps_aside_while_a_message_shows(rig: WindowRig) -> None:
    window = rig.synced_window()
    window.status.clearMessage()  # the sync's own message
    notifier = window.views.switch.notifier
    notifier.notify(_insight(3), 0, 5)
    assert notifier.button.isVisible()
    message = "Refunded eSIM Europe 5 GB (c0a8-0001). 4.50 USD in credits go back to your account."
    window.status.showMessage(message, 8000)
    assert not notifier.button.isVisible()  # the message gets the room
    assert window.status.toolTip() == message
    window.status.clearMessage()
    assert notifier.button.isVisible()


def test_a_notice_that_comes_during_a_message_waits_for_it(rig: WindowRig) -> None:
    # Seen on Xvfb: the after-sync notice came while "2,000 items synced" showed, and was
    # drawn across it.
    window = rig.synced_window()
    notifier = window.views.switch.notifier
    notifier.notify(_insight(0), 0, None)  # nothing to say: hidden
    window.status.showMessage("Synced 2,000 items in 0.3 s.", 8000)
    notifier.notify(_insight(3), 0, 5)
    assert notifier.button.text() and not notifier.button.isVisible()
    window.status.clearMessage()
    assert notifier.button.isVisible()
