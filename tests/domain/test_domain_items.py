"""Unit conversion, money and validity of the domain's ActivatedItem."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gigadesk.domain.items import (
    BYTES_PER_UNIT,
    ActivatedItem,
    DataAllowance,
    Status,
    UnitError,
    Validity,
    human_bytes,
    month_start,
    next_month,
    previous_month,
    to_bytes,
    utc,
)

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def make_item(**changes: object) -> ActivatedItem:
    fields: dict[str, object] = {
        "uid": "u-1",
        "name": "eSIM Europe 5 GB",
        "status": Status.PURCHASED,
        "sales_date": NOW - timedelta(days=2),
        "data": DataAllowance(5 * 10**9, 5 * 10**9),
        "activated_at": NOW - timedelta(days=2),
        "expires_at": NOW + timedelta(days=28),
        "validity": Validity(30, "days"),
    }
    fields.update(changes)
    return ActivatedItem(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (5, "GB", 5_000_000_000),
        (Decimal("3.2"), "GB", 3_200_000_000),
        (3.2, "GB", 3_200_000_000),
        (0.05, "GB", 50_000_000),
        (500, "MB", 500_000_000),
        (1, "TB", 10**12),
        (750, "kb", 750_000),
        ("12", "B", 12),
    ],
)
def test_to_bytes_uses_decimal_units(value: object, unit: str, expected: int) -> None:
    assert to_bytes(value, unit) == expected


@pytest.mark.parametrize(
    ("value", "unit"),
    [(1, "GiB"), (1, None), ("abc", "GB"), (-1, "GB"), (float("nan"), "GB"), (True, "GB")],
)
def test_to_bytes_rejects_bad_input(value: object, unit: object) -> None:
    with pytest.raises(UnitError):
        to_bytes(value, unit)


@given(
    st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False, allow_infinity=False),
    st.sampled_from(["KB", "MB", "GB", "TB"]),
)
def test_units_agree_with_each_other(amount: Decimal, unit: str) -> None:
    """The same quantity written in a unit one step smaller gives the same bytes."""
    smaller = {"MB": "KB", "GB": "MB", "TB": "GB"}.get(unit)
    in_bytes = to_bytes(amount, unit)
    assert in_bytes == int(amount * BYTES_PER_UNIT[unit])
    if smaller is not None:
        assert to_bytes(amount * 1000, smaller) == in_bytes


@given(st.integers(min_value=0, max_value=10**13), st.integers(min_value=0, max_value=10**13))
def test_used_bytes_never_negative(total: int, remaining: int) -> None:
    data = DataAllowance(total, remaining)
    assert data.used_bytes == max(0, total - remaining)
    assert data.unused == (remaining >= total)
    assert 0.0 <= data.used_fraction <= 1.0


def test_human_bytes() -> None:
    assert human_bytes(5 * 10**9) == "5 GB"
    assert human_bytes(3_200_000_000) == "3.2 GB"
    assert human_bytes(750 * 10**6) == "750 MB"
    assert human_bytes(0) == "0 B"
    assert human_bytes(1_234_567) == "1.23 MB"


def test_status_parse_is_tolerant() -> None:
    assert Status.parse("purchased") is Status.PURCHASED
    assert Status.parse("REFUNDED") is Status.REFUNDED
    assert Status.parse("GIFTED") is Status.UNKNOWN
    assert Status.parse(None) is Status.UNKNOWN


def test_activated_package_expires_at_expires_at() -> None:
    item = make_item(expires_at=NOW + timedelta(hours=1))
    assert not item.is_expired(NOW)
    assert item.is_expired(NOW + timedelta(hours=1))
    assert item.days_left(NOW) == 0
    assert item.days_left(NOW - timedelta(days=3)) == 3


def test_not_yet_active_package_is_valid_until_deadline_plus_validity() -> None:
    deadline = NOW + timedelta(days=5)
    item = make_item(activated_at=None, expires_at=deadline, validity=Validity(7, "days"))
    assert not item.is_expired(NOW)
    assert item.validity_end() == deadline + timedelta(days=7)
    # Past the deadline it has auto-activated and runs its validity from the deadline.
    assert not item.is_expired(deadline + timedelta(days=6))
    assert item.is_expired(deadline + timedelta(days=7))


def test_unknown_validity_unit_keeps_deadline_as_end() -> None:
    item = make_item(activated_at=None, expires_at=NOW, validity=Validity(1, "fortnights"))
    assert item.validity_end() == NOW
    assert item.is_expired(NOW)


def test_month_arithmetic_in_utc() -> None:
    moment = datetime(2026, 12, 31, 23, 59, tzinfo=UTC)
    assert month_start(moment) == datetime(2026, 12, 1, tzinfo=UTC)
    assert next_month(moment) == datetime(2027, 1, 1, tzinfo=UTC)
    assert previous_month(datetime(2026, 1, 15, tzinfo=UTC)) == datetime(2025, 12, 1, tzinfo=UTC)
    local = datetime(2026, 12, 1, 0, 30, tzinfo=UTC).astimezone(timezone(timedelta(hours=2)))
    assert month_start(local) == datetime(2026, 12, 1, tzinfo=UTC)
    assert utc(datetime(2026, 1, 1)) == datetime(2026, 1, 1, tzinfo=UTC)
