"""The server side of the four refund rules, judged on wire-format items."""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from gigadesk.sandbox.instants import format_instant, parse_instant

PURCHASED = "PURCHASED"
ACTIVATED = "ACTIVATED"
REFUNDED = "REFUNDED"
STATUSES = (PURCHASED, ACTIVATED, REFUNDED)

ALREADY_REFUNDED = "ALREADY_REFUNDED"
NOT_PURCHASED_WITH_CREDITS = "NOT_PURCHASED_WITH_CREDITS"
EXPIRED = "EXPIRED"
USED = "USED"
REFUND_LIMIT_EXCEEDED = "REFUND_LIMIT_EXCEEDED"
NOT_FOUND = "NOT_FOUND"

_UNIT_BYTES = {"B": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9, "TB": 10**12}
_UNIT_SECONDS = {"HOUR": 3600, "HOURS": 3600, "DAY": 86400, "DAYS": 86400}
_UNIT_SECONDS |= {"WEEK": 7 * 86400, "WEEKS": 7 * 86400}


def hidden_status_from_uid(uid: str) -> str:
    """How a package whose answer leaves `status` out was really bought.

    The real server always knows; the sandbox derives that hidden fact from the uid, so that
    it survives put_item and the generator can choose it by choosing the uid.
    """
    return ACTIVATED if zlib.crc32(uid.encode()) % 2 else PURCHASED


def true_status(item: Mapping[str, Any]) -> str:
    """The status the server acts on: the item's own, or the hidden one when it has none."""
    status = item.get("status")
    if isinstance(status, str) and status.upper() in STATUSES:
        return status.upper()
    return hidden_status_from_uid(str(item.get("uid", "")))


def size_bytes(size: object) -> Decimal | None:
    """Bytes in a {sizeValue, sizeUnit} object (decimal units), or None when unreadable."""
    if not isinstance(size, Mapping):
        return None
    value, unit = size.get("sizeValue"), size.get("sizeUnit")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    if not isinstance(unit, str) or unit.upper() not in _UNIT_BYTES:
        return None
    try:
        # repr keeps 3.2 as 3.2 instead of its binary expansion.
        amount = Decimal(repr(value) if isinstance(value, float) else value)
    except InvalidOperation:
        return None
    return amount * _UNIT_BYTES[unit.upper()] if amount.is_finite() else None


def validity(balance: Mapping[str, Any]) -> timedelta | None:
    """validitySize x validityUnit as a duration, or None when unknown."""
    size, unit = balance.get("validitySize"), balance.get("validityUnit")
    if isinstance(size, bool) or not isinstance(size, int) or not isinstance(unit, str):
        return None
    seconds = _UNIT_SECONDS.get(unit.upper())
    return timedelta(seconds=size * seconds) if seconds is not None else None


def validity_end(item: Mapping[str, Any]) -> datetime | None:
    """When the package stops being valid; None when the server cannot tell.

    A package never activated counts as activated at its auto-activation deadline
    (`expiresAt`) and runs its validity from there.
    """
    balance = item.get("balance")
    if not isinstance(balance, Mapping):
        return None
    expires = parse_instant(balance.get("expiresAt"))
    if expires is None:
        return None
    if parse_instant(balance.get("activatedAt")) is not None:
        return expires
    duration = validity(balance)
    return expires + duration if duration is not None else expires


def used_bytes(item: Mapping[str, Any]) -> Decimal | None:
    """Data used (size minus what is left), or None when the balance cannot be read."""
    balance = item.get("balance")
    if not isinstance(balance, Mapping):
        return None
    total = size_bytes(balance.get("size"))
    left = size_bytes(balance.get("availableBalance"))
    if total is None or left is None:
        return None
    return max(Decimal(0), total - left)


def refusal(
    item: Mapping[str, Any], now: datetime, refunds_this_month: int, limit: int | None
) -> tuple[str, str] | None:
    """The code and message that refuse a refund of `item` at `now`, or None to allow it."""
    status = true_status(item)
    if status == REFUNDED:
        when = parse_instant(item.get("refundedAt"))
        on = f" on {format_instant(when)}" if when else ""
        return ALREADY_REFUNDED, f"The package was already refunded{on}."
    if status == ACTIVATED:
        return (
            NOT_PURCHASED_WITH_CREDITS,
            "The package was not purchased with credits (status Activated) and cannot be "
            "refunded through the API; open a support ticket quoting the Purchase ID.",
        )
    end = validity_end(item)
    if end is not None and now >= end:
        return EXPIRED, f"The package expired at {format_instant(end)}."
    used = used_bytes(item)
    if used is None:
        return USED, "The package's data usage cannot be determined."
    if used > 0:
        megabytes = (used / _UNIT_BYTES["MB"]).normalize()
        return USED, f"The package has been used ({megabytes:f} MB consumed)."
    if limit is not None and refunds_this_month >= limit:
        return (
            REFUND_LIMIT_EXCEEDED,
            f"The monthly refund limit has been reached ({refunds_this_month} of {limit}).",
        )
    return None
