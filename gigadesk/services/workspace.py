"""One account's context below the UI: the cache, the services, the month's refunds and limit,
each package's verdict, and API errors turned into outcomes a screen can show. No Qt."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from gigadesk.api import transport
from gigadesk.domain.eligibility import Verdict, assess
from gigadesk.domain.items import ActivatedItem
from gigadesk.services.failures import (
    FAILURES,
    Cause,
    Failure,
    FailureKind,
    Link,
    failure_of,
)
from gigadesk.services.refunds import count_refunds_in_month
from gigadesk.services.session import Notice, NoticeKind
from gigadesk.store.cache import Cache

if TYPE_CHECKING:
    # Types only: the services (and httpx behind them) load after the window's first paint.
    from gigadesk.services.refunds import RefundService
    from gigadesk.services.sync import SyncService


def base_url_problem(url: str) -> str | None:
    """Why `url` must not be used as the Gigastore base URL (None: it may)."""
    return transport.base_url_problem(url)


class CheckOutcome(enum.Enum):
    """How trying credentials against the server ended."""

    CONNECTED = "connected"  # detail: the API version
    NO_SECRET = "no_secret"
    REJECTED = "rejected"
    UNREACHABLE = "unreachable"  # failure (and detail): why, in the transport's words
    FAILED = "failed"  # failure (and detail): the server's words


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    """The outcome of a connection test and its detail."""

    outcome: CheckOutcome
    detail: str = ""
    failure: Failure | None = None  # what failed, for UNREACHABLE and FAILED

    @property
    def ok(self) -> bool:
        """True when the credentials work."""
        return self.outcome is CheckOutcome.CONNECTED


def utc_now() -> datetime:
    """The local clock in UTC."""
    return datetime.now(UTC)


@dataclass
class AccountWorkspace:
    """One account as the window sees it: which cache it shows and which services act."""

    cache: Cache
    cache_path: Path
    account: str | None  # the Client ID; None shows the welcome view
    sync: SyncService | None = None
    refunds: RefundService | None = None
    monthly_limit: int | None = None
    state: Link = Link.NOT_CONFIGURED
    demo: bool = False
    refresh_minutes: int = 15
    clock: Callable[[], datetime] = utc_now
    notices: list[Notice] = field(default_factory=list)
    # Says when refund rules are judged by the server's clock (see services.clock.Clock).
    clock_notice: Callable[[], str | None] = lambda: None
    history_view: str = ""  # Settings.history_view: the saved search, filter, sort, columns

    def refunds_this_month(self, now: datetime | None = None) -> int:
        """Refunds made in the UTC month of `now` (cache and journal)."""
        moment = now or self.clock()
        if self.refunds is not None:
            return self.refunds.refunds_this_month(moment)
        return count_refunds_in_month(self.cache, moment)

    def judge(self, now: datetime, refunds_used: int) -> Callable[[ActivatedItem], Verdict]:
        """The verdict function for one state of the data: an instant, the month's refunds
        and the limit. Every verdict the window shows comes from one of these."""
        limit = self.monthly_limit
        return lambda item: assess(item, now, refunds_used, limit)

    def limit_reached(self, refunds_used: int) -> bool:
        """True when `refunds_used` this month use up the limit: no package is refundable."""
        return self.monthly_limit is not None and refunds_used >= self.monthly_limit

    def verdict(self, item: ActivatedItem, now: datetime | None = None) -> Verdict:
        """`item`'s verdict now, counting this month's refunds afresh."""
        moment = now or self.clock()
        return self.judge(moment, self.refunds_this_month(moment))(item)

    def set_monthly_limit(self, limit: int | None) -> None:
        """A new monthly limit for the verdicts and the refund service's gate."""
        self.monthly_limit = limit
        if self.refunds is not None:
            self.refunds.monthly_limit = limit


# The failure model lives in services.failures; the window and the CLI know it from here too.
__all__ = [
    "FAILURES",
    "AccountWorkspace",
    "Cause",
    "CheckOutcome",
    "ConnectionCheck",
    "Failure",
    "FailureKind",
    "Link",
    "Notice",
    "NoticeKind",
    "base_url_problem",
    "failure_of",
    "utc_now",
]
