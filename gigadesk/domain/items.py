"""ActivatedItem and its value types: status, data allowance in bytes, money, validity."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any


class Status(enum.Enum):
    """The portal's package statuses; UNKNOWN when the server sends none or an unknown one."""

    PURCHASED = "PURCHASED"
    ACTIVATED = "ACTIVATED"
    REFUNDED = "REFUNDED"
    UNKNOWN = "UNKNOWN"

    @classmethod
    def parse(cls, value: object) -> Status:
        """Map a wire value to a status; anything unrecognised is UNKNOWN."""
        if isinstance(value, str):
            try:
                return cls(value.strip().upper())
            except ValueError:
                return cls.UNKNOWN
        return cls.UNKNOWN


class UnitError(ValueError):
    """A size or money value that cannot be turned into an exact number."""


# Decimal units, as the Gigastore documentation shows them (a 50 MB package is 0.05 GB).
BYTES_PER_UNIT: Mapping[str, int] = {
    "B": 1,
    "BYTE": 1,
    "BYTES": 1,
    "KB": 10**3,
    "MB": 10**6,
    "GB": 10**9,
    "TB": 10**12,
}


def to_bytes(value: object, unit: object) -> int:
    """Convert a size value in a decimal unit (B, KB, MB, GB, TB) to whole bytes.

    Fractions of a byte are rounded down: a remaining balance is never overstated.
    """
    if not isinstance(unit, str) or unit.strip().upper() not in BYTES_PER_UNIT:
        raise UnitError(f"unknown size unit {unit!r}")
    amount = exact_decimal(value)
    if amount < 0:
        raise UnitError(f"negative size {value!r}")
    return int(amount * BYTES_PER_UNIT[unit.strip().upper()])


def exact_decimal(value: object) -> Decimal:
    """An exact, finite Decimal from a JSON number (int, Decimal or float) or numeric text."""
    if isinstance(value, bool):
        raise UnitError(f"not a number: {value!r}")
    if isinstance(value, float):
        # repr() gives the shortest text that round-trips, so 3.2 stays 3.2 rather than
        # 3.20000000000000017763568394002504646778106689453125.
        value = repr(value)
    if not isinstance(value, int | Decimal | str):
        raise UnitError(f"not a number: {value!r}")
    try:
        amount = Decimal(value)
    except InvalidOperation as exc:
        raise UnitError(f"not a number: {value!r}") from exc
    if not amount.is_finite():
        raise UnitError(f"not a finite number: {value!r}")
    return amount


MAX_UID_CHARS = 256  # a Purchase ID is a UUID (36 characters); more is a broken answer


def uid_problem(uid: str) -> str | None:
    """Why `uid` cannot be a Purchase ID, or None: it must be one plain path segment, since
    a refund is a POST on an address that ends with it ('..' or a '/' would move the POST
    to another address once the server normalises the path)."""
    if not uid.strip():
        return "is empty"
    if len(uid) > MAX_UID_CHARS:
        return f"is longer than {MAX_UID_CHARS} characters"
    if uid in (".", "..") or "/" in uid or "\\" in uid:
        return "is not a plain Purchase ID (it would change the address of a refund)"
    return None


def human_bytes(count: int) -> str:
    """Bytes in decimal units for people: 5 GB, 3.2 GB, 750 MB, 0 B."""
    if count < 0:
        return "-" + human_bytes(-count)
    for unit in ("TB", "GB", "MB", "KB"):
        size = BYTES_PER_UNIT[unit]
        if count >= size:
            text = f"{Decimal(count) / size:.2f}".rstrip("0").rstrip(".")
            return f"{text} {unit}"
    return f"{count} B"


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount of money in a currency (credits are priced in a currency)."""

    amount: Decimal
    currency: str

    def __str__(self) -> str:
        return f"{self.amount:.2f} {self.currency}"


@dataclass(frozen=True, slots=True)
class DataAllowance:
    """Total and remaining data of a package, in bytes."""

    total_bytes: int
    remaining_bytes: int

    @property
    def used_bytes(self) -> int:
        """Data used: total minus what is left, never negative."""
        return max(0, self.total_bytes - self.remaining_bytes)

    @property
    def unused(self) -> bool:
        """True when the full allowance is left."""
        return self.remaining_bytes >= self.total_bytes

    @property
    def used_fraction(self) -> float:
        """Share of the allowance used, from 0.0 to 1.0."""
        if self.total_bytes <= 0:
            return 0.0
        return min(1.0, self.used_bytes / self.total_bytes)


_UNIT_DAYS: Mapping[str, int] = {"DAY": 1, "DAYS": 1, "WEEK": 7, "WEEKS": 7}


@dataclass(frozen=True, slots=True)
class Validity:
    """How long a package is valid once activated (validitySize x validityUnit)."""

    size: int
    unit: str

    def duration(self) -> timedelta | None:
        """The validity as a duration, or None for a unit we cannot convert exactly."""
        unit = self.unit.strip().upper()
        if unit in _UNIT_DAYS:
            return timedelta(days=self.size * _UNIT_DAYS[unit])
        if unit in ("HOUR", "HOURS"):
            return timedelta(hours=self.size)
        return None

    def __str__(self) -> str:
        return f"{self.size} {self.unit.lower()}"


@dataclass(frozen=True, slots=True)
class ActivatedItem:
    """One sold eSIM data package, as the sales history shows it."""

    uid: str
    name: str
    status: Status
    sales_date: datetime
    data: DataAllowance
    activated_at: datetime | None = None
    expires_at: datetime | None = None
    refunded_at: datetime | None = None
    activation_mode: str | None = None
    validity: Validity | None = None
    purchase_price: Money | None = None
    retail_price: Money | None = None
    country_set: str | None = None
    customer_email: str | None = None
    customer_uid: str | None = None
    iccid: str | None = None
    metatag: str | None = None
    sales_channel: str | None = None
    sales_channel_code: str | None = None
    activation_type: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_activated(self) -> bool:
        """True once the package has started its validity (first use or on demand)."""
        return self.activated_at is not None

    def auto_activated_by(self, now: datetime) -> bool:
        """True when no activation is known but the auto-activation deadline has passed: by
        the rules the package started then at the latest."""
        return not self.is_activated and self.expires_at is not None and now >= self.expires_at

    def validity_end(self) -> datetime | None:
        """When the package stops being valid, as far as we can tell.

        Before activation, `expiresAt` is the auto-activation deadline: the package runs
        its full validity from that deadline at the latest.
        """
        if self.expires_at is None:
            return None
        if self.is_activated:
            return self.expires_at
        duration = self.validity.duration() if self.validity else None
        return self.expires_at + duration if duration is not None else self.expires_at

    def is_expired(self, now: datetime) -> bool:
        """True when the package can no longer be used at `now`."""
        end = self.validity_end()
        if end is None:
            return False
        if not self.is_activated and self.expires_at is not None and now < self.expires_at:
            return False
        return now >= end

    def days_left(self, now: datetime) -> int | None:
        """Whole days of validity left at `now` (0 when expired), or None when unknown."""
        end = self.validity_end()
        if end is None:
            return None
        return max(0, (end - now).days)


def utc(moment: datetime) -> datetime:
    """The same instant in UTC; a naive datetime is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def month_start(moment: datetime) -> datetime:
    """The first instant of the calendar month (UTC) that holds `moment`."""
    moment = utc(moment)
    return moment.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def next_month(moment: datetime) -> datetime:
    """The first instant of the calendar month (UTC) after the one that holds `moment`."""
    start = month_start(moment)
    if start.month == 12:
        return start.replace(year=start.year + 1, month=1)
    return start.replace(month=start.month + 1)


def previous_month(moment: datetime) -> datetime:
    """The first instant of the calendar month (UTC) before the one that holds `moment`."""
    start = month_start(moment)
    if start.month == 1:
        return start.replace(year=start.year - 1, month=12)
    return start.replace(month=start.month - 1)
