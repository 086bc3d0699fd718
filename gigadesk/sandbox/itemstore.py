"""The sandbox's items: compact JSON per item, indexed by sales date for fast windows."""

from __future__ import annotations

import bisect
import json
import threading
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from gigadesk.sandbox import rules
from gigadesk.sandbox.instants import format_instant, month_bounds, parse_instant
from gigadesk.sandbox.sales import EncodedItem

SORT_FIELDS = ("DATE", "NAME", "VOLUME", "VALIDITY", "PRICE", "RETAILPRICE", "SALESCHANNEL")

SortValue = tuple[bool, Any]


_ENCODER = json.JSONEncoder(separators=(",", ":"))


def encode(item: Mapping[str, Any]) -> bytes:
    """Compact JSON for one item (the form the store keeps and the wire carries)."""
    return _ENCODER.encode(item).encode()


class ItemStore:
    """Thread-safe item state; only encoded JSON is kept, so a million items stay affordable."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        # Told of each refund carried out (the demo keeps them across restarts).
        self.on_refund: Callable[[str, datetime], None] | None = None
        self._encoded: dict[str, bytes] = {}
        self._sold: dict[str, float] = {}
        self._refunded: dict[str, datetime] = {}
        self._keys: list[float] = []
        self._uids: list[str] = []

    @classmethod
    def from_items(cls, items: Iterable[Mapping[str, Any]]) -> ItemStore:
        """A store holding `items` (a later duplicate uid replaces an earlier one)."""
        store = cls()
        for item in items:
            uid, sold = _identity(item)
            store._encoded[uid] = encode(item)
            store._sold[uid] = sold
            store._note_refund(uid, item)
        store._reindex()
        return store

    @classmethod
    def from_encoded(cls, rows: Iterable[EncodedItem]) -> ItemStore:
        """A store holding generated items that are already JSON (no encoding needed)."""
        store = cls()
        for row in rows:
            store._encoded[row.uid] = row.data
            store._sold[row.uid] = float(row.sold)
            if row.refunded is not None:
                store._refunded[row.uid] = datetime.fromtimestamp(row.refunded, UTC)
        store._reindex()
        return store

    def __len__(self) -> int:
        return len(self._encoded)

    def get(self, uid: str) -> dict[str, Any] | None:
        """A fresh copy of one item, or None when unknown."""
        encoded = self._encoded.get(uid)
        return None if encoded is None else _decode(encoded)

    def all(self) -> list[dict[str, Any]]:
        """Fresh copies of every item, oldest sale first."""
        with self._lock:
            parts = [self._encoded[uid] for uid in self._uids]
        return _decode_array(parts)

    def put(self, item: Mapping[str, Any]) -> None:
        """Add an item or replace the one with the same uid."""
        uid, sold = _identity(item)
        encoded = encode(item)
        with self._lock:
            if uid in self._sold:
                self._unindex(uid)
            self._encoded[uid] = encoded
            self._sold[uid] = sold
            position = bisect.bisect_right(self._keys, sold)
            self._keys.insert(position, sold)
            self._uids.insert(position, uid)
            self._refunded.pop(uid, None)
            self._note_refund(uid, item)

    def window(self, start: datetime, end: datetime, sort_by: str, descending: bool) -> bytes:
        """A JSON array of the items sold in [start, end), in the requested order."""
        with self._lock:
            low = bisect.bisect_left(self._keys, start.timestamp())
            high = bisect.bisect_left(self._keys, end.timestamp())
            uids = self._uids[low:high]
            sold = self._keys[low:high]
            parts = [self._encoded[uid] for uid in uids]
        if sort_by == "DATE":
            if descending:
                parts.reverse()
        else:
            value = _SORT_VALUES[sort_by]
            items = _decode_array(parts)
            keys = [(value(item), sold[i], uids[i]) for i, item in enumerate(items)]
            order = sorted(range(len(parts)), key=keys.__getitem__, reverse=descending)
            parts = [parts[i] for i in order]
        return b"[" + b",".join(parts) + b"]"

    def refund(
        self, uid: str, now: datetime, limit: int | None
    ) -> tuple[dict[str, Any] | None, tuple[str, str] | None]:
        """Apply the refund rules and, when they allow it, refund the item, all atomically.

        Returns (item after the attempt, None) on success, (item, (code, message)) when
        refused, and (None, None) when the uid is unknown.
        """
        with self._lock:
            item = self.get(uid)
            if item is None:
                return None, None
            refused = rules.refusal(item, now, self.refunds_in_month(now), limit)
            if refused is not None:
                return item, refused
            item["status"] = rules.REFUNDED
            item["refundedAt"] = format_instant(now)
            self._encoded[uid] = encode(item)
            self._refunded[uid] = now
            if self.on_refund is not None:
                self.on_refund(uid, now)
            return item, None

    def refunds_in_month(self, now: datetime) -> int:
        """Refunded items whose refundedAt falls in `now`'s UTC calendar month."""
        start, end = month_bounds(now)
        with self._lock:
            return sum(1 for moment in self._refunded.values() if start <= moment < end)

    def _reindex(self) -> None:
        pairs = sorted((sold, uid) for uid, sold in self._sold.items())
        self._keys = [sold for sold, _ in pairs]
        self._uids = [uid for _, uid in pairs]

    def _unindex(self, uid: str) -> None:
        sold = self._sold.pop(uid)
        position = bisect.bisect_left(self._keys, sold)
        while self._uids[position] != uid:
            position += 1
        del self._keys[position]
        del self._uids[position]

    def _note_refund(self, uid: str, item: Mapping[str, Any]) -> None:
        status = item.get("status")
        when = parse_instant(item.get("refundedAt"))
        if isinstance(status, str) and status.upper() == rules.REFUNDED and when is not None:
            self._refunded[uid] = when


def _identity(item: Mapping[str, Any]) -> tuple[str, float]:
    uid = item.get("uid")
    if not isinstance(uid, str) or not uid:
        raise ValueError("an item needs a non-empty string uid")
    sold = parse_instant(item.get("salesDate"))
    if sold is None:
        raise ValueError(f"item {uid} needs a salesDate with a time zone")
    return uid, sold.timestamp()


def _decode(encoded: bytes) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(encoded)
    return value


def _decode_array(parts: list[bytes]) -> list[dict[str, Any]]:
    # One parse of the whole array is much faster than one per item.
    values: list[dict[str, Any]] = json.loads(b"[" + b",".join(parts) + b"]")
    return values


def _balance(item: Mapping[str, Any]) -> Mapping[str, Any]:
    balance = item.get("balance")
    return balance if isinstance(balance, Mapping) else {}


def _text(value: object) -> SortValue:
    return (True, value.casefold()) if isinstance(value, str) else (False, "")


def _number(value: object) -> SortValue:
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return True, Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return False, Decimal(0)


def _price(name: str) -> Callable[[Mapping[str, Any]], SortValue]:
    def value(item: Mapping[str, Any]) -> SortValue:
        price = item.get(name)
        return _number(price.get("priceValue") if isinstance(price, Mapping) else None)

    return value


def _validity(item: Mapping[str, Any]) -> SortValue:
    duration = rules.validity(_balance(item))
    return _number(duration.total_seconds() if duration is not None else None)


_SORT_VALUES: dict[str, Callable[[Mapping[str, Any]], SortValue]] = {
    "NAME": lambda item: _text(_balance(item).get("name")),
    "VOLUME": lambda item: _number(rules.size_bytes(_balance(item).get("size"))),
    "VALIDITY": _validity,
    "PRICE": _price("purchasePrice"),
    "RETAILPRICE": _price("retailPrice"),
    "SALESCHANNEL": lambda item: _text(item.get("salesChannel")),
}
