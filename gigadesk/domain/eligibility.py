"""The four refund rules: whether a package may be refunded now, and why or why not."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from gigadesk.domain.items import ActivatedItem, Status, human_bytes, month_start, next_month, utc

ALREADY_REFUNDED = "ALREADY_REFUNDED"
NOT_PURCHASED_WITH_CREDITS = "NOT_PURCHASED_WITH_CREDITS"
EXPIRED = "EXPIRED"
USED = "USED"
REFUND_LIMIT_REACHED = "REFUND_LIMIT_REACHED"
LIMIT_UNKNOWN = "LIMIT_UNKNOWN"
STATUS_UNKNOWN = "STATUS_UNKNOWN"
CONTRADICTORY_DATA = "CONTRADICTORY_DATA"

# The order in which the rules are shown to the reseller (the portal's order).
RULE_CODES: tuple[str, ...] = (NOT_PURCHASED_WITH_CREDITS, EXPIRED, USED, REFUND_LIMIT_REACHED)

RULE_TITLES: dict[str, str] = {
    NOT_PURCHASED_WITH_CREDITS: "Bought with credits",
    EXPIRED: "Still valid",
    USED: "Unused",
    REFUND_LIMIT_REACHED: "Monthly refund limit",
}
# A failed rule's title says what is the case, so a cross beside it reads as a true
# statement ("Expired" ✗), never as a rule's name crossed out ("Still valid" ✗).
FAILED_TITLES: dict[str, str] = {
    ALREADY_REFUNDED: "Already refunded",
    NOT_PURCHASED_WITH_CREDITS: "From inventory stock",
    EXPIRED: "Expired",
    USED: "Data used",
    REFUND_LIMIT_REACHED: "Monthly limit reached",
    CONTRADICTORY_DATA: "Contradictory data",  # only ever a failed line
}
EXPIRY_UNKNOWN_TITLE = "Expiry date unknown"
# The checklist line of a refunded package: its title carries the date already.
REFUNDED_CHECK_MESSAGE = "The credits went back to your account; a package is refunded once."
ALLOWANCE_UNKNOWN_TITLE = "Data allowance unknown"

CONTRADICTION_PREFIX = "The server's data contradicts itself: "


@dataclass(frozen=True, slots=True)
class Reason:
    """A rule's code and a sentence for the reseller."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class RuleCheck:
    """One refund rule as a checklist line: passed, failed, or not judged (passed is None)."""

    code: str
    title: str
    passed: bool | None
    message: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a package can be refunded now, with every blocking rule and warning."""

    refundable: bool
    reasons: tuple[Reason, ...]
    warnings: tuple[Reason, ...]
    checks: tuple[RuleCheck, ...]
    refunds_this_month: int = 0  # as judged, for views that word the limit themselves
    monthly_limit: int | None = None
    # The instant the rules were judged at (UTC), for sentences that depend on it; left out
    # of ==, so a verdict judged a second later with the same outcome is the same verdict.
    judged_at: datetime | None = field(default=None, compare=False)

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes of the blocking rules, in display order."""
        return tuple(reason.code for reason in self.reasons)


def in_month(moment: datetime | None, now: datetime) -> bool:
    """True when `moment` falls in the calendar month (UTC) of `now`."""
    if moment is None:
        return False
    moment = utc(moment)
    return month_start(now) <= moment < next_month(now)


def assess(
    item: ActivatedItem,
    now: datetime,
    refunds_this_month: int,
    monthly_limit: int | None,
) -> Verdict:
    """Judge the four refund rules for `item` at `now` (UTC)."""
    now = utc(now)
    if item.status is Status.REFUNDED:
        when = f" on {utc(item.refunded_at):%Y-%m-%d}" if item.refunded_at else ""
        reason = Reason(ALREADY_REFUNDED, f"This package was already refunded{when}.")
        title = f"Refunded{when}" if when else FAILED_TITLES[ALREADY_REFUNDED]
        check = RuleCheck(ALREADY_REFUNDED, title, False, REFUNDED_CHECK_MESSAGE)
        return Verdict(False, (reason,), (), (check,), refunds_this_month, monthly_limit, now)

    checks = (
        *_consistency_checks(item),
        _credits_check(item),
        _validity_check(item, now),
        _usage_check(item),
        _limit_check(refunds_this_month, monthly_limit),
    )
    reasons = tuple(Reason(c.code, c.message) for c in checks if c.passed is False)
    warnings: list[Reason] = []
    if item.status is Status.UNKNOWN:
        warnings.append(
            Reason(
                STATUS_UNKNOWN,
                "The server did not say how this package was bought; it has the final word "
                "on whether it was bought with credits.",
            )
        )
    if monthly_limit is None:
        warnings.append(
            Reason(
                LIMIT_UNKNOWN,
                f"The monthly refund limit is unknown ({refunds_this_month} refunded this "
                "month); the server may still refuse.",
            )
        )
    return Verdict(
        not reasons, reasons, tuple(warnings), checks, refunds_this_month, monthly_limit, now
    )


def _consistency_checks(item: ActivatedItem) -> tuple[RuleCheck, ...]:
    """A failed check when the item contradicts itself (none otherwise): a hostile or
    broken answer must block a refund, not pass the rules that read only half of it."""
    parts = contradictions(item)
    if not parts:
        return ()
    message = CONTRADICTION_PREFIX + " ".join(parts)
    return (RuleCheck(CONTRADICTORY_DATA, FAILED_TITLES[CONTRADICTORY_DATA], False, message),)


def contradictions(item: ActivatedItem) -> list[str]:
    """What in `item` contradicts the rest, one sentence each (empty: nothing)."""
    found: list[str] = []
    data = item.data
    if data.remaining_bytes > data.total_bytes:
        found.append(
            f"{human_bytes(data.remaining_bytes)} left of a {human_bytes(data.total_bytes)} "
            "package."
        )
    if item.refunded_at is not None and item.status is not Status.REFUNDED:
        found.append(
            f"A refund date ({utc(item.refunded_at):%Y-%m-%d}) on a package not marked refunded."
        )
    return found


def _credits_check(item: ActivatedItem) -> RuleCheck:
    title = RULE_TITLES[NOT_PURCHASED_WITH_CREDITS]
    if item.status is Status.ACTIVATED:
        return RuleCheck(
            NOT_PURCHASED_WITH_CREDITS,
            FAILED_TITLES[NOT_PURCHASED_WITH_CREDITS],
            False,
            "This package came from inventory stock (status Activated), so it cannot be "
            "refunded here. Open a support ticket with Gigastore quoting Purchase ID "
            f"{item.uid}.",
        )
    if item.status is Status.UNKNOWN:
        return RuleCheck(
            NOT_PURCHASED_WITH_CREDITS, title, None, "Status unknown: the server will decide."
        )
    return RuleCheck(
        NOT_PURCHASED_WITH_CREDITS, title, True, "Bought directly with credits (Purchased)."
    )


def _validity_check(item: ActivatedItem, now: datetime) -> RuleCheck:
    title = RULE_TITLES[EXPIRED]
    end = item.validity_end()
    if item.expires_at is None or end is None:
        # Without an expiry date the package cannot be shown to be valid: block rather
        # than risk a refund the server will refuse (or a malformed item passing).
        return RuleCheck(EXPIRED, EXPIRY_UNKNOWN_TITLE, False, "The expiry date is unknown.")
    if item.is_expired(now):
        message = f"Expired on {utc(end):%Y-%m-%d %H:%M} UTC."
        return RuleCheck(EXPIRED, FAILED_TITLES[EXPIRED], False, message)
    if item.auto_activated_by(now):
        # The deadline has passed with no activation in the cache: by the rules it started
        # then at the latest; the cache may simply not have seen it yet.
        return RuleCheck(
            EXPIRED,
            title,
            True,
            f"Active since {utc(item.expires_at):%Y-%m-%d %H:%M} UTC at the latest "
            f"(auto-activation deadline); valid until {utc(end):%Y-%m-%d %H:%M} UTC "
            "at the latest.",
        )
    if not item.is_activated:
        return RuleCheck(
            EXPIRED,
            title,
            True,
            f"Not yet active; auto-activates by {utc(item.expires_at):%Y-%m-%d %H:%M} UTC.",
        )
    return RuleCheck(EXPIRED, title, True, f"Valid until {utc(end):%Y-%m-%d %H:%M} UTC.")


def _usage_check(item: ActivatedItem) -> RuleCheck:
    title = RULE_TITLES[USED]
    data = item.data
    if data.total_bytes <= 0:
        return RuleCheck(USED, ALLOWANCE_UNKNOWN_TITLE, False, "The data allowance is unknown.")
    if not data.unused:
        return RuleCheck(
            USED,
            FAILED_TITLES[USED],
            False,
            f"{human_bytes(data.used_bytes)} of {human_bytes(data.total_bytes)} already used.",
        )
    return RuleCheck(USED, title, True, f"Full {human_bytes(data.total_bytes)} left.")


def _limit_check(refunds_this_month: int, monthly_limit: int | None) -> RuleCheck:
    title = RULE_TITLES[REFUND_LIMIT_REACHED]
    if monthly_limit is None:
        return RuleCheck(
            REFUND_LIMIT_REACHED,
            title,
            None,
            f"{refunds_this_month} refunded this month; limit unknown.",
        )
    if refunds_this_month >= monthly_limit:
        return RuleCheck(
            REFUND_LIMIT_REACHED,
            FAILED_TITLES[REFUND_LIMIT_REACHED],
            False,
            f"This month's refunds are used up ({refunds_this_month} of {monthly_limit}).",
        )
    return RuleCheck(
        REFUND_LIMIT_REACHED,
        title,
        True,
        f"{refunds_this_month} of {monthly_limit} used this month.",
    )
