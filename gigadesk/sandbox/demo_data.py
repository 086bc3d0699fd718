"""Deterministic demo sales history: any number of items, every status and edge case.

A fixed set of hand-made edge cases (refundable now, refunded this month, from stock,
status missing, expired, deadline passed, used, unit mixes) comes first; random sales spread
over the last `months` calendar months (denser recently) fill up the rest.
"""

from __future__ import annotations

import heapq
import random
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from gigadesk.sandbox import rules
from gigadesk.sandbox.catalog import (
    DAY,
    FIRST_USE,
    NOW,
    ON_DEMAND,
    PICK,
    Customer,
    balance_value,
    customers,
    new_iccid,
    new_uid,
)
from gigadesk.sandbox.edge_cases import edge_cases
from gigadesk.sandbox.instants import InstantFormatter, month_bounds, months_back
from gigadesk.sandbox.sales import AUTO_METATAG, EncodedItem, Sale, encode_sale, wire_item

# Packages bought before this day have status Activated in the portal, never Purchased.
PURCHASED_SINCE = int(datetime(2024, 12, 6, tzinfo=UTC).timestamp())
_DEADLINE_DAYS = (30, 90, 180)
DEFAULT_REFUND_LIMIT = 5  # the sandbox's default monthly limit


def generate(
    count: int = 2000,
    now: datetime | None = None,
    seed: int = 7,
    months: int = 18,
    refund_limit: int | None = DEFAULT_REFUND_LIMIT,
) -> list[dict[str, Any]]:
    """`count` wire-format ActivatedItems sold up to `now`, oldest first; same args, same items.

    No calendar month holds more refunds than `refund_limit` (None: no limit), as a real
    account under that limit could never have made more.
    """
    return list(iter_items(count, now=now, seed=seed, months=months, refund_limit=refund_limit))


def iter_items(
    count: int = 2000,
    now: datetime | None = None,
    seed: int = 7,
    months: int = 18,
    refund_limit: int | None = DEFAULT_REFUND_LIMIT,
) -> Iterator[dict[str, Any]]:
    """The items of generate(), one at a time."""
    instant = InstantFormatter()
    for sale in _sales(count, now, seed, months, refund_limit):
        yield wire_item(sale, instant)


def iter_encoded(
    count: int = 2000,
    now: datetime | None = None,
    seed: int = 7,
    months: int = 18,
    refund_limit: int | None = DEFAULT_REFUND_LIMIT,
) -> Iterator[EncodedItem]:
    """The items of generate() as compact JSON (how the server loads a million quickly)."""
    instant = InstantFormatter()
    for sale in _sales(count, now, seed, months, refund_limit):
        yield encode_sale(sale, instant)


class _RefundBudget:
    """Refunds left per calendar month (UTC) under the limit the generated account lives by."""

    def __init__(self, limit: int | None, edge_sales: list[Sale]) -> None:
        self._limit = limit
        self._used: Counter[int] = Counter()
        for sale in edge_sales:  # the hand-made cases come first: they are always kept
            if sale.refunded is not None:
                self._used[_month_key(sale.refunded)] += 1

    def take(self, refunded: int) -> bool:
        """True, and one refund less left, when the month of `refunded` has one to spare."""
        if self._limit is None:
            return True
        key = _month_key(refunded)
        # Months differ, as a real reseller's do: some reach the limit, others stay below it
        # (every month at exactly the limit looked made up on the dashboard's chart).
        share = max(min(1, self._limit), self._limit - key * 7 % 3)
        if self._used[key] >= share:
            return False
        self._used[key] += 1
        return True


def _month_key(timestamp: int) -> int:
    moment = datetime.fromtimestamp(timestamp, UTC)
    return moment.year * 12 + moment.month


def _sales(
    count: int, now: datetime | None, seed: int, months: int, refund_limit: int | None
) -> Iterator[Sale]:
    if count < 0 or months < 1:
        raise ValueError("count must be >= 0 and months >= 1")
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    now_s = int(moment.timestamp())
    month_s = int(month_bounds(moment)[0].timestamp())
    first_s = int(months_back(moment, months - 1).timestamp())
    taken: set[str] = set()
    rng = random.Random(seed)
    pool = customers(random.Random(seed + 1), max(20, count // 4), taken)
    special = edge_cases(random.Random(seed + 2), now_s, month_s, pool, taken)[:count]
    special.sort(key=lambda sale: sale.sold)
    # Sales times first, sorted, so that the random sales come out oldest first.
    span = now_s - first_s
    draw = rng.random
    times = sorted(first_s + int(draw() ** 0.8 * span) for _ in range(count - len(special)))
    budget = _RefundBudget(refund_limit, special)
    randoms = (_random_sale(rng, sold, now_s, month_s, pool, taken, budget) for sold in times)
    merged = heapq.merge(special, randoms, key=lambda sale: sale.sold)
    for number, sale in enumerate(merged, start=1000):
        if sale.metatag == AUTO_METATAG:
            sale.metatag = _metatag(draw(), number)
        yield sale


def _metatag(roll: float, number: int) -> str | None:
    if roll < 0.8:
        return f"order {number}"
    if roll < 0.9:
        return f"shop #{number}"
    return "" if roll < 0.95 else None


def _random_sale(
    rng: random.Random,
    sold: int,
    now_s: int,
    month_s: int,
    pool: list[Customer],
    taken: set[str],
    budget: _RefundBudget,
) -> Sale:
    # rng.random() with index arithmetic throughout: choice()/randrange() cost several
    # times more, and a million sales must generate in seconds.
    draw = rng.random
    package = PICK[int(draw() * len(PICK))]
    roll = draw()
    mode = NOW if roll < 0.35 else FIRST_USE if roll < 0.85 else ON_DEMAND
    deadline = sold + _DEADLINE_DAYS[int(draw() * 3)] * DAY
    activated: int | None = sold + 1 + int(draw() * 30)
    if mode == FIRST_USE:
        activated = sold + int(rng.expovariate(1 / (3 * DAY))) if draw() < 0.8 else None
    elif mode == ON_DEMAND:
        activated = sold + int(rng.expovariate(1 / (10 * DAY))) if draw() < 0.6 else None
    if activated is not None and (activated >= deadline or activated > now_s):
        activated = None  # never activated by hand; it auto-activates at the deadline

    status = _random_status(draw(), sold)
    hidden = None
    if status is None:
        hidden = rules.PURCHASED if draw() < 0.5 else rules.ACTIVATED
    refunded = None
    if status == rules.REFUNDED:
        # Random refunds all lie before this month: the edge cases hold this month's own.
        refunded = sold + 600 + int(draw() * 5 * DAY)
        if refunded >= month_s or not budget.take(refunded):
            status, refunded = rules.PURCHASED, None
        elif activated is not None and activated > refunded:
            activated = None  # refunded before anyone activated it
    left = package.hundredths  # unused: never activated, or refunded while unused
    if activated is not None and refunded is None:
        used_roll = draw()
        if used_roll >= 0.75:
            left = 0
        elif used_roll >= 0.3 and left > 1:
            left = 1 + int(draw() * (left - 1))
    uid = new_uid(rng, taken)
    while hidden is not None and rules.hidden_status_from_uid(uid) != hidden:
        taken.discard(uid)
        uid = new_uid(rng, taken)
    channel_roll = draw()
    # Positional arguments, in Sale's field order: measurably faster a million times over.
    return Sale(
        uid,
        sold,
        package,
        mode,
        status,
        activated,
        deadline if activated is None else activated + package.validity_days * DAY,
        balance_value(package, left, draw() < 0.2),
        pool[int(draw() * len(pool))] if draw() < 0.9 else None,
        new_iccid(rng) if draw() < 0.95 else None,
        AUTO_METATAG,
        0 if channel_roll < 0.7 else 1 if channel_roll < 0.9 else 2,
        "DATA_PLAN" if draw() < 0.95 else "TOP_UP",
        refunded,
    )


def _random_status(roll: float, sold: int) -> str | None:
    if roll < 0.05:
        return None
    if sold < PURCHASED_SINCE:
        return rules.ACTIVATED
    if roll < 0.12:
        return rules.REFUNDED
    return rules.ACTIVATED if roll < 0.25 else rules.PURCHASED
