"""Which calendar-month windows a sync reads, newest first, from what the cache already holds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from gigadesk.domain.items import month_start, next_month, previous_month

# The Gigastore reseller API did not exist before this; a walk back never goes further.
EARLIEST_MONTH = datetime(2020, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class WindowState:
    """What the cache knows of one synced month: its start and whether it can still change."""

    start: datetime
    item_count: int
    open_items: int


@dataclass(frozen=True, slots=True)
class SyncPlan:
    """Months to read now (newest first), and whether to keep walking back after them."""

    months: tuple[datetime, ...]
    walk_back_from: datetime | None  # the next older month to try, if the history is not complete
    empty_run: int  # empty months already seen at the old end of the walk


def plan_sync(
    synced: Sequence[WindowState],
    now: datetime,
    empty_months_to_stop: int,
    earliest: datetime = EARLIEST_MONTH,
) -> SyncPlan:
    """Plan a sync: the current month, months that can still change, gaps, then the walk back."""
    current = month_start(now)
    by_start = {month_start(w.start): w for w in synced}
    if not by_start:
        return SyncPlan((), current, 0)

    oldest = min(by_start)
    months: list[datetime] = []
    month = current
    while month >= oldest:
        window = by_start.get(month)
        # The current month always changes; a closed month (nothing that can change) is final.
        if month == current or window is None or window.open_items > 0:
            months.append(month)
        month = previous_month(month)

    # The walk back is complete once it reached the earliest month or a run of empty months.
    empty_run = 0
    month = oldest
    while month in by_start and by_start[month].item_count == 0 and month <= current:
        empty_run += 1
        month = next_month(month)
    complete = oldest <= month_start(earliest) or empty_run >= empty_months_to_stop
    walk_back_from = None if complete else previous_month(oldest)
    return SyncPlan(tuple(months), walk_back_from, empty_run)
