"""Dashboard aggregates over a real cache file: months, credits, refunds, shares, expiry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from store_helpers import GB, NOW, make_item

from gigadesk.domain.items import DataAllowance, Money, Status
from gigadesk.store.cache import Cache, CacheError
from gigadesk.store.query import HistoryQuery, QuickFilter
from gigadesk.store.stats import SHARE_FILTERS, month_starts, read_insight

EVERYTHING = (datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))


def _cache(tmp_path: Path) -> Cache:
    day = timedelta(days=1)
    items = [
        # November (now's month): three sold, two currencies.
        make_item(uid="nov-1", sales_date=NOW - day, purchase_price=Money(Decimal("4.50"), "USD")),
        make_item(
            uid="nov-2", sales_date=NOW - 2 * day, purchase_price=Money(Decimal("1.25"), "USD")
        ),
        make_item(
            uid="nov-3",
            sales_date=NOW - 3 * day,
            purchase_price=Money(Decimal("7.90"), "EUR"),
            activated_at=None,
            expires_at=NOW + 40 * day,
        ),
        # October: one sold and refunded in November, one refunded in October.
        make_item(
            uid="oct-1",
            sales_date=datetime(2026, 10, 5, tzinfo=UTC),
            status=Status.REFUNDED,
            refunded_at=NOW - day,
        ),
        make_item(
            uid="oct-2",
            sales_date=datetime(2026, 10, 3, tzinfo=UTC),
            status=Status.REFUNDED,
            refunded_at=datetime(2026, 10, 20, tzinfo=UTC),
        ),
        # Expired long ago (sold in May).
        make_item(
            uid="may-1",
            sales_date=datetime(2026, 5, 2, tzinfo=UTC),
            activated_at=datetime(2026, 5, 2, tzinfo=UTC),
            expires_at=datetime(2026, 6, 1, tzinfo=UTC),
        ),
        # Expiring unused within 7 days (activated, untouched allowance), and one used.
        make_item(uid="soon-unused", sales_date=NOW - 25 * day, expires_at=NOW + 3 * day),
        make_item(
            uid="soon-used",
            sales_date=NOW - 25 * day,
            expires_at=NOW + 2 * day,
            data=DataAllowance(5 * GB, 1 * GB),
        ),
        # Unused but expiring in 10 days: outside the horizon.
        make_item(uid="later-unused", sales_date=NOW - 20 * day, expires_at=NOW + 10 * day),
        # Sold two years ago: outside the months shown.
        make_item(uid="old", sales_date=datetime(2024, 1, 1, tzinfo=UTC)),
    ]
    cache = Cache.open(tmp_path / "cache.sqlite3")
    cache.replace_window(*EVERYTHING, items, NOW)
    return cache


def test_month_starts_run_oldest_first_across_a_year_end() -> None:
    starts = month_starts(datetime(2026, 2, 10, tzinfo=UTC), 4)
    assert [(s.year, s.month) for s in starts] == [(2025, 11), (2025, 12), (2026, 1), (2026, 2)]


def test_months_hold_sales_credits_and_refunds(tmp_path: Path) -> None:
    with _cache(tmp_path) as cache:
        insight = read_insight(cache, NOW, months=12)
    assert len(insight.months) == 12
    by_month = {(m.start.year, m.start.month): m for m in insight.months}
    november, october = by_month[(2026, 11)], by_month[(2026, 10)]
    assert october.sold == 4  # oct-1, oct-2, and soon-unused, soon-used (sold on Oct 27)
    assert november.sold == 4  # nov-1..3 and later-unused (Nov 1)
    assert november.credits["EUR"] == Decimal("7.90")
    assert november.credits["USD"] == Decimal("4.50") * 2 + Decimal("1.25")
    assert november.refunds == 1 and october.refunds == 1
    assert by_month[(2026, 5)].sold == 1
    assert sum(m.sold for m in insight.months) == 9  # "old" lies outside the year shown
    assert insight.currencies == ["USD", "EUR"]
    assert insight.total == 10


def test_shares_equal_the_quick_filter_counts(tmp_path: Path) -> None:
    with _cache(tmp_path) as cache:
        insight = read_insight(cache.path, NOW)
        for quick in SHARE_FILTERS:
            assert insight.shares[quick] == cache.count(HistoryQuery(quick_filter=quick, now=NOW))
    assert insight.shares[QuickFilter.REFUNDED] == 2
    assert insight.shares[QuickFilter.NOT_YET_ACTIVE] == 1


def test_expiring_lists_only_unused_packages_within_the_horizon(tmp_path: Path) -> None:
    with _cache(tmp_path) as cache:
        week = read_insight(cache, NOW, horizon_days=7)
        fortnight = read_insight(cache, NOW, horizon_days=14)
        cut = read_insight(cache, NOW, horizon_days=14, list_limit=1)
    assert [item.uid for item in week.expiring] == ["soon-unused"]
    assert week.expiring_total == 1
    assert [item.uid for item in fortnight.expiring] == ["soon-unused", "later-unused"]
    assert len(cut.expiring) == 1 and cut.expiring_total == 2


def test_an_empty_cache_gives_zeros_and_a_missing_one_a_clear_error(tmp_path: Path) -> None:
    with Cache.open(tmp_path / "empty.sqlite3") as cache:
        insight = read_insight(cache, NOW, months=3)
    assert [m.sold for m in insight.months] == [0, 0, 0]
    assert insight.expiring == [] and insight.total == 0
    with pytest.raises(CacheError, match="does not exist"):
        read_insight(tmp_path / "missing.sqlite3", NOW)
