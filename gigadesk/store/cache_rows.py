"""How an ActivatedItem becomes a row of the cache and back: instants, money, bytes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal
from typing import Any

from gigadesk.domain.items import ActivatedItem, DataAllowance, Money, Status, Validity, utc

# Instants are integer microseconds since the Unix epoch (UTC): exact, compact and sortable.
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# `expired_from` of an item that never expires; larger than any real instant.
NEVER = 2**63 - 1
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
# Money is stored in integer ten-thousandths of the currency unit.
_SCALE_DIGITS = 4
# Separates the searchable fields in `item_search.text`, so a match never spans two fields.
FIELD_SEPARATOR = "\x1f"

# Every column of `items` that page() and get() read, in the order `item_from_row` expects.
ITEM_COLUMNS: tuple[str, ...] = (
    "uid",
    "name",
    "status",
    "sales_date",
    "activated_at",
    "expires_at",
    "refunded_at",
    "total_bytes",
    "remaining_bytes",
    "activation_mode",
    "activation_type",
    "validity_size",
    "validity_unit",
    "purchase_amount",
    "purchase_exact",
    "purchase_currency",
    "retail_amount",
    "retail_exact",
    "retail_currency",
    "country_set",
    "customer_email",
    "customer_uid",
    "iccid",
    "metatag",
    "sales_channel",
    "sales_channel_code",
)
SELECTED_COLUMNS = ", ".join(ITEM_COLUMNS)  # a SELECT list of the rows item_from_row reads
# Columns written by an upsert: the read columns plus the ones derived for sorting and filters.
DERIVED_COLUMNS: tuple[str, ...] = ("valid_until", "expired_from", "used_bytes")
WRITE_COLUMNS: tuple[str, ...] = ITEM_COLUMNS + DERIVED_COLUMNS


_MICROSECOND = timedelta(microseconds=1)


def to_micros(moment: datetime) -> int:
    """An instant as integer microseconds since the epoch (a naive datetime is UTC)."""
    if moment.tzinfo is UTC:  # what the wire parser makes: one exact division
        return (moment - EPOCH) // _MICROSECOND
    delta = utc(moment) - EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_micros(value: int) -> datetime:
    """The UTC instant of `to_micros`."""
    return EPOCH + timedelta(microseconds=value)


def _optional_micros(moment: datetime | None) -> int | None:
    return None if moment is None else to_micros(moment)


def _optional_instant(value: int | None) -> datetime | None:
    return None if value is None else from_micros(value)


def _clamp(value: int) -> int:
    # SQLite integers are 64-bit; an absurd byte count is clamped (the raw JSON keeps it).
    if INT64_MIN <= value <= INT64_MAX:
        return value
    return max(INT64_MIN, min(INT64_MAX, value))


def money_columns(money: Money | None) -> tuple[int | None, str | None, str | None]:
    """(scaled amount, exact text or None, currency) for a price.

    The scaled integer sorts and sums; the exact text is kept only when the amount has more
    than four decimals or does not fit 64 bits, so no price is ever rounded on the way back.
    """
    if money is None:
        return None, None, None
    amount = money.amount
    if amount.is_finite():
        # Prices come from a catalog: most amounts were scaled before. Only amounts that fit
        # exactly are remembered, and those scale alike however they are written (6.4, 6.40).
        known = _SCALED.get(amount)
        if known is not None:
            return known, None, money.currency
    _, digits, exponent = amount.as_tuple()
    if isinstance(exponent, int) and exponent >= -_SCALE_DIGITS and len(digits) + exponent <= 14:
        # At most 18 digits once scaled: exact in the default context, and within 64 bits.
        units = int(amount.scaleb(_SCALE_DIGITS))
        if len(_SCALED) >= _SCALED_MAX:
            _SCALED.clear()
        _SCALED[amount] = units
        return units, None, money.currency
    if not amount.is_finite():
        return None, str(amount), money.currency
    # A context wide enough for every digit: the default 28 digits could round silently.
    wide = Context(prec=len(digits) + 8, Emax=MAX_EMAX, Emin=MIN_EMIN)
    scaled = amount.scaleb(_SCALE_DIGITS, wide)
    whole = int(scaled.to_integral_value(context=wide))
    clamped = _clamp(whole)
    exact = None if whole == scaled and whole == clamped else str(amount)
    return clamped, exact, money.currency


_SCALED: dict[Decimal, int] = {}
_SCALED_MAX = 4096

_CENTS = Decimal("0.01")


def money_from_columns(scaled: int | None, exact: str | None, currency: str | None) -> Money | None:
    """The price of `money_columns`, shown with two decimals unless it has more."""
    if currency is None or (scaled is None and exact is None):
        return None
    if exact is not None:
        return Money(Decimal(exact), currency)
    amount = Decimal(scaled or 0).scaleb(-_SCALE_DIGITS)
    cents = amount.quantize(_CENTS)
    return Money(cents if cents == amount else amount.normalize(), currency)


def expired_from(item: ActivatedItem) -> int:
    """The first instant at which `item.is_expired` is true, or NEVER.

    Before activation the package is not expired until its auto-activation deadline, so the
    instant is the later of that deadline and the validity end; this makes "expired at now"
    the single indexable comparison `expired_from <= now`.
    """
    return _expired_from(item, item.validity_end())


def _expired_from(item: ActivatedItem, end: datetime | None) -> int:
    if end is None or item.expires_at is None:
        return NEVER
    if item.is_activated:
        return to_micros(end)
    return max(to_micros(end), to_micros(item.expires_at))


def item_row(item: ActivatedItem) -> tuple[Any, ...]:
    """The values of WRITE_COLUMNS for `item`."""
    data = item.data
    validity = item.validity
    end = item.validity_end()
    purchase = money_columns(item.purchase_price)
    retail = money_columns(item.retail_price)
    return (
        item.uid,
        item.name,
        item.status.value,
        to_micros(item.sales_date),
        _optional_micros(item.activated_at),
        _optional_micros(item.expires_at),
        _optional_micros(item.refunded_at),
        _clamp(data.total_bytes),
        _clamp(data.remaining_bytes),
        item.activation_mode,
        item.activation_type,
        None if validity is None else _clamp(validity.size),
        None if validity is None else validity.unit,
        *purchase,
        *retail,
        item.country_set,
        item.customer_email,
        item.customer_uid,
        item.iccid,
        item.metatag,
        item.sales_channel,
        item.sales_channel_code,
        None if end is None else to_micros(end),
        _expired_from(item, end),
        _clamp(data.used_bytes),
    )


def item_from_row(row: Sequence[Any], raw: Mapping[str, Any] | None = None) -> ActivatedItem:
    """The ActivatedItem of a row of ITEM_COLUMNS (with `raw` when it was read too)."""
    (
        uid,
        name,
        status,
        sales_date,
        activated_at,
        expires_at,
        refunded_at,
        total_bytes,
        remaining_bytes,
        activation_mode,
        activation_type,
        validity_size,
        validity_unit,
        purchase_amount,
        purchase_exact,
        purchase_currency,
        retail_amount,
        retail_exact,
        retail_currency,
        country_set,
        customer_email,
        customer_uid,
        iccid,
        metatag,
        sales_channel,
        sales_channel_code,
    ) = row
    return ActivatedItem(
        uid=uid,
        name=name,
        status=Status(status),
        sales_date=from_micros(sales_date),
        data=DataAllowance(total_bytes, remaining_bytes),
        activated_at=_optional_instant(activated_at),
        expires_at=_optional_instant(expires_at),
        refunded_at=_optional_instant(refunded_at),
        activation_mode=activation_mode,
        validity=None if validity_unit is None else Validity(validity_size, validity_unit),
        purchase_price=money_from_columns(purchase_amount, purchase_exact, purchase_currency),
        retail_price=money_from_columns(retail_amount, retail_exact, retail_currency),
        country_set=country_set,
        customer_email=customer_email,
        customer_uid=customer_uid,
        iccid=iccid,
        metatag=metatag,
        sales_channel=sales_channel,
        sales_channel_code=sales_channel_code,
        activation_type=activation_type,
        raw=raw if raw is not None else {},
    )


def fold(text: str) -> str:
    """The case-folded form both the search index and the search text use."""
    return text.lower().replace(FIELD_SEPARATOR, " ")


def search_text(
    name: str, uid: str, iccid: str | None, email: str | None, metatag: str | None
) -> str:
    """The searchable fields of one item, folded, each followed by FIELD_SEPARATOR.

    The separator after the last field too means every character of a field starts a
    trigram or is followed by one, which lets two-letter searches use the trigram index.
    """
    joined = FIELD_SEPARATOR.join((name, uid, iccid or "", email or "", metatag or ""))
    if joined.count(FIELD_SEPARATOR) == 4:
        # No field holds a separator: folding the fields one by one is lowering the whole.
        return joined.lower() + FIELD_SEPARATOR
    fields = (name, uid, iccid or "", email or "", metatag or "")
    return "".join(fold(field) + FIELD_SEPARATOR for field in fields)


def item_search_text(item: ActivatedItem) -> str:
    """`search_text` of an item."""
    return search_text(item.name, item.uid, item.iccid, item.customer_email, item.metatag)
