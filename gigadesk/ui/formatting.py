"""Texts for people: local times, statuses, expiry and money, shared by the table and the pane."""

from __future__ import annotations

from datetime import datetime, timedelta

from gigadesk.domain.items import ActivatedItem, Money, Status, human_bytes, utc

STATUS_TEXT: dict[Status, str] = {
    Status.PURCHASED: "Purchased",
    Status.ACTIVATED: "Activated (stock)",
    Status.REFUNDED: "Refunded",
    Status.UNKNOWN: "Status unknown",
}

DASH = "—"


def local_time(moment: datetime | None) -> str:
    """An instant in the computer's time zone, to the minute."""
    if moment is None:
        return DASH
    return f"{utc(moment).astimezone():%Y-%m-%d %H:%M}"


def local_date(moment: datetime | None) -> str:
    """The calendar date of an instant in the computer's time zone."""
    if moment is None:
        return DASH
    return f"{utc(moment).astimezone():%Y-%m-%d}"


def utc_time(moment: datetime | None) -> str:
    """An instant in UTC, for tooltips next to the local time."""
    if moment is None:
        return DASH
    return f"{utc(moment):%Y-%m-%d %H:%M} UTC"


def status_text(status: Status) -> str:
    """The portal's name of a status."""
    return STATUS_TEXT[status]


def money_text(money: Money | None) -> str:
    """An amount with its currency, or a dash."""
    return DASH if money is None else str(money)


def days_text(days: int) -> str:
    """'1 day' / '12 days'."""
    return f"{days} day" if days == 1 else f"{days} days"


def expiry_text(item: ActivatedItem, now: datetime) -> str:
    """The Expires column: the end date with days left, 'expired', or the activation deadline."""
    end = item.validity_end()
    if end is None:
        return "unknown"
    if item.is_expired(now):
        return f"expired {local_date(end)}"
    if not item.is_activated and item.expires_at is not None:
        return f"auto-activates by {local_date(item.expires_at)}"
    return f"{local_date(end)} ({left_text(item, now)})"


def left_text(item: ActivatedItem, now: datetime) -> str:
    """'12 days left', or 'under a day left' on the last day."""
    days = item.days_left(now) or 0
    return f"{days_text(days)} left" if days else "under a day left"


def validity_text(item: ActivatedItem) -> str:
    """'30 days · first use' : how long the package runs and how it starts."""
    validity = item.validity
    if validity is None:
        length = DASH
    elif validity.unit.strip().upper() in ("DAY", "DAYS"):
        length = days_text(validity.size)
    else:
        length = str(validity)
    if item.activation_mode:
        return f"{length} · starts {item.activation_mode.replace('_', ' ').lower()}"
    return length


def usage_text(item: ActivatedItem) -> str:
    """'1.8 GB of 5 GB used'."""
    data = item.data
    return f"{human_bytes(data.used_bytes)} of {human_bytes(data.total_bytes)} used"


def ago_text(moment: datetime | None, now: datetime) -> str:
    """How long ago, roughly: 'just now', '5 min ago', '3 h ago', else the local time."""
    if moment is None:
        return "never"
    delta = utc(now) - utc(moment)
    if delta < timedelta(minutes=1):
        return "just now"
    if delta < timedelta(hours=1):
        return f"{int(delta.total_seconds() // 60)} min ago"
    if delta < timedelta(hours=24):
        return f"{int(delta.total_seconds() // 3600)} h ago"
    return local_time(moment)


def customer_text(item: ActivatedItem) -> str:
    """The Customer / ICCID column: the e-mail when known, else the ICCID."""
    return item.customer_email or item.iccid or DASH


def support_ticket_text(item: ActivatedItem) -> str:
    """A ready-to-paste support request for a package taken from stock."""
    return (
        "Hello Gigastore support,\n\n"
        "please refund the following eSIM data package. It was taken from inventory stock "
        "(status Activated), so it cannot be refunded through the API or the portal.\n\n"
        f"Purchase ID: {item.uid}\n"
        f"Package: {item.name}\n"
        f"Sold: {utc_time(item.sales_date)}\n"
        f"ICCID: {item.iccid or 'unknown'}\n"
        f"Data used: {usage_text(item)}\n\n"
        "Thank you."
    )
