"""Which selected packages a bulk refund sends: the rules, then the month's refunds left."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from gigadesk.domain.eligibility import assess
from gigadesk.domain.items import ActivatedItem
from gigadesk.ui.detail.verdict_text import reasons_text


@dataclass(frozen=True, slots=True)
class BulkPlan:
    """Which selected packages will be sent, which the limit holds back, which are blocked."""

    to_send: list[ActivatedItem]
    over_limit: list[ActivatedItem]
    blocked: list[tuple[ActivatedItem, str]]
    remaining: int | None  # refunds the month still allows; None when the limit is unknown

    def credits(self) -> dict[str, Decimal]:
        """The credits that come back, per currency, if every refund sent succeeds."""
        total: dict[str, Decimal] = {}
        for item in self.to_send:
            if item.purchase_price is not None:
                money = item.purchase_price
                total[money.currency] = total.get(money.currency, Decimal(0)) + money.amount
        return total


def plan_bulk(
    items: Sequence[ActivatedItem], refunds_used: int, monthly_limit: int | None, now: datetime
) -> BulkPlan:
    """Split `items` (each once) by the refund rules and the month's remaining refunds: the
    refundable ones that expire first use the refunds left (the reseller may choose others)."""
    remaining = None if monthly_limit is None else max(0, monthly_limit - refunds_used)
    refundable: list[ActivatedItem] = []
    blocked: list[tuple[ActivatedItem, str]] = []
    seen: set[str] = set()
    for item in items:
        if item.uid in seen:
            continue
        seen.add(item.uid)
        # Judged without the limit: the limit is applied to the whole batch below.
        verdict = assess(item, now, 0, None)
        if not verdict.refundable:
            blocked.append((item, reasons_text(verdict, item)))
        else:
            refundable.append(item)
    # A package that lapses soon loses its value first; the table's order breaks ties.
    refundable.sort(key=lambda item: item.validity_end() or datetime.max.replace(tzinfo=UTC))
    cut = len(refundable) if remaining is None else remaining
    return BulkPlan(refundable[:cut], refundable[cut:], blocked, remaining)
