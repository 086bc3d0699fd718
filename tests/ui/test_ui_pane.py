"""The detail pane from an item and a verdict alone: timeline, usage, checklist, month."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea
from pytestqt.qtbot import QtBot

from gigadesk.domain.eligibility import assess
from gigadesk.domain.items import ActivatedItem, DataAllowance, Money, Status, Validity
from gigadesk.ui import formatting as fmt
from gigadesk.ui import theme
from gigadesk.ui.detail.pane import DetailPane
from gigadesk.ui.detail.verdict_text import check_title
from gigadesk.ui.detail.widgets import Timeline, TimelineEvent
from gigadesk.ui.history import columns as hc
from gigadesk.ui.refunds.bulk_dialogs import BulkRefundDialog
from gigadesk.ui.refunds.bulk_plan import plan_bulk
from gigadesk.ui.refunds.dialog import RefundDialog

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
GB = 10**9


def item(**changes: object) -> ActivatedItem:
    base = ActivatedItem(
        uid="c0a8-0001",
        name="eSIM Europe 5 GB",
        status=Status.PURCHASED,
        sales_date=NOW - timedelta(days=2),
        data=DataAllowance(5 * GB, 5 * GB),
        activated_at=NOW - timedelta(days=2),
        expires_at=NOW + timedelta(days=28),
        activation_mode="NOW",
        validity=Validity(30, "days"),
        purchase_price=Money(Decimal("4.50"), "USD"),
        retail_price=Money(Decimal("9.00"), "USD"),
        country_set="EU",
        customer_email="anna@example.com",
        iccid="8937204016000000001",
        metatag="order 1042",
        sales_channel="Application Programming Interface",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def pane(qtbot: QtBot) -> DetailPane:
    widget = DetailPane(QAction("Refund…"))
    qtbot.addWidget(widget)
    return widget


def test_refundable_package(pane: DetailPane) -> None:
    sale = item()
    pane.show_item(sale, assess(sale, NOW, 2, 5), now=NOW, refunds_used=2, monthly_limit=5)
    assert pane.currentIndex() == 1
    assert pane.badge.text() == "With credits"
    assert pane.badge.toolTip() == "Status in the Gigastore portal: Purchased"
    assert pane.refundable_badge.text() == "Refundable now"
    assert [e.title for e in pane.timeline.events] == ["Sold", "Activated", "Expires"]
    assert "28 days left" in pane.timeline.events[-1].detail
    assert pane.usage_label.text().startswith("0 B of 5 GB used · 5 GB left")
    assert pane.fields["Credits paid"].text() == "4.50 USD"
    assert pane.fields["Validity"].text() == "30 days · starts now"
    assert [line.check.passed for line in pane.check_lines] == [True, True, True, True]
    assert pane.check_lines[-1].check.message == "2 of 5 used this month."
    assert pane.month_label.isHidden()
    assert pane.ticket_button.isHidden()


def test_not_yet_active_used_and_offline(pane: DetailPane) -> None:
    sale = item(activated_at=None, data=DataAllowance(5 * GB, 3 * GB))
    pane.show_item(sale, assess(sale, NOW, 0, None), now=NOW, online=False)
    assert pane.timeline.events[1].title == "Not yet active"
    assert "auto-activates by" in pane.timeline.events[1].detail
    assert "at the latest" in pane.timeline.events[2].detail
    assert pane.refundable_badge.text() == "Not refundable"
    assert [line.check.passed for line in pane.check_lines] == [True, True, False, None]
    assert "2 GB of 5 GB already used" in pane.check_lines[2].check.message
    assert "limit unknown" in pane.check_lines[3].check.message
    assert "The monthly refund limit is unknown" in pane.warnings_label.text()


def test_from_stock_offers_the_support_ticket(pane: DetailPane) -> None:
    sale = item(status=Status.ACTIVATED)
    pane.show_item(sale, assess(sale, NOW, 0, 5), now=NOW, monthly_limit=5)
    assert pane.badge.text() == "From stock"
    assert not pane.ticket_button.isHidden()
    pane.ticket_button.click()
    assert "Purchase ID: c0a8-0001" in QGuiApplication.clipboard().text()
    assert "copied" in pane.result_label.text()


def test_refunded_shows_the_months_count(pane: DetailPane) -> None:
    sale = item(status=Status.REFUNDED, refunded_at=NOW - timedelta(hours=3))
    pane.show_item(sale, assess(sale, NOW, 3, None), now=NOW, refunds_used=3)
    assert pane.refundable_badge.text() == "Refunded"
    # The line says what is the case, beside a cross: not the rule's name crossed out.
    assert [line.check.title for line in pane.check_lines] == ["Refunded on 2026-11-21"]
    assert pane.check_lines[0].text_label.text().startswith("<b>Refunded on 2026-11-21</b>")
    assert "left" not in " ".join(e.detail for e in pane.timeline.events)  # no days left
    assert pane.timeline.events[-1].title == "Refunded"
    assert not pane.month_label.isHidden()
    assert pane.month_label.text() == "3 refunds this month · limit unknown"


def test_a_package_refunded_before_it_activated_promises_no_auto_activation(
    pane: DetailPane,
) -> None:
    # Seen on Xvfb: "Not yet active / auto-activates by 04.06.2027" beside "Refunded".
    deadline = NOW + timedelta(days=180)
    sale = item(status=Status.REFUNDED, refunded_at=NOW, activated_at=None, expires_at=deadline)
    pane.show_item(sale, assess(sale, NOW, 1, 5), now=NOW)
    assert [e.title for e in pane.timeline.events] == ["Sold", "Refunded"]
    # Not refunded yet, the same package still shows its deadline.
    waiting = dataclasses.replace(sale, status=Status.PURCHASED, refunded_at=None)
    pane.show_item(waiting, assess(waiting, NOW, 1, 5), now=NOW)
    assert [e.title for e in pane.timeline.events] == ["Sold", "Not yet active", "Expires"]


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_previous_items_rule_lines_vanish_at_once(pane: DetailPane, qtbot: QtBot) -> None:
    """Their deletion waits for the event loop (a right-click's menu runs its own): until then
    they must not show beside the new item's lines."""
    refunded = item(status=Status.REFUNDED, refunded_at=NOW - timedelta(hours=3))
    pane.show_item(refunded, assess(refunded, NOW, 3, 5), now=NOW, refunds_used=3)
    pane.show()
    old_lines = list(pane.check_lines)
    sale = item(uid="c0a8-0002")
    pane.show_item(sale, assess(sale, NOW, 3, 5), now=NOW, refunds_used=3, monthly_limit=5)
    assert old_lines and all(line.isHidden() for line in old_lines)
    assert len(pane.check_lines) == 4  # shown by Qt when the event loop runs:
    qtbot.waitUntil(lambda: not any(line.isHidden() for line in pane.check_lines))


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_narrow_pane_wraps_instead_of_cutting_off_its_right_side(
    pane: DetailPane, qtbot: QtBot
) -> None:
    """The splitter may leave the pane 300 px: its content stays within them (the horizontal
    scroll bar is off, so anything wider was cut off: prices, the Copy button, the month)."""
    sale = item(customer_email="farid.novak411@travel.example.net")
    pane.show_item(sale, assess(sale, NOW, 2, None), now=NOW, refunds_used=2)
    pane.resize(300, 800)
    pane.show()
    scroll = pane.findChild(QScrollArea)
    assert scroll is not None and scroll.widget() is not None
    qtbot.waitUntil(lambda: scroll.widget().width() == scroll.viewport().width())
    assert scroll.widget().minimumSizeHint().width() <= 300
    assert pane.uid_label.wordWrap()  # a Purchase ID wider than the pane wraps at a hyphen
    customer = pane.fields["Customer"]
    assert customer.toolTip().startswith("farid.novak411@travel.example.net\nCustomer ID:")


def test_nothing_selected(pane: DetailPane) -> None:
    pane.show_item(None, now=NOW)
    assert pane.currentIndex() == 0
    assert pane.item is None


def test_confirmation_names_package_id_and_credits(qtbot: QtBot) -> None:
    sale = item()
    dialog = RefundDialog(sale, assess(sale, NOW, 0, None))
    qtbot.addWidget(dialog)
    text = dialog.body_label.text()
    assert "Purchase ID: c0a8-0001" in text
    assert "4.50 USD in credits go back to your Gigastore account" in text
    assert "limit is unknown" in text  # the verdict's warning is repeated
    assert dialog.refund_button.text() == "Refund 4.50 USD"
    assert dialog.cancel_button.isDefault()  # Enter cancels; refunding takes a deliberate click


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
@pytest.mark.parametrize("key", [Qt.Key.Key_Space, Qt.Key.Key_Return])
def test_a_key_pressed_at_once_in_a_confirmation_never_refunds(qtbot: QtBot, key: Qt.Key) -> None:
    # Seen on Xvfb: Space right after Ctrl+Shift+R pressed the focused Refund button.
    sale = item()
    dialog = RefundDialog(sale, assess(sale, NOW, 0, 5))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    focused = QApplication.focusWidget()
    assert focused is dialog.cancel_button
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(focused, key)
    assert dialog.result() == QDialog.DialogCode.Rejected

    others = [dataclasses.replace(sale, uid=f"c0a8-{n:04d}") for n in range(3)]
    bulk = BulkRefundDialog(plan_bulk(others, 0, 5, NOW))
    qtbot.addWidget(bulk)
    with qtbot.waitActive(bulk):
        bulk.show()
        bulk.activateWindow()
    assert QApplication.focusWidget() not in (None, bulk.refund_button)
    assert bulk.cancel_button.isDefault() and not bulk.refund_button.isDefault()


def test_dark_palette_picks_the_dark_status_colours(qtbot: QtBot) -> None:
    dark = theme.dark_palette()
    assert theme.is_dark(dark)
    assert theme.colors(dark) is theme.DARK
    light = QApplication.style().standardPalette()
    assert not theme.is_dark(light)
    assert theme.colors(light) is theme.LIGHT


def test_the_timeline_grows_a_line_for_a_long_detail(qtbot: QtBot) -> None:
    """A narrow pane or a longer language wraps a detail onto a fourth line: not cut off."""
    timeline = Timeline()
    qtbot.addWidget(timeline)
    sold = TimelineEvent("Sold", "2026-12-06 01:15", True)
    timeline.set_events([sold, sold, sold])
    usual = timeline.heightForWidth(300)
    assert usual == timeline.sizeHint().height()
    long_detail = TimelineEvent("Läuft ab", "07.12.2026 01:15 weniger als ein Tag übrig", False)
    timeline.set_events([sold, sold, long_detail])
    assert timeline.heightForWidth(300) >= usual + timeline.fontMetrics().lineSpacing()
    # A title too long for its column wraps too (it was cut: "Noch nicht" for "… aktiv").
    timeline.set_events([sold, sold, sold])
    short = timeline.heightForWidth(240)
    waiting = TimelineEvent("Noch nicht aktiv", "bis 04.06.2027", False)
    timeline.set_events([sold, waiting, sold])
    bold = QFont(timeline.font())
    bold.setBold(True)
    assert QFontMetrics(bold).horizontalAdvance(waiting.title) > 240 // 3  # too long for one line
    assert timeline.heightForWidth(240) >= short + QFontMetrics(bold).lineSpacing()
    assert timeline.heightForWidth(1200) == usual  # wide enough: no extra line


def test_a_passed_activation_deadline_is_never_described_as_the_future(pane: DetailPane) -> None:
    # Sold 40 days ago, never activated as far as the cache knows, deadline 10 days ago.
    deadline = NOW - timedelta(days=10)
    sale = item(sales_date=NOW - timedelta(days=40), activated_at=None, expires_at=deadline)
    verdict = assess(sale, NOW, 0, 5)
    pane.show_item(sale, verdict, now=NOW, monthly_limit=5)
    texts = [f"{e.title} {e.detail}" for e in pane.timeline.events]
    assert not any("auto-activates" in text for text in texts), texts
    assert pane.timeline.events[1].title == "Activated"
    assert "(auto-activation)" in pane.timeline.events[1].detail
    assert "20 days left" in pane.timeline.events[2].detail  # 30 days from the deadline
    validity = pane.check_lines[1].text_label.text()
    assert "Active since 2026-11-11 12:00 UTC at the latest" in validity
    assert "auto-activates" not in validity
    assert fmt.expiry_text(sale, NOW).endswith("(20 days left)")


def test_a_deadline_still_ahead_reads_as_the_future(pane: DetailPane) -> None:
    sale = item(activated_at=None, expires_at=NOW + timedelta(days=3))
    assert fmt.expiry_text(sale, NOW).startswith("auto-activates by")
    assert "auto-activates by" in assess(sale, NOW, 0, 5).checks[1].message


def test_a_refunded_package_has_no_days_left() -> None:
    sale = item(status=Status.REFUNDED, refunded_at=NOW - timedelta(hours=3))
    assert fmt.expiry_text(sale, NOW) == "refunded 2026-11-21"


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize(
    ("used", "text"),
    [(0, "0%"), (500_000, "<1%"), (GB // 2, "10%"), (5 * GB - 1_000_000, ">99%"), (5 * GB, "100%")],
)
def test_any_use_shows_as_more_than_nothing(used: int, text: str) -> None:
    sale = item(data=DataAllowance(5 * GB, 5 * GB - used))
    assert hc.display_text(sale, assess(sale, NOW, 0, 5), hc.COL_USED, NOW) == text


@pytest.mark.usefixtures("qapp")
def test_failed_rules_are_titled_with_what_is_the_case() -> None:
    expired = item(expires_at=NOW - timedelta(days=1))
    used = item(data=DataAllowance(5 * GB, 4 * GB))
    stock = item(status=Status.ACTIVATED)
    titles = {
        check.code: check_title(check)
        for sale, count in ((expired, 0), (used, 0), (stock, 5))
        for check in assess(sale, NOW, count, 5).checks
        if check.passed is False
    }
    assert titles == {
        "EXPIRED": "Expired",
        "USED": "Data used",
        "NOT_PURCHASED_WITH_CREDITS": "From inventory stock",
        "REFUND_LIMIT_REACHED": "Monthly limit reached",
    }


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_title_verdict_and_refund_are_visible_without_scrolling(
    qtbot: QtBot, qapp: QApplication, language: str
) -> None:
    """The pane's size in the default 1280x800 window: the name, the verdict badge and the
    Refund button are on screen, whatever the language makes of the details below."""
    from gigadesk.ui import i18n

    i18n.install_translators(qapp, language)
    try:
        pane = DetailPane(QAction("Refund…"))
        qtbot.addWidget(pane)
        sale = item(status=Status.ACTIVATED)  # from stock: the support-ticket button too
        pane.show_item(sale, assess(sale, NOW, 2, 5), now=NOW, refunds_used=2, monthly_limit=5)
        pane.resize(370, 640)
        pane.show()
        qtbot.waitExposed(pane)
        shown = pane.rect()
        for widget in (pane.title_label, pane.refundable_badge, pane.refund_button):
            corner = widget.mapTo(pane, widget.rect().bottomRight())
            assert widget.isVisible() and shown.contains(corner), widget
        assert pane.ticket_button.isVisible()
        bar = pane.details_scroll.verticalScrollBar()
        assert bar.maximum() > 0  # the details do scroll at this size
        bar.setValue(bar.maximum())
        other = item(uid="c0a8-0002")
        pane.show_item(other, assess(other, NOW, 2, 5), now=NOW, monthly_limit=5)
        assert bar.value() == 0  # the next package starts at its top
    finally:
        i18n.install_translators(qapp, "en")


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_customer_email_fits_the_default_pane_in_german(qtbot: QtBot, qapp: QApplication) -> None:
    from gigadesk.ui import i18n

    i18n.install_translators(qapp, "de")
    try:
        pane = DetailPane(QAction("Refund…"))
        qtbot.addWidget(pane)
        email = "farid.novak411@travel.example.net"
        sale = item(customer_email=email)
        pane.show_item(sale, assess(sale, NOW, 2, 5), now=NOW, refunds_used=2, monthly_limit=5)
        pane.resize(370, 700)
        pane.show()
        qtbot.waitExposed(pane)
        value = pane.fields["Customer"]
        assert value.text().startswith(email)
        assert value.width() >= value.fontMetrics().horizontalAdvance(email)
    finally:
        i18n.install_translators(qapp, "en")
