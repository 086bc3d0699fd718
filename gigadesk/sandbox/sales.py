"""One demo sale and its two wire forms: a dict, and the same JSON rendered straight to text.

Two renderers because each is several times faster than going through the other
(json.dumps or json.loads per item) when a million items are generated; a test checks
that they agree on every generated item.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, NamedTuple

from gigadesk.sandbox.catalog import CATALOG, CHANNELS, Customer, Package
from gigadesk.sandbox.instants import InstantFormatter

# A Sale's metatag that is numbered in sales order ("order 1042") once all sales are merged.
AUTO_METATAG = "\x00auto"


@dataclass(slots=True)
class Sale:
    """Everything that varies between two sales of a package; times in epoch seconds."""

    uid: str
    sold: int
    package: Package
    mode: str
    status: str | None
    activated: int | None
    expires: int
    available: tuple[int | float, str]  # availableBalance: sizeValue, sizeUnit
    customer: Customer | None  # None leaves the key out
    iccid: str | None
    metatag: str | None
    channel: int = 0
    activation_type: str = "DATA_PLAN"
    refunded: int | None = None


class EncodedItem(NamedTuple):
    """A generated item as the server keeps it: JSON bytes plus what it indexes."""

    uid: str
    sold: int
    refunded: int | None  # refundedAt, for items with status REFUNDED
    data: bytes


def _package_json(package: Package) -> tuple[str, str, str]:
    # The parts of an item that only depend on the package, rendered once per package.
    def price(value: float) -> str:
        return json.dumps(
            {"sortIndex": 0, "priceValue": value, "currencyCode": package.currency},
            separators=(",", ":"),
        )

    prices = f'"purchasePrice":{price(package.price)},"retailPrice":{price(package.retail)}'
    head = f',{prices},"balance":{{"name":{json.dumps(package.name)},"activationMode":"'
    size = f'{{"sizeValue":{package.size_value!r},"sizeUnit":"{package.size_unit}"}}'
    middle = f',"validitySize":{package.validity_days},"validityUnit":"days","size":{size}'
    tail = f',"countrySet":{json.dumps(package.country_set)}}}'
    return head, middle + ',"availableBalance":', tail


_PACKAGE_JSON = {package.name: _package_json(package) for package in CATALOG}
_CHANNEL_JSON = tuple(
    f',"salesChannel":{json.dumps(name)},"salesChannelTypeCode":"{code}"' for name, code in CHANNELS
)


def encode_sale(sale: Sale, instant: InstantFormatter) -> EncodedItem:
    """The contract's ActivatedItem for one sale as compact JSON, keys in contract order."""
    head, middle, tail = _PACKAGE_JSON[sale.package.name]
    activated = "null" if sale.activated is None else f'"{instant(sale.activated)}"'
    refunded = "null" if sale.refunded is None else f'"{instant(sale.refunded)}"'
    text = "".join(
        (
            f'{{"uid":"{sale.uid}","salesDate":"{instant(sale.sold)}","metatag":',
            "null" if sale.metatag is None else json.dumps(sale.metatag),
            _CHANNEL_JSON[sale.channel],
            f',"activationType":"{sale.activation_type}"',
            head,
            f'{sale.mode}","activatedAt":{activated},"expiresAt":"{instant(sale.expires)}"',
            middle,
            f'{{"sizeValue":{sale.available[0]!r},"sizeUnit":"{sale.available[1]}"}}',
            tail,
            "" if sale.customer is None else f',"customer":{sale.customer.json}',
            "" if sale.iccid is None else f',"iccid":"{sale.iccid}"',
            "" if sale.status is None else f',"status":"{sale.status}"',
            f',"refundedAt":{refunded}}}',
        )
    )
    refund_time = sale.refunded if sale.status == "REFUNDED" else None
    return EncodedItem(sale.uid, sale.sold, refund_time, text.encode())


def wire_item(sale: Sale, instant: InstantFormatter) -> dict[str, Any]:
    """The contract's ActivatedItem for one sale as a dict (equal to encode_sale's JSON)."""
    package = sale.package
    channel, channel_code = CHANNELS[sale.channel]
    item: dict[str, Any] = {
        "uid": sale.uid,
        "salesDate": instant(sale.sold),
        "metatag": sale.metatag,
        "salesChannel": channel,
        "salesChannelTypeCode": channel_code,
        "activationType": sale.activation_type,
        "purchasePrice": _price(package.price, package.currency),
        "retailPrice": _price(package.retail, package.currency),
        "balance": {
            "name": package.name,
            "activationMode": sale.mode,
            "activatedAt": None if sale.activated is None else instant(sale.activated),
            "expiresAt": instant(sale.expires),
            "validitySize": package.validity_days,
            "validityUnit": "days",
            "size": {"sizeValue": package.size_value, "sizeUnit": package.size_unit},
            "availableBalance": {"sizeValue": sale.available[0], "sizeUnit": sale.available[1]},
            "countrySet": package.country_set,
        },
    }
    if sale.customer is not None:
        item["customer"] = {"uid": sale.customer.uid, "email": sale.customer.email}
    if sale.iccid is not None:
        item["iccid"] = sale.iccid
    if sale.status is not None:
        item["status"] = sale.status
    item["refundedAt"] = None if sale.refunded is None else instant(sale.refunded)
    return item


def _price(value: float, currency: str) -> dict[str, Any]:
    return {"sortIndex": 0, "priceValue": value, "currencyCode": currency}
