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
from gigadesk.api.errors import ApiError, Offline, RefundRefused, Transient, Unauthorized
from gigadesk.domain.eligibility import Verdict, assess
from gigadesk.domain.items import ActivatedItem
from gigadesk.services.refunds import count_refunds_in_month
from gigadesk.store.cache import Cache, CacheError

if TYPE_CHECKING:
    # Types only: the services (and httpx behind them) load after the window's first paint.
    from gigadesk.services.refunds import RefundService
    from gigadesk.services.sync import SyncService

# What a sync, a refund or a connection test may fail with and still be told in one sentence;
# anything else is a bug and goes to the crash report.
FAILURES: tuple[type[Exception], ...] = (ApiError, CacheError)


class Link(enum.Enum):
    """Whether Gigastore can be reached right now, as far as the workspace knows."""

    NOT_CONFIGURED = "not_configured"  # no credentials yet
    CONNECTING = "connecting"  # started, first contact not answered yet
    ONLINE = "online"  # the last contact succeeded
    OFFLINE = "offline"  # the last contact failed (no network, a 5xx storm)
    OFFLINE_MODE = "offline_mode"  # --offline: no network at all
    REJECTED = "rejected"  # the server rejected the credentials


class FailureKind(enum.Enum):
    """What a failure means for the reseller."""

    OFFLINE = "offline"  # Gigastore did not answer (network, time-outs, a 5xx storm)
    REJECTED = "rejected"  # the credentials were rejected
    REFUSED = "refused"  # the server refused, in its own words
    SERVER = "server"  # the server answered, just not usefully
    LOCAL = "local"  # the cache on this computer could not be read or written


@dataclass(frozen=True, slots=True)
class Failure:
    """One failure as a kind and a sentence safe to show (never a secret)."""

    kind: FailureKind
    message: str

    @property
    def link(self) -> Link | None:
        """The connection state this failure shows (None: it says nothing about it)."""
        return {
            FailureKind.OFFLINE: Link.OFFLINE,
            FailureKind.REJECTED: Link.REJECTED,
            FailureKind.REFUSED: Link.ONLINE,
            FailureKind.SERVER: Link.ONLINE,
            FailureKind.LOCAL: None,
        }[self.kind]


def failure_of(exc: BaseException) -> Failure:
    """The outcome to show for one of FAILURES (anything else reads as a local failure)."""
    if isinstance(exc, Unauthorized):
        return Failure(FailureKind.REJECTED, exc.message)
    if isinstance(exc, Offline | Transient):
        return Failure(FailureKind.OFFLINE, exc.message)
    if isinstance(exc, RefundRefused):
        return Failure(FailureKind.REFUSED, exc.message)
    if isinstance(exc, ApiError):
        return Failure(FailureKind.SERVER, exc.message)
    return Failure(FailureKind.LOCAL, str(exc) or type(exc).__name__)


def base_url_problem(url: str) -> str | None:
    """Why `url` must not be used as the Gigastore base URL (None: it may)."""
    return transport.base_url_problem(url)


class CheckOutcome(enum.Enum):
    """How trying credentials against the server ended."""

    CONNECTED = "connected"  # detail: the API version
    NO_SECRET = "no_secret"
    REJECTED = "rejected"
    UNREACHABLE = "unreachable"  # detail: why, in the transport's words
    FAILED = "failed"  # detail: the server's words


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    """The outcome of a connection test and its detail."""

    outcome: CheckOutcome
    detail: str = ""

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
    notices: list[str] = field(default_factory=list)
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
