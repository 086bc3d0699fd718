"""Every field of an item survives the cache exactly: instants, money, bytes and raw JSON."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from store_helpers import NOW, make_item

from gigadesk.domain.items import ActivatedItem, DataAllowance, Money, Status, Validity
from gigadesk.store import cache_rows, raw_json
from gigadesk.store.cache import Cache


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    with Cache.open(tmp_path / "history.sqlite3") as opened:
        yield opened


def stored(cache: Cache, item: ActivatedItem) -> ActivatedItem:
    cache.upsert_item(item)
    found = cache.get(item.uid)
    assert found is not None
    return found


def assert_same(found: ActivatedItem, item: ActivatedItem) -> None:
    """Field by field (raw is compared by the tests that care), with exact types."""
    for field in fields(ActivatedItem):
        if field.name != "raw":
            assert getattr(found, field.name) == getattr(item, field.name), field.name
    for price in (found.purchase_price, found.retail_price):
        assert price is None or isinstance(price.amount, Decimal)
    for moment in (found.sales_date, found.activated_at, found.expires_at, found.refunded_at):
        assert moment is None or moment.utcoffset() == timedelta(0)


def test_every_field_round_trips(cache: Cache) -> None:
    item = make_item(
        uid="full",
        name="Ünïcode Ëurope 5 GB ✓",
        sales_date=datetime(2026, 3, 4, 5, 6, 7, 891234, tzinfo=UTC),
        activated_at=datetime(2026, 3, 4, 5, 6, 9, tzinfo=UTC),
        expires_at=datetime(2026, 4, 3, 5, 6, 9, tzinfo=UTC),
        refunded_at=datetime(2026, 3, 5, tzinfo=UTC),
        status=Status.REFUNDED,
        data=DataAllowance(50 * 10**9, 3_200_000_001),
        validity=Validity(4, "weeks"),
        activation_mode="ON_DEMAND",
        purchase_price=Money(Decimal("12.3456"), "EUR"),
        retail_price=Money(Decimal("19.99"), "CHF"),
        customer_uid="cust-99",
        sales_channel="Reseller Portal",
        sales_channel_code="PORTAL",
        activation_type="DATA_PLAN",
        raw={"uid": "full", "nested": {"a": [1, 2.5, None, True, "x"]}},
    )
    found = stored(cache, item)
    assert_same(found, item)
    assert found.sales_date.tzinfo is not None
    assert found.sales_date.microsecond == 891234
    assert found.data.total_bytes == 50 * 10**9
    assert found.data.remaining_bytes == 3_200_000_001
    assert found.raw == {"uid": "full", "nested": {"a": [1, Decimal("2.5"), None, True, "x"]}}


def test_optional_fields_stay_none(cache: Cache) -> None:
    item = ActivatedItem(
        uid="bare",
        name="",
        status=Status.UNKNOWN,
        sales_date=NOW,
        data=DataAllowance(0, 0),
    )
    found = stored(cache, item)
    assert found == item
    assert found.validity is None and found.purchase_price is None and found.raw == {}


def test_instants_in_other_zones_are_kept_as_the_same_instant(cache: Cache) -> None:
    vienna = timezone(timedelta(hours=2))
    item = make_item(uid="tz", sales_date=datetime(2026, 7, 1, 10, 0, tzinfo=vienna))
    found = stored(cache, item)
    assert found.sales_date == datetime(2026, 7, 1, 8, 0, tzinfo=UTC)
    assert found.sales_date.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    "amount",
    [
        "0",
        "4.5",
        "4.50",
        "0.0001",
        "-3.25",
        "99999999999.9999",
        "1.23456",
        "1E+30",
        "123456789012345678901234567890.123456789",
    ],
)
def test_money_comes_back_exactly(cache: Cache, amount: str) -> None:
    item = make_item(uid=f"m-{amount}", purchase_price=Money(Decimal(amount), "USD"))
    found = stored(cache, item)
    assert found.purchase_price is not None
    assert found.purchase_price.amount == Decimal(amount)
    assert found.purchase_price.currency == "USD"


def test_money_with_up_to_four_decimals_is_an_integer_of_ten_thousandths() -> None:
    assert cache_rows.money_columns(Money(Decimal("4.5"), "USD")) == (45_000, None, "USD")
    assert cache_rows.money_columns(Money(Decimal("0.0001"), "EUR")) == (1, None, "EUR")
    scaled, exact, _ = cache_rows.money_columns(Money(Decimal("1.23456"), "EUR"))
    assert (scaled, exact) == (12_346, "1.23456")  # sorts near 1.2346, keeps every digit


def test_amounts_read_back_with_two_decimals_at_least() -> None:
    money = cache_rows.money_from_columns(45_000, None, "USD")
    assert money is not None and str(money.amount) == "4.50"
    money = cache_rows.money_from_columns(123_456, None, "USD")
    assert money is not None and str(money.amount) == "12.3456"


def test_bytes_beyond_64_bits_are_clamped_not_fatal(cache: Cache) -> None:
    item = make_item(uid="huge", data=DataAllowance(10**30, 10**30))
    found = stored(cache, item)
    assert found.data.total_bytes == 2**63 - 1
    assert found.data.remaining_bytes == 2**63 - 1


def test_raw_json_is_stored_compactly_and_read_back_with_decimals() -> None:
    raw = {
        "uid": "x",
        "purchasePrice": {"priceValue": Decimal("4.5"), "currencyCode": "USD"},
        "balance": {"size": {"sizeValue": Decimal("0.05"), "sizeUnit": "GB"}, "n": Decimal("5")},
        "tiny": Decimal("0.1000000000000000000000001"),
        "text": "Grüße ✓",
    }
    blob = raw_json.encode_raw(raw)
    assert len(blob) < len(repr(raw))
    back = raw_json.decode_raw(blob)
    assert back["purchasePrice"]["priceValue"] == Decimal("4.5")
    assert back["balance"]["size"]["sizeValue"] == Decimal("0.05")
    assert back["balance"]["n"] == 5
    assert back["tiny"] == "0.1000000000000000000000001"  # too precise for a double: kept as text
    assert back["text"] == "Grüße ✓"


def test_unknown_raw_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown raw JSON format"):
        raw_json.decode_raw(b"\x7fgarbage")


def test_a_lone_surrogate_is_stored_without_losing_the_raw_text(cache: Cache) -> None:
    item = make_item(uid="odd", name="bad \ud800 name", raw={"name": "bad \ud800 name"})
    found = stored(cache, item)
    assert found.name == "bad ? name"
    assert found.raw == {"name": "bad \ud800 name"}


def test_expired_from_matches_is_expired_at_its_edges() -> None:
    day = timedelta(days=1)
    waiting = make_item(activated_at=None, expires_at=NOW, validity=Validity(-3, "days"))
    active = make_item(activated_at=NOW - day, expires_at=NOW + day)
    never = make_item(expires_at=None)
    for item in (waiting, active):
        edge = cache_rows.from_micros(cache_rows.expired_from(item))
        assert item.is_expired(edge)
        assert not item.is_expired(edge - timedelta(microseconds=1))
    assert cache_rows.expired_from(never) == cache_rows.NEVER
