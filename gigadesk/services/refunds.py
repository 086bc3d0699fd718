"""Refund one package: judge the rules, POST once, read the item back, record the outcome."""

from __future__ import annotations

import contextlib
import dataclasses
import enum
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from gigadesk.api.errors import ApiError, NotFound, OutcomeUnknown, RefundRefused
from gigadesk.domain.eligibility import Verdict, assess, in_month
from gigadesk.domain.items import ActivatedItem, Status, month_start
from gigadesk.services.clock import Clock
from gigadesk.store.cache import Cache, JournalEntry

if TYPE_CHECKING:
    from gigadesk.api.client import GigastoreClient  # imported by whoever makes one

UNSETTLED = (
    "An earlier refund of this package got no answer, and the package cannot be read back "
    "now to learn whether it went through; nothing was sent. Try again when Gigastore answers."
)


class RefundOutcome(enum.Enum):
    """How a refund attempt ended."""

    REFUNDED = "refunded"
    REFUSED_LOCALLY = "refused_locally"  # the rules said no; nothing was sent
    REFUSED_BY_SERVER = "refused_by_server"
    UNKNOWN = "unknown"  # no answer to the POST, and the read-back could not settle it


@dataclass(frozen=True, slots=True)
class RefundResult:
    """The outcome, a sentence for the reseller, the verdict judged and the item as now known."""

    outcome: RefundOutcome
    uid: str
    message: str
    verdict: Verdict | None
    item: ActivatedItem | None


def count_refunds_in_month(cache: Cache, now: datetime) -> int:
    """Refunds in the UTC month of `now`: refunded items in the cache, plus journalled refunds
    whose item the cache does not (yet) show as refunded this month."""
    count = cache.refunded_in_month(now)
    seen: set[str] = set()
    for entry in cache.journal(since=month_start(now)):
        if entry.outcome != RefundOutcome.REFUNDED.value or entry.uid in seen:
            continue
        if not in_month(entry.at, now):
            continue
        seen.add(entry.uid)
        cached = cache.get(entry.uid)
        counted_by_cache = (
            cached is not None
            and cached.status is Status.REFUNDED
            and in_month(cached.refunded_at, now)
        )
        if not counted_by_cache:
            count += 1
    return count


class RefundService:
    """Gate -> POST once -> read back -> cache and journal. Never retries the POST."""

    def __init__(
        self,
        client: GigastoreClient,
        cache: Cache,
        monthly_limit: int | None,
        *,
        clock: Clock | None = None,
    ) -> None:
        self._client = client
        self._cache = cache
        self.monthly_limit = monthly_limit
        self.clock = clock or Clock(lambda: client.server_clock_offset)
        self._in_flight: set[str] = set()

    def refunds_this_month(self, now: datetime | None = None) -> int:
        """Refunds made in the UTC month of `now` (see count_refunds_in_month)."""
        return count_refunds_in_month(self._cache, now or self.clock.now())

    def assess(self, item: ActivatedItem, now: datetime | None = None) -> Verdict:
        """The verdict for `item` with this month's refunds and the configured limit."""
        now = now or self.clock.now()
        return assess(item, now, self.refunds_this_month(now), self.monthly_limit)

    async def refund(self, uid: str) -> RefundResult:
        """Refund `uid` once if the rules allow it; the result says what happened."""
        if uid in self._in_flight:
            return RefundResult(
                RefundOutcome.REFUSED_LOCALLY,
                uid,
                "A refund of this package is already under way.",
                None,
                None,
            )
        self._in_flight.add(uid)
        try:
            return await self._refund(uid)
        finally:
            self._in_flight.discard(uid)

    async def _refund(self, uid: str) -> RefundResult:
        item = self._cache.get(uid)
        unsettled = self._unsettled(uid)
        if self._client.server_clock_offset is None:
            # The token is needed for the POST anyway; its answer's Date header tells the
            # server's clock before the rules are judged. A failure here shows again below.
            with contextlib.suppress(ApiError):
                await self._client.authenticate()
        if item is None or unsettled:
            # An earlier unanswered refund is settled by what the server shows now, never
            # by sending again blind.
            try:
                current = await self._client.item(uid)
            except ApiError:
                if item is None:
                    raise
                return RefundResult(RefundOutcome.UNKNOWN, uid, UNSETTLED, None, item)
            self._cache.upsert_item(current)
            item = current
        if unsettled and item.status is Status.REFUNDED:
            message = "The earlier refund request that got no answer went through."
            self._journal(uid, RefundOutcome.REFUNDED, message)
            return RefundResult(RefundOutcome.REFUNDED, uid, message, None, item)
        verdict = self.assess(item)
        if not verdict.refundable:
            message = " ".join(reason.message for reason in verdict.reasons)
            return RefundResult(RefundOutcome.REFUSED_LOCALLY, uid, message, verdict, item)

        try:
            await self._client.refund(uid)
        except RefundRefused as exc:
            self._journal(uid, RefundOutcome.REFUSED_BY_SERVER, exc.message)
            fresh = await self._read_back(uid)
            return RefundResult(
                RefundOutcome.REFUSED_BY_SERVER, uid, exc.message, verdict, fresh or item
            )
        except NotFound as exc:
            self._journal(uid, RefundOutcome.REFUSED_BY_SERVER, exc.message)
            return RefundResult(RefundOutcome.REFUSED_BY_SERVER, uid, exc.message, verdict, item)
        except OutcomeUnknown:
            return await self._settle_unknown(uid, verdict, item)

        fresh = await self._read_back(uid)
        if fresh is None or fresh.status is not Status.REFUNDED:
            # The server said yes; a stale or failed read-back must not undo that locally.
            fresh = dataclasses.replace(
                fresh or item, status=Status.REFUNDED, refunded_at=self.clock.now()
            )
            self._cache.upsert_item(fresh)
        message = f"Refunded {item.name} ({uid})."
        if item.purchase_price is not None:
            message += f" {item.purchase_price} in credits go back to your account."
        self._journal(uid, RefundOutcome.REFUNDED, message)
        return RefundResult(RefundOutcome.REFUNDED, uid, message, verdict, fresh)

    async def _settle_unknown(
        self, uid: str, verdict: Verdict, item: ActivatedItem
    ) -> RefundResult:
        fresh = await self._read_back(uid)
        if fresh is not None and fresh.status is Status.REFUNDED:
            message = (
                "The server did not answer the refund request, but reading the package back "
                "shows it as refunded."
            )
            self._journal(uid, RefundOutcome.REFUNDED, message)
            return RefundResult(RefundOutcome.REFUNDED, uid, message, verdict, fresh)
        if fresh is None:
            message = (
                "The server did not answer the refund request and the package could not be "
                "read back. Check it again before trying once more."
            )
        elif fresh.status is Status.UNKNOWN:
            message = (
                "The server did not answer the refund request, and it sends no status to "
                "read back: whether the refund went through is unknown. Check the package in "
                "the Gigastore portal before trying once more."
            )
        else:
            message = (
                "The server did not answer the refund request; reading the package back shows "
                f"it as {fresh.status.value.title()}, not refunded. It may still be in "
                "progress: check again before trying once more."
            )
        self._journal(uid, RefundOutcome.UNKNOWN, message)
        return RefundResult(RefundOutcome.UNKNOWN, uid, message, verdict, fresh or item)

    async def _read_back(self, uid: str) -> ActivatedItem | None:
        try:
            fresh = await self._client.item(uid)
        except ApiError:
            return None
        self._cache.upsert_item(fresh)
        return fresh

    def _unsettled(self, uid: str) -> bool:
        """True when the last attempt on `uid` got no answer and nothing settled it since."""
        outcomes = [entry.outcome for entry in self._cache.journal() if entry.uid == uid]
        return bool(outcomes) and outcomes[-1] == RefundOutcome.UNKNOWN.value

    def _journal(self, uid: str, outcome: RefundOutcome, message: str) -> None:
        self._cache.add_journal(JournalEntry(uid, self.clock.now(), outcome.value, message))
