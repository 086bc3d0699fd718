"""Gigastore JSON <-> domain: the only module that knows the wire's field names.

Every [ours] choice of shared/gigastore-api.md lives here, so that it can change in one place
when the live specification says otherwise. Parsing is tolerant: unknown fields are kept in
`ActivatedItem.raw`, missing optional fields become None, and one broken item never sinks the
rest of a window.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from http import HTTPStatus
from typing import Any

from gigadesk.api import json_guard
from gigadesk.api.errors import BadPayload
from gigadesk.domain.items import (
    BYTES_PER_UNIT,
    ActivatedItem,
    DataAllowance,
    Money,
    Status,
    UnitError,
    Validity,
    exact_decimal,
    to_bytes,
    uid_problem,
    utc,
)

# Plausibility bounds: a value beyond them is a broken payload, and rejecting it early keeps
# huge exponents (1e999999) from turning into giant integers or overflowing datetimes later.
MAX_BYTES = 10**18  # one exabyte
MAX_PRICE = Decimal(10) ** 12
MAX_VALIDITY_SIZE = 100_000
EARLIEST_YEAR = 1970
LATEST_YEAR = 9000

# [ours] a token answer without expiresIn is taken to live this long; a 401 renews it anyway.
DEFAULT_TOKEN_LIFETIME = 300

# [ours] the fields an error body may carry, most specific first (RFC 7807 uses detail/title).
_MESSAGE_FIELDS = ("message", "detail", "title", "error")
MAX_MESSAGE_CHARS = 300
MAX_ERROR_BODY = 1 << 20
# [ours] the most items one answer may list: a busy reseller's month is tens of thousands.
MAX_ITEMS = 1_000_000


class WireError(ValueError):
    """One item cannot be parsed; the message says which field and why."""


@dataclass(frozen=True)
class SkippedItem:
    """An item of a window that could not be parsed, with the reason."""

    uid: str | None
    reason: str


def loads(payload: bytes) -> Any:
    """Decode a JSON body with exact decimals; BadPayload when it is not valid JSON.

    A number that cannot be held (a huge exponent, thousands of digits) comes out as a
    json_guard.BadNumber, which no field accepts: it fails the item it sits in, not the read.
    """
    try:
        text = payload.decode(json.detect_encoding(payload), "surrogatepass")
        return json_guard.decode(text)
    except RecursionError:
        raise BadPayload("the server's JSON answer is nested too deeply to be read") from None
    except ValueError as exc:
        # JSONDecodeError, bad UTF-8, or an integer with more digits than Python allows.
        detail = exc.msg if isinstance(exc, json.JSONDecodeError) else "not valid JSON text"
        raise BadPayload(f"the server's answer is not valid JSON ({detail})") from None


class RawObject(dict[str, Any]):
    """An item's JSON object together with the exact text it was parsed from.

    The cache stores `json_text` as the item's raw JSON instead of encoding the object again
    (a third of the cost of writing an item); the object and its text always agree.
    """

    __slots__ = ("json_text",)

    def __init__(self, obj: dict[str, Any], json_text: str) -> None:
        super().__init__(obj)
        self.json_text = json_text


_DECODER = json.JSONDecoder(parse_float=Decimal)
_SPACE = re.compile(r"[ \t\n\r]*")


def _array_elements(
    payload: bytes, decoder: json.JSONDecoder = _DECODER
) -> list[tuple[object, str]] | None:
    """Each element of a JSON array with its source text, or None when `payload` is not a
    well-formed array (loads() then says why). BadPayload for more than MAX_ITEMS elements.

    One element at a time, not the whole body in one call: decoding a month of items at once
    holds the GIL for a long stretch, and a GUI thread waiting for it stalls.
    """
    try:
        text = payload.decode(json.detect_encoding(payload), "surrogatepass")
        position = _skip_space(text, 0)
        if text[position : position + 1] != "[":
            return None
        position = _skip_space(text, position + 1)
        elements: list[tuple[object, str]] = []
        if text[position : position + 1] == "]":
            position += 1
        else:
            while True:
                if len(elements) >= MAX_ITEMS:
                    # Tiny elements ("{}," is 3 bytes) would take a hundred times their size
                    # as objects: the body cap alone does not bound the memory.
                    raise BadPayload(
                        f"the answer lists more than {MAX_ITEMS:,} items, more than one"
                        " request's answer may hold; it was not read"
                    )
                value, end = decoder.raw_decode(text, position)
                elements.append((value, text[position:end]))
                position = _skip_space(text, end)
                separator = text[position : position + 1]
                position = _skip_space(text, position + 1)
                if separator == "]":
                    break
                if separator != ",":
                    return None
        return elements if position == len(text) else None
    except (ValueError, RecursionError, LookupError, ArithmeticError):
        # ArithmeticError: Decimal cannot hold a number (1E+99999999999999999999); the
        # guarded decoder reads it as a bad field of its item.
        return None


def _skip_space(text: str, position: int) -> int:
    found = _SPACE.match(text, position)
    return position if found is None else found.end()


def parse_items(payload: bytes) -> tuple[list[ActivatedItem], list[SkippedItem]]:
    """Parse a window of activated items; items that fail land in the skipped list.

    A uid listed twice is kept once (the later copy) and the earlier copy is named as skipped.
    """
    elements = _array_elements(payload)
    guarded = elements is None
    if elements is None:
        elements = _array_elements(payload, json_guard.GUARDED)
    if elements is None:
        document = loads(payload)  # the reason, as BadPayload; or an answer that is no array
        if not isinstance(document, list):
            raise BadPayload(
                f"expected a JSON array of activated items, got {_json_kind(document)} instead"
            )
        elements = [(obj, "") for obj in document]
    items: list[ActivatedItem] = []
    skipped: list[SkippedItem] = []
    seen: dict[str, tuple[int, int]] = {}  # uid -> (index in items, position in the answer)
    for position, (obj, source) in enumerate(elements):
        try:
            item = parse_item(_guarded_object(obj, source, guarded))
        except WireError as exc:
            skipped.append(SkippedItem(_uid_of(obj), f"item #{position + 1}: {exc}"))
            continue
        earlier = seen.get(item.uid)
        if earlier is None:
            seen[item.uid] = (len(items), position)
            items.append(item)
            continue
        # Listed twice: one item, counted once; the later copy wins, as it would in the cache.
        index, first = earlier
        items[index] = item
        seen[item.uid] = (index, position)
        skipped.append(
            SkippedItem(
                item.uid,
                f"item #{first + 1}: the uid is listed again as item #{position + 1} of this"
                " answer; the later copy is kept",
            )
        )
    return items, skipped


def _guarded_object(obj: object, source: str, guarded: bool) -> object:
    """`obj` ready for parse_item: a bad number refused, over-long texts cut.

    Cheap for the usual item: its source text is short, so no text in it can be too long,
    and only a guarded read can hold a bad number.
    """
    if guarded:
        bad = json_guard.bad_number(obj)
        if bad is not None:
            raise WireError(bad)
    if not isinstance(obj, dict):
        return obj
    if source and len(source) <= json_guard.MAX_TEXT_CHARS:
        return RawObject(obj, source)
    trimmed, _cut = json_guard.cut_texts(obj)
    if trimmed is obj and source:
        return RawObject(obj, source)
    return trimmed  # the raw JSON is then written anew, from the cut object


def parse_item_payload(payload: bytes) -> ActivatedItem:
    """Parse the body of a one-item answer; BadPayload when it is not a usable item."""
    document = loads(payload)
    try:
        return parse_item(_guarded_object(document, "", True))
    except WireError as exc:
        raise BadPayload(f"the server's item cannot be read: {exc}") from None


def parse_item(obj: object) -> ActivatedItem:
    """Turn one ActivatedItem JSON object into the domain's ActivatedItem."""
    if not isinstance(obj, dict):
        raise WireError(f"an item must be a JSON object, not {_json_kind(obj)}")
    uid = obj.get("uid")
    if not isinstance(uid, str) or not uid.strip():
        raise WireError("uid: missing or not a non-empty string")
    problem = uid_problem(uid)
    if problem is not None:
        raise WireError(f"uid: {_brief(uid)} {problem}")
    balance = obj.get("balance")
    if not isinstance(balance, dict):
        raise WireError("balance: missing or not an object")
    customer = obj.get("customer")
    if not isinstance(customer, dict):
        customer = {}
    sales_date = _instant(obj, "salesDate")
    if sales_date is None:
        raise WireError("salesDate: missing")
    # The keyword arguments run in this order, which decides which error a broken item gets.
    return ActivatedItem(
        uid=uid,
        name=_text(balance, "name") or "",
        status=_status(obj.get("status")),
        sales_date=sales_date,
        data=DataAllowance(
            total_bytes=_size(balance, "size"),
            remaining_bytes=_size(balance, "availableBalance"),
        ),
        activated_at=_instant(balance, "activatedAt", "balance."),
        expires_at=_instant(balance, "expiresAt", "balance."),
        refunded_at=_instant(obj, "refundedAt"),
        activation_mode=_text(balance, "activationMode"),
        validity=_validity(balance),
        purchase_price=_money(obj, "purchasePrice"),
        retail_price=_money(obj, "retailPrice"),
        country_set=_text(balance, "countrySet"),
        customer_email=_text(customer, "email"),
        customer_uid=_text(customer, "uid"),
        iccid=_text(obj, "iccid"),
        metatag=_text(obj, "metatag"),
        sales_channel=_text(obj, "salesChannel"),
        sales_channel_code=_text(obj, "salesChannelTypeCode"),
        activation_type=_text(obj, "activationType"),
        raw=obj,
    )


# Parsing is most of a sync's work, so the usual shape of each field (a status in capitals,
# whole-second UTC instants, whole sizes in a unit in capitals, plain prices) takes a short
# path; anything else goes the general way, which alone decides what an odd value means and
# words every error. tests/api/test_wire_fast.py checks that both ways agree.
_STATUSES: dict[str, Status] = {status.value: status for status in Status}


def _status(value: object) -> Status:
    if type(value) is str:
        found = _STATUSES.get(value)
        if found is not None:
            return found
    return Status.parse(value)


def parse_token(payload: bytes) -> tuple[str, int]:
    """The access token and its lifetime in seconds from an authenticate answer."""
    document = loads(payload)
    if not isinstance(document, dict):
        raise BadPayload("the authentication answer is not a JSON object")
    token = document.get("accessToken")
    if not isinstance(token, str) or not token.strip():
        raise BadPayload("the authentication answer carries no accessToken")
    lifetime = document.get("expiresIn")
    if lifetime is None:
        return token, DEFAULT_TOKEN_LIFETIME
    try:
        seconds = exact_decimal(lifetime)
    except UnitError:
        raise BadPayload("the authentication answer's expiresIn is not a number") from None
    if seconds < 0 or seconds > 10**9:
        raise BadPayload("the authentication answer's expiresIn is out of range")
    return token, int(seconds)


def parse_version(payload: bytes) -> str:
    """The service version from GET /gigastore/version: JSON text, an object, or plain text."""
    try:
        document = loads(payload)
    except BadPayload:
        text = _readable_text(payload.decode("utf-8", errors="replace"), is_html=False)
        if not text:
            raise BadPayload("the version answer is empty") from None
        return text
    if isinstance(document, dict):
        for key in ("version", "buildVersion", "appVersion"):
            value = document.get(key)
            if isinstance(value, str | int | Decimal) and not isinstance(value, bool):
                return str(value)
        raise BadPayload("the version answer carries no version field")
    if isinstance(document, str | int | Decimal) and not isinstance(document, bool):
        return str(document)
    raise BadPayload(f"the version answer is {_json_kind(document)}, not a version")


def error_message(status: int, content_type: str, body: bytes) -> tuple[str, str | None]:
    """The server's own words for an error answer, and its `code` when it sent one."""
    kind = content_type.lower()
    # The words are cut to a line anyway; a megabyte is plenty to find them in.
    text = body[:MAX_ERROR_BODY].decode("utf-8", errors="replace").strip()
    code: str | None = None
    message = ""
    if "json" in kind or text.startswith("{"):
        try:
            document = json_guard.decode(text)
        except (ValueError, RecursionError):
            document = None
        if isinstance(document, dict):
            message = _first_words(document)
            raw_code = document.get("code")
            if isinstance(raw_code, str | int) and not isinstance(raw_code, bool):
                code = str(raw_code).strip() or None
        elif isinstance(document, str):
            message = document
    if not message and text:
        message = _readable_text(text, is_html="html" in kind or text.startswith("<"))
    message = _shorten(" ".join(message.split()))
    if not message:
        message = _status_phrase(status)
    return message, code


def format_instant(moment: datetime) -> str:
    """An instant as the wire writes it: ISO-8601 UTC with Z, fractions only when present."""
    moment = utc(moment)
    if moment.microsecond:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


# [ours] the two readings of the window's bounds: ISO instants with Z, or plain dates.
INSTANT = "instant"
DATE = "date"
DATE_FORMATS = (INSTANT, DATE)


def window_query(start: datetime, end: datetime, date_format: str = INSTANT) -> dict[str, str]:
    """The query of a sales-history window: `from` inclusive, `to` exclusive [seen; ours].

    In plain dates a window is whole UTC days; the caller's windows always are.
    """
    if date_format == DATE:
        return {"from": utc(start).date().isoformat(), "to": utc(end).date().isoformat()}
    return {"from": format_instant(start), "to": format_instant(end)}


def parse_instant(value: object, field: str = "instant") -> datetime:
    """An aware UTC datetime from ISO-8601 text with Z or an offset (naive text is UTC)."""
    if not isinstance(value, str) or not value.strip():
        raise WireError(f"{field}: expected an ISO-8601 date-time text, got {_brief(value)}")
    text = value.strip()
    if text[-1:] in ("z", "Z"):
        text = text[:-1] + "+00:00"
    try:
        moment = utc(datetime.fromisoformat(text))
    except (ValueError, OverflowError):
        raise WireError(f"{field}: {_brief(value)} is not an ISO-8601 date-time") from None
    if not EARLIEST_YEAR <= moment.year < LATEST_YEAR:
        raise WireError(f"{field}: {_brief(value)} is out of the plausible range")
    return moment


_UTC_SECONDS = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", re.ASCII)


def _instant(obj: Mapping[str, Any], key: str, prefix: str = "") -> datetime | None:
    value = obj.get(key)
    if value is None:
        return None
    if type(value) is str and _UTC_SECONDS.fullmatch(value):
        # fromisoformat() reads the Z itself (Python 3.11), as UTC; a bad day or hour
        # is worded by parse_instant.
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            if EARLIEST_YEAR <= moment.year < LATEST_YEAR:
                return moment
    return parse_instant(value, prefix + key)


def _size(balance: Mapping[str, Any], key: str) -> int:
    size = balance.get(key)
    if type(size) is dict:
        value, unit = size.get("sizeValue"), size.get("sizeUnit")
        per_unit = _UNIT_BYTES.get(unit) if type(unit) is str else None
        # type(), not isinstance(): True is an int that the general way refuses.
        if per_unit is not None and (type(value) is int or type(value) is Decimal):
            found = _plain_bytes(value, per_unit)
            if found is not None:
                return found
    return _general_size(balance, key)


def _plain_bytes(value: int | Decimal, per_unit: int) -> int | None:
    """`value` units of `per_unit` bytes, or None when the general way must judge it."""
    if isinstance(value, int):
        return value * per_unit if value >= 0 and value * per_unit <= MAX_BYTES else None
    # adjusted() first: a huge exponent would overflow the multiplication.
    if not (value.is_finite() and value >= 0 and value.adjusted() <= 18):
        return None
    scaled = value * per_unit
    return int(scaled) if scaled <= MAX_BYTES else None


# Units as the server spells them; one in other letters or with spaces goes the general way.
_UNIT_BYTES: dict[str, int] = dict(BYTES_PER_UNIT)


def _general_size(balance: Mapping[str, Any], key: str) -> int:
    field = f"balance.{key}"
    size = balance.get(key)
    if not isinstance(size, dict):
        raise WireError(f"{field}: missing or not an object")
    value, unit = size.get("sizeValue"), size.get("sizeUnit")
    if value is None:
        raise WireError(f"{field}.sizeValue: missing")
    if not isinstance(unit, str) or unit.strip().upper() not in BYTES_PER_UNIT:
        raise WireError(f"{field}.sizeUnit: unknown unit {_brief(unit)}")
    try:
        amount = exact_decimal(value)
        # Check the exponent first: multiplying 1e999999999 would overflow the decimal context.
        if amount.adjusted() > 30 or amount * BYTES_PER_UNIT[unit.strip().upper()] > MAX_BYTES:
            raise WireError(f"{field}.sizeValue: {_brief(value)} {unit} is implausibly large")
        return to_bytes(amount, unit)
    except UnitError as exc:
        raise WireError(f"{field}.sizeValue: {exc}") from None


def _money(obj: Mapping[str, Any], key: str) -> Money | None:
    price = obj.get(key)
    if price is None:
        return None
    if type(price) is dict:
        value = price.get("priceValue")
        currency = price.get("currencyCode")
        if type(currency) is str:
            # Well inside MAX_PRICE: the general check rounds abs() to 28 digits first.
            if type(value) is Decimal:
                if value.is_finite() and value.adjusted() < 11:
                    return Money(amount=value, currency=currency.upper())
            elif type(value) is int and -(10**11) < value < 10**11:
                return Money(amount=Decimal(value), currency=currency.upper())
    return _general_money(obj, key)


def _general_money(obj: Mapping[str, Any], key: str) -> Money | None:
    price = obj.get(key)
    if price is None:
        return None
    if not isinstance(price, dict):
        raise WireError(f"{key}: expected an object, got {_brief(price)}")
    value = price.get("priceValue")
    if value is None:
        return None
    try:
        amount = exact_decimal(value)
    except UnitError as exc:
        raise WireError(f"{key}.priceValue: {exc}") from None
    if abs(amount) >= MAX_PRICE:
        raise WireError(f"{key}.priceValue: {_brief(value)} is implausibly large")
    # [ours] a price without a currency keeps its amount; the currency is then unknown ("").
    currency = _text(price, "currencyCode") or ""
    return Money(amount=amount, currency=currency.upper())


def _validity(balance: Mapping[str, Any]) -> Validity | None:
    size, unit = balance.get("validitySize"), balance.get("validityUnit")
    if size is None or not isinstance(unit, str) or not unit.strip():
        return None
    if type(size) is int and 0 <= size <= MAX_VALIDITY_SIZE:
        return Validity(size=size, unit=unit.strip())
    try:
        amount = exact_decimal(size)
    except UnitError as exc:
        raise WireError(f"balance.validitySize: {exc}") from None
    if amount != amount.to_integral_value() or not 0 <= amount <= MAX_VALIDITY_SIZE:
        raise WireError(f"balance.validitySize: {_brief(size)} is not a whole count in range")
    return Validity(size=int(amount), unit=unit.strip())


def _text(obj: Mapping[str, Any], key: str) -> str | None:
    """Free text is kept as sent; a number is written out; anything else counts as absent."""
    value = obj.get(key)
    if isinstance(value, str):
        return value
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return str(value)
    return None


def _uid_of(obj: object) -> str | None:
    if isinstance(obj, dict):
        uid = obj.get("uid")
        if isinstance(uid, str) and uid.strip():
            return uid
    return None


def _json_kind(value: object) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if value is None:
        return "null"
    return "a number"


def _brief(value: object) -> str:
    """A short, safe rendering of a bad value for an error message."""
    text = repr(value) if not isinstance(value, Decimal) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _first_words(document: Mapping[str, Any]) -> str:
    for key in _MESSAGE_FIELDS:
        value = document.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return ""


_DROPPED_BLOCKS = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def _readable_text(text: str, *, is_html: bool) -> str:
    if not is_html:
        return " ".join(text.split())
    title = _TITLE.search(text)
    body = _TAG.sub(" ", _DROPPED_BLOCKS.sub(" ", text))
    words = " ".join(html.unescape(body).split())
    if not words and title:
        words = " ".join(html.unescape(_TAG.sub(" ", title.group(1))).split())
    return words


def _shorten(text: str) -> str:
    if len(text) <= MAX_MESSAGE_CHARS:
        return text
    return text[: MAX_MESSAGE_CHARS - 1].rstrip() + "…"


def _status_phrase(status: int) -> str:
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"
