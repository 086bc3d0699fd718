"""wire.parse_item / parse_items: every field, units, exact decimals, and each broken case."""

from __future__ import annotations

import copy
import json
import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gigadesk.api.errors import BadPayload
from gigadesk.api.wire import (
    SkippedItem,
    WireError,
    parse_item,
    parse_item_payload,
    parse_items,
)
from gigadesk.domain.items import Money, Status, Validity


def full_item() -> dict[str, Any]:
    """An item with every field the contract names, as the server sends it."""
    return {
        "uid": "c0a80101-0001",
        "salesDate": "2026-09-14T08:31:02Z",
        "metatag": "order 1042",
        "salesChannel": "Application Programming Interface",
        "salesChannelTypeCode": "API",
        "activationType": "DATA_PLAN",
        "purchasePrice": {"sortIndex": 0, "priceValue": Decimal("4.5"), "currencyCode": "USD"},
        "retailPrice": {"sortIndex": 0, "priceValue": Decimal("9.0"), "currencyCode": "usd"},
        "balance": {
            "name": "eSIM Europe 5 GB",
            "activationMode": "NOW",
            "activatedAt": "2026-09-14T08:31:05Z",
            "expiresAt": "2026-10-14T08:31:05Z",
            "validitySize": 30,
            "validityUnit": "days",
            "size": {"sizeValue": 5, "sizeUnit": "GB"},
            "availableBalance": {"sizeValue": Decimal("3.2"), "sizeUnit": "GB"},
            "countrySet": "EU",
        },
        "customer": {"uid": "cust-1", "email": "anna@example.org"},
        "iccid": "8937204016000000001",
        "status": "PURCHASED",
        "refundedAt": None,
        "futureField": {"kept": True},
    }


def minimal_item() -> dict[str, Any]:
    """Only the fields the client requires."""
    return {
        "uid": "min-1",
        "salesDate": "2026-09-14T08:31:02Z",
        "balance": {
            "size": {"sizeValue": 1, "sizeUnit": "GB"},
            "availableBalance": {"sizeValue": 1, "sizeUnit": "GB"},
        },
    }


def as_payload(document: object) -> bytes:
    """JSON bytes in which finite Decimals are written as plain JSON numbers."""

    def mark(value: object) -> str:
        if isinstance(value, Decimal) and value.is_finite():
            return f"@@{value}@@"
        return str(value)

    text = json.dumps(document, default=mark)
    return re.sub(r'"@@(.*?)@@"', r"\1", text).encode()


def test_every_field_of_a_full_item_is_parsed() -> None:
    obj = full_item()
    item = parse_item(obj)
    assert item.uid == "c0a80101-0001"
    assert item.name == "eSIM Europe 5 GB"
    assert item.status is Status.PURCHASED
    assert item.sales_date == datetime(2026, 9, 14, 8, 31, 2, tzinfo=UTC)
    assert item.activated_at == datetime(2026, 9, 14, 8, 31, 5, tzinfo=UTC)
    assert item.expires_at == datetime(2026, 10, 14, 8, 31, 5, tzinfo=UTC)
    assert item.refunded_at is None
    assert item.activation_mode == "NOW"
    assert item.validity == Validity(30, "days")
    assert item.data.total_bytes == 5_000_000_000
    assert item.data.remaining_bytes == 3_200_000_000
    assert item.data.used_bytes == 1_800_000_000
    assert item.purchase_price == Money(Decimal("4.5"), "USD")
    assert item.retail_price == Money(Decimal("9.0"), "USD")
    assert item.country_set == "EU"
    assert item.customer_email == "anna@example.org"
    assert item.customer_uid == "cust-1"
    assert item.iccid == "8937204016000000001"
    assert item.metatag == "order 1042"
    assert item.sales_channel == "Application Programming Interface"
    assert item.sales_channel_code == "API"
    assert item.activation_type == "DATA_PLAN"
    assert item.raw == obj
    assert item.raw["futureField"] == {"kept": True}


def test_minimal_item_has_every_optional_field_empty() -> None:
    item = parse_item(minimal_item())
    assert item.uid == "min-1"
    assert item.name == ""
    assert item.status is Status.UNKNOWN
    for name in (
        "activated_at",
        "expires_at",
        "refunded_at",
        "activation_mode",
        "validity",
        "purchase_price",
        "retail_price",
        "country_set",
        "customer_email",
        "customer_uid",
        "iccid",
        "metatag",
        "sales_channel",
        "sales_channel_code",
        "activation_type",
    ):
        assert getattr(item, name) is None, name


def test_explicit_nulls_count_as_missing() -> None:
    obj = minimal_item()
    obj.update(
        status=None, customer=None, purchasePrice=None, iccid=None, metatag=None, refundedAt=None
    )
    obj["balance"].update(activatedAt=None, expiresAt=None, validitySize=None, name=None)
    item = parse_item(obj)
    assert item.status is Status.UNKNOWN
    assert item.customer_email is None and item.purchase_price is None
    assert item.activated_at is None and item.expires_at is None and item.validity is None


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("PURCHASED", Status.PURCHASED),
        ("ACTIVATED", Status.ACTIVATED),
        ("REFUNDED", Status.REFUNDED),
        ("refunded", Status.REFUNDED),
        ("SUSPENDED", Status.UNKNOWN),
        (3, Status.UNKNOWN),
    ],
)
def test_status_values(status: object, expected: Status) -> None:
    obj = minimal_item()
    obj["status"] = status
    assert parse_item(obj).status is expected


def test_refunded_item_keeps_its_refund_instant() -> None:
    obj = full_item()
    obj["status"] = "REFUNDED"
    obj["refundedAt"] = "2026-09-20T10:00:00.250Z"
    item = parse_item(obj)
    assert item.status is Status.REFUNDED
    assert item.refunded_at == datetime(2026, 9, 20, 10, 0, 0, 250_000, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (Decimal("3.2"), "GB", 3_200_000_000),
        (Decimal("0.05"), "GB", 50_000_000),
        (500, "MB", 500_000_000),
        (Decimal("1.5"), "TB", 1_500_000_000_000),
        (750, "KB", 750_000),
        (Decimal("0.1"), "KB", 100),
        (1024, "B", 1024),
        (0, "GB", 0),
        (Decimal("2.000000001"), "GB", 2_000_000_001),
        ("1.25", "gb", 1_250_000_000),
    ],
)
def test_sizes_are_exact_decimal_units(value: object, unit: str, expected: int) -> None:
    obj = minimal_item()
    obj["balance"]["availableBalance"] = {"sizeValue": value, "sizeUnit": unit}
    obj["balance"]["size"] = {"sizeValue": 2, "sizeUnit": "TB"}
    assert parse_item(obj).data.remaining_bytes == expected


def test_size_and_balance_may_use_different_units() -> None:
    obj = minimal_item()
    obj["balance"]["size"] = {"sizeValue": 1, "sizeUnit": "GB"}
    obj["balance"]["availableBalance"] = {"sizeValue": 1000, "sizeUnit": "MB"}
    item = parse_item(obj)
    assert item.data.total_bytes == item.data.remaining_bytes == 1_000_000_000
    assert item.data.unused


def test_json_floats_stay_exact_through_parse_items() -> None:
    # 0.1 + 0.2 style floats would give 3_200_000_000.0000005 and friends; Decimal does not.
    text = json.dumps([minimal_item()]).replace(
        '"availableBalance": {"sizeValue": 1, "sizeUnit": "GB"}',
        '"availableBalance": {"sizeValue": 0.3, "sizeUnit": "GB"}',
    )
    text = text.replace('"size": {"sizeValue": 1,', '"size": {"sizeValue": 3.3,')
    items, skipped = parse_items(text.encode())
    assert skipped == []
    assert items[0].data.total_bytes == 3_300_000_000
    assert items[0].data.remaining_bytes == 300_000_000
    assert isinstance(items[0].raw["balance"]["size"]["sizeValue"], Decimal)


def test_prices_are_exact_decimals() -> None:
    items, _ = parse_items(
        b'[{"uid":"p","salesDate":"2026-01-01T00:00:00Z","purchasePrice":'
        b'{"priceValue":0.1,"currencyCode":"EUR"},"retailPrice":{"priceValue":19.99},'
        b'"balance":{"size":{"sizeValue":1,"sizeUnit":"GB"},'
        b'"availableBalance":{"sizeValue":1,"sizeUnit":"GB"}}}]'
    )
    assert items[0].purchase_price == Money(Decimal("0.1"), "EUR")
    assert items[0].retail_price == Money(Decimal("19.99"), "")


def test_price_without_a_value_is_absent() -> None:
    obj = minimal_item()
    obj["purchasePrice"] = {"currencyCode": "USD"}
    assert parse_item(obj).purchase_price is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-09-14T08:31:02Z", datetime(2026, 9, 14, 8, 31, 2, tzinfo=UTC)),
        ("2026-09-14T08:31:02z", datetime(2026, 9, 14, 8, 31, 2, tzinfo=UTC)),
        ("2026-09-14T08:31:02.5Z", datetime(2026, 9, 14, 8, 31, 2, 500_000, tzinfo=UTC)),
        ("2026-09-14T08:31:02.123456789Z", datetime(2026, 9, 14, 8, 31, 2, 123456, tzinfo=UTC)),
        ("2026-09-14T10:31:02+02:00", datetime(2026, 9, 14, 8, 31, 2, tzinfo=UTC)),
        ("2026-09-14T03:31:02.000-05:00", datetime(2026, 9, 14, 8, 31, 2, tzinfo=UTC)),
        ("2026-09-14T08:31:02+00:00", datetime(2026, 9, 14, 8, 31, 2, tzinfo=UTC)),
        ("2026-09-14T08:31:02", datetime(2026, 9, 14, 8, 31, 2, tzinfo=UTC)),
        ("2026-09-14T00:30:00+01:00", datetime(2026, 9, 13, 23, 30, tzinfo=UTC)),
    ],
)
def test_instants_become_aware_utc(text: str, expected: datetime) -> None:
    obj = minimal_item()
    obj["salesDate"] = text
    sales_date = parse_item(obj).sales_date
    assert sales_date == expected
    assert sales_date.utcoffset() == timedelta(0)


def test_unknown_fields_and_nested_extras_are_kept_raw() -> None:
    obj = full_item()
    obj["balance"]["newThing"] = [1, 2]
    item = parse_item(obj)
    assert item.raw["balance"]["newThing"] == [1, 2]


def test_numeric_free_text_is_written_out_and_odd_types_are_ignored() -> None:
    obj = minimal_item()
    obj["iccid"] = 8937204016000000001
    obj["metatag"] = {"not": "text"}
    obj["customer"] = "not an object"
    item = parse_item(obj)
    assert item.iccid == "8937204016000000001"
    assert item.metatag is None
    assert item.customer_email is None


def test_validity_needs_size_and_unit() -> None:
    obj = minimal_item()
    obj["balance"]["validitySize"] = 7
    assert parse_item(obj).validity is None
    obj["balance"]["validityUnit"] = "DAYS"
    assert parse_item(obj).validity == Validity(7, "DAYS")
    obj["balance"]["validitySize"] = Decimal("7.0")
    assert parse_item(obj).validity == Validity(7, "DAYS")


def mutate(path: tuple[str, ...], value: object) -> dict[str, Any]:
    """A full item with the field at `path` replaced (or removed when value is ...)."""
    obj = copy.deepcopy(full_item())
    target: Any = obj
    for key in path[:-1]:
        target = target[key]
    if value is ...:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return obj


@pytest.mark.parametrize(
    ("path", "value", "needle"),
    [
        (("uid",), ..., "uid"),
        (("uid",), "", "uid"),
        (("uid",), "   ", "uid"),
        (("uid",), 42, "uid"),
        (("salesDate",), ..., "salesDate"),
        (("salesDate",), "yesterday", "salesDate"),
        (("salesDate",), "2026-13-01T00:00:00Z", "salesDate"),
        (("salesDate",), 1757838662, "salesDate"),
        (("salesDate",), "0001-01-01T00:00:00+01:00", "salesDate"),
        (("balance",), ..., "balance"),
        (("balance",), [], "balance"),
        (("balance", "size"), ..., "balance.size"),
        (("balance", "availableBalance"), ..., "balance.availableBalance"),
        (("balance", "size", "sizeValue"), ..., "balance.size.sizeValue"),
        (("balance", "size", "sizeValue"), "lots", "balance.size.sizeValue"),
        (("balance", "size", "sizeValue"), True, "balance.size.sizeValue"),
        (("balance", "size", "sizeValue"), Decimal("-1"), "negative"),
        (("balance", "availableBalance", "sizeValue"), Decimal("-0.5"), "negative"),
        (("balance", "size", "sizeValue"), Decimal("1E+999999999"), "balance.size.sizeValue"),
        (("balance", "size", "sizeValue"), Decimal("NaN"), "balance.size.sizeValue"),
        (("balance", "size", "sizeUnit"), "PB", "balance.size.sizeUnit"),
        (("balance", "availableBalance", "sizeUnit"), "GiB", "balance.availableBalance.sizeUnit"),
        (("balance", "size", "sizeUnit"), ..., "balance.size.sizeUnit"),
        (("balance", "activatedAt"), "soon", "balance.activatedAt"),
        (("balance", "expiresAt"), 5, "balance.expiresAt"),
        (("refundedAt",), "not a date", "refundedAt"),
        (("purchasePrice",), "4.50 USD", "purchasePrice"),
        (("purchasePrice", "priceValue"), "cheap", "purchasePrice.priceValue"),
        (("retailPrice", "priceValue"), Decimal("1E+40"), "retailPrice.priceValue"),
        (("balance", "validitySize"), Decimal("1.5"), "balance.validitySize"),
        (("balance", "validitySize"), -3, "balance.validitySize"),
        (("balance", "validitySize"), "forever", "balance.validitySize"),
    ],
)
def test_each_broken_field_is_a_wire_error_naming_it(
    path: tuple[str, ...], value: object, needle: str
) -> None:
    with pytest.raises(WireError) as caught:
        parse_item(mutate(path, value))
    assert needle in str(caught.value)


@pytest.mark.parametrize("obj", [None, [], "item", 3, True])
def test_a_non_object_item_is_a_wire_error(obj: object) -> None:
    with pytest.raises(WireError, match="JSON object"):
        parse_item(obj)


def test_parse_items_skips_broken_items_and_keeps_the_rest() -> None:
    broken_size = mutate(("balance", "size", "sizeUnit"), "parsecs")
    broken_size["uid"] = "bad-unit"
    no_uid = mutate(("uid",), ...)
    good = [full_item(), minimal_item()]
    payload = as_payload([good[0], broken_size, "junk", no_uid, good[1]])
    items, skipped = parse_items(payload)
    assert [item.uid for item in items] == ["c0a80101-0001", "min-1"]
    assert [entry.uid for entry in skipped] == ["bad-unit", None, None]
    assert "#2" in skipped[0].reason and "balance.size.sizeUnit" in skipped[0].reason
    assert "parsecs" in skipped[0].reason
    assert "#3" in skipped[1].reason and "JSON object" in skipped[1].reason
    assert "#4" in skipped[2].reason and "uid" in skipped[2].reason
    assert all(isinstance(entry, SkippedItem) for entry in skipped)


def test_parse_items_of_an_empty_array() -> None:
    assert parse_items(b"[]") == ([], [])
    assert parse_items(b" \n[ ]\n") == ([], [])


@pytest.mark.parametrize(
    ("payload", "needle"),
    [
        (b'{"items": []}', "got an object"),
        (b'"[]"', "got a string"),
        (b"null", "got null"),
        (b"42", "got a number"),
        (b'[{"uid": "a", "salesDate": "2026-', "not valid JSON"),
        (b"<html>oops</html>", "not valid JSON"),
        (b"", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not valid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "JSON"),
    ],
)
def test_parse_items_rejects_what_is_not_an_array(payload: bytes, needle: str) -> None:
    with pytest.raises(BadPayload) as caught:
        parse_items(payload)
    assert needle in caught.value.message


def test_parse_item_payload_for_one_item() -> None:
    item = parse_item_payload(as_payload(full_item()))
    assert item.customer_email == "anna@example.org"
    with pytest.raises(BadPayload, match="uid"):
        parse_item_payload(b'{"salesDate": "2026-01-01T00:00:00Z"}')
    with pytest.raises(BadPayload, match="not valid JSON"):
        parse_item_payload(b'{"uid": ')


# Arbitrary JSON-like values, with extra weight on values that look like the real thing.
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.decimals(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    | st.sampled_from(["GB", "MB", "KB", "TB", "B", "2026-09-14T08:31:02Z", "9999-12-31T23:59:59Z"])
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=20,
)
field_names = st.sampled_from(
    [
        "uid",
        "salesDate",
        "balance",
        "size",
        "availableBalance",
        "sizeValue",
        "sizeUnit",
        "activatedAt",
        "expiresAt",
        "validitySize",
        "validityUnit",
        "purchasePrice",
        "priceValue",
        "currencyCode",
        "customer",
        "status",
        "refundedAt",
        "name",
    ]
)
shaped_values = st.recursive(
    json_scalars,
    lambda children: st.dictionaries(field_names, children, max_size=8),
    max_leaves=30,
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(json_values, shaped_values))
def test_parse_item_raises_only_wire_errors(obj: object) -> None:
    try:
        item = parse_item(obj)
    except WireError as exc:
        assert str(exc)
    else:
        assert item.uid.strip()
        assert item.sales_date.tzinfo is not None
        assert item.data.total_bytes >= 0 and item.data.remaining_bytes >= 0


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["salesDate", "uid", "status", "iccid", "metatag", "refundedAt"]),
        json_scalars,
    ),
    st.dictionaries(
        st.sampled_from(["activatedAt", "expiresAt", "validitySize", "validityUnit", "name"]),
        json_scalars,
    ),
)
def test_mutated_real_items_parse_or_fail_cleanly(
    top: dict[str, object], balance: dict[str, object]
) -> None:
    obj = full_item()
    obj.update(top)
    obj["balance"].update(balance)
    try:
        item = parse_item(obj)
    except WireError as exc:
        assert str(exc)
    else:
        # The domain's time arithmetic must work on whatever was accepted.
        now = datetime(2026, 9, 20, tzinfo=UTC)
        item.is_expired(now)
        item.days_left(now)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.just(full_item()), shaped_values), max_size=6))
def test_parse_items_accounts_for_every_element(elements: list[object]) -> None:
    items, skipped = parse_items(as_payload(elements))
    assert len(items) + len(skipped) == len(elements)
