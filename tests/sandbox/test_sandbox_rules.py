"""The sandbox's own refund rules and wire helpers, judged at a fixed instant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from gigadesk.sandbox import rules
from gigadesk.sandbox.instants import (
    InstantFormatter,
    format_instant,
    month_bounds,
    months_back,
    parse_instant,
)

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def code(item: dict[str, Any], now: datetime, refunds: int = 0, limit: int | None = 5) -> str:
    """The refusal code for `item`, or "OK" when the refund is allowed."""
    refused = rules.refusal(item, now, refunds, limit)
    return "OK" if refused is None else refused[0]


def item(**balance: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "activatedAt": "2026-11-20T12:00:00Z",
        "expiresAt": "2026-12-20T12:00:00Z",
        "validitySize": 30,
        "validityUnit": "days",
        "size": {"sizeValue": 5, "sizeUnit": "GB"},
        "availableBalance": {"sizeValue": 5, "sizeUnit": "GB"},
    }
    base.update(balance)
    return {"uid": "u1", "status": "PURCHASED", "balance": base}


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        ({"sizeValue": 3.2, "sizeUnit": "GB"}, Decimal(3_200_000_000)),
        ({"sizeValue": 0.05, "sizeUnit": "gb"}, Decimal(50_000_000)),
        ({"sizeValue": 4999.5, "sizeUnit": "MB"}, Decimal(4_999_500_000)),
        ({"sizeValue": 1, "sizeUnit": "TB"}, Decimal(10**12)),
        ({"sizeValue": "2", "sizeUnit": "KB"}, Decimal(2000)),
        ({"sizeValue": True, "sizeUnit": "GB"}, None),
        ({"sizeValue": 5, "sizeUnit": "parsecs"}, None),
        ({"sizeValue": "lots", "sizeUnit": "GB"}, None),
        (None, None),
    ],
)
def test_size_bytes_is_exact_and_decimal(size: Any, expected: Decimal | None) -> None:
    assert rules.size_bytes(size) == expected


def test_a_valid_unused_purchase_is_refundable() -> None:
    assert code(item(), NOW, 0, 5) == "OK"
    assert code(item(), NOW, 99, None) == "OK"


def test_the_rules_are_judged_in_order() -> None:
    stock_expired_used = item(
        expiresAt="2026-11-01T00:00:00Z", availableBalance={"sizeValue": 0, "sizeUnit": "GB"}
    ) | {"status": "ACTIVATED"}
    assert code(stock_expired_used, NOW, 9, 1) == rules.NOT_PURCHASED_WITH_CREDITS
    expired_used = stock_expired_used | {"status": "PURCHASED"}
    assert code(expired_used, NOW, 9, 1) == rules.EXPIRED
    used = item(availableBalance={"sizeValue": 4.99, "sizeUnit": "GB"})
    assert code(used, NOW, 9, 1) == rules.USED
    assert code(item(), NOW, 1, 1) == rules.REFUND_LIMIT_EXCEEDED
    refunded = item() | {"status": "REFUNDED", "refundedAt": "2026-11-02T00:00:00Z"}
    assert rules.refusal(refunded, NOW, 0, 5) == (
        rules.ALREADY_REFUNDED,
        "The package was already refunded on 2026-11-02T00:00:00Z.",
    )


def test_expiry_is_exclusive_at_the_instant() -> None:
    ends_now = item(expiresAt=format_instant(NOW))
    assert code(ends_now, NOW, 0, 5) == rules.EXPIRED
    assert rules.refusal(ends_now, NOW - timedelta(seconds=1), 0, 5) is None


def test_a_package_never_activated_runs_its_validity_from_the_deadline() -> None:
    waiting = item(activatedAt=None, expiresAt="2026-11-01T00:00:00Z")  # deadline passed
    assert rules.validity_end(waiting) == datetime(2026, 12, 1, tzinfo=UTC)
    assert rules.refusal(waiting, NOW, 0, 5) is None
    assert code(waiting, datetime(2026, 12, 1, tzinfo=UTC), 0, 5) == rules.EXPIRED


def test_unknown_usage_is_refused_and_unknown_expiry_is_not() -> None:
    assert code(item(size=None), NOW, 0, 5) == rules.USED
    assert rules.refusal(item(expiresAt=None), NOW, 0, 5) is None


def test_a_missing_or_odd_status_is_decided_by_the_uid() -> None:
    seen = {rules.hidden_status_from_uid(f"uid-{n}") for n in range(20)}
    assert seen == {rules.PURCHASED, rules.ACTIVATED}
    for status in (None, "pending"):
        odd = {"uid": "uid-1"} if status is None else {"uid": "uid-1", "status": status}
        assert rules.true_status(odd) == rules.hidden_status_from_uid("uid-1")
    assert rules.true_status({"uid": "uid-1", "status": "refunded"}) == rules.REFUNDED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-10-01T00:00:00Z", datetime(2026, 10, 1, tzinfo=UTC)),
        ("2026-10-01T02:00:00+02:00", datetime(2026, 10, 1, tzinfo=UTC)),
        ("2026-10-01T02:00:00 02:00", datetime(2026, 10, 1, tzinfo=UTC)),  # '+' as a space
        ("2026-10-01T00:00:00", None),
        ("2026-13-01T00:00:00Z", None),
        ("", None),
        (20261001, None),
    ],
)
def test_parse_instant(text: object, expected: datetime | None) -> None:
    assert parse_instant(text) == expected


def test_month_helpers_and_the_fast_formatter() -> None:
    assert month_bounds(datetime(2026, 12, 31, 23, 59, tzinfo=UTC)) == (
        datetime(2026, 12, 1, tzinfo=UTC),
        datetime(2027, 1, 1, tzinfo=UTC),
    )
    assert months_back(NOW, 11) == datetime(2025, 12, 1, tzinfo=UTC)
    assert months_back(NOW, 0) == datetime(2026, 11, 1, tzinfo=UTC)
    formatter = InstantFormatter()
    leap = datetime(2024, 2, 29, 23, 59, 59, tzinfo=UTC)
    for moment in (NOW, leap, datetime(1999, 1, 1, tzinfo=UTC)):
        assert formatter(int(moment.timestamp())) == format_instant(moment)
