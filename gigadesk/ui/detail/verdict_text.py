"""The refund rules' titles and sentences in the user's language, rebuilt from code and item."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from gigadesk.domain.eligibility import (
    ALREADY_REFUNDED,
    CONTRADICTORY_DATA,
    EXPIRED,
    LIMIT_UNKNOWN,
    NOT_PURCHASED_WITH_CREDITS,
    REFUND_LIMIT_REACHED,
    STATUS_UNKNOWN,
    USED,
    Reason,
    RuleCheck,
    Verdict,
)
from gigadesk.domain.items import ActivatedItem, Status
from gigadesk.ui import formatting as fmt
from gigadesk.ui.i18n import arg

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate

# The English source texts below are word for word the domain's messages (a test compares
# them), so the untranslated UI reads exactly as the domain does.


def check_title(check: RuleCheck, item: ActivatedItem | None = None) -> str:
    """The title of a checklist line, translated: the rule when it holds, what is the case
    when it does not ("Expired", "Refunded on 2026-12-06")."""
    if check.code == ALREADY_REFUNDED and item is not None and item.refunded_at is not None:
        return arg(translate("VerdictText", "Refunded on %1"), _utc_date(item.refunded_at))
    titles = {
        "Already refunded": translate("VerdictText", "Already refunded"),
        "Bought with credits": translate("VerdictText", "Bought with credits"),
        "From inventory stock": translate("VerdictText", "From inventory stock"),
        "Still valid": translate("VerdictText", "Still valid"),
        "Expired": translate("VerdictText", "Expired"),
        "Expiry date unknown": translate("VerdictText", "Expiry date unknown"),
        "Unused": translate("VerdictText", "Unused"),
        "Data used": translate("VerdictText", "Data used"),
        "Data allowance unknown": translate("VerdictText", "Data allowance unknown"),
        "Monthly refund limit": translate("VerdictText", "Monthly refund limit"),
        "Monthly limit reached": translate("VerdictText", "Monthly limit reached"),
        "Contradictory data": translate("VerdictText", "Contradictory data"),
    }
    return titles.get(check.title, check.title)


def check_text(check: RuleCheck, item: ActivatedItem, verdict: Verdict) -> str:
    """The sentence of a checklist line of `verdict`, translated."""
    if check.code == ALREADY_REFUNDED:
        return translate(
            "VerdictText", "The credits went back to your account; a package is refunded once."
        )
    return _sentence(check.code, check.passed, item, check.message, verdict)


def reason_text(reason: Reason, item: ActivatedItem, verdict: Verdict) -> str:
    """A blocking reason or a warning of `verdict`, translated."""
    return _sentence(reason.code, False, item, reason.message, verdict)


def reasons_text(verdict: Verdict, item: ActivatedItem) -> str:
    """Every blocking reason of `verdict`, as one paragraph."""
    return " ".join(reason_text(reason, item, verdict) for reason in verdict.reasons)


def warning_texts(verdict: Verdict, item: ActivatedItem) -> list[str]:
    """The warnings of `verdict`, one sentence each."""
    return [reason_text(warning, item, verdict) for warning in verdict.warnings]


def _counts(code: str, verdict: Verdict) -> list[str]:
    """The numbers a limit sentence names: this month's refunds, then the limit if known."""
    numbers = [verdict.refunds_this_month]
    if code == REFUND_LIMIT_REACHED and verdict.monthly_limit is not None:
        numbers.append(verdict.monthly_limit)
    return [str(number) for number in numbers]


def _utc_date(moment: datetime) -> str:
    return fmt.utc_date(moment)


def _sentence(
    code: str, passed: bool | None, item: ActivatedItem, message: str, verdict: Verdict
) -> str:
    text = _rule_sentence(code, passed, item, verdict)
    return message if text is None else text  # a code this UI does not know: as given


def _rule_sentence(
    code: str, passed: bool | None, item: ActivatedItem, verdict: Verdict
) -> str | None:
    if code == ALREADY_REFUNDED:
        if item.refunded_at is None:
            return translate("VerdictText", "This package was already refunded.")
        text = translate("VerdictText", "This package was already refunded on %1.")
        return arg(text, _utc_date(item.refunded_at))
    if code == STATUS_UNKNOWN:
        return translate(
            "VerdictText",
            "The server did not say how this package was bought; it has the final word "
            "on whether it was bought with credits.",
        )
    if code in (LIMIT_UNKNOWN, REFUND_LIMIT_REACHED):
        return _limit_sentence(code, passed, _counts(code, verdict))
    if code == NOT_PURCHASED_WITH_CREDITS:
        return _credits_sentence(passed, item)
    if code == EXPIRED:
        return _validity_sentence(passed, item, verdict.judged_at)
    if code == USED:
        return _usage_sentence(passed, item)
    if code == CONTRADICTORY_DATA:
        return _contradiction_sentence(item)
    return None


def _contradiction_sentence(item: ActivatedItem) -> str:
    parts: list[str] = []
    data = item.data
    if data.remaining_bytes > data.total_bytes:
        text = translate("VerdictText", "%1 left of a %2 package.")
        parts.append(
            arg(text, fmt.bytes_text(data.remaining_bytes), fmt.bytes_text(data.total_bytes))
        )
    if item.refunded_at is not None and item.status is not Status.REFUNDED:
        text = translate("VerdictText", "A refund date (%1) on a package not marked refunded.")
        parts.append(arg(text, _utc_date(item.refunded_at)))
    lead = translate("VerdictText", "The server's data contradicts itself: %1")
    return arg(lead, " ".join(parts))


def _limit_sentence(code: str, passed: bool | None, counts: list[str]) -> str | None:
    if code == LIMIT_UNKNOWN and len(counts) == 1:
        text = translate(
            "VerdictText",
            "The monthly refund limit is unknown (%1 refunded this month); "
            "the server may still refuse.",
        )
        return arg(text, *counts)
    if passed is None and len(counts) == 1:
        return arg(translate("VerdictText", "%1 refunded this month; limit unknown."), *counts)
    if passed is False and len(counts) == 2:
        text = translate("VerdictText", "This month's refunds are used up (%1 of %2).")
        return arg(text, *counts)
    if passed is True and len(counts) == 2:
        return arg(translate("VerdictText", "%1 of %2 used this month."), *counts)
    return None


def _credits_sentence(passed: bool | None, item: ActivatedItem) -> str:
    if passed is False:
        text = translate(
            "VerdictText",
            "This package came from inventory stock (status Activated), so it cannot be "
            "refunded here. Open a support ticket with Gigastore quoting Purchase ID %1.",
        )
        return arg(text, item.uid)
    if passed is None:
        return translate("VerdictText", "Status unknown: the server will decide.")
    return translate("VerdictText", "Bought directly with credits (Purchased).")


def _validity_sentence(passed: bool | None, item: ActivatedItem, now: datetime | None) -> str:
    end = item.validity_end()
    if item.expires_at is None or end is None:
        return translate("VerdictText", "The expiry date is unknown.")
    if passed is False:
        return arg(translate("VerdictText", "Expired on %1."), fmt.utc_time(end))
    if now is not None and item.auto_activated_by(now):
        text = translate(
            "VerdictText",
            "Active since %1 at the latest (auto-activation deadline); valid until %2 "
            "at the latest.",
        )
        return arg(text, fmt.utc_time(item.expires_at), fmt.utc_time(end))
    if not item.is_activated:
        text = translate("VerdictText", "Not yet active; auto-activates by %1.")
        return arg(text, fmt.utc_time(item.expires_at))
    return arg(translate("VerdictText", "Valid until %1."), fmt.utc_time(end))


def _usage_sentence(passed: bool | None, item: ActivatedItem) -> str:
    data = item.data
    if data.total_bytes <= 0:
        return translate("VerdictText", "The data allowance is unknown.")
    total = fmt.bytes_text(data.total_bytes)
    if passed is False:
        text = translate("VerdictText", "%1 of %2 already used.")
        return arg(text, fmt.bytes_text(data.used_bytes), total)
    return arg(translate("VerdictText", "Full %1 left."), total)


def standing(item: ActivatedItem, verdict: Verdict, online: bool) -> tuple[str, str]:
    """Where `item` stands for a refund, in a few words, and the theme colour's name that marks
    it (the pane's badge and the status bar say the same)."""
    if item.status is Status.REFUNDED:
        return translate("DetailPane", "Refunded"), "neutral"
    if verdict.refundable and online:
        return translate("DetailPane", "Refundable now"), "ok"
    if verdict.refundable:
        return translate("DetailPane", "Refundable when online"), "warn"
    return translate("DetailPane", "Not refundable"), "neutral"
