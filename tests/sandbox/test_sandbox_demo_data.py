"""The demo data generator: deterministic, contract-shaped, and covering every edge case."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from gigadesk.sandbox import demo_data, rules

NOW = datetime(2026, 11, 21, 15, 30, tzinfo=UTC)
MONTH = datetime(2026, 11, 1, tzinfo=UTC)

ITEM_KEYS = {
    "uid",
    "salesDate",
    "metatag",
    "salesChannel",
    "salesChannelTypeCode",
    "activationType",
    "purchasePrice",
    "retailPrice",
    "balance",
    "refundedAt",
}
OPTIONAL_KEYS = {"customer", "iccid", "status"}
BALANCE_KEYS = {
    "name",
    "activationMode",
    "activatedAt",
    "expiresAt",
    "validitySize",
    "validityUnit",
    "size",
    "availableBalance",
    "countrySet",
}
INSTANT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


@pytest.fixture(scope="module")
def items() -> list[dict[str, Any]]:
    return demo_data.generate(2000, now=NOW)


def when(text: str) -> datetime:
    return datetime.fromisoformat(text)


def size_bytes(size: dict[str, Any]) -> Decimal:
    factor = {"MB": 10**6, "GB": 10**9, "TB": 10**12}[size["sizeUnit"]]
    return Decimal(repr(size["sizeValue"])) * factor


def test_same_arguments_give_the_same_items(items: list[dict[str, Any]]) -> None:
    assert demo_data.generate(2000, now=NOW) == items
    assert demo_data.generate(2000, now=NOW, seed=8) != items
    later = demo_data.generate(2000, now=NOW + timedelta(days=40))
    assert [item["uid"] for item in later] != [item["uid"] for item in items]


def test_the_json_renderer_agrees_with_the_dict_renderer(items: list[dict[str, Any]]) -> None:
    encoded = list(demo_data.iter_encoded(2000, now=NOW))
    assert [json.loads(row.data) for row in encoded] == items
    # Keys in the contract's order, too (the text is built by hand).
    key_orders = [list(json.loads(row.data)) for row in encoded]
    assert key_orders == [list(item) for item in items]
    assert [row.uid for row in encoded] == [item["uid"] for item in items]
    assert [row.sold for row in encoded] == [when(i["salesDate"]).timestamp() for i in items]


@pytest.mark.parametrize("count", [0, 1, 10, 28, 29, 500])
def test_exactly_count_items_with_unique_uids(count: int) -> None:
    generated = demo_data.generate(count, now=NOW)
    assert len(generated) == count
    assert len({item["uid"] for item in generated}) == count


def test_a_negative_count_is_refused() -> None:
    with pytest.raises(ValueError, match="count"):
        demo_data.generate(-1)


def test_items_have_the_contract_fields_and_types(items: list[dict[str, Any]]) -> None:
    for item in items:
        assert ITEM_KEYS <= set(item) <= ITEM_KEYS | OPTIONAL_KEYS
        balance = item["balance"]
        assert set(balance) == BALANCE_KEYS
        assert INSTANT.match(item["salesDate"]) and INSTANT.match(balance["expiresAt"])
        assert balance["activatedAt"] is None or INSTANT.match(balance["activatedAt"])
        assert balance["activationMode"] in ("NOW", "FIRST_USE", "ON_DEMAND")
        assert balance["validityUnit"] == "days" and balance["validitySize"] > 0
        for price in (item["purchasePrice"], item["retailPrice"]):
            assert set(price) == {"sortIndex", "priceValue", "currencyCode"}
            assert type(price["priceValue"]) in (int, float) and price["priceValue"] > 0
            assert price["currencyCode"] in ("USD", "EUR")
        assert item["retailPrice"]["priceValue"] > item["purchasePrice"]["priceValue"]
        assert 0 <= size_bytes(balance["availableBalance"]) <= size_bytes(balance["size"])
        if "iccid" in item:
            assert re.fullmatch(r"\d{19,20}", item["iccid"])
        if "customer" in item:
            assert set(item["customer"]) == {"uid", "email"} and "@" in item["customer"]["email"]
        if item.get("status") == "REFUNDED":
            assert when(item["salesDate"]) <= when(item["refundedAt"]) <= NOW
        else:
            assert item["refundedAt"] is None


def test_sales_are_oldest_first_within_the_last_months(items: list[dict[str, Any]]) -> None:
    dates = [when(item["salesDate"]) for item in items]
    assert dates == sorted(dates)
    assert datetime(2025, 6, 1, tzinfo=UTC) <= dates[0]  # 18 calendar months: June 2025 on
    assert dates[-1] <= NOW
    per_month = Counter((d.year, d.month) for d in dates)
    assert len(per_month) == 18
    # Denser recently: the last six months sell more than the first six.
    months = sorted(per_month)
    assert sum(per_month[m] for m in months[-6:]) > 1.2 * sum(per_month[m] for m in months[:6])


def test_every_status_mode_and_channel_appears(items: list[dict[str, Any]]) -> None:
    statuses = Counter(item.get("status", "missing") for item in items)
    assert set(statuses) == {"PURCHASED", "ACTIVATED", "REFUNDED", "missing"}
    assert statuses["PURCHASED"] > statuses["ACTIVATED"] > 0
    assert Counter(i["balance"]["activationMode"] for i in items).keys() == {
        "NOW",
        "FIRST_USE",
        "ON_DEMAND",
    }
    assert {i["salesChannelTypeCode"] for i in items} == {"API", "PORTAL", "SDK"}
    assert sum("customer" not in i for i in items) > 0
    assert sum("iccid" not in i for i in items) > 0
    assert sum(i["metatag"] is None for i in items) > 0
    assert sum(str(i["metatag"]).startswith("order ") for i in items) > 1000


def test_sizes_mix_units_and_decimals(items: list[dict[str, Any]]) -> None:
    def units(item: dict[str, Any]) -> tuple[str, str]:
        balance = item["balance"]
        return balance["size"]["sizeUnit"], balance["availableBalance"]["sizeUnit"]

    mixes = Counter(units(item) for item in items)
    assert {("GB", "GB"), ("GB", "MB"), ("MB", "MB"), ("TB", "TB"), ("TB", "GB")} <= set(mixes)
    sizes = {(i["balance"]["size"]["sizeValue"], i["balance"]["size"]["sizeUnit"]) for i in items}
    assert {(3.2, "GB"), (500, "MB"), (1, "TB"), (0.05, "GB")} <= sizes
    left = [i["balance"]["availableBalance"]["sizeValue"] for i in items]
    assert any(isinstance(value, float) and value != int(value) for value in left)


def test_usage_and_validity_cover_every_case(items: list[dict[str, Any]]) -> None:
    untouched = used_up = partly = 0
    for item in items:
        used = rules.used_bytes(item)
        assert used is not None
        total = size_bytes(item["balance"]["size"])
        untouched += used == 0
        used_up += used == total
        partly += 0 < used < total
    assert min(untouched, used_up, partly) > 20
    not_active = [i for i in items if i["balance"]["activatedAt"] is None]
    assert any(when(i["balance"]["expiresAt"]) > NOW for i in not_active)  # deadline ahead
    deadline_passed = [i for i in not_active if when(i["balance"]["expiresAt"]) <= NOW]
    ends = [rules.validity_end(i) or NOW for i in deadline_passed]
    assert any(end > NOW for end in ends)  # counts as activated at the deadline: still valid
    assert any(end <= NOW for end in ends)  # and its validity ran out since


def test_at_least_eight_packages_sold_this_month_are_refundable(
    items: list[dict[str, Any]],
) -> None:
    refundable = [
        item
        for item in items
        if when(item["salesDate"]) >= MONTH
        and item.get("status") == "PURCHASED"
        and rules.refusal(item, NOW, 0, None) is None
    ]
    assert len(refundable) >= 8
    names = {item["balance"]["name"] for item in refundable}
    assert "Global Unlimited 1 TB 365 days" in names and "eSIM Europe 5 GB" in names


def test_each_refusal_appears_at_now(items: list[dict[str, Any]]) -> None:
    codes = Counter((rules.refusal(item, NOW, 0, None) or ("REFUNDABLE", ""))[0] for item in items)
    assert set(codes) == {
        "REFUNDABLE",
        "ALREADY_REFUNDED",
        "NOT_PURCHASED_WITH_CREDITS",
        "EXPIRED",
        "USED",
    }


def test_a_few_refunds_were_made_this_month(items: list[dict[str, Any]]) -> None:
    this_month = [
        item
        for item in items
        if item.get("status") == "REFUNDED" and when(item["refundedAt"]) >= MONTH
    ]
    assert len(this_month) == 2  # fewer than the default limit of 5


def test_missing_statuses_hide_both_true_statuses(items: list[dict[str, Any]]) -> None:
    hidden = Counter(rules.true_status(item) for item in items if "status" not in item)
    assert hidden["PURCHASED"] > 0 and hidden["ACTIVATED"] > 0


def test_edge_cases_hold_even_at_the_start_of_a_month() -> None:
    start = datetime(2026, 12, 1, 0, 20, tzinfo=UTC)
    generated = demo_data.generate(100, now=start)
    sold_this_month = [i for i in generated if when(i["salesDate"]) >= start.replace(minute=0)]
    refundable = [i for i in sold_this_month if rules.refusal(i, start, 0, None) is None]
    assert len(refundable) >= 8
    assert all(when(i["salesDate"]) <= start for i in generated)


def test_months_narrows_the_spread_of_random_sales() -> None:
    generated = demo_data.generate(300, now=NOW, months=2, seed=1)
    older = [i for i in generated if when(i["salesDate"]) < datetime(2026, 10, 1, tzinfo=UTC)]
    # Only the few hand-made cases that need an old sale (expired, deadline passed) are older.
    assert 0 < len(older) <= 5


def _refunds_per_month(items: list[dict[str, Any]]) -> Counter[str]:
    return Counter(item["refundedAt"][:7] for item in items if item.get("refundedAt") is not None)


@pytest.mark.parametrize("limit", [5, 2])
def test_no_month_holds_more_refunds_than_the_limit(limit: int) -> None:
    items = demo_data.generate(5000, now=NOW, seed=3, refund_limit=limit)
    per_month = _refunds_per_month(items)
    assert max(per_month.values()) == limit  # months fill up to the limit, never past it
    assert len(per_month) >= 12  # refunds still spread over the year
    assert min(per_month.values()) < limit  # and not every month uses all of them


def test_without_a_limit_months_hold_more_refunds() -> None:
    items = demo_data.generate(5000, now=NOW, seed=3, refund_limit=None)
    assert max(_refunds_per_month(items).values()) > 5
