"""Store test helpers: a plausible package, a small history with every state, and keychains
that live in memory (the real OS keychain is never touched)."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from gigadesk.domain.items import ActivatedItem, DataAllowance, Money, Status, Validity

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
GB = 10**9


def make_item(**changes: Any) -> ActivatedItem:
    """A fresh, refundable package sold yesterday; `changes` override any field."""
    uid = changes.get("uid", "c0a8-0001")
    fields: dict[str, Any] = {
        "uid": uid,
        "name": "eSIM Europe 5 GB",
        "status": Status.PURCHASED,
        "sales_date": NOW - timedelta(days=1),
        "data": DataAllowance(5 * GB, 5 * GB),
        "activated_at": NOW - timedelta(days=1),
        "expires_at": NOW + timedelta(days=29),
        "validity": Validity(30, "days"),
        "activation_mode": "NOW",
        "purchase_price": Money(Decimal("4.50"), "USD"),
        "retail_price": Money(Decimal("9.00"), "USD"),
        "country_set": "EU",
        "customer_email": "anna.novak@example.org",
        "customer_uid": "cust-1",
        "iccid": "8937204016000000001",
        "metatag": "order 1042",
        "sales_channel": "Application Programming Interface",
        "sales_channel_code": "API",
        "activation_type": "DATA_PLAN",
        "raw": {"uid": uid, "purchasePrice": {"priceValue": Decimal("4.5")}},
    }
    fields.update(changes)
    return ActivatedItem(**fields)


def history() -> list[ActivatedItem]:
    """Ten items, one or more in every quick-filter state at NOW."""
    day = timedelta(days=1)
    return [
        make_item(uid="fresh", sales_date=NOW - day),
        make_item(
            uid="not-active",
            name="USA Unlimited 10 GB",
            activated_at=None,
            expires_at=NOW + 150 * day,
            country_set="US",
            customer_email="ben.smith@example.com",
            iccid="8937204016000000002",
            metatag=None,
            sales_date=NOW - 2 * day,
        ),
        make_item(
            uid="used",
            data=DataAllowance(5 * GB, 2 * GB),
            sales_date=NOW - 3 * day,
            purchase_price=Money(Decimal("12.3456"), "USD"),
        ),
        make_item(
            uid="expired",
            sales_date=NOW - 90 * day,
            activated_at=NOW - 90 * day,
            expires_at=NOW - 60 * day,
            customer_email="Carla.Rossi@Example.com",
        ),
        make_item(
            uid="refunded",
            status=Status.REFUNDED,
            refunded_at=NOW - 5 * day,
            sales_date=NOW - 6 * day,
            country_set="ASIA",
            name="Asia Explorer 3 GB",
        ),
        make_item(
            uid="old-refund",
            status=Status.REFUNDED,
            refunded_at=NOW - 40 * day,
            sales_date=NOW - 41 * day,
        ),
        make_item(uid="stock", status=Status.ACTIVATED, sales_date=NOW - 4 * day),
        make_item(
            uid="mystery", status=Status.UNKNOWN, sales_date=NOW - 7 * day, name="Japan Go 1 GB"
        ),
        make_item(
            uid="no-expiry",
            expires_at=None,
            activated_at=None,
            sales_date=NOW - 8 * day,
            customer_email=None,
            iccid=None,
        ),
        make_item(
            uid="waiting-expired",
            activated_at=None,
            expires_at=NOW - 40 * day,
            validity=Validity(7, "days"),
            sales_date=NOW - 200 * day,
        ),
    ]


def assert_blocks_counted(path: Path) -> None:
    """Each raw JSON block of the cache at `path` counts exactly the items that name it, and
    no block outlives its last item."""
    with sqlite3.connect(path) as conn:
        named = Counter(
            block
            for (block,) in conn.execute("SELECT raw_block FROM items WHERE raw_block IS NOT NULL")
        )
        counted = dict(conn.execute("SELECT id, live FROM raw_blocks").fetchall())
    conn.close()
    assert counted == dict(named)
