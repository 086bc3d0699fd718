"""The parser's short paths for the usual field shapes agree with its general way, errors too."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gigadesk.api import wire
from gigadesk.domain.items import Status, Validity


def outcome(parse: Callable[[], object]) -> tuple[str, object]:
    """What a parse gives: its value, or the words of its WireError."""
    try:
        return "value", parse()
    except wire.WireError as exc:
        return "error", str(exc)


def same(fast: tuple[str, object], general: tuple[str, object]) -> None:
    """Equal outcomes, of the same types (a Decimal stays a Decimal, an aware instant UTC)."""
    assert fast == general
    assert type(fast[1]) is type(general[1])
    if isinstance(fast[1], datetime):
        assert fast[1].tzinfo is UTC and general[1].tzinfo is UTC  # type: ignore[union-attr]


# --- instants ---------------------------------------------------------------------------------

INSTANT_TEXTS = st.one_of(
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(9999, 12, 31)).map(
        lambda moment: moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    ),
    # The usual shape with any digits: month 13, February 30, hour 24, year 0000.
    st.from_regex(r"\A\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\Z"),
    st.from_regex(r"\A[0-9 +\-:TZz.]{10,26}\Z"),
    st.text(max_size=30),
)


@settings(max_examples=400)
@given(INSTANT_TEXTS)
def test_instants_parse_alike_both_ways(text: str) -> None:
    same(
        outcome(lambda: wire._instant({"salesDate": text}, "salesDate")),
        outcome(lambda: wire.parse_instant(text, "salesDate")),
    )


@pytest.mark.parametrize(
    "text",
    [
        "2026-10-01T00:02:45Z",
        "1970-01-01T00:00:00Z",
        "1969-12-31T23:59:59Z",  # before the plausible range
        "9000-01-01T00:00:00Z",  # after it
        "2026-02-30T00:00:00Z",
        "2026-10-01T24:00:00Z",
        "2026-10-01t00:02:45Z",
        "2026-10-01T00:02:45z",
        " 2026-10-01T00:02:45Z",
        "2026-10-01T00:02:45.5Z",
        "2026-10-01T00:02:45.123456Z",
        "2026-10-01T02:02:45+02:00",  # the same instant, told in another zone
        "2026-10-01 00:02:45Z",
        "2026-10-01T00:02:45",
        "٢٠٢٦-10-01T00:02:45Z",  # other digits than ASCII ones
    ],
)
def test_instant_edges_parse_alike_both_ways(text: str) -> None:
    same(
        outcome(lambda: wire._instant({"k": text}, "k", "balance.")),
        outcome(lambda: wire.parse_instant(text, "balance.k")),
    )


# --- sizes and prices -------------------------------------------------------------------------

NUMBERS = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20),
    st.integers(min_value=-5, max_value=10**4),
    st.decimals(allow_nan=False, allow_infinity=False),
    st.decimals(min_value=Decimal(-100), max_value=Decimal(10**6), places=3),
    st.sampled_from(
        [
            Decimal("1e999999"),
            Decimal("-0.0"),
            Decimal("0E+40"),
            Decimal("999999999999.99999999999999999999"),
            Decimal("-999999999999.99999999999999999999"),
            Decimal("99999999999.9999999999999999999999"),
            Decimal("1.00000000000000000000000000000000000001"),
            Decimal("NaN"),
            Decimal("Infinity"),
            10**18,
            10**18 + 1,
            10**9,
            10**9 + 1,
            10**11,
            10**11 - 1,
            -(10**11) + 1,
        ]
    ),
    st.booleans(),
    st.floats(allow_nan=True),
    st.sampled_from(["5", "1.5", "x", "", None, [], {}]),
)
UNITS = st.one_of(
    st.sampled_from(["B", "KB", "MB", "GB", "TB", "BYTES", "gb", " GB", "Gb", "XB", "", "PB"]),
    st.sampled_from([None, 5, True, [], {}]),
)


@settings(max_examples=600)
@given(NUMBERS, UNITS)
def test_sizes_parse_alike_both_ways(value: Any, unit: Any) -> None:
    balance = {"size": {"sizeValue": value, "sizeUnit": unit}}
    same(
        outcome(lambda: wire._size(balance, "size")),
        outcome(lambda: wire._general_size(balance, "size")),
    )


@pytest.mark.parametrize("size", [None, 5, "5 GB", [1], {"sizeUnit": "GB"}])
def test_broken_sizes_parse_alike_both_ways(size: object) -> None:
    balance = {"size": size}
    same(
        outcome(lambda: wire._size(balance, "size")),
        outcome(lambda: wire._general_size(balance, "size")),
    )


CURRENCIES = st.one_of(
    st.sampled_from(["EUR", "usd", "", " Eur ", "€"]), st.sampled_from([None, 978, True, []])
)


@settings(max_examples=600)
@given(NUMBERS, CURRENCIES)
def test_prices_parse_alike_both_ways(value: Any, currency: Any) -> None:
    item = {"retailPrice": {"sortIndex": 0, "priceValue": value, "currencyCode": currency}}
    fast = outcome(lambda: wire._money(item, "retailPrice"))
    same(fast, outcome(lambda: wire._general_money(item, "retailPrice")))
    if fast[0] == "value" and fast[1] is not None:
        assert type(fast[1].amount) is Decimal  # type: ignore[attr-defined]


@pytest.mark.parametrize("price", [None, 5, "4.50", [], {"currencyCode": "EUR"}])
def test_broken_prices_parse_alike_both_ways(price: object) -> None:
    item = {"purchasePrice": price}
    same(
        outcome(lambda: wire._money(item, "purchasePrice")),
        outcome(lambda: wire._general_money(item, "purchasePrice")),
    )


# --- validity and status ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        (30, Validity(30, "days")),
        (0, Validity(0, "days")),
        (wire.MAX_VALIDITY_SIZE, Validity(wire.MAX_VALIDITY_SIZE, "days")),
        (Decimal("30.0"), Validity(30, "days")),
        ("7", Validity(7, "days")),
        (wire.MAX_VALIDITY_SIZE + 1, "balance.validitySize: 100001 is not a whole count in range"),
        (-1, "balance.validitySize: -1 is not a whole count in range"),
        (Decimal("1.5"), "balance.validitySize: 1.5 is not a whole count in range"),
        (True, "balance.validitySize: not a number: True"),
    ],
)
def test_validity_sizes_of_every_kind(size: object, expected: object) -> None:
    found = outcome(lambda: wire._validity({"validitySize": size, "validityUnit": " days "}))
    assert found == (("value", expected) if isinstance(expected, Validity) else ("error", expected))
    if isinstance(expected, Validity):
        assert type(found[1].size) is int  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("PURCHASED", Status.PURCHASED),
        ("REFUNDED", Status.REFUNDED),
        (" activated ", Status.ACTIVATED),
        ("UNKNOWN", Status.UNKNOWN),
        ("LOST", Status.UNKNOWN),
        (None, Status.UNKNOWN),
        (["PURCHASED"], Status.UNKNOWN),
        ({}, Status.UNKNOWN),
    ],
)
def test_statuses_of_every_kind(value: object, expected: Status) -> None:
    assert wire._status(value) is expected is Status.parse(value)
