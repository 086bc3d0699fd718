"""Helpers of the sandbox tests: wire items placed around real now, and HTTP shortcuts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from gigadesk.sandbox.server import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SandboxServer

ITEMS = "/gigastore/activations/activated-items"
DOCUMENTED_REFUND = "/activations/activated-items/{uid}/refund"
PREFIXED_REFUND = "/gigastore/activations/activated-items/{uid}/refund"
REFUND_PATHS = (DOCUMENTED_REFUND, PREFIXED_REFUND)

# The sandbox judges refunds on its real clock, so items are placed around real now.
NOW = datetime.now(UTC).replace(microsecond=0)


def stamp(moment: datetime) -> str:
    """Wire text of an instant."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def month_start(moment: datetime) -> datetime:
    """First instant of the UTC month holding `moment`."""
    return moment.astimezone(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def make_item(
    uid: str,
    sold: datetime | None = None,
    *,
    status: str | None = "PURCHASED",
    activated: datetime | None = None,
    not_activated: bool = False,
    expires: datetime | None = None,
    validity_days: int = 30,
    size: tuple[float, str] = (5, "GB"),
    available: tuple[float, str] | None = None,
    name: str = "eSIM Europe 5 GB",
    price: float = 4.5,
    refunded_at: datetime | None = None,
    customer: bool = True,
) -> dict[str, Any]:
    """A wire-format item; by default refundable now (purchased, activated, valid, unused)."""
    sold = sold or NOW - timedelta(hours=2)
    if not_activated:
        activated_text = None
        expires = expires or sold + timedelta(days=180)
    else:
        activated = activated or sold + timedelta(seconds=5)
        activated_text = stamp(activated)
        expires = expires or activated + timedelta(days=validity_days)
    left = available or size
    item: dict[str, Any] = {
        "uid": uid,
        "salesDate": stamp(sold),
        "metatag": f"order {uid}",
        "salesChannel": "Application Programming Interface",
        "salesChannelTypeCode": "API",
        "activationType": "DATA_PLAN",
        "purchasePrice": {"sortIndex": 0, "priceValue": price, "currencyCode": "USD"},
        "retailPrice": {"sortIndex": 0, "priceValue": price * 2, "currencyCode": "USD"},
        "balance": {
            "name": name,
            "activationMode": "FIRST_USE" if not_activated else "NOW",
            "activatedAt": activated_text,
            "expiresAt": stamp(expires),
            "validitySize": validity_days,
            "validityUnit": "days",
            "size": {"sizeValue": size[0], "sizeUnit": size[1]},
            "availableBalance": {"sizeValue": left[0], "sizeUnit": left[1]},
            "countrySet": "EU",
        },
        "iccid": "89372040160000000001",
        "refundedAt": None if refunded_at is None else stamp(refunded_at),
    }
    if customer:
        item["customer"] = {"uid": f"cust-{uid}", "email": f"{uid}@example.com"}
    if status is not None:
        item["status"] = status
    return item


def plain(server: SandboxServer, *, timeout: float = 5.0, **options: Any) -> httpx.Client:
    """An httpx client for `server` without a token (plain HTTP: no TLS set-up to pay for)."""
    return httpx.Client(base_url=server.base_url, timeout=timeout, verify=False, **options)


def login(server: SandboxServer, *, timeout: float = 5.0) -> httpx.Client:
    """An httpx client for `server` that carries a fresh bearer token."""
    client = plain(server, timeout=timeout)
    response = client.post("/reseller/authenticate", auth=(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET))
    response.raise_for_status()
    client.headers["Authorization"] = f"Bearer {response.json()['accessToken']}"
    return client


def window(client: httpx.Client, start: datetime, end: datetime, **params: str) -> httpx.Response:
    """GET the activated items sold in [start, end)."""
    query = {"from": stamp(start), "to": stamp(end), **params}
    return client.get(ITEMS, params=query)


def refund(client: httpx.Client, uid: str, path: str = PREFIXED_REFUND) -> httpx.Response:
    """POST a refund of `uid` on one of the two refund paths."""
    return client.post(path.format(uid=uid))
