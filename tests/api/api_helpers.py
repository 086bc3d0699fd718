"""Helpers of the client tests: known wire items, fast clients, credential-leak checks."""

from __future__ import annotations

import base64
import zlib
from collections.abc import Awaitable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import pytest

from gigadesk.api.client import GigastoreClient
from gigadesk.api.errors import ApiError
from gigadesk.sandbox.server import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SandboxServer

E = TypeVar("E", bound=ApiError)

# The sandbox judges refunds on its real clock, so test items are placed around real now.
NOW = datetime.now(UTC).replace(microsecond=0)
WINDOW_START = datetime(2026, 3, 1, tzinfo=UTC)
WINDOW_END = datetime(2026, 4, 1, tzinfo=UTC)


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def wire_item(
    uid: str,
    sold: datetime | None = None,
    *,
    status: str | None = "PURCHASED",
    used: bool = False,
    expired: bool = False,
    **extra: Any,
) -> dict[str, Any]:
    """A wire-format item; by default refundable now (purchased, valid, unused)."""
    sold = sold or NOW - timedelta(days=2)
    expires = NOW - timedelta(days=1) if expired else NOW + timedelta(days=20)
    item: dict[str, Any] = {
        "uid": uid,
        "salesDate": stamp(sold),
        "metatag": f"order {uid}",
        "salesChannel": "Application Programming Interface",
        "salesChannelTypeCode": "API",
        "activationType": "DATA_PLAN",
        "purchasePrice": {"sortIndex": 0, "priceValue": 4.5, "currencyCode": "USD"},
        "retailPrice": {"sortIndex": 0, "priceValue": 9.0, "currencyCode": "USD"},
        "balance": {
            "name": "eSIM Europe 5 GB",
            "activationMode": "NOW",
            "activatedAt": stamp(sold),
            "expiresAt": stamp(expires),
            "validitySize": 30,
            "validityUnit": "days",
            "size": {"sizeValue": 5, "sizeUnit": "GB"},
            "availableBalance": {
                "sizeValue": 3.2 if used else 5000,
                "sizeUnit": "GB" if used else "MB",
            },
            "countrySet": "EU",
        },
        "iccid": f"8937204016{zlib.crc32(uid.encode()):010d}",
        "refundedAt": None,
    }
    if status is not None:
        item["status"] = status
    item.update(extra)
    return item


def sample_items() -> list[dict[str, Any]]:
    """A handful of items: refundable ones, each refusal case, and a dated window."""
    return [
        wire_item("refundable-1"),
        wire_item("refundable-2"),
        wire_item("refundable-3"),
        wire_item("from-stock", status="ACTIVATED"),
        wire_item("expired", expired=True),
        wire_item("used", used=True),
        wire_item(
            "already-refunded", status="REFUNDED", refundedAt=stamp(NOW - timedelta(days=40))
        ),
        wire_item("march-start", WINDOW_START),
        wire_item("march-end", WINDOW_END - timedelta(seconds=1)),
        wire_item("february-last", WINDOW_START - timedelta(seconds=1)),
        wire_item("april-first", WINDOW_END),
    ]


def make_client(server: SandboxServer, **options: Any) -> GigastoreClient:
    """A client for `server` with short time-outs and tiny back-off, so tests run fast."""
    settings: dict[str, Any] = {
        "timeout": 2.0,
        "max_attempts": 4,
        "backoff_base": 0.005,
        "backoff_cap": 0.02,
    }
    settings.update(options)
    client_id = settings.pop("client_id", DEMO_CLIENT_ID)
    secret = settings.pop("client_secret", DEMO_CLIENT_SECRET)
    return GigastoreClient(server.base_url, client_id, secret, **settings)


def assert_clean(exc: BaseException, client: GigastoreClient, *more: str) -> None:
    """The error's text, repr and args carry neither the secret nor a token nor Basic creds."""
    secret = client._client_secret
    basic = base64.b64encode(f"{client._client_id}:{secret}".encode()).decode()
    hidden = [secret, basic, DEMO_CLIENT_SECRET, *more]
    if client._token:
        hidden.append(client._token)
    texts = [str(exc), repr(exc), *(repr(arg) for arg in exc.args)]
    if isinstance(exc, ApiError):
        texts.append(exc.message)
    for text in texts:
        for needle in hidden:
            assert needle not in text, f"{type(exc).__name__} leaks a credential"


async def expect_error(error: type[E], client: GigastoreClient, call: Awaitable[object]) -> E:
    """Await `call`, which must raise `error` with a clean text; return the error."""
    with pytest.raises(error) as caught:
        await call
    assert_clean(caught.value, client)
    return caught.value


def count(server: SandboxServer, method: str, path_part: str) -> int:
    """How many requests the sandbox saw with `method` on a path containing `path_part`."""
    return sum(1 for r in server.requests if r.method == method and path_part in r.path)
