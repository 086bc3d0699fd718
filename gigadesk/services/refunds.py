"""Refund one package: judge the rules, journal the attempt, POST once, settle, read back."""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import logging
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from gigadesk.api.errors import (
    ApiError,
    NotFound,
    OutcomeUnknown,
    RefundRefused,
    Transient,
    Unauthorized,
)
from gigadesk.domain.eligibility import Verdict, assess
from gigadesk.domain.items import ActivatedItem, Status
from gigadesk.services.clock import Clock
from gigadesk.services.refund_attempts import ago, in_flight_elsewhere
from gigadesk.store.cache import Cache, CacheError
from gigadesk.store.refund_journal import (
    NOT_SENT,
    PENDING,
    REFUNDED,
    REFUSED,
    UNKNOWN,
    Attempt,
)

if TYPE_CHECKING:
    from gigadesk.api.client import GigastoreClient  # imported by whoever makes one

log = logging.getLogger(__name__)

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
    """The outcome, a sentence for the reseller, the verdict judged and the item as now known.

    `attempt` is the journalled attempt that is still unsettled when the outcome is UNKNOWN:
    the reseller may settle it by sending it again (`refund(uid, resend_unknown=True)`) once
    `resendable` says nobody is sending it right now.
    """

    outcome: RefundOutcome
    uid: str
    message: str
    verdict: Verdict | None
    item: ActivatedItem | None
    attempt: Attempt | None = None
    resendable: bool = False


def count_refunds_in_month(cache: Cache, now: datetime) -> int:
    """Refunds in the UTC month of `now`: refunded items in the cache, journalled refunds
    whose item the cache does not (yet) show as refunded this month, and every attempt whose
    outcome is unknown (it may have gone through)."""
    return cache.refunds_in_month(now)


class RefundService:
    """Gate -> journal the attempt -> POST once -> settle it -> read back. Never resends on
    its own: an attempt without a known outcome blocks its package in every process until a
    read-back shows it refunded or the reseller chooses to send it again."""

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

    def unsettled(self) -> list[Attempt]:
        """The attempts whose outcome nobody knows yet, oldest first."""
        return self._cache.unsettled_refunds()

    def open_attempt(self, uid: str) -> Attempt | None:
        """The attempt of `uid` whose outcome nobody knows yet, if any."""
        return self._cache.open_refund(uid)

    async def refund(self, uid: str, *, resend_unknown: bool = False) -> RefundResult:
        """Refund `uid` once if the rules allow it; the result says what happened.

        `resend_unknown` is the reseller's explicit word, after being shown what is known, to
        send again an earlier attempt whose outcome stayed unknown (under its own id, so a
        server that honours idempotency keys answers it with the first answer)."""
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
            return await self._refund(uid, resend_unknown)
        finally:
            self._in_flight.discard(uid)

    async def _refund(self, uid: str, resend_unknown: bool) -> RefundResult:
        item = self._cache.get(uid)
        earlier = self._cache.open_refund(uid)
        if self._client.server_clock_offset is None:
            # The token is needed for the POST anyway; its answer's Date header tells the
            # server's clock before the rules are judged. A failure here shows again below.
            with contextlib.suppress(ApiError):
                await self._client.authenticate()
        if earlier is not None and in_flight_elsewhere(earlier, self.clock.now()):
            return self._elsewhere(earlier, item)
        if item is None or earlier is not None:
            # An earlier attempt without a known outcome is settled by what the server shows
            # now, never by sending again blind.
            try:
                current = await self._client.item(uid)
            except ApiError:
                if item is None and earlier is None:
                    raise
                return RefundResult(RefundOutcome.UNKNOWN, uid, UNSETTLED, None, item, earlier)
            with contextlib.suppress(CacheError):
                self._cache.upsert_item(current)
            item = current
        if earlier is not None:
            settled = self._judge_earlier(earlier, item, resend_unknown)
            if settled is not None:
                return settled
        now = self.clock.now()
        # A resent attempt keeps the slot of the month it already holds.
        used = self.refunds_this_month(now) - (1 if earlier is not None else 0)
        verdict = assess(item, now, used, self.monthly_limit)
        if not verdict.refundable:
            message = " ".join(reason.message for reason in verdict.reasons)
            return RefundResult(RefundOutcome.REFUSED_LOCALLY, uid, message, verdict, item)
        fresh = Attempt(
            str(uuid.uuid4()),
            uid,
            now,
            PENDING,
            "Sent; no answer recorded yet.",
            self._client.refund_route(uid),
            os.getpid(),
            1,
            now,
            None,
        )
        reservation = self._cache.reserve_refund(
            fresh, self.monthly_limit, resend=None if earlier is None else earlier.id
        )
        if reservation.blocked_by is not None:
            return self._elsewhere(reservation.blocked_by, item)
        if reservation.attempt is None:  # the limit: other processes took the last slots
            verdict = assess(item, now, reservation.month_count, self.monthly_limit)
            message = " ".join(reason.message for reason in verdict.reasons)
            return RefundResult(RefundOutcome.REFUSED_LOCALLY, uid, message, verdict, item)
        return await self._send(reservation.attempt, item, verdict)

    def _judge_earlier(
        self, earlier: Attempt, item: ActivatedItem, resend_unknown: bool
    ) -> RefundResult | None:
        """Settle an earlier unsettled attempt by the read-back; None when the reseller chose
        to send it again."""
        now = self.clock.now()
        if item.status is Status.REFUNDED:
            message = "The earlier refund request that got no answer went through."
            self._record(earlier, REFUNDED, message, only_unsettled=True)
            return RefundResult(RefundOutcome.REFUNDED, item.uid, message, None, item)
        if earlier.outcome == PENDING:
            # Its process ended (a crash, a kill, a full disk) before the outcome was noted.
            self._record(
                earlier,
                UNKNOWN,
                "The process that sent it ended before its answer was recorded.",
                only_unsettled=True,
            )
        if resend_unknown:
            return None
        since = ago(earlier.sent_at, now).removesuffix(" ago")
        if item.status is Status.UNKNOWN:
            shown = (
                f"The server sends no status to read back, so whether the refund request sent "
                f"{since} ago (its answer was lost) went through is unknown; check the package "
                "in the Gigastore portal."
            )
        else:
            shown = (
                f"Gigastore still shows this package as {item.status.value.title()}, {since} "
                "after a refund request whose answer was lost."
            )
        message = (
            f"{shown} It may still be carried out, so nothing was sent again; send it again "
            "only if you are sure it did not go through."
        )
        return RefundResult(
            RefundOutcome.UNKNOWN, item.uid, message, None, item, earlier, resendable=True
        )

    def _elsewhere(self, attempt: Attempt, item: ActivatedItem | None) -> RefundResult:
        message = (
            f"Another GigaDesk (process {attempt.pid}) sent a refund of this package "
            f"{ago(attempt.sent_at, self.clock.now())} and has no answer yet; nothing was "
            "sent. Check again in a moment."
        )
        return RefundResult(RefundOutcome.UNKNOWN, attempt.uid, message, None, item, attempt)

    async def _send(self, attempt: Attempt, item: ActivatedItem, verdict: Verdict) -> RefundResult:
        uid = attempt.uid
        try:
            await self._client.refund(uid, idempotency_key=attempt.id)
        except (RefundRefused, NotFound) as exc:
            if not self._record(attempt, REFUSED, exc.message):
                return self._unrecorded(attempt, item, verdict, "refused it")
            fresh = await self._read_back(uid) if isinstance(exc, RefundRefused) else None
            return RefundResult(
                RefundOutcome.REFUSED_BY_SERVER, uid, exc.message, verdict, fresh or item
            )
        except OutcomeUnknown as exc:
            why = (
                "The server did not answer the refund request"
                if exc.status is None
                else f"Gigastore answered the refund request with HTTP {exc.status}"
            )
            return await self._settle_unknown(attempt, verdict, item, why)
        except (Transient, Unauthorized) as exc:
            # No connection, 429 or a rejected token: the refund never reached the server.
            self._record(attempt, NOT_SENT, exc.message)
            raise
        except Exception as exc:
            # Whatever failed after the request left (a bad answer, a bug): unknown.
            log.exception("the answer to the refund of %s could not be handled", uid)
            why = f"The answer to the refund request could not be read ({type(exc).__name__})"
            return await self._settle_unknown(attempt, verdict, item, why)
        except BaseException:
            self._record(attempt, UNKNOWN, "Interrupted while waiting for the answer.")
            raise

        message = f"Refunded {item.name} ({uid})."
        if item.purchase_price is not None:
            message += f" {item.purchase_price} in credits go back to your account."
        if not self._record(attempt, REFUNDED, message):
            return self._unrecorded(attempt, item, verdict, "accepted it")
        fresh = await self._read_back(uid)
        if fresh is None or fresh.status is not Status.REFUNDED:
            # The server said yes; a stale or failed read-back must not undo that locally.
            fresh = dataclasses.replace(
                fresh or item, status=Status.REFUNDED, refunded_at=self.clock.now()
            )
            with contextlib.suppress(CacheError):
                self._cache.upsert_item(fresh)
        return RefundResult(RefundOutcome.REFUNDED, uid, message, verdict, fresh)

    async def _settle_unknown(
        self, attempt: Attempt, verdict: Verdict, item: ActivatedItem, why: str
    ) -> RefundResult:
        uid = attempt.uid
        fresh = await self._read_back(uid)
        if fresh is not None and fresh.status is Status.REFUNDED:
            message = f"{why}, but reading the package back shows it as refunded."
            if not self._record(attempt, REFUNDED, message):
                return self._unrecorded(attempt, fresh, verdict, "refunded it")
            return RefundResult(RefundOutcome.REFUNDED, uid, message, verdict, fresh)
        if fresh is None:
            message = (
                f"{why}, and the package could not be read back: the outcome is unknown. "
                "GigaDesk sends nothing more for it until a read-back settles it."
            )
        elif fresh.status is Status.UNKNOWN:
            message = (
                f"{why}, and the server sends no status to read back: whether the refund "
                "went through is unknown. Check the package in the Gigastore portal before "
                "trying once more."
            )
        else:
            message = (
                f"{why}; reading the package back shows it as {fresh.status.value.title()}, "
                "not refunded. The outcome is unknown: it may still be carried out, so check "
                "again before trying once more."
            )
        self._record(attempt, UNKNOWN, message)
        return RefundResult(
            RefundOutcome.UNKNOWN, uid, message, verdict, fresh or item, attempt, resendable=True
        )

    def _unrecorded(
        self, attempt: Attempt, item: ActivatedItem, verdict: Verdict, answer: str
    ) -> RefundResult:
        """The server answered but the outcome could not be written (a full disk): the
        attempt stays pending, and the next refund of the package reads it back first."""
        message = (
            f"Gigastore {answer}, but the history cache could not record that (is the disk "
            "full?). The outcome stays unknown to GigaDesk until the package is read back; "
            "nothing more is sent for it until then."
        )
        return RefundResult(RefundOutcome.UNKNOWN, attempt.uid, message, verdict, item, attempt)

    async def _read_back(self, uid: str) -> ActivatedItem | None:
        try:
            fresh = await self._client.item(uid)
        except ApiError:
            return None
        except Exception:
            log.exception("reading back %s failed", uid)
            return None
        with contextlib.suppress(CacheError):
            self._cache.upsert_item(fresh)
        return fresh

    def _record(
        self, attempt: Attempt, outcome: str, message: str, *, only_unsettled: bool = False
    ) -> bool:
        """Settle `attempt` in the journal; False when the cache could not be written."""
        try:
            self._cache.settle_refund(
                attempt.id, outcome, message, self.clock.now(), only_unsettled=only_unsettled
            )
        except CacheError:
            log.warning("the outcome of refund attempt %s could not be recorded", attempt.id)
            return False
        return True
