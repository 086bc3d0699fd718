"""HistoryModel over a real cache, without any widget: Qt's model rules, paging, query, sort."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from gigadesk.domain.eligibility import Verdict, assess
from gigadesk.domain.items import ActivatedItem, Status
from gigadesk.store.cache import Cache
from gigadesk.store.query import HistoryQuery, QuickFilter, SortKey
from gigadesk.ui.history import columns as hc
from gigadesk.ui.history import rows as hr
from gigadesk.ui.history.model import HistoryModel

PAGE = 50


def rows(model: HistoryModel, column: int, role: int) -> list[object]:
    return [model.data(model.index(row, column), role) for row in range(model.rowCount())]


@pytest.fixture
def model(cache: Cache, qapp: object) -> Iterator[HistoryModel]:
    """A model counting in the GUI thread: every change is complete when the call returns."""
    made = HistoryModel(cache, page_size=PAGE, max_pages=3, background_counts=False)
    yield made
    made.close()


def test_model_passes_qt_model_tester_through_query_changes(
    model: HistoryModel, cache: Cache, qtmodeltester: ModelTester, items_450: list[ActivatedItem]
) -> None:
    qtmodeltester.check(model)
    model.set_query(HistoryQuery(search="europe"))
    model.sort(hc.COL_VOLUME, Qt.SortOrder.AscendingOrder)
    model.set_query(dataclasses.replace(model.query, quick_filter=QuickFilter.REFUNDED))
    fresh = dataclasses.replace(
        items_450[0], uid="new-item-1", sales_date=datetime.now(UTC) - timedelta(minutes=1)
    )
    cache.upsert_item(fresh)
    model.set_query(HistoryQuery())
    model.refresh()
    qtmodeltester.check(model)
    assert model.rowCount() == len(items_450) + 1


def test_background_counting_shows_the_first_page_then_the_rest(
    cache: Cache, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    model = HistoryModel(cache, page_size=PAGE, max_pages=3)
    try:
        qtmodeltester.check(model)
        # The first page is shown at once; the rows past it arrive with the count.
        assert model.rowCount() == PAGE and not model.count_exact
        with qtbot.waitSignal(model.rowsInserted):
            pass
        assert model.rowCount() == 450 and model.count_exact
        counts: list[tuple[int, int, bool]] = []
        model.counts_changed.connect(lambda *args: counts.append(args))
        model.set_query(HistoryQuery(quick_filter=QuickFilter.REFUNDED))  # one page: exact
        assert model.count_exact and counts[-1] == (model.rowCount(), 450, True)
        model.set_query(HistoryQuery(search="e"))
        model.set_query(HistoryQuery(search="eu"))  # the count of "e" is dropped
        qtbot.waitUntil(lambda: model.count_exact)
        assert model.rowCount() == cache.count(model.effective_query())
        assert counts[-1] == (model.rowCount(), 450, True)
    finally:
        model.close()


def test_row_count_matches_the_cache_for_every_quick_filter(
    model: HistoryModel, cache: Cache
) -> None:
    assert model.rowCount() == cache.total_count() == 450
    for quick in QuickFilter:
        model.set_query(HistoryQuery(quick_filter=quick))
        assert model.rowCount() == cache.count(model.effective_query()), quick
        assert model.total == 450


def test_pages_are_read_lazily_and_only_a_few_are_kept(model: HistoryModel) -> None:
    assert model.loaded_rows == 0  # nothing is read until a row is asked for
    model.data(model.index(0, hc.COL_PACKAGE))
    assert model.loaded_rows == PAGE
    for row in range(0, model.rowCount(), PAGE):
        assert model.data(model.index(row, hc.COL_PURCHASE_ID)) is not None
    assert model.loaded_rows <= 3 * PAGE


def test_rows_follow_the_cache_order_and_carry_item_and_verdict(
    model: HistoryModel, cache: Cache
) -> None:
    expected = cache.page(model.effective_query(), 120, 5)
    for offset, item in enumerate(expected):
        index = model.index(120 + offset, hc.COL_PURCHASE_ID)
        assert model.data(index) == item.uid
        found = model.data(index, hr.ITEM_ROLE)
        assert isinstance(found, ActivatedItem) and found.uid == item.uid
        assert isinstance(model.data(index, hr.VERDICT_ROLE), Verdict)
    sold = rows(model, hc.COL_SOLD, hr.SORT_ROLE)
    assert sold == sorted(sold, reverse=True)  # newest first by default


def test_sort_maps_columns_to_sort_keys_and_orders_rows(model: HistoryModel) -> None:
    model.sort(hc.COL_VOLUME, Qt.SortOrder.AscendingOrder)
    assert model.query.sort is SortKey.VOLUME and not model.query.descending
    volumes = rows(model, hc.COL_VOLUME, hr.SORT_ROLE)
    assert volumes == sorted(volumes)
    assert all(isinstance(value, int) for value in volumes)
    # Sizes above 2**31 bytes come through whole (no 32-bit truncation in the sort role).
    assert max(volumes) > 2**31  # type: ignore[operator]
    model.sort(hc.COL_PRICE, Qt.SortOrder.DescendingOrder)
    prices = [p for p in rows(model, hc.COL_PRICE, hr.SORT_ROLE) if p is not None]
    assert all(isinstance(p, Decimal) for p in prices)
    assert prices == sorted(prices, reverse=True)  # type: ignore[type-var]
    for column, key in enumerate(hc.SORT_KEYS):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        assert model.query.sort is key
        assert model.rowCount() == 450


def test_search_finds_by_purchase_id_email_and_package(
    model: HistoryModel, items_450: list[ActivatedItem]
) -> None:
    target = next(item for item in items_450 if item.customer_email)
    model.set_query(HistoryQuery(search=target.uid))
    assert rows(model, hc.COL_PURCHASE_ID, Qt.ItemDataRole.DisplayRole) == [target.uid]
    assert target.customer_email is not None
    model.set_query(HistoryQuery(search=target.customer_email.upper()))
    assert target.uid in rows(model, hc.COL_PURCHASE_ID, Qt.ItemDataRole.DisplayRole)
    model.set_query(HistoryQuery(search="no such package anywhere"))
    assert model.rowCount() == 0


def test_quick_filters_show_matching_rows(model: HistoryModel) -> None:
    model.set_query(HistoryQuery(quick_filter=QuickFilter.REFUNDED))
    assert model.rowCount() > 0
    # Bought with credits (only such a package can be refunded); its state is in Validity.
    assert set(rows(model, hc.COL_STATUS, Qt.ItemDataRole.DisplayRole)) == {"with credits"}
    states = rows(model, hc.COL_EXPIRES, Qt.ItemDataRole.DisplayRole)
    assert all(str(state).startswith("refunded ") for state in states)
    tips = rows(model, hc.COL_STATUS, Qt.ItemDataRole.ToolTipRole)
    assert set(tips) == {"Status in the Gigastore portal: Refunded"}
    model.set_query(HistoryQuery(quick_filter=QuickFilter.FROM_STOCK))
    assert model.rowCount() > 0
    assert set(rows(model, hc.COL_STATUS, Qt.ItemDataRole.DisplayRole)) == {"from stock"}
    model.set_query(HistoryQuery(quick_filter=QuickFilter.REFUNDABLE))
    assert model.rowCount() > 0
    verdicts = rows(model, hc.COL_REFUNDABLE, hr.VERDICT_ROLE)
    assert all(isinstance(v, Verdict) and v.refundable for v in verdicts)
    # "Likely" where the server sent no status and so has the last word; "Yes" otherwise.
    texts = rows(model, hc.COL_REFUNDABLE, Qt.ItemDataRole.DisplayRole)
    items = rows(model, hc.COL_REFUNDABLE, hr.ITEM_ROLE)
    assert {
        text for text, item in zip(texts, items, strict=True) if item.status is Status.UNKNOWN
    } == {"Likely"}
    assert {
        text for text, item in zip(texts, items, strict=True) if item.status is not Status.UNKNOWN
    } == {"Yes"}


def test_reaching_the_monthly_limit_empties_refundable_now(model: HistoryModel) -> None:
    model.set_query(HistoryQuery(quick_filter=QuickFilter.REFUNDABLE))
    assert model.rowCount() > 0
    model.set_refund_context(5, 5)
    assert model.rowCount() == 0
    model.set_query(HistoryQuery())
    assert set(rows(model, hc.COL_REFUNDABLE, Qt.ItemDataRole.DisplayRole)) == {"No"}
    tips = rows(model, hc.COL_REFUNDABLE, Qt.ItemDataRole.ToolTipRole)
    purchased = [
        tip
        for tip, item in zip(tips, rows(model, 0, hr.ITEM_ROLE), strict=True)
        if isinstance(item, ActivatedItem) and item.status is Status.PURCHASED
    ]
    assert any("refunds are used up (5 of 5)" in str(tip) for tip in purchased)


def test_refresh_picks_up_new_items_with_a_reset(
    model: HistoryModel, cache: Cache, qtbot: QtBot, items_450: list[ActivatedItem]
) -> None:
    model.data(model.index(0, 0))
    fresh = dataclasses.replace(
        items_450[-1], uid="brand-new", sales_date=datetime.now(UTC) - timedelta(seconds=5)
    )
    cache.upsert_item(fresh)
    with qtbot.waitSignal(model.rowsInserted):  # appended at the end: selection stays
        model.refresh()
    assert model.rowCount() == 451
    assert model.data(model.index(0, hc.COL_PURCHASE_ID)) == "brand-new"
    assert model.find_row("brand-new", near=40) == 0


def test_display_texts_and_unhandled_roles(model: HistoryModel) -> None:
    index = model.index(0, hc.COL_USED)
    assert str(model.data(index)).endswith("%")
    assert isinstance(model.data(index, hr.USED_FRACTION_ROLE), float)
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) is None
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(0, hc.COL_REFUNDABLE), Qt.ItemDataRole.DecorationRole)
    assert model.headerData(hc.COL_SOLD, Qt.Orientation.Horizontal) == "Sold"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.rowCount(model.index(0, 0)) == 0


def test_the_refund_context_given_at_construction_judges_the_first_page(cache: Cache) -> None:
    model = HistoryModel(cache, refunds_used=5, monthly_limit=5, background_counts=False)
    try:
        assert model.effective_query().limit_reached
        assert set(rows(model, hc.COL_REFUNDABLE, Qt.ItemDataRole.DisplayRole)) == {"No"}
        model.set_query(HistoryQuery(quick_filter=QuickFilter.REFUNDABLE))
        assert model.rowCount() == 0
    finally:
        model.close()


def test_a_refund_count_without_a_limit_rejudges_the_same_rows(model: HistoryModel) -> None:
    model.set_refund_context(0, None)  # unchanged: nothing happens
    verdicts = rows(model, hc.COL_REFUNDABLE, hr.VERDICT_ROLE)
    assert {v.refunds_this_month for v in verdicts if isinstance(v, Verdict)} == {0}
    before = rows(model, hc.COL_REFUNDABLE, Qt.ItemDataRole.DisplayRole)
    resets: list[object] = []
    changed: list[object] = []
    model.modelAboutToBeReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda *args: changed.append(args))
    model.set_refund_context(3, None)  # no limit: the rows stay, their verdicts are new
    # ... and none is repainted: each row is as refundable as before (the reasons that
    # change are tooltips, asked for when shown).
    assert resets == [] and changed == [] and model.rowCount() == 450
    verdicts = rows(model, hc.COL_REFUNDABLE, hr.VERDICT_ROLE)
    assert {v.refunds_this_month for v in verdicts if isinstance(v, Verdict)} == {3}
    assert rows(model, hc.COL_REFUNDABLE, Qt.ItemDataRole.DisplayRole) == before
    model.set_refund_context(3, 3)  # now the limit is reached: no row is refundable
    assert set(rows(model, hc.COL_REFUNDABLE, Qt.ItemDataRole.DisplayRole)) == {"No"}


def test_a_row_rejudged_says_whether_it_looks_different(items_450: list[ActivatedItem]) -> None:
    now = datetime.now(UTC)
    context = {"used": 0, "limit": 5}

    def judge(item: ActivatedItem) -> Verdict:
        return assess(item, now, context["used"], context["limit"])

    refundable = next(item for item in items_450 if judge(item).refundable)
    shown, unseen = hr.Row(refundable, judge), hr.Row(refundable, judge)
    assert shown.verdict.refundable
    context["used"] = 2  # the same answer, other reasons
    assert shown.rejudge() is False and shown.verdict.refunds_this_month == 2
    context["used"] = 5  # the limit is reached: it is not refundable any more
    assert shown.rejudge() is True and not shown.verdict.refundable
    assert unseen.rejudge() is False and not unseen.judged  # judged when first shown
    assert unseen.verdict == shown.verdict


def test_the_total_is_counted_in_the_background(cache: Cache, qtbot: QtBot) -> None:
    model = HistoryModel(cache, page_size=PAGE, max_pages=3)
    try:
        assert not model.total_known and model.total == 0 and model.shown_total == -1
        assert model.rowCount() == PAGE and not model.count_exact
        with qtbot.waitSignal(model.counts_changed) as counted:
            pass
        assert counted.args == [450, 450, True]
        assert model.total_known and model.total == 450
    finally:
        model.close()


def test_a_short_first_page_still_waits_for_the_total(cache: Cache, qtbot: QtBot) -> None:
    model = HistoryModel(cache, page_size=1000)  # every item fits in the first page
    try:
        assert model.rowCount() == 450 and not model.count_exact and not model.total_known
        # A new query before the total arrived drops that request: the next one asks for it.
        model.set_query(HistoryQuery(quick_filter=QuickFilter.REFUNDED))
        qtbot.waitUntil(lambda: model.count_exact)
        assert model.total == 450
        assert model.rowCount() == cache.count(model.effective_query())
    finally:
        model.close()


def test_count_text_before_the_total_is_known() -> None:
    from gigadesk.ui.history.view import count_text

    assert count_text(100, -1, exact=False) == "counting…"
    assert count_text(1, -1, exact=True) == "1 item"  # the total's count failed
    assert count_text(100, 300, exact=False) == "counting… of 300 items"


@pytest.mark.parametrize(
    ("sold_ago", "repainted"),
    [
        (None, []),  # nothing new: nothing repainted
        (timedelta(seconds=5), [(0, PAGE - 1)]),  # newer items on top: the first page
        (timedelta(days=5000), []),  # older items below (a first sync): only rows added
    ],
)
def test_a_refresh_during_a_sync_repaints_once_with_the_count_and_only_what_changed(
    cache: Cache,
    qtbot: QtBot,
    items_450: list[ActivatedItem],
    sold_ago: timedelta | None,
    repainted: list[tuple[int, int]],
) -> None:
    model = HistoryModel(cache, page_size=PAGE, max_pages=3)
    try:
        qtbot.waitUntil(lambda: model.count_exact)
        changed: list[tuple[int, int]] = []
        model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
        new_items = 0 if sold_ago is None else 3
        for number in range(new_items):
            assert sold_ago is not None
            sold = datetime.now(UTC) - sold_ago - timedelta(seconds=number)
            cache.upsert_item(
                dataclasses.replace(items_450[0], uid=f"synced-{number}", sales_date=sold)
            )
        first_row_before = model.item(0)
        model.refresh(repaint_with_count=True)
        assert changed == [], "nothing is repainted before the new count is known"
        with qtbot.waitSignal(model.counts_changed, check_params_cb=lambda *a: a[2]):
            pass
        assert changed == repainted
        assert model.rowCount() == 450 + new_items
        assert [model.item(row) for row in range(model.rowCount())] == cache.page(
            HistoryQuery(), 0, 1000
        ), "every row reads what the cache holds"
        assert (model.item(0) == first_row_before) == (not repainted)
        model.refresh()  # any other refresh repaints everything at once
        assert changed[len(repainted) :] == [(0, 450 + new_items - 1)]
    finally:
        model.close()


def test_a_refresh_during_a_sync_repaints_rows_whose_texts_time_has_changed(
    cache: Cache, qtbot: QtBot
) -> None:
    # Rows kept from before a refresh must show what fresh ones would: the verdict and the
    # days left depend on the model's instant, which each refresh moves on.
    now = [datetime.now(UTC)]
    model = HistoryModel(cache, page_size=PAGE, max_pages=3, clock=lambda: now[0])
    try:
        qtbot.waitUntil(lambda: model.count_exact)

        def expiry_texts() -> list[object]:
            return [model.data(model.index(row, hc.COL_EXPIRES)) for row in range(PAGE)]

        before = expiry_texts()
        assert any("left" in str(text) for text in before)
        changed: list[tuple[int, int]] = []
        model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
        for step, repainted in ((timedelta(seconds=1), []), (timedelta(days=2), [(0, PAGE - 1)])):
            now[0] += step
            model.refresh(repaint_with_count=True)
            with qtbot.waitSignal(model.counts_changed, check_params_cb=lambda *a: a[2]):
                pass
            assert changed == repainted
        after = expiry_texts()
        assert after != before
        assert after == [
            hc.display_text(item, model.verdict(item), hc.COL_EXPIRES, now[0])
            for item in cache.page(HistoryQuery(), 0, PAGE)
        ]
    finally:
        model.close()
