"""Hand-made demo sales that every history must show: one per rule, status and unit mix."""

from __future__ import annotations

import random
from dataclasses import dataclass

from gigadesk.sandbox import rules
from gigadesk.sandbox.catalog import (
    BY_NAME,
    DAY,
    FIRST_USE,
    NOW,
    ON_DEMAND,
    Customer,
    balance_value,
    new_iccid,
    new_uid,
)
from gigadesk.sandbox.sales import AUTO_METATAG, Sale

HOUR = 3600
_AUTO = -1  # activated a few seconds after the sale


@dataclass(frozen=True, slots=True)
class _Case:
    """One edge case, with times relative to now (seconds ago) and the month's start."""

    name: str
    sold_ago: int
    mode: str = NOW
    status: str | None = rules.PURCHASED
    hidden: str | None = None  # the true status when `status` is missing
    activated: int | None = _AUTO  # seconds after the sale, _AUTO, or None (not yet)
    deadline_days: int = 180
    left: int | None = None  # hundredths of the size unit left; None = all of it
    smaller_unit: bool = False
    available: tuple[int | float, str] | None = None  # an exact balance, overriding `left`
    customer: bool = True
    iccid: bool = True
    metatag: str | None = AUTO_METATAG
    refunded: bool = False
    this_month: bool = True  # keep the sale inside the current calendar month


# Refundable at generation time first, so that a small count still holds them.
_CASES: tuple[_Case, ...] = (
    _Case("eSIM Europe 5 GB", 2 * HOUR),
    _Case("eSIM Europe 5 GB", 3 * HOUR, FIRST_USE, activated=None),
    _Case("Global 10 GB 30 days", 4 * HOUR, FIRST_USE, activated=HOUR, smaller_unit=True),
    _Case("USA 1 GB 7 days", 5 * HOUR, ON_DEMAND, activated=None, smaller_unit=True),
    _Case("Europe 500 MB 7 days", 6 * HOUR),
    _Case("Global 3.2 GB 15 days", 7 * HOUR, FIRST_USE, activated=None),
    _Case("Global Unlimited 1 TB 365 days", 8 * HOUR, smaller_unit=True),
    _Case("eSIM Europe 10 GB", 9 * HOUR, FIRST_USE, activated=None),
    _Case("Asia 3 GB 15 days", 10 * HOUR, customer=False, iccid=False),
    _Case("Japan 5 GB 10 days", 11 * HOUR, ON_DEMAND, activated=None, metatag=None),
    # Never activated, the auto-activation deadline passed 10 days ago: valid for 20 more.
    _Case("Global 10 GB 30 days", 100 * DAY, FIRST_USE, activated=None, deadline_days=90),
    # Refunded this month (fewer than the default limit of 5) and earlier.
    _Case("Turkey 2 GB 7 days", 30 * HOUR, status=rules.REFUNDED, refunded=True),
    _Case("USA 20 GB 30 days", 20 * HOUR, FIRST_USE, rules.REFUNDED, activated=None, refunded=True),
    _Case("eSIM Europe 5 GB", 45 * DAY, status=rules.REFUNDED, refunded=True, this_month=False),
    # From inventory stock (status Activated): valid and unused, still not refundable.
    _Case("eSIM Europe 5 GB", 12 * HOUR, status=rules.ACTIVATED),
    _Case("United Kingdom 8 GB 30 days", 13 * HOUR, FIRST_USE, rules.ACTIVATED, activated=None),
    # Status missing: the server decides by the hidden status.
    _Case("eSIM Europe 5 GB", 14 * HOUR, status=None, hidden=rules.PURCHASED),
    _Case("Global 10 GB 30 days", 15 * HOUR, FIRST_USE, None, rules.PURCHASED, activated=None),
    _Case("Latin America 2 GB 15 days", 16 * HOUR, status=None, hidden=rules.ACTIVATED),
    _Case("Switzerland 1 GB 7 days", 17 * HOUR, status=None, hidden=rules.ACTIVATED, left=40),
    # Expired: activated 60 days ago, and never activated with the deadline long past.
    _Case("eSIM Europe 5 GB", 60 * DAY, this_month=False),
    _Case("Asia 3 GB 15 days", 200 * DAY, FIRST_USE, activated=None, deadline_days=90),
    _Case("USA 1 GB 7 days", 40 * DAY, left=0, this_month=False),
    # Used: fully, partly (3.2 GB of 5 GB left), and a hair (half a MB, in another unit).
    _Case("Global 10 GB 30 days", 18 * HOUR, left=0),
    _Case("eSIM Europe 5 GB", 19 * HOUR, left=320),
    _Case("eSIM Europe 5 GB", 21 * HOUR, available=(4999.5, "MB")),
    _Case("Global Unlimited 1 TB 365 days", 22 * HOUR, available=(999.99, "GB")),
    _Case("Europe 50 MB trial", HOUR),
)


def edge_cases(
    rng: random.Random,
    now_s: int,
    month_s: int,
    pool: list[Customer],
    taken: set[str],
) -> list[Sale]:
    """The edge-case sales at `now_s` (epoch seconds; `month_s` starts its month)."""
    return [_sale(case, rng, now_s, month_s, pool, taken) for case in _CASES]


def _sale(
    case: _Case,
    rng: random.Random,
    now_s: int,
    month_s: int,
    pool: list[Customer],
    taken: set[str],
) -> Sale:
    package = BY_NAME[case.name]
    sold = now_s - case.sold_ago
    if case.this_month and case.sold_ago < 31 * DAY:
        sold = max(sold, month_s)
    activated: int | None = None
    if case.activated is not None:
        offset = rng.randrange(2, 30) if case.activated == _AUTO else case.activated
        activated = min(sold + offset, now_s)
    refunded = None
    if case.refunded:
        refunded = sold + 2 * HOUR if not case.this_month else sold + (now_s - sold) // 2
    left = package.hundredths if case.left is None else case.left
    available = case.available or balance_value(package, left, case.smaller_unit)
    uid = new_uid(rng, taken)
    while case.hidden is not None and rules.hidden_status_from_uid(uid) != case.hidden:
        taken.discard(uid)
        uid = new_uid(rng, taken)
    deadline = sold + case.deadline_days * DAY
    return Sale(
        uid=uid,
        sold=sold,
        package=package,
        mode=case.mode,
        status=case.status,
        activated=activated,
        expires=deadline if activated is None else activated + package.validity_days * DAY,
        available=available,
        customer=rng.choice(pool) if case.customer else None,
        iccid=new_iccid(rng) if case.iccid else None,
        metatag=case.metatag,
        refunded=refunded,
    )
