"""What the sales-history views ask of the cache: search text, quick filter and sort order."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from gigadesk.domain.items import Status


class QuickFilter(enum.Enum):
    """The quick filters above the history table."""

    ALL = "all"
    REFUNDABLE = "refundable"  # refundable now: Purchased, valid, unused, limit not reached
    ACTIVE = "active"  # activated and not expired, not refunded
    NOT_YET_ACTIVE = "not_yet_active"  # not activated, not expired, not refunded
    EXPIRED = "expired"  # validity over, not refunded
    REFUNDED = "refunded"
    FROM_STOCK = "from_stock"  # status Activated (inventory stock)


class SortKey(enum.Enum):
    """The columns the history can be sorted by."""

    SOLD = "sold"
    PACKAGE = "package"
    REGION = "region"
    VOLUME = "volume"
    USED = "used"
    EXPIRES = "expires"
    STATUS = "status"
    REFUNDABLE = "refundable"
    PRICE = "price"
    CUSTOMER = "customer"
    PURCHASE_ID = "purchase_id"


@dataclass(frozen=True, slots=True)
class HistoryQuery:
    """One view of the history: which rows, in which order, judged at which instant."""

    search: str = ""  # case-insensitive substring of package, uid, ICCID, e-mail, metatag
    quick_filter: QuickFilter = QuickFilter.ALL
    status: Status | None = None
    sort: SortKey = SortKey.SOLD
    descending: bool = True
    now: datetime | None = None  # for time-dependent filters; None means the current time
    limit_reached: bool = False  # the month's refunds are used up: nothing is refundable now
    # A Purchase ID shown whatever the quick filter and status say (the search still applies):
    # a package just refunded stays in view, marked refunded, until the search or filter changes.
    keep: str | None = None
