"""Which months a sync reads: the walk back, refreshes of open months, resumption."""

from __future__ import annotations

from datetime import UTC, datetime

from gigadesk.services.sync_plan import WindowState, plan_sync

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def month(year: int, number: int) -> datetime:
    return datetime(year, number, 1, tzinfo=UTC)


def test_first_sync_walks_back_from_the_current_month() -> None:
    plan = plan_sync([], NOW, empty_months_to_stop=3)
    assert plan.months == ()
    assert plan.walk_back_from == month(2026, 11)
    assert plan.empty_run == 0


def test_later_sync_reads_current_open_and_missing_months_only() -> None:
    synced = [
        WindowState(month(2026, 11), item_count=5, open_items=5),
        WindowState(month(2026, 10), item_count=7, open_items=0),  # closed: never again
        WindowState(month(2026, 9), item_count=3, open_items=1),  # still open
        # 2026-08 missing: a gap is filled
        WindowState(month(2026, 7), item_count=0, open_items=0),
        WindowState(month(2026, 6), item_count=0, open_items=0),
        WindowState(month(2026, 5), item_count=0, open_items=0),
    ]
    plan = plan_sync(synced, NOW, empty_months_to_stop=3)
    assert plan.months == (month(2026, 11), month(2026, 9), month(2026, 8))
    assert plan.walk_back_from is None  # three empty months at the old end: complete


def test_an_interrupted_walk_goes_on_where_it_stopped() -> None:
    synced = [
        WindowState(month(2026, 11), item_count=5, open_items=0),
        WindowState(month(2026, 10), item_count=0, open_items=0),
    ]
    plan = plan_sync(synced, NOW, empty_months_to_stop=3)
    assert plan.months == (month(2026, 11),)
    assert plan.walk_back_from == month(2026, 9)
    assert plan.empty_run == 1


def test_the_walk_never_goes_before_2020() -> None:
    synced = [WindowState(month(2020, 1), item_count=4, open_items=0)]
    plan = plan_sync(synced, datetime(2020, 1, 5, tzinfo=UTC), empty_months_to_stop=3)
    assert plan.walk_back_from is None
    assert plan.months == (month(2020, 1),)
